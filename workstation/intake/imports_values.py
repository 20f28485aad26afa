"""A clean record's values as the domain's dataclasses, exactly as the store reads
them back after the import wrote them (pure: the checking process imports it without
the database layer)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from workstation.domain import scoring
from workstation.domain.features import features_from_rows
from workstation.domain.json_values import encoder_once, json_default
from workstation.domain.merchant_data import DeclaredFinancials, PlatformMonth
from workstation.domain.money import from_fen


def domain_months(rows: list[tuple]) -> list[PlatformMonth]:
    """Clean month rows (MONTH_FIELDS order, money in fen, rating x 100) as the bulk
    scorer reads them back (``bulk_scores._months_of``): oldest first, exact decimals."""
    rows = sorted(rows, key=_month_key)
    D = Decimal
    return [PlatformMonth(month, D(sales).scaleb(-2), orders, refunds, D(refund_fen).scaleb(-2), disputes,
                          D(rating).scaleb(-2), login, D(ad).scaleb(-2), listings, favs)
            for month, sales, orders, refunds, refund_fen, disputes, rating, login, ad, listings, favs in rows]


def _month_key(row: tuple) -> date:
    return row[0]


def domain_declared(d: dict | None) -> DeclaredFinancials | None:
    """Clean declared figures as ``queries.declared_financials`` reads them back (money
    through the Fen column, ratios through DecimalText: both exact round trips)."""
    if d is None:
        return None
    zero = Decimal(0)

    def ratio(v):
        # a Decimal's text gives back the very Decimal (digits and exponent): as it is
        return v if v is None or type(v) is Decimal else Decimal(str(Decimal(v)))

    def yuan(fen):
        # from_fen: the fen as the digits with exponent -2 (exact below 10^28, which MAX_FEN keeps)
        return Decimal(fen).scaleb(-2) if type(fen) is int else from_fen(fen)
    return DeclaredFinancials(
        year=d["year"], sales=yuan(d["sales"]), operating_cost=yuan(d["operating_cost"]),
        net_margin_pct=ratio(d["net_margin_pct"]), inventory=yuan(d["inventory"]),
        total_assets=yuan(d["total_assets"]), total_liabilities=yuan(d["total_liabilities"]),
        receivables=yuan(d["receivables"]), platform_share_pct=ratio(d["platform_share_pct"]),
        customer1_name=d["customer1_name"] or "", customer1_years=d["customer1_years"] or 0,
        customer1_share_pct=ratio(d["customer1_share_pct"]) if d["customer1_share_pct"] is not None else zero,
        customer2_name=d["customer2_name"] or "", customer2_years=d["customer2_years"] or 0,
        customer2_share_pct=ratio(d["customer2_share_pct"]) if d["customer2_share_pct"] is not None else zero)


def score_columns(months: list[tuple], *, declared: dict | None, member_since: date, as_of: date,
                  card: scoring.Scorecard, product_max: Decimal, now: str) -> tuple:
    """The stored score columns (imports_scores.SCORE_COLUMNS; the suggested limit in fen, as
    the Fen column takes it) of a new application whose merchant has exactly ``months``: the
    bulk scorer's values (a new application has no interview)."""
    feats = features_from_rows(months, declared=domain_declared(declared), member_since=member_since, as_of=as_of)
    v = scoring.stored_columns(scoring.score_totals(feats, card=card, product_max=product_max), as_of=as_of, now=now)
    limit = v["suggested_limit"]
    # to_fen: suggested_limit gives an amount already to the fen (money()), so its fen are exact
    return (v["score_total"], v["grade"], None if limit is None else int(limit.scaleb(2)), v["score_version"],
            v["score_inputs"], v["score_result"])


# the JSON text the score columns store (store.base.JSONText, whose bind processor is this very
# encoding on SQLite and PostgreSQL: tests/test_import_wire.py), here without the database layer
json_text = encoder_once(ensure_ascii=False, sort_keys=True, default=json_default)


# a score_result's "computed_at" left empty, as its text holds it (its keys are fixed: it occurs once)
NO_TIME = json_text({"computed_at": ""})[1:-1]
_TIME_TEXTS: dict[str, str] = {}            # now -> '"computed_at": "<now>"'


def score_texts(columns: tuple) -> tuple:
    """``score_columns``' tuple with score_inputs and score_result as the JSON text the columns
    store, score_result's "computed_at" as ``score_columns`` had it (with now="": ``NO_TIME``,
    to be filled by ``with_time``); what a checking process sends and the insert takes as it is."""
    *head, inputs, result = columns
    return (*head, json_text(inputs), json_text(result))


def with_time(text: str, now: str) -> str:
    """A score_result text of ``score_texts`` (now="") with "computed_at" ``now``: the text of the
    same dictionary with ``now`` in it."""
    filled = _TIME_TEXTS.get(now)
    if filled is None:
        if len(_TIME_TEXTS) >= 64:
            _TIME_TEXTS.clear()
        filled = _TIME_TEXTS[now] = json_text({"computed_at": now})[1:-1]
    return text.replace(NO_TIME, filled, 1)
