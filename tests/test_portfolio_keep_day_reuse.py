"""``stats.keep_day`` with its statements built once per thresholds and bound per day
keeps exactly what the statements built afresh for each day kept (the reference below is
keep_day as it was), on the hand-built book, for many days and two sets of thresholds."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, case, delete, func, insert, literal, or_, select, union_all

from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.portfolio import measures as m
from workstation.portfolio import stats as st

from tests.portfolio_support import AS_OF, build_book

TH = DEFAULT_SETTINGS["classification.days"]
OTHER_TH = {"关注": 5, "次级": 40, "可疑": 100, "损失": 200}
PL, PP, ST, DM, FP, FN = m.PL, m.PP, st.ST, st.DM, st.FP, st.FN


def _reference_keep_day(s, day: date, *, thresholds: dict) -> None:
    d, e = day.toordinal(), st.month_before(day).toordinal()
    for t in (ST, DM, FP, FN):
        s.execute(delete(t).where(t.c.day == d))
    p2 = PP.alias("p2")
    live_then = and_(p2.c.status == "active", p2.c.principal_fen > 0)
    prev = case((live_then, m.bucket(e, p2)), else_="")
    s.execute(insert(ST).from_select(
        ["day", "officer_id", "disbursed_month", "bucket", "tier", "prev_bucket", "loans", "principal_fen",
         "prev_principal_fen"],
        select(literal(d), PL.c.officer_id, PL.c.disbursed_month, m.bucket(d).label("b"),
               m.tier(d, thresholds).label("t"), prev.label("pb"), func.count(), func.sum(PP.c.principal_fen),
               func.coalesce(func.sum(case((live_then, p2.c.principal_fen), else_=0)), 0))
        .select_from(PP.join(PL, PL.c.loan_id == PP.c.loan_id)
                     .outerjoin(p2, and_(p2.c.loan_id == PP.c.loan_id, m.in_force(e, p2))))
        .where(m.live(d)).group_by(PL.c.officer_id, PL.c.disbursed_month, "b", "t", "pb")))
    gone = or_(PP.c.id.is_(None), PP.c.status != "active", PP.c.principal_fen <= 0)
    s.execute(insert(ST).from_select(
        ["day", "officer_id", "disbursed_month", "bucket", "tier", "prev_bucket", "loans", "principal_fen",
         "prev_principal_fen"],
        select(literal(d), PL.c.officer_id, PL.c.disbursed_month, literal("closed"), literal(""),
               m.bucket(e, p2).label("pb"), func.count(), literal(0), func.sum(p2.c.principal_fen))
        .select_from(p2.join(PL, PL.c.loan_id == p2.c.loan_id)
                     .outerjoin(PP, and_(PP.c.loan_id == p2.c.loan_id, m.in_force(d))))
        .where(m.live(e, p2), gone).group_by(PL.c.officer_id, PL.c.disbursed_month, "pb")))
    by_all = (select(PL.c.officer_id, *[PL.c[dim] for dim in st.DIMS], func.count().label("n"),
                     func.sum(PP.c.principal_fen).label("p"))
              .select_from(PP.join(PL, PL.c.loan_id == PP.c.loan_id)).where(m.live(d))
              .group_by(PL.c.officer_id, *[PL.c[dim] for dim in st.DIMS]).cte("by_all").prefix_with("MATERIALIZED"))
    s.execute(insert(DM).from_select(
        ["day", "officer_id", "dim", "value", "loans", "principal_fen"],
        union_all(*[select(literal(d), by_all.c.officer_id, literal(dim), by_all.c[dim], func.sum(by_all.c.n),
                           func.sum(by_all.c.p)).group_by(by_all.c.officer_id, by_all.c[dim]) for dim in st.DIMS])))
    s.execute(insert(DM).from_select(
        ["day", "officer_id", "dim", "value", "loans", "principal_fen"],
        select(literal(d), PL.c.officer_id, literal("cohort"), PL.c.disbursed_month, func.count(),
               func.sum(PL.c.amount_fen)).where(PL.c.disbursed_day <= d)
        .group_by(PL.c.officer_id, PL.c.disbursed_month)))
    repeat, borrowers = m.repeat_borrowing(s, day)
    s.execute(insert(DM), [dict(day=d, officer_id=None, dim="repeat", value="repeat", loans=repeat, principal_fen=0),
                           dict(day=d, officer_id=None, dim="repeat", value="borrowers", loans=borrowers,
                                principal_fen=0)])
    top = m.exposures(s, day, top=st.TOP)
    if top:
        s.execute(insert(DM), [dict(day=d, officer_id=None, dim="exposure", value=str(mid), loans=n, principal_fen=b)
                               for mid, n, b in top])
    st._keep_funnel(s, day)
    flag, frm, where = m._fpd_parts(day, None, st.BAD_DAYS)
    s.execute(insert(FP).from_select(
        ["day", "bad_days", "officer_id", "disbursed_month", "matured", "bad", "matured_fen", "bad_fen"],
        select(literal(d), literal(st.BAD_DAYS), PL.c.officer_id, PL.c.disbursed_month, func.count(), func.sum(flag),
               func.sum(PL.c.amount_fen), func.sum(flag * PL.c.amount_fen))
        .select_from(frm).where(where).group_by(PL.c.officer_id, PL.c.disbursed_month)))


def _kept(s) -> dict:
    out = {}
    for t in (ST, DM, FP, FN):
        cols = [c for c in t.c if c.name != "id"]
        out[t.name] = sorted((tuple(r) for r in s.execute(select(*cols))), key=repr)
    return out


def test_statements_built_once_keep_what_fresh_statements_kept(svc):
    build_book(svc)
    days = m.month_ends(AS_OF, 8) + [AS_OF - timedelta(days=k) for k in (1, 17, 45, 90, 140)]
    for th in (TH, OTHER_TH, TH):
        got = {}
        for keep in (_reference_keep_day, st.keep_day):
            with svc.tx(None) as s:
                for t in (ST, DM, FP, FN):
                    s.execute(delete(t))
                for day in days + days[:3]:          # a day kept again replaces it
                    keep(s, day, thresholds=th)
            with svc.read(None) as s:
                got[keep.__name__] = _kept(s)
        assert got["keep_day"] == got["_reference_keep_day"]
        assert got["keep_day"]["portfolio_day_stats"] and got["keep_day"]["portfolio_day_fpd"]
