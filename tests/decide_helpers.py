"""Shared set-up for the verify-and-decide tests: users, a merchant and applications
written directly (test set-up only; every action under test goes through services)."""
from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import interview as iv
from workstation.domain.decision import Terms
from workstation.services import auth
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.setup import ensure_reference_data
from workstation.store.models import Application, DeclaredFinancials, Merchant, Person, StatusChange, User

PASSWORD = "Secret#2026"
_seq = itertools.count(1)


def make_store(db) -> Store:
    url, schema = db
    store = Store.open(url, schema=schema)
    ensure_reference_data(store, None)
    return store


def users(store: Store) -> dict[str, Actor]:
    """admin, sup1, sup2 (separate teams), off1 (team of sup1), off2 (team of sup2), offsup (officer+supervisor)."""
    with store.tx() as s:
        if s.scalar(select(User.id).limit(1)) is None:
            from workstation.store.models import UserRole
            h = auth.hash_password(PASSWORD)
            for name, roles, sup in [("admin", {"admin"}, None), ("sup1", {"supervisor"}, None),
                                     ("sup2", {"supervisor"}, None), ("off1", {"officer"}, "sup1"),
                                     ("off2", {"officer"}, "sup2"), ("offsup", {"officer", "supervisor"}, None)]:
                sid = s.scalar(select(User.id).where(User.username == sup)) if sup else None
                s.add(User(username=name, display_name=name.upper(), password_hash=h, supervisor_id=sid,
                           roles=[UserRole(role=r) for r in sorted(roles)]))
                s.flush()
    return {u: auth.sign_in(store, u, PASSWORD) for u in ("admin", "sup1", "sup2", "off1", "off2", "offsup")}


def make_application(store: Store, *, officer: Actor | None, product: str = "CREDIT_FIXED",
                     amount: str = "200000.00", status: str = "in_review", platform: str | None = None,
                     suggested: str | None = "300000.00", legal_rep_id: int | None = None) -> int:
    n = next(_seq)
    platform = platform or ("1688" if product in ("B2B_CREDIT", "JOINT_GUARANTEE") else "taobao")
    now = datetime.now(timezone.utc)
    with store.tx() as s:
        if legal_rep_id is None:
            p = Person(name="张三", id_number=f"33010619800101{n:04d}"[:18], id_last4=f"{n:04d}",
                       birth_date=date(1980, 1, 1), sex="M", phone="13812345678")
            s.add(p)
            s.flush()
            legal_rep_id = p.id
        m = Merchant(member_id=f"M{n}-{now.timestamp()}", name=f"杭州测试{n}有限公司", platform=platform,
                     shop_name="测试店", credit_code=None, province="浙江", city="杭州", address="文三路1号",
                     member_since=date(2020, 1, 1), legal_rep_id=legal_rep_id, contact_phone="13812345678",
                     payment_account="pay@example.com", bank_name="工商银行", bank_card="6222020000000000")
        s.add(m)
        s.flush()
        a = Application(app_no=f"T{n:06d}{now.microsecond:06d}"[:20], merchant_id=m.id, product_code=product,
                        amount_requested=Decimal(amount), term_months=6, purpose="备货", status=status,
                        officer_id=officer.id if officer else None, received_at=now - timedelta(days=2),
                        status_changed_at=now, merchant_name=m.name, legal_rep_name="张三",
                        id_last4="0001", platform=platform, province="浙江",
                        suggested_limit=Decimal(suggested) if suggested else None)
        s.add(a)
        s.flush()
        s.add(DeclaredFinancials(application_id=a.id, year=2025, sales=Decimal("1200000.00"),
                                 operating_cost=Decimal("1000000.00"), net_margin_pct=Decimal("10"),
                                 inventory=Decimal("100000.00"), total_assets=Decimal("800000.00"),
                                 total_liabilities=Decimal("200000.00"), receivables=Decimal("50000.00"),
                                 platform_share_pct=Decimal("80")))
        s.add(StatusChange(application_id=a.id, from_status=None, to_status=status, at=now))
        return a.id


def terms(*, product: str = "CREDIT_FIXED", amount: str = "200000.00", method: str = "equal-installment",
          months: int | None = 6, days: int | None = None, rate: str = "0.05", **kw) -> Terms:
    return Terms(product_code=product, amount=Decimal(amount), method=method, daily_rate_pct=Decimal(rate),
                 term_months=months, term_days=days, **kw)


def complete_draft(outcome: str = "verified", *, discrepancy: bool = False) -> iv.InterviewDraft:
    t0 = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
    checks = [iv.CheckEntry(c.code, "confirmed", "ok") for c in iv.CHECKLIST]
    if discrepancy:
        checks[4] = iv.CheckEntry("sales", "discrepancy", "said 900k, declared 1.2m", Decimal("900000.00"))
    return iv.InterviewDraft(actual_start=t0, actual_end=t0 + timedelta(minutes=25), channel="video_app",
                             participants=("张三", "officer"), checks=tuple(checks),
                             answers=(("q1", "a"), ("q4", "a"), ("q8", "a"), ("q2", "a")),
                             notes="Shown the warehouse.", outcome=outcome)


def status(store: Store, app_id: int) -> str:
    with store.read() as s:
        return s.get(Application, app_id).status
