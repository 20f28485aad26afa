"""Validation of one imported application record.

``check_record`` is a pure function: from the record's fields (flattened to the
dotted names of docs/import-format.md) to clean values ready to store, and a list
of problems, each naming the line, the field and what is wrong. It touches no
database; what needs one (duplicates, a known ID number under another name) is
checked by the service.

Money is parsed through ``money()`` (Decimal, refuses floats and sub-fen
amounts); JSON numbers reach here as ``Decimal`` because the reader parses
them with ``parse_float=Decimal``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Mapping

from workstation.domain import identity
from workstation.domain.masking import mask_card, mask_id, mask_phone
from workstation.domain.money import from_fen
from workstation.domain.products import PLATFORMS, Product, validate_terms
from workstation.intake.imports_fields import CHINA_TZ, EARLIEST_MEMBER, MONTH_FIELDS, Fields, Problem
from workstation.intake.imports_months import check_months

__all__ = ["CHINA_TZ", "MONTH_FIELDS", "CleanRecord", "Problem", "RuleContext", "check_record"]

_TERMS_FIELDS = {"amount": "amount_requested", "days": "term_days", "term_months": "term_months",
                 "method": "product_code", "rate": "product_code"}


@dataclass(frozen=True)
class RuleContext:
    """What the rules need to know besides the record (kept out of the record check's
    arguments so the function stays pure and testable)."""
    products: Mapping[str, Product]     # the active products by code
    now: datetime                        # aware


@dataclass
class CleanRecord:
    """A record that passed every check: values ready for the store (money as
    exact integer fen, as the Fen columns store it)."""
    line: int
    external_id: str
    person: dict
    merchant: dict
    application: dict
    declared: dict | None
    months: list[tuple] = field(default_factory=list)     # rows in MONTH_FIELDS order
    # the score columns on these months alone (imports_values.score_columns, "computed_at" left
    # empty), computed by a checking process beside the writes: used for a merchant new with
    # exactly these months, scored on the same day, card and product maximum
    score: tuple | None = None

    def __reduce__(self):
        # to a checking process's pipe as the constructor's arguments: unpickled by one call,
        # without an attribute dictionary (tests/test_import_wire.py: every field, in order)
        return CleanRecord, (self.line, self.external_id, self.person, self.merchant, self.application,
                             self.declared, self.months, self.score)


def check_record(data: Mapping[str, object], *, line: int, ctx: RuleContext) -> tuple[CleanRecord | None, list[Problem]]:
    """Clean values of one record and its problems; the record is good only if the list is empty."""
    f = Fields(data, line=line)
    today = ctx.now.astimezone(CHINA_TZ).date()
    external_id = f.text("external_id", max_len=60)
    received_at = f.instant("received_at", now=ctx.now)
    received_day = received_at.astimezone(CHINA_TZ).date() if received_at else today
    app = dict(
        external_id=external_id, received_at=received_at,
        product_code=f.text("product_code", max_len=30),
        amount_requested=f.amount("amount_requested", positive=True),
        term_months=f.integer("term_months", lo=1, hi=120, required=False),
        term_days=f.integer("term_days", lo=1, hi=3660, required=False),
        purpose=f.text("purpose", max_len=200),
    )
    merchant = _merchant(f, received_day=received_day)
    person = _person(f, today=today)
    declared = _declared(data, f, received_day=received_day)
    months = check_months(data.get("platform_months"), line=line, received_day=received_day, problems=f.problems)
    _product_terms(f, app, ctx)
    if f.problems:
        return None, f.problems
    return CleanRecord(line=line, external_id=external_id, person=person, merchant=merchant,
                       application=app, declared=declared, months=months), []


def _merchant(f: Fields, *, received_day: date) -> dict:
    m = dict(
        member_id=f.text("merchant.member_id", max_len=40),
        name=f.text("merchant.name", max_len=120),
        platform=f.text("merchant.platform", max_len=10),
        shop_name=f.text("merchant.shop_name", max_len=120),
        credit_code=None,
        province=f.text("merchant.province", max_len=20),
        city=f.text("merchant.city", max_len=30),
        address=f.text("merchant.address", max_len=200),
        member_since=f.day("merchant.member_since", lo=EARLIEST_MEMBER, hi=received_day),
        contact_phone=f.checked("merchant.contact_phone", identity.check_mobile, mask_phone),
        email=f.text("merchant.email", max_len=120, required=False),
        payment_account=f.text("merchant.payment_account", max_len=60),
        real_name_verified=f.boolean("merchant.real_name_verified"),
        bank_name=f.text("merchant.bank_name", max_len=40),
        bank_card=f.checked("merchant.bank_card", identity.check_bank_card, mask_card),
        bank_listed=f.boolean("merchant.bank_listed"),
        applicant_is_legal_rep=f.boolean("merchant.applicant_is_legal_rep"),
    )
    if m["platform"] is not None and m["platform"].lower() not in PLATFORMS:
        f.bad("merchant.platform", f"unknown platform {m['platform']!r}; known: {', '.join(PLATFORMS)}",
              "import_platform_unknown", value=m["platform"], known=list(PLATFORMS))
    elif m["platform"] is not None:
        m["platform"] = m["platform"].lower()
    if f.raw("merchant.credit_code", required=False) is not None:
        m["credit_code"] = f.checked("merchant.credit_code", identity.check_credit_code, lambda s: s[:8] + "…")
    if m["email"] is not None and "@" not in m["email"]:
        f.bad("merchant.email", "is not an e-mail address", "import_not_email")
    return m


def _person(f: Fields, *, today: date) -> dict:
    rid = f.checked("legal_rep.id_number", lambda v: identity.check_resident_id(v, today=today), mask_id)
    p = dict(name=f.text("legal_rep.name", max_len=60),
             phone=f.checked("legal_rep.phone", identity.check_mobile, mask_phone),
             citizen=f.boolean("legal_rep.citizen", required=False, default=True))
    if rid is not None:
        p.update(id_number=rid.number, id_last4=rid.number[-4:], birth_date=rid.birth_date, sex=rid.sex)
    return p


_DECLARED_MONEY = ("sales", "operating_cost", "inventory", "total_assets", "total_liabilities", "receivables")


_DECLARED_KEYS = tuple(f"declared.{k}" for k in (
    "year", *_DECLARED_MONEY, "net_margin_pct", "platform_share_pct", "customer1_name", "customer1_years",
    "customer1_share_pct", "customer2_name", "customer2_years", "customer2_share_pct"))


_DECLARED_MONEY_KEYS = tuple((name, f"declared.{name}") for name in _DECLARED_MONEY)
_CUSTOMER_KEYS = tuple((f"customer{k}_name", f"declared.customer{k}_name", f"customer{k}_years",
                        f"declared.customer{k}_years", f"customer{k}_share_pct", f"declared.customer{k}_share_pct")
                       for k in (1, 2))
_0, _100, _MINUS_100 = Decimal(0), Decimal(100), Decimal(-100)


def _declared(data: Mapping[str, object], f: Fields, *, received_day: date) -> dict | None:
    """Declared financials are optional as a block; once any is given the core ones are required."""
    for k in _DECLARED_KEYS:
        if data.get(k) not in (None, ""):
            break
    else:
        return None
    d: dict = {"year": f.integer("declared.year", lo=2000, hi=received_day.year)}
    amount = f.amount
    for name, key in _DECLARED_MONEY_KEYS:
        d[name] = amount(key)
    d["net_margin_pct"] = f.ratio("declared.net_margin_pct", lo=_MINUS_100, hi=_100)
    d["platform_share_pct"] = f.ratio("declared.platform_share_pct", lo=_0, hi=_100)
    for name, key, years, years_key, share, share_key in _CUSTOMER_KEYS:
        d[name] = f.text(key, max_len=120, required=False)
        d[years] = f.integer(years_key, lo=0, hi=100, required=False)
        d[share] = f.ratio(share_key, lo=_0, hi=_100, required=False)
    return d


def _product_terms(f: Fields, app: dict, ctx: RuleContext) -> None:
    code = app["product_code"]
    if code is None:
        return
    product = ctx.products.get(code.upper())
    if product is None:
        f.bad("product_code", f"unknown or inactive product {code!r}; known: {', '.join(sorted(ctx.products))}",
              "import_product_unknown", value=code, known=sorted(ctx.products))
        return
    app["product_code"] = product.code
    if app["amount_requested"] is None:
        return
    method = product.default_method
    for p in validate_terms(product, amount=from_fen(app["amount_requested"]), term_months=app["term_months"],
                            days=app["term_days"], method=method):
        f.bad(_TERMS_FIELDS.get(p.field, p.field), p.message, p.code, **p.params)
