"""Shared set-up for the after-the-loan tests: a borrower with a loan and a year of
weekly snapshots, steady or deteriorating after the loan."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from workstation.store.models import Merchant
from workstation.store.models_loans import Loan

LOAN_DAY = date(2026, 1, 5)


def member_of(store, loan_id: int) -> str:
    with store.read() as s:
        return s.scalar(select(Merchant.member_id).join(Loan, Loan.merchant_id == Merchant.id)
                        .where(Loan.id == loan_id))


def weekly(member: str, *, start: date = LOAN_DAY - timedelta(weeks=12), weeks: int = 19,
           deteriorate: bool = False, loan_day: date = LOAN_DAY) -> list[dict]:
    out = []
    for k in range(weeks):
        on = start + timedelta(weeks=k)
        bad = deteriorate and on > loan_day
        out.append({"member_id": member, "date": on.isoformat(), "logins": 4, "days_since_login": 9 if bad else 1,
                    "orders": 100, "gmv": "20000.00" if bad else "50000.00", "refunds": 3, "disputes": 0,
                    "ad_spend": "2000.00", "traffic": 5000, "rating": "4.80", "shop_status": "open",
                    "inflow": "50000.00", "outflow": "40000.00", "unrelated_outflow": "0.00"})
    return out


def write_jsonl(path: Path, records: list[dict], extra_lines: list[str] = ()) -> Path:
    path.write_text("\n".join([json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)) + "\n",
                    encoding="utf-8")
    return path
