"""The portfolio measures in SQL over what end of day keeps (store/models_portfolio.py),
as of the end of any day. Every function takes a Session, the day and ``scope`` (a
condition on portfolio_loans: the actor's book, see service.scope_clause) and returns
plain values in integer fen. Definitions, shown on hover and printed: DEFINITIONS."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Integer, and_, bindparam, case, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement, True_

from workstation.domain.delinquency import TIERS
from workstation.store.models_portfolio import OPEN_END, PortfolioLoan, PortfolioPosition

PL = PortfolioLoan.__table__
PP = PortfolioPosition.__table__
BUCKETS = ("M0", "M1", "M2", "M3", "M3+")
NPL_TIERS = TIERS[2:]                 # 次级, 可疑, 损失
PAR_DAYS = (1, 30, 60, 90)            # PAR1: 1+ days past due; PAR30: more than 30; ...
DIMENSIONS = ("product_code", "platform", "province", "officer_id", "grade")


def in_force(day: int, pp=PP) -> ColumnElement[bool]:
    """The position interval of each loan in force at the end of ``day``."""
    return and_(pp.c.valid_from_day <= day, pp.c.valid_to_day > day)


def dpd(day: int, pp=PP):
    return case((pp.c.overdue_anchor.is_(None), 0), else_=day - pp.c.overdue_anchor)


def bucket(day: int, pp=PP):
    d = dpd(day, pp)
    return case((d <= 0, "M0"), (d <= 30, "M1"), (d <= 60, "M2"), (d <= 90, "M3"), else_="M3+")


def tier(day: int, thresholds: dict, pp=PP):
    d = dpd(day, pp)
    whens = [(pp.c.written_off, TIERS[-1])]
    whens += [(d >= int(thresholds[t]), t) for t in reversed(TIERS[1:])]
    return case(*whens, else_=TIERS[0])


def live(day: int, pp=PP) -> ColumnElement[bool]:
    """Loans with principal outstanding at the end of ``day``."""
    return and_(in_force(day, pp), pp.c.status == "active", pp.c.principal_fen > 0)


def par_cond(k: int, day: int, pp=PP):
    return dpd(day, pp) >= 1 if k == 1 else dpd(day, pp) > k


def _base(scope):
    return PP.join(PL, PL.c.loan_id == PP.c.loan_id), scope if scope is not None else true()


def headline(s, day: date, scope=None, *, thresholds: dict) -> dict:
    """Balance and count, overdue, PAR, the five tiers and NPL at the end of ``day``."""
    d = day.toordinal()
    frm, sc = _base(scope)
    cols = [func.count().label("n"), func.coalesce(func.sum(PP.c.principal_fen), 0).label("balance"),
            func.coalesce(func.sum(case((dpd(d) > 0, PP.c.principal_fen), else_=0)), 0).label("overdue"),
            func.coalesce(func.sum(case((dpd(d) > 0, 1), else_=0)), 0).label("overdue_n")]
    cols += [func.coalesce(func.sum(case((par_cond(k, d), PP.c.principal_fen), else_=0)), 0).label(f"par{k}")
             for k in PAR_DAYS]
    t = tier(d, thresholds)
    cols += [func.coalesce(func.sum(case((t == name, PP.c.principal_fen), else_=0)), 0).label(f"t{i}")
             for i, name in enumerate(TIERS)]
    r = s.execute(select(*cols).select_from(frm).where(live(d), sc)).one()
    out = {"count": int(r.n), "balance": int(r.balance), "overdue": int(r.overdue), "overdue_count": int(r.overdue_n),
           "par": {k: int(getattr(r, f"par{k}")) for k in PAR_DAYS},
           "tiers": {name: int(getattr(r, f"t{i}")) for i, name in enumerate(TIERS)}}
    out["npl"] = sum(out["tiers"][t] for t in NPL_TIERS)
    return out


def by_dimension(s, day: date, dim: str, scope=None) -> list[tuple]:
    """(value, count, balance) of the loans outstanding at the end of ``day`` by ``dim``."""
    if dim not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dim!r}; choose from {', '.join(DIMENSIONS)}")
    d = day.toordinal()
    frm, sc = _base(scope)
    rows = s.execute(select(PL.c[dim], func.count(), func.sum(PP.c.principal_fen)).select_from(frm)
                     .where(live(d), sc).group_by(PL.c[dim]).order_by(func.sum(PP.c.principal_fen).desc()))
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def _fpd_parts(day: date | None, scope, bad_days: int, *, d=None):
    """(bad flag, FROM, WHERE) of the loans matured by ``day`` (or by the day ``d``, an
    ordinal or a bound parameter)."""
    d = day.toordinal() if d is None else d
    probe = PL.c.first_due_day + bad_days
    bad = and_(PP.c.overdue_anchor.is_not(None), PP.c.overdue_anchor <= PL.c.first_due_day,
               probe - PP.c.overdue_anchor >= bad_days)
    frm = PL.outerjoin(PP, and_(PP.c.loan_id == PL.c.loan_id, PP.c.valid_from_day <= probe,
                                PP.c.valid_to_day > probe))
    where = and_(PL.c.first_due_day.is_not(None), probe <= d, scope if scope is not None else true())
    return case((bad, 1), else_=0), frm, where


def fpd_loans(s, day: date, scope=None, *, bad_days: int = 30) -> list[tuple[int, int, bool]]:
    """(loan id, application id, bad) of every matured loan (see first_payment_default)."""
    flag, frm, where = _fpd_parts(day, scope, bad_days)
    return [(r[0], r[1], bool(r[2])) for r in
            s.execute(select(PL.c.loan_id, PL.c.application_id, flag).select_from(frm).where(where))]


def first_payment_default(s, day: date, scope=None, *, bad_days: int = 30) -> list[tuple]:
    """By disbursement month: (month, matured count, bad count, matured amount, bad amount).
    A loan is matured when its first due date plus ``bad_days`` has passed by ``day``; bad
    when on that day its first installment was still unpaid ``bad_days`` days after it fell due
    (the overdue run began on the first due date and lasted ``bad_days`` days)."""
    bad_flag, frm, where = _fpd_parts(day, scope, bad_days)
    q = (select(PL.c.disbursed_month, func.count(), func.sum(bad_flag), func.sum(PL.c.amount_fen),
                func.sum(bad_flag * PL.c.amount_fen))
         .select_from(frm).where(where).group_by(PL.c.disbursed_month).order_by(PL.c.disbursed_month))
    return [(r[0], int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in s.execute(q)]


def month_ends(day: date, months: int) -> list[date]:
    """The last ``months`` month ends up to ``day``, oldest first, ``day`` itself last when it
    is not a month end (the month so far)."""
    out, cur = [], day
    if (day + timedelta(days=1)).day != 1:
        out.append(day)
        cur = day.replace(day=1) - timedelta(days=1)
    while len(out) < months:
        out.append(cur)
        cur = cur.replace(day=1) - timedelta(days=1)
    return sorted(out)


def months_between(month: str, day: date) -> int:
    y, m = int(month[:4]), int(month[5:7])
    return (day.year - y) * 12 + day.month - m


def cohort_amounts(s, day: date, scope=None) -> dict[str, tuple[int, int]]:
    """Disbursement month -> (loans, amount disbursed) for loans paid out by ``day``."""
    rows = s.execute(select(PL.c.disbursed_month, func.count(), func.sum(PL.c.amount_fen))
                     .where(PL.c.disbursed_day <= day.toordinal(), scope if scope is not None else true())
                     .group_by(PL.c.disbursed_month))
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def vintages(s, day: date, scope=None, *, months: int = 24) -> dict[str, dict[int, tuple[int, int, int]]]:
    """Disbursement month -> {months on book: (M1+, M2+, M3+ outstanding in fen)} observed at
    each month end up to ``day`` (the share is this over the cohort's amount, cohort_amounts)."""
    out: dict[str, dict[int, tuple[int, int, int]]] = {}
    frm, sc = _base(scope)
    cohorts = sorted(cohort_amounts(s, day, scope))
    for end in month_ends(day, months):
        d = end.toordinal()
        for month in cohorts:           # a month with nothing outstanding at M1+ shows 0, not a gap
            if months_between(month, end) >= 1:
                out.setdefault(month, {})[months_between(month, end)] = (0, 0, 0)
        dd = dpd(d)
        rows = s.execute(
            select(PL.c.disbursed_month,
                   func.sum(case((dd > 0, PP.c.principal_fen), else_=0)),
                   func.sum(case((dd > 30, PP.c.principal_fen), else_=0)),
                   func.sum(case((dd > 60, PP.c.principal_fen), else_=0)))
            .select_from(frm).where(live(d), sc, PL.c.disbursed_day <= d).group_by(PL.c.disbursed_month))
        for month, m1, m2, m3 in rows:
            mob = months_between(month, end)
            if mob >= 1:
                out.setdefault(month, {})[mob] = (int(m1 or 0), int(m2 or 0), int(m3 or 0))
    return out


def roll_matrix(s, start: date, end: date, scope=None) -> dict[tuple[str, str], tuple[int, int]]:
    """(bucket at ``start``, bucket or "closed" at ``end``) -> (loans, balance at start)."""
    a, b = start.toordinal(), end.toordinal()
    p2 = PP.alias("p2")
    to_bucket = case((p2.c.id.is_(None), "closed"), (p2.c.status != "active", "closed"),
                     (p2.c.principal_fen <= 0, "closed"), else_=bucket(b, p2))
    q = (select(bucket(a).label("b1"), to_bucket.label("b2"), func.count(), func.sum(PP.c.principal_fen))
         .select_from(PP.join(PL, PL.c.loan_id == PP.c.loan_id)
                      .outerjoin(p2, and_(p2.c.loan_id == PP.c.loan_id, in_force(b, p2))))
         .where(live(a), scope if scope is not None else true()).group_by("b1", "b2"))
    return {(r[0], r[1]): (int(r[2]), int(r[3])) for r in s.execute(q)}


def roll_rates(s, day: date, scope=None, *, months: int = 12) -> list[tuple[date, dict[str, float]]]:
    """Month to month: for each month end, the share of loans (by count) in each bucket at
    the month end before that rolled one bucket worse: M0->M1, M1->M2, M2->M3, M3->M3+."""
    ends = month_ends(day, months + 1)
    out = []
    for a, b in zip(ends, ends[1:]):
        m = roll_matrix(s, a, b, scope)
        rates = {}
        for frm, to in zip(BUCKETS, BUCKETS[1:]):
            total = sum(n for (x, _), (n, _) in m.items() if x == frm)
            rates[f"{frm}->{to}"] = (m.get((frm, to), (0, 0))[0], total)
        out.append((b, rates))
    return out


def repeat_borrowing(s, day: date, scope=None) -> tuple[int, int]:
    """(borrowers with two or more loans paid out by ``day``, borrowers with any)."""
    d = day.toordinal()
    if scope is None:       # the whole book (end of day, each day it keeps): one statement, bound
        r = s.execute(built_once("repeat", lambda: _repeat_select(bindparam("wb_day", type_=Integer), None)),
                      {"wb_day": d}).one()
    else:
        r = s.execute(_repeat_select(d, scope)).one()
    return int(r[1] or 0), int(r[0])


def _repeat_select(d, scope):
    per = (select(PL.c.merchant_id, func.count().label("n")).where(PL.c.disbursed_day <= d,
                                                                   scope if scope is not None else true())
           .group_by(PL.c.merchant_id).subquery())
    return select(func.count(), func.sum(case((per.c.n >= 2, 1), else_=0))).select_from(per)


def exposures(s, day: date, scope=None, *, top: int = 10) -> list[tuple[int, int, int]]:
    """The largest single-borrower exposures: (merchant id, loans, balance)."""
    d = day.toordinal()
    now = d >= last_night(s)
    if scope is None:       # the whole book: built once per reading and ``top``, bound per day
        q = built_once(("exposures", now, top),
                        lambda: _exposures_select(bindparam("wb_day", type_=Integer), None, now, top))
        rows = s.execute(q, {"wb_day": d})
    else:
        rows = s.execute(_exposures_select(d, scope, now, top))
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


def _exposures_select(d, scope, now: bool, top: int):
    frm, sc = _base(scope)
    # the newest night: the open intervals, so that a small book is read from its loans
    cur = and_(PP.c.valid_to_day == OPEN_END, PP.c.status == "active", PP.c.principal_fen > 0)
    return (select(PL.c.merchant_id, func.count(), func.sum(PP.c.principal_fen)).select_from(frm)
            .where(cur if now else live(d), sc).group_by(PL.c.merchant_id)
            .order_by(func.sum(PP.c.principal_fen).desc(), PL.c.merchant_id).limit(top))


_BUILT: dict = {}


def built_once(key, build):
    """A statement built by ``build`` the first time ``key`` is asked, then kept (the
    portfolio's statements that take their day as a bound parameter: end of day's first
    night keeps 25 days with them). A handful of keys in use; the memo is bounded."""
    got = _BUILT.get(key)
    if got is None:
        if len(_BUILT) > 64:
            _BUILT.clear()
        got = _BUILT[key] = build()
    return got


def group_exposures(s, day: date, scope=None, *, top: int = 10) -> list[tuple[int, int]]:
    """The largest related-group (joint-guarantee group) exposures: (group id, balance of its
    members' loans)."""
    from workstation.store.models_loans import GroupMember
    gm = GroupMember.__table__
    d = day.toordinal()
    if s.scalar(select(gm.c.id).limit(1)) is None:        # no groups: nothing to read the book for
        return []
    # from the (few) members to their loans, not from the book to the members
    members = select(gm.c.merchant_id).distinct().scalar_subquery()
    q = (select(gm.c.group_id, func.sum(PP.c.principal_fen))
         .select_from(gm.join(PL, gm.c.merchant_id == PL.c.merchant_id).join(PP, PL.c.loan_id == PP.c.loan_id))
         .where(live(d), PL.c.merchant_id.in_(members), scope if scope is not None else true())
         .group_by(gm.c.group_id)
         .order_by(func.sum(PP.c.principal_fen).desc(), gm.c.group_id).limit(top))
    return [(int(r[0]), int(r[1])) for r in s.execute(q)]


def _dpd_between(d: int, lo: int | None, hi: int | None, pp=PP):
    """lo <= days past due <= hi at the end of day ``d`` as a range on the anchor (an index
    can serve it); None: open. Days past due 0 is "no anchor or an anchor not before d"."""
    a = pp.c.overdue_anchor
    if lo is not None and lo <= 0:
        cur = or_(a.is_(None), a >= d)
        return cur if hi is not None and hi <= 0 else or_(cur, a >= d - hi) if hi is not None else true()
    cond = a <= d - (lo or 1)
    return and_(cond, a >= d - hi) if hi is not None else cond


BUCKET_DAYS = {"M0": (0, 0), "M1": (1, 30), "M2": (31, 60), "M3": (61, 90), "M3+": (91, None)}


def last_night(s) -> int:
    """The newest day any kept position starts (0: none): on it and after, the positions in
    force are exactly the open intervals."""
    return int(s.scalar(select(func.max(PP.c.valid_from_day)).where(PP.c.valid_to_day == OPEN_END)) or 0)


def drill(s, day: date, figure: str, key: str | None = None, scope=None, *, thresholds: dict | None = None):
    """The select of loan ids behind a figure at the end of ``day``: "balance", "overdue",
    "par" (key "1"/"30"/"60"/"90"), "tier" (key the tier), "bucket" (key), "dimension"
    (key "dim=value"). Conditions are ranges on the overdue anchor, and on the newest night
    the open intervals only, so that the indexes serve them."""
    d = day.toordinal()
    frm, sc = _base(scope)
    cond: ColumnElement[bool] = true()
    if figure == "overdue":
        cond = _dpd_between(d, 1, None)
    elif figure == "par":
        k = int(key)
        cond = _dpd_between(d, 1 if k == 1 else k + 1, None)
    elif figure == "tier":
        names = list(TIERS)
        starts = [0] + [int(thresholds[t]) for t in names[1:]]
        i = names.index(key)
        cond = _dpd_between(d, starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else None)
    elif figure == "bucket":
        cond = _dpd_between(d, *BUCKET_DAYS[key])
    elif figure == "dimension":
        dim, _, value = (key or "").partition("=")
        cond = PL.c[dim] == (int(value) if dim == "officer_id" and value.isdigit() else value)
    elif figure != "balance":
        raise ValueError(f"unknown figure {figure!r}")
    now = d >= last_night(s)
    whole = scope is None or isinstance(scope, True_)
    in_force_now = (and_(PP.c.valid_to_day == OPEN_END, PP.c.status == "active", PP.c.principal_fen > 0) if now
                    else live(d))
    narrow = figure in ("tier", "bucket") and key not in ("正常", "M0")    # a short range of days past due
    if now and not whole and not narrow:  # one officer's (or team's) book: walk its loans (officer index)
        in_force_now = and_((PP.c.valid_to_day + 0) == OPEN_END, PP.c.status == "active",    # "+ 0": not
                            (PP.c.principal_fen + 0) > 0)    # every open position in balance order (SQLite)
    if figure != "dimension" and whole:
        frm = PP                          # the whole book: the positions alone
    return select(PP.c.loan_id).select_from(frm).where(in_force_now, sc, cond)
