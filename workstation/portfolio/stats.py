"""What end of day keeps so that the dashboard answers quickly: the book at the end of a
day summed by officer, disbursement month, bucket and tier (with the bucket at the end of
the month before, for roll rates), by officer and dimension, and first-payment default
(store/models_portfolio.py). Every figure here is a sum of what ``measures`` computes
from the positions; tests/test_portfolio_stats.py checks they agree on the hand-built book.

:func:`keep_day` (re)builds a day from the positions, so any past day can be kept again."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Integer, and_, bindparam, case, delete, func, insert, literal, or_, select, true, union_all

from workstation.domain.delinquency import TIERS
from workstation.portfolio import measures as m
from workstation.portfolio import measures_flow as mf
from workstation.store.models_portfolio import PortfolioDayDim, PortfolioDayFpd, PortfolioDayFunnel, PortfolioDayStat

ST, DM, FP = PortfolioDayStat.__table__, PortfolioDayDim.__table__, PortfolioDayFpd.__table__
FN = PortfolioDayFunnel.__table__
PL, PP = m.PL, m.PP
DIMS = ("product_code", "platform", "province", "grade")
BAD_DAYS = 30
TOP = 10


def month_before(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def keep_day(s, day: date, *, thresholds: dict) -> None:
    """Replace what is kept for ``day`` by sums over the positions in force at its end."""
    d, e = day.toordinal(), month_before(day).toordinal()
    clear, by_bucket, closed, dims, cohorts, fpd = _day_statements(thresholds)
    days = {"kd": d, "ke": e}
    for stmt in clear:
        s.execute(stmt, days)
    s.execute(by_bucket, days)
    s.execute(closed, days)
    s.execute(dims, days)
    s.execute(cohorts, days)
    # the whole book only: repeat borrowing and the largest borrowers
    repeat, borrowers = m.repeat_borrowing(s, day)
    s.execute(insert(DM), [dict(day=d, officer_id=None, dim="repeat", value="repeat", loans=repeat, principal_fen=0),
                           dict(day=d, officer_id=None, dim="repeat", value="borrowers", loans=borrowers,
                                principal_fen=0)])
    top = m.exposures(s, day, top=TOP)
    if top:
        s.execute(insert(DM), [dict(day=d, officer_id=None, dim="exposure", value=str(mid), loans=n, principal_fen=b)
                               for mid, n, b in top])
    _keep_funnel(s, day)
    s.execute(fpd, days)


def _day_statements(thresholds: dict) -> tuple:
    """keep_day's statements for any day (bound as ``kd``, the day, and ``ke``, the month end
    before it, both ordinals), built once per thresholds: the first night keeps 25 days."""
    key = tuple(int(thresholds[t]) for t in TIERS[1:])        # what measures.tier reads of them
    return m.built_once(("day", key), lambda: _build_day_statements(thresholds))


def _build_day_statements(thresholds: dict) -> tuple:
    d, e = bindparam("kd", type_=Integer), bindparam("ke", type_=Integer)
    clear = tuple(delete(t).where(t.c.day == d) for t in (ST, DM, FP, FN))
    p2 = PP.alias("p2")
    live_then = and_(p2.c.status == "active", p2.c.principal_fen > 0)
    prev = case((live_then, m.bucket(e, p2)), else_="")
    by_bucket = insert(ST).from_select(
        ["day", "officer_id", "disbursed_month", "bucket", "tier", "prev_bucket", "loans", "principal_fen",
         "prev_principal_fen"],
        select(d, PL.c.officer_id, PL.c.disbursed_month, m.bucket(d).label("b"),
               m.tier(d, thresholds).label("t"), prev.label("pb"), func.count(), func.sum(PP.c.principal_fen),
               func.coalesce(func.sum(case((live_then, p2.c.principal_fen), else_=0)), 0))
        .select_from(PP.join(PL, PL.c.loan_id == PP.c.loan_id)
                     .outerjoin(p2, and_(p2.c.loan_id == PP.c.loan_id, m.in_force(e, p2))))
        .where(m.live(d)).group_by(PL.c.officer_id, PL.c.disbursed_month, "b", "t", "pb"))
    gone = or_(PP.c.id.is_(None), PP.c.status != "active", PP.c.principal_fen <= 0)
    closed = insert(ST).from_select(
        ["day", "officer_id", "disbursed_month", "bucket", "tier", "prev_bucket", "loans", "principal_fen",
         "prev_principal_fen"],
        select(d, PL.c.officer_id, PL.c.disbursed_month, literal("closed"), literal(""),
               m.bucket(e, p2).label("pb"), func.count(), literal(0), func.sum(p2.c.principal_fen))
        .select_from(p2.join(PL, PL.c.loan_id == p2.c.loan_id)
                     .outerjoin(PP, and_(PP.c.loan_id == p2.c.loan_id, m.in_force(d))))
        .where(m.live(e, p2), gone).group_by(PL.c.officer_id, PL.c.disbursed_month, "pb"))
    # the dimensions from one pass over the book: summed by officer and every dimension, then by each
    by_all = (select(PL.c.officer_id, *[PL.c[dim] for dim in DIMS], func.count().label("n"),
                     func.sum(PP.c.principal_fen).label("p"))
              .select_from(PP.join(PL, PL.c.loan_id == PP.c.loan_id)).where(m.live(d))
              .group_by(PL.c.officer_id, *[PL.c[dim] for dim in DIMS]).cte("by_all").prefix_with("MATERIALIZED"))
    dims = insert(DM).from_select(
        ["day", "officer_id", "dim", "value", "loans", "principal_fen"],
        union_all(*[select(d, by_all.c.officer_id, literal(dim), by_all.c[dim], func.sum(by_all.c.n),
                           func.sum(by_all.c.p)).group_by(by_all.c.officer_id, by_all.c[dim]) for dim in DIMS]))
    # cohorts (all loans paid out by the day, outstanding or not): amount disbursed
    cohorts = insert(DM).from_select(
        ["day", "officer_id", "dim", "value", "loans", "principal_fen"],
        select(d, PL.c.officer_id, literal("cohort"), PL.c.disbursed_month, func.count(),
               func.sum(PL.c.amount_fen)).where(PL.c.disbursed_day <= d)
        .group_by(PL.c.officer_id, PL.c.disbursed_month))
    flag, frm, where = m._fpd_parts(None, None, BAD_DAYS, d=d)
    fpd = insert(FP).from_select(
        ["day", "bad_days", "officer_id", "disbursed_month", "matured", "bad", "matured_fen", "bad_fen"],
        select(d, literal(BAD_DAYS), PL.c.officer_id, PL.c.disbursed_month, func.count(), func.sum(flag),
               func.sum(PL.c.amount_fen), func.sum(flag * PL.c.amount_fen))
        .select_from(frm).where(where).group_by(PL.c.officer_id, PL.c.disbursed_month))
    return clear, by_bucket, closed, dims, cohorts, fpd


def funnel_since(day: date) -> date:
    """The funnel's window starts on the first of the month two months before ``day``'s."""
    return (day.replace(day=1) - timedelta(days=62)).replace(day=1)


def _keep_funnel(s, day: date) -> None:
    rows = mf.funnel_rows(s, funnel_since(day), day)
    if rows:
        s.execute(insert(FN), [dict(day=day.toordinal(), officer_id=o, received_month=mo, step=k, count=n,
                                    amount_fen=a, gaps=gn, gap_seconds=gs) for o, mo, k, n, a, gn, gs in rows])


def funnel(s, day: date, scope=None) -> dict:
    """The funnel as kept for ``day`` (the window of :func:`funnel_since`)."""
    rows = s.execute(select(FN.c.officer_id, FN.c.received_month, FN.c.step, FN.c.count, FN.c.amount_fen, FN.c.gaps,
                            FN.c.gap_seconds).where(FN.c.day == day.toordinal(), _sc(scope, FN))).all()
    return mf.funnel_totals([tuple(r) for r in rows])


def kept(s, days: list[date]) -> bool:
    """Whether every one of ``days`` has been kept."""
    return kept_days(s, days) == set(days)


def kept_days(s, days: list[date]) -> set[date]:
    """Those of ``days`` that have been kept (one statement)."""
    have = set(s.scalars(select(DM.c.day).where(DM.c.day.in_({x.toordinal() for x in days}), DM.c.dim == "repeat")
                         .distinct()))
    return {x for x in days if x.toordinal() in have}


def _sc(scope, table):
    return true() if scope is None else scope(table.c.officer_id)


def headline(s, day: date, scope=None) -> dict:
    d = day.toordinal()
    rows = s.execute(select(ST.c.bucket, ST.c.tier, func.sum(ST.c.loans), func.sum(ST.c.principal_fen))
                     .where(ST.c.day == d, ST.c.bucket != "closed", _sc(scope, ST)).group_by(ST.c.bucket, ST.c.tier)).all()
    out = {"count": 0, "balance": 0, "overdue": 0, "overdue_count": 0, "par": {k: 0 for k in m.PAR_DAYS},
           "tiers": {t: 0 for t in TIERS}}
    worse = {1: ("M1", "M2", "M3", "M3+"), 30: ("M2", "M3", "M3+"), 60: ("M3", "M3+"), 90: ("M3+",)}
    for b, t, n, p in rows:
        n, p = int(n), int(p)
        out["count"] += n
        out["balance"] += p
        if b != "M0":
            out["overdue"] += p
            out["overdue_count"] += n
        for k, bs in worse.items():
            if b in bs:
                out["par"][k] += p
        out["tiers"][t] += p
    out["npl"] = sum(out["tiers"][t] for t in m.NPL_TIERS)
    return out


def by_dimension(s, day: date, dim: str, scope=None) -> list[tuple]:
    rows = s.execute(select(DM.c.value, func.sum(DM.c.loans), func.sum(DM.c.principal_fen))
                     .where(DM.c.day == day.toordinal(), DM.c.dim == dim, _sc(scope, DM)).group_by(DM.c.value)
                     .order_by(func.sum(DM.c.principal_fen).desc()))
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def by_officer(s, day: date, scope=None) -> list[tuple]:
    rows = s.execute(select(ST.c.officer_id, func.sum(ST.c.loans), func.sum(ST.c.principal_fen))
                     .where(ST.c.day == day.toordinal(), ST.c.bucket != "closed", _sc(scope, ST))
                     .group_by(ST.c.officer_id).order_by(func.sum(ST.c.principal_fen).desc()))
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def cohort_amounts(s, day: date, scope=None) -> dict[str, tuple[int, int]]:
    rows = s.execute(select(DM.c.value, func.sum(DM.c.loans), func.sum(DM.c.principal_fen))
                     .where(DM.c.day == day.toordinal(), DM.c.dim == "cohort", _sc(scope, DM)).group_by(DM.c.value))
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def vintages(s, day: date, scope=None, *, months: int = 24) -> dict:
    ends = m.month_ends(day, months)
    cohorts = sorted(cohort_amounts(s, day, scope))
    out: dict[str, dict[int, tuple[int, int, int]]] = {}
    days = {e.toordinal(): e for e in ends}
    rows = s.execute(select(ST.c.day, ST.c.disbursed_month, ST.c.bucket, func.sum(ST.c.principal_fen))
                     .where(ST.c.day.in_(list(days)), ST.c.bucket.in_(("M1", "M2", "M3", "M3+")), _sc(scope, ST))
                     .group_by(ST.c.day, ST.c.disbursed_month, ST.c.bucket)).all()
    for e in ends:
        for month in cohorts:
            if m.months_between(month, e) >= 1:
                out.setdefault(month, {})[m.months_between(month, e)] = (0, 0, 0)
    for dd, month, b, p in rows:
        mob = m.months_between(month, days[dd])
        if mob < 1 or month not in out:
            continue
        m1, m2, m3 = out[month][mob]
        p = int(p)
        out[month][mob] = (m1 + p, m2 + (p if b != "M1" else 0), m3 + (p if b in ("M3", "M3+") else 0))
    return out


def roll_matrix(s, end: date, scope=None) -> dict[tuple[str, str], tuple[int, int]]:
    rows = s.execute(select(ST.c.prev_bucket, ST.c.bucket, func.sum(ST.c.loans), func.sum(ST.c.prev_principal_fen))
                     .where(ST.c.day == end.toordinal(), ST.c.prev_bucket != "", _sc(scope, ST))
                     .group_by(ST.c.prev_bucket, ST.c.bucket))
    return {(r[0], r[1]): (int(r[2]), int(r[3])) for r in rows}


def roll_rates(s, day: date, scope=None, *, months: int = 12) -> list:
    ends = m.month_ends(day, months + 1)
    out = []
    for b in ends[1:]:
        mx = roll_matrix(s, b, scope)
        rates = {}
        for frm, to in zip(m.BUCKETS, m.BUCKETS[1:]):
            total = sum(n for (x, _), (n, _) in mx.items() if x == frm)
            rates[f"{frm}->{to}"] = (mx.get((frm, to), (0, 0))[0], total)
        out.append((b, rates))
    return out


def first_payment_default(s, day: date, scope=None) -> list[tuple]:
    rows = s.execute(select(FP.c.disbursed_month, func.sum(FP.c.matured), func.sum(FP.c.bad), func.sum(FP.c.matured_fen),
                            func.sum(FP.c.bad_fen))
                     .where(FP.c.day == day.toordinal(), FP.c.bad_days == BAD_DAYS, _sc(scope, FP))
                     .group_by(FP.c.disbursed_month).order_by(FP.c.disbursed_month))
    return [(r[0], int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in rows]


def whole_book(s, day: date) -> tuple[tuple[int, int], list[tuple[int, int, int]]]:
    """(repeat borrowers, borrowers) and the largest exposures kept for the whole book."""
    rows = s.execute(select(DM.c.dim, DM.c.value, DM.c.loans, DM.c.principal_fen)
                     .where(DM.c.day == day.toordinal(), DM.c.dim.in_(("repeat", "exposure")))).all()
    rep = {v: n for dim, v, n, _ in rows if dim == "repeat"}
    top = sorted(((int(v), n, p) for dim, v, n, p in rows if dim == "exposure"), key=lambda x: (-x[2], x[0]))
    return (rep.get("repeat", 0), rep.get("borrowers", 0)), top
