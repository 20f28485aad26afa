"""Hard policy rules (DOMAIN.md, Eligibility) and the keys for matching related cases.

:func:`policy_checks` returns every rule as pass/fail with the reason in both
languages; the caller decides what blocks. Limits (ages, months) and the B2B
regions are data: :data:`POLICY_LIMITS` and :data:`DEFAULT_B2B_REGIONS` are the
seeded defaults, and the caller may pass its own.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Mapping

from workstation.domain.features import MerchantFacts, full_months
from workstation.domain.identity import age_on
from workstation.domain.products import product_by_code

POLICY_LIMITS: dict[str, int] = {"min_age": 18, "max_age": 65, "min_membership_months": 6}

# B2B lending regions, in the order they were opened: Hangzhou first (inside
# Zhejiang; facts carry the province only), then Zhejiang, Jiangsu, Shanghai,
# later Guangdong, Beijing, Tianjin, Shandong.
DEFAULT_B2B_REGIONS: tuple[str, ...] = ("浙江", "江苏", "上海", "广东", "北京", "天津", "山东")
B2B_PLATFORM = "1688"

PLATFORM_NAMES = {"taobao": "淘宝", "tmall": "天猫", "1688": "1688"}

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")


# every rule's code and name (Chinese, English), in the order policy_checks gives them
RULE_NAMES: dict[str, tuple[str, str]] = {
    "age": ("年龄", "Age"), "citizen": ("中国公民", "Chinese citizen"),
    "legal_rep": ("法定代表人/实际经营者", "Legal representative / operator"),
    "membership": ("会员时长", "Membership"), "real_name": ("实名认证支付账户", "Real-name payment account"),
    "bank_card": ("指定银行借记卡", "Debit card of a listed bank"), "b2b_region": ("B2B开放地区", "B2B region"),
    "blacklist": ("黑名单", "Blacklist"), "overdue": ("当前逾期", "Current overdue"),
    "amount": ("申请金额", "Amount"), "platform": ("平台", "Platform"),
}


@dataclass(frozen=True)
class PolicyCheck:
    code: str
    name_zh: str
    name_en: str
    passed: bool
    reason_zh: str
    reason_en: str


def normalise_province(name: str) -> str:
    """'浙江省' -> '浙江', '上海市' -> '上海'; surrounding spaces dropped."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    for suffix in _PROVINCE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _product_names(code: str) -> tuple[str, str]:
    """A product's Chinese and English names (its code for a product not defined here)."""
    try:
        p = product_by_code(code)
    except KeyError:
        return code, code
    return p.name_zh, p.name_en


