"""Business settings with their seeded defaults (from DOMAIN.md). Stored in the
``settings`` table; admins change them there, code never hard-codes them."""
from __future__ import annotations

DEFAULT_SETTINGS: dict[str, object] = {
    # lending capacity: net capital plus bank borrowing of at most 50% of it
    "capital.net_capital": "1600000000.00",
    "capital.bank_borrowing_ratio_pct": "50",
    "capital.single_borrower_pct": "5",
    "capital.warn_at_pct": "90",
    # eligibility
    "policy.min_age": 18,
    "policy.max_age": 65,
    "policy.min_membership_months": 6,
    "policy.b2b_regions": ["浙江", "江苏", "上海", "广东", "北京", "天津", "山东"],
    # desk
    "session.idle_lock_minutes": 5,
    "interview.recording_retention_days": 180,
    # typed and imported amounts: the largest accepted (domain.money.parse_amount)
    "input.max_amount": "100000000.00",
    # repayment file: a line above the loan's payoff on its value date by more than this is held
    "repayments.hold_tolerance": "0.00",
    # collections: contact only between these local hours (Asia/Shanghai, [from, until)),
    # at most this many attempts per loan and day
    "collections.contact_hours": [8, 21],
    "collections.max_attempts_per_day": 3,
    # good borrowers: standing and who is offered a repeat loan or a limit increase
    # (domain.standing: the keys and their meaning)
    "good_borrowers.rules": {"base": 60, "per_on_time": 5, "per_late": -20, "max": 100, "min_standing": 75,
                             "min_on_time": 3, "max_late": 0, "repeat_pct": 120, "increase_pct": 20,
                             "round_to": 1000},
    # five-tier classification: days past due at which a loan enters each tier
    "classification.days": {"关注": 1, "次级": 91, "可疑": 181, "损失": 361},
    # the lender as printed on contracts
    "lender.name": "浙江某某网络小额贷款有限公司",
    "lender.licence": "浙金融办〔2010〕XX号",
    "lender.credit_code": "91330100XXXXXXXXXX",
    "lender.address": "浙江省杭州市西湖区文三路XXX号",
    "lender.phone": "0571-8888XXXX",
    "lender.legal_rep": "某某某",
    "lender.regulator": "浙江省地方金融监督管理局",
    "lender.seal_name": "浙江某某网络小额贷款有限公司合同专用章",
}
