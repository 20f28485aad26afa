"""A clean record's values as the domain's dataclasses, exactly as the store reads
them back after the import wrote them (pure: the checking process imports it without
the database layer)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

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
        return None if v is None else Decimal(str(Decimal(v)))
    return DeclaredFinancials(
        year=d["year"], sales=from_fen(d["sales"]), operating_cost=from_fen(d["operating_cost"]),
        net_margin_pct=ratio(d["net_margin_pct"]), inventory=from_fen(d["inventory"]),
        total_assets=from_fen(d["total_assets"]), total_liabilities=from_fen(d["total_liabilities"]),
        receivables=from_fen(d["receivables"]), platform_share_pct=ratio(d["platform_share_pct"]),
        customer1_name=d["customer1_name"] or "", customer1_years=d["customer1_years"] or 0,
        customer1_share_pct=ratio(d["customer1_share_pct"]) if d["customer1_share_pct"] is not None else zero,
        customer2_name=d["customer2_name"] or "", customer2_years=d["customer2_years"] or 0,
        customer2_share_pct=ratio(d["customer2_share_pct"]) if d["customer2_share_pct"] is not None else zero)