def _yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def policy_checks(*, facts: MerchantFacts, product_code: str, product_platforms: Iterable[str],
                  product_min: Decimal | None, product_max: Decimal, amount: Decimal, as_of: date,
                  allowed_b2b_regions: Iterable[str] = DEFAULT_B2B_REGIONS,
                  limits: Mapping[str, int] | None = None) -> list[PolicyCheck]:
    """Every hard rule for one application, in a fixed order, each pass or fail."""
    lim = {**POLICY_LIMITS, **(limits or {})}
    platforms = tuple(product_platforms)
    out: list[PolicyCheck] = []
    pzh, pen = _product_names(product_code)[0], product_code     # the Chinese reasons name the product

    def add(code: str, zh: str, en: str, passed: bool, reason_zh: str, reason_en: str) -> None:
        out.append(PolicyCheck(code, zh, en, passed, reason_zh, reason_en))

    age = age_on(facts.legal_rep_birth, as_of)
    lo, hi = lim["min_age"], lim["max_age"]
    add("age", "年龄", "Age", lo <= age <= hi,
        f"{as_of.isoformat()}年满{age}周岁，要求{lo}至{hi}周岁",
        f"{age} years old on {as_of.isoformat()}; must be {lo} to {hi}")

    add("citizen", "中国公民", "Chinese citizen", facts.citizen,
        "中国公民" if facts.citizen else "非中国公民",
        "Chinese citizen" if facts.citizen else "not a Chinese citizen")

    add("legal_rep", "法定代表人/实际经营者", "Legal representative / operator", facts.is_legal_rep,
        "申请人为法定代表人或实际经营者" if facts.is_legal_rep else "申请人不是法定代表人或实际经营者",
        "applicant is the legal representative or actual operator" if facts.is_legal_rep
        else "applicant is not the legal representative or actual operator")

    months = full_months(facts.member_since, as_of)
    need = lim["min_membership_months"]
    add("membership", "会员时长", "Membership", months >= need,
        f"自{facts.member_since.isoformat()}注册，满{months}个月，要求至少{need}个月",
        f"member since {facts.member_since.isoformat()}, {months} full months; needs at least {need}")

    add("real_name", "实名认证支付账户", "Real-name payment account", facts.real_name_verified,
        "支付账户已实名认证" if facts.real_name_verified else "支付账户未实名认证",
        "payment account is real-name verified" if facts.real_name_verified
        else "payment account is not real-name verified")

    add("bank_card", "指定银行借记卡", "Debit card of a listed bank", facts.bank_card_listed,
        "已绑定指定银行借记卡" if facts.bank_card_listed else "未绑定指定银行借记卡",
        "debit card of a listed bank on file" if facts.bank_card_listed
        else "no debit card of a listed bank")

    if B2B_PLATFORM in platforms:
        regions = [normalise_province(r) for r in allowed_b2b_regions]
        province = normalise_province(facts.province)
        ok = province in regions
        add("b2b_region", "B2B开放地区", "B2B region", ok,
            f"{facts.province}{'在' if ok else '不在'}开放地区（{'、'.join(regions)}）内",
            f"{facts.province} is {'' if ok else 'not '}among the B2B regions ({', '.join(regions)})")
    else:
        add("b2b_region", "B2B开放地区", "B2B region", True,
            f"{pzh}非B2B产品，不限地区", f"{pen} is not a B2B product; no region rule")

    add("blacklist", "黑名单", "Blacklist", not facts.blacklisted,
        "在黑名单上" if facts.blacklisted else "不在黑名单上",
        "on the blacklist" if facts.blacklisted else "not on the blacklist")

    add("overdue", "当前逾期", "Current overdue", not facts.has_current_overdue,
        "有当前逾期贷款" if facts.has_current_overdue else "无当前逾期贷款",
        "has a loan currently overdue" if facts.has_current_overdue else "no loan currently overdue")

    low = product_min if product_min is not None else Decimal(0)
    in_range = low <= amount <= product_max and amount > 0
    add("amount", "申请金额", "Amount", in_range,
        f"申请{_yuan(amount)}，{pzh}允许{_yuan(low)}至{_yuan(product_max)}",
        f"asked {_yuan(amount)}; {pen} allows {_yuan(low)} to {_yuan(product_max)}")

    allowed = facts.platform in platforms
    names_zh = "、".join(PLATFORM_NAMES.get(p, p) for p in platforms)
    add("platform", "平台", "Platform", allowed,
        f"{PLATFORM_NAMES.get(facts.platform, facts.platform)}{'' if allowed else '不'}在{pzh}"
        f"适用平台（{names_zh}）内",
        f"{facts.platform} is {'' if allowed else 'not '}a platform of {pen} ({', '.join(platforms)})")
    return out


# --- related cases ---------------------------------------------------------------------

_ADDRESS_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def related_keys(*, legal_rep_id: str | None, phone: str | None, address: str | None,
                 bank_card: str | None) -> dict[str, str]:
    """Normalised matching keys; a key is left out when its value is empty.

    ID: spaces removed, X upper-cased. Phone: digits only, a +86/0086 prefix
    dropped. Address: full-width folded (NFKC), spaces and punctuation removed,
    lower-cased. Card: digits only.
    """
    keys: dict[str, str] = {}
    if legal_rep_id:
        v = "".join(unicodedata.normalize("NFKC", legal_rep_id).split()).replace("-", "").upper()
        if v:
            keys["legal_rep_id"] = v
    if phone:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", phone))
        if digits.startswith("0086"):
            digits = digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        if digits:
            keys["phone"] = digits
    if address:
        v = _ADDRESS_DROP.sub("", unicodedata.normalize("NFKC", address)).lower()
        if v:
            keys["address"] = v
    if bank_card:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", bank_card))
        if digits:
            keys["bank_card"] = digits
    return keys
