"""The borrowers end of day evaluates (aftercare/evaluation._active: each merchant's newest
active loan), now chosen in the database, equal the row-by-row choice it replaced (kept
here as ``reference_active``), on both backends, over varied loan states and merchant lists."""
from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select, update

from workstation.aftercare.evaluation import _active
from workstation.store.bulk import raw_table
from workstation.store.models_loans import Loan
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare


def reference_active(s, merchant_ids):
    lt, at = raw_table("loans"), raw_table("applications")
    q = (select(lt.c.merchant_id, lt.c.id, lt.c.application_id, lt.c.disbursed_on, lt.c.disbursed_amount,
                at.c.purpose)
         .join(at, at.c.id == lt.c.application_id)
         .where(lt.c.status == "active", lt.c.disbursed_on.is_not(None)))
    if merchant_ids is not None:
        q = q.where(lt.c.merchant_id.in_(merchant_ids))
    newest: dict[int, tuple] = {}
    for r in s.execute(q.order_by(lt.c.merchant_id, lt.c.id)):
        newest[r[0]] = tuple(r)
    return [newest[m] for m in sorted(newest)]


def test_newest_active_loan_per_borrower_in_sql_equals_the_row_by_row_choice(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        off = actor(store, "officer1")
        first = open_loan(store, off, product="ORDER", amount="3000", method="bullet", start=date(2026, 1, 5), days=30)
        with store.read(None) as s:
            m1 = s.scalar(select(Loan.merchant_id).where(Loan.id == first))
        ids = [first] + [open_loan(store, off, product="ORDER", amount=str(2000 + 500 * k), method="bullet",
                                   start=date(2026, 1, 6 + k), days=30, merchant_id=m1 if k % 2 else None)
                         for k in range(6)]
        with store.read(None) as s:
            merchants = sorted(set(s.scalars(select(Loan.merchant_id))))
        lt = raw_table("loans")
        seen = set()
        for k in range(12):
            rng = random.Random(k)
            with store.factory() as s:
                s.begin()
                for lid in ids:
                    s.execute(update(lt).where(lt.c.id == lid).values(
                        status=rng.choice(["active", "active", "closed", "written_off"]),
                        disbursed_on=rng.choice([date(2026, 1, 5), date(2026, 1, 5), None])))
                for scope in (None, [m1], rng.sample(merchants, 2), []):
                    got = _active(s, scope)
                    assert got == reference_active(s, scope), (k, scope)
                    seen.add(len(got))
                s.rollback()
        assert len(seen) >= 3            # the rounds chose different numbers of borrowers
    finally:
        store.close()
