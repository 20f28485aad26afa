"""Repeat borrowing and the largest exposures of the whole book (what end of day keeps
each day) from statements built once and bound per day equal the statements built afresh
for each day (the reference below is the code as it was), on the hand-built book, for days
before, on and after its newest night, and a scope still gets its own statement."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, case, func, select, true

from workstation.portfolio import measures as m
from workstation.store.models_portfolio import OPEN_END

from tests.portfolio_support import AS_OF, LOANS, build_book

PL, PP = m.PL, m.PP


def _reference_repeat(s, day: date, scope=None) -> tuple[int, int]:
    per = (select(PL.c.merchant_id, func.count().label("n")).where(PL.c.disbursed_day <= day.toordinal(),
                                                                   scope if scope is not None else true())
           .group_by(PL.c.merchant_id).subquery())
    r = s.execute(select(func.count(), func.sum(case((per.c.n >= 2, 1), else_=0))).select_from(per)).one()
    return int(r[1] or 0), int(r[0])


def _reference_exposures(s, day: date, scope=None, *, top: int = 10) -> list[tuple[int, int, int]]:
    d = day.toordinal()
    frm, sc = m._base(scope)
    now = and_(PP.c.valid_to_day == OPEN_END, PP.c.status == "active", PP.c.principal_fen > 0)
    q = (select(PL.c.merchant_id, func.count(), func.sum(PP.c.principal_fen)).select_from(frm)
         .where(now if d >= m.last_night(s) else m.live(d), sc).group_by(PL.c.merchant_id)
         .order_by(func.sum(PP.c.principal_fen).desc(), PL.c.merchant_id).limit(top))
    return [(int(r[0]), int(r[1]), int(r[2])) for r in s.execute(q)]


def test_whole_book_statements_built_once_equal_fresh_ones(svc):
    build_book(svc)
    first = min(x[7] for x in LOANS)
    days = [first - timedelta(days=1)] + [first + timedelta(days=k) for k in range(0, 200, 7)]
    days += m.month_ends(AS_OF, 8) + [AS_OF, AS_OF + timedelta(days=1), AS_OF + timedelta(days=40)]
    m._BUILT.clear()
    seen = set()
    with svc.read(None) as s:
        for day in days + days[::-1]:
            assert m.repeat_borrowing(s, day) == _reference_repeat(s, day), day
            for top in (1, 3, 10):
                got = m.exposures(s, day, top=top)
                assert got == _reference_exposures(s, day, top=top), (day, top)
                seen.add(len(got))
            for scope in (PL.c.officer_id == 10, PL.c.officer_id == 11):
                assert m.repeat_borrowing(s, day, scope) == _reference_repeat(s, day, scope)
                assert m.exposures(s, day, scope) == _reference_exposures(s, day, scope)
    assert seen >= {0, 1, 3}      # empty, partial and full answers were compared
    assert len([k for k in m._BUILT if k == "repeat" or k[0] == "exposures"]) == 7      # repeat, and exposures now / then for each top
