"""What end of day keeps of each loan (portfolio/snapshot.py), now chosen and inserted in
SQL, equals the row-by-row computation it replaced (kept here as ``reference_*``), on both
backends, over varied states of the loans' cache and of the kept positions: new loans,
loans unchanged, changed, closed, written off, overdue runs begun in a gap of nights,
a night kept again, positions starting after the night, officers reassigned."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import and_, delete, select, update

from workstation.portfolio import snapshot
from workstation.portfolio.snapshot import PL, PP, _row, state_of
from workstation.store.bulk import raw_table
from workstation.store.models import Application, User
from workstation.store.models_loans import Loan
from workstation.store.models_portfolio import OPEN_END
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare

D = date
CHUNK = 5000


def reference_add_new_loans(s) -> None:
    lt, at, it = raw_table("loans"), raw_table("applications"), raw_table("installments")
    first_due = (select(it.c.due_date).where(it.c.loan_id == lt.c.id, it.c.period == 1)
                 .scalar_subquery())
    rows = s.execute(
        select(lt.c.id, lt.c.application_id, lt.c.merchant_id, lt.c.product_code, lt.c.disbursed_on,
               lt.c.disbursed_amount, lt.c.approved_amount, at.c.platform, at.c.province, at.c.officer_id,
               at.c.grade, first_due.label("first_due"))
        .join(at, at.c.id == lt.c.application_id)
        .where(lt.c.disbursed_on.is_not(None), lt.c.id.not_in(select(PL.c.loan_id)))).all()
    out = [dict(loan_id=r.id, application_id=r.application_id, merchant_id=r.merchant_id,
                product_code=r.product_code, platform=r.platform, province=r.province, officer_id=r.officer_id,
                grade=r.grade, disbursed_day=r.disbursed_on.toordinal(),
                disbursed_month=r.disbursed_on.strftime("%Y-%m"),
                first_due_day=r.first_due.toordinal() if r.first_due else None,
                amount_fen=int(r.disbursed_amount or r.approved_amount)) for r in rows]
    for k in range(0, len(out), CHUNK):
        s.execute(PL.insert(), out[k:k + CHUNK])
    officer = select(at.c.officer_id).where(at.c.id == PL.c.application_id).scalar_subquery()
    s.execute(PL.update().where(PL.c.officer_id.is_distinct_from(officer)).values(officer_id=officer))


def reference_record_positions(s, as_of: date) -> int:
    from sqlalchemy import bindparam
    day = as_of.toordinal()
    lt = raw_table("loans")
    cur = s.execute(
        select(lt.c.id, PL.c.disbursed_day, lt.c.position_date, lt.c.principal_outstanding, lt.c.overdue_principal,
               lt.c.dpd, lt.c.status, PP.c.id.label("pid"), PP.c.valid_from_day, PP.c.principal_fen, PP.c.overdue_fen,
               PP.c.overdue_anchor, PP.c.status.label("pstatus"), PP.c.written_off)
        .join(PL, PL.c.loan_id == lt.c.id)
        .outerjoin(PP, and_(PP.c.loan_id == lt.c.id, PP.c.valid_to_day == OPEN_END))).all()
    inserts, closes, same_day = [], [], []
    for r in cur:
        new = state_of(principal=r.principal_outstanding, overdue=r.overdue_principal, dpd=r.dpd,
                       status=r.status, day=r.position_date.toordinal() if r.position_date else day + 1)
        start = day
        if r.pid is not None:
            old = (r.principal_fen, r.overdue_fen, r.overdue_anchor, r.pstatus, bool(r.written_off))
            if old == new or r.valid_from_day > day:
                continue
            if new[2] is not None and new[2] != old[2]:
                start = max(min(new[2], day), r.valid_from_day + 1)
            if r.valid_from_day == start:
                same_day.append(r.pid)
            else:
                closes.append((r.pid, start))
        else:
            start = min(r.disbursed_day, day)
            if new[2] is not None and new[2] > start:
                inserts.append(_row(r.id, start, (new[0], 0, None, "active", False), to=new[2]))
                start = new[2]
        inserts.append(_row(r.id, start, new))
    close = PP.update().where(PP.c.id == bindparam("b_pid")).values(valid_to_day=bindparam("b_end"))
    if closes:
        s.execute(close, [{"b_pid": pid, "b_end": end} for pid, end in closes])
    if same_day:
        s.execute(PP.delete().where(PP.c.id.in_(same_day)))
    if inserts:
        s.execute(PP.insert(), inserts)
    return len(inserts)


@pytest.fixture
def book(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    off = actor(store, "officer1")
    ids = [open_loan(store, off, product="CREDIT_FIXED", amount=str(5000 + 1000 * k), method="equal-installment",
                     start=D(2026, 1, 10) + timedelta(days=9 * k), term_months=3, draw=str(4000 + 1000 * k) if k % 3 == 1
                     else None) for k in range(4)]
    ids += [open_loan(store, off, product="ORDER", amount=str(2000 + 500 * k), method="bullet",
                      start=D(2026, 1, 31) + timedelta(days=k), days=30) for k in range(3)]
    with store.read(None) as s:
        officers = list(s.scalars(select(User.id)))
    with store.tx(None) as s:
        snapshot._add_new_loans(s)
        snapshot._record_positions(s, D(2026, 2, 20))
    yield store, ids, officers
    store.close()


def _shake(s, rng: random.Random, ids: list[int], officers: list[int], day: int) -> None:
    """A random state of the loans' cache and of the kept positions around night ``day``."""
    for lid in ids:
        status = rng.choice(["active"] * 4 + ["closed", "written_off"])
        principal = rng.choice([0, 150000, 300000, 420000])
        cache = dict(principal_outstanding=principal, overdue_principal=rng.choice([0, 0, 50000, principal]),
                     dpd=rng.choice([0, 0, 1, 3, 12, 45]), status=status,
                     position_date=rng.choice([None, D.fromordinal(day + 1), D.fromordinal(day + 1),
                                               D.fromordinal(day - 2), D.fromordinal(day + 4)]))
        s.execute(update(raw_table("loans")).where(raw_table("loans").c.id == lid).values(**cache))
        if rng.random() < 0.3:
            app = s.scalar(select(Loan.application_id).where(Loan.id == lid))
            s.execute(update(Application).where(Application.id == app).values(officer_id=rng.choice([None] + officers)))
        s.execute(delete(PP).where(PP.c.loan_id == lid))
        kind = rng.random()
        if kind < 0.15:
            s.execute(delete(PL).where(PL.c.loan_id == lid))            # a new loan: first kept tonight
            continue
        if kind < 0.25:
            continue                                                    # kept, no position yet
        pos_day = cache["position_date"].toordinal() if cache["position_date"] else day + 1
        same = state_of(principal=principal, overdue=cache["overdue_principal"], dpd=cache["dpd"], status=status,
                        day=pos_day)
        old = same if rng.random() < 0.4 else (
            rng.choice([principal, 150000]), rng.choice([0, cache["overdue_principal"]]),
            rng.choice([None, same[2], (same[2] or day) - 3, day - 20]), rng.choice(["active", status]),
            rng.choice([False, same[4]]))
        start = rng.choice([day - 30, day - 5, day - 1, day, day, day + 2])
        if rng.random() < 0.5:
            s.execute(PP.insert(), [_row(lid, start - 40, (principal, 0, None, "active", False), to=start)])
        s.execute(PP.insert(), [_row(lid, start, old)])


def _dump(s) -> tuple:
    pl = sorted(tuple(r) for r in s.execute(select(PL)))
    pp = sorted(tuple(r)[1:] for r in s.execute(select(PP)))       # without the row ids
    return pl, pp


def test_positions_in_sql_equal_the_row_by_row_positions(book):
    store, ids, officers = book
    kept_as_is = changed = 0
    for k in range(24):
        day = D(2026, 2, 21).toordinal() + 3 * k
        got = []
        for add, positions in ((snapshot._add_new_loans, snapshot._record_positions),
                               (reference_add_new_loans, reference_record_positions)):
            with store.factory() as s:
                s.begin()
                _shake(s, random.Random(k), ids, officers, day)
                before = _dump(s)
                add(s)
                opened = positions(s, D.fromordinal(day))
                got.append((opened, _dump(s)))
                s.rollback()
        assert got[0] == got[1], k
        for lid in ids:         # the loans' intervals left as they were, and changed
            same = [r for r in before[1] if r[0] == lid] == [r for r in got[0][1][1] if r[0] == lid]
            kept_as_is, changed = kept_as_is + same, changed + (not same)
    assert kept_as_is > 20 and changed > 20, (kept_as_is, changed)
