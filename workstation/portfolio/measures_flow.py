"""The measures that are not positions: the application funnel, recoveries after
write-off, and the lending capacity and concentration limits. Same conventions as
``measures``: a Session, the day, a scope, integer fen."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from decimal import Decimal

from sqlalchemy import (BigInteger, String, Time, and_, bindparam, case, cast, extract, func, literal, literal_column,
                        select, true)

from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.money import to_fen
from workstation.store.bulk import raw_table

FUNNEL_STEPS = ("received", "reviewed", "approved", "signed", "disbursed")
REVIEWED = ("recommended", "awaiting_signoff", "approved", "declined")      # an officer finished the review


def end_of(day: date) -> datetime:
    """The end of the business day ``day`` as a UTC instant (exclusive bound)."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=BUSINESS_TZ).astimezone(timezone.utc)


def funnel(s, since: date, until: date, app_scope=None) -> dict:
    """Applications received from ``since`` to ``until`` (business days, inclusive) and how
    far each got by the end of ``until``: per step (count, amount in fen) and the mean days
    from the step before (None when no case made the step)."""
    return funnel_totals(funnel_rows(s, since, until, app_scope))


def funnel_totals(rows) -> dict:
    """The funnel from :func:`funnel_rows` (or the same rows as end of day kept them)."""
    acc = {k: [0, 0, 0, 0] for k in FUNNEL_STEPS}
    for _, _, step, n, amount, gap_n, gap_s in rows:
        a = acc[step]
        a[0], a[1], a[2], a[3] = a[0] + n, a[1] + amount, a[2] + gap_n, a[3] + gap_s
    return {k: {"count": a[0], "amount": a[1],
                "days": (round(Decimal(a[3]) / 86400 / a[2], 1) if k != "received" and a[2] else None)}
            for k, a in acc.items()}


def funnel_rows(s, since: date, until: date, app_scope=None) -> list[tuple]:
    """(officer id, month received, step, count, amount in fen, gaps counted, seconds of the
    gaps from the step before) of the applications received from ``since`` to ``until``.

    Summed in the database, one row back per officer and month. A case reaches a step when
    it reached the one before and the step's time is known (signing and paying out by the
    end of ``until``); a gap is the whole seconds from the step before (never below 0),
    days counting from noon in the business time zone. Instants are compared as integer
    microseconds (``_micros``), so the sums are exact on both backends.

    The statement takes the window as bound parameters (``_funnel_params``): without a
    scope it is built once per backend and number of months (end of day keeps 25 days on
    its first night)."""
    sqlite = s.get_bind().dialect.name == "sqlite"
    firsts = _firsts(since, until)
    if app_scope is None:
        from workstation.portfolio.measures import built_once
        q = built_once(("funnel", sqlite, len(firsts)), lambda: _funnel_select(sqlite, len(firsts), None))
    else:
        q = _funnel_select(sqlite, len(firsts), app_scope)
    out = []
    for row in s.execute(q, _funnel_params(since, until, firsts)):
        officer, month, figs = row[0], row[1], [int(v or 0) for v in row[2:]]
        for k, step in enumerate(FUNNEL_STEPS):
            if not figs[4 * k]:
                break                   # no case got this far
            out.append((officer, month, step, *figs[4 * k:4 * k + 4]))
    return sorted(out, key=lambda x: (x[0] or 0, x[1], x[2]))


def _funnel_params(since: date, until: date, firsts: list[date]) -> dict:
    """The values of ``_funnel_select``'s parameters for the window ``since`` .. ``until``."""
    stop = end_of(until)
    out = {"f_lo": end_of(since - timedelta(days=1)), "f_stop": stop, "f_stop_h": stop, "f_until": until}
    for k, m in enumerate(firsts):
        out[f"f_l{k}"] = m.strftime("%Y-%m")
        if k:
            out[f"f_m{k}"] = end_of(m - timedelta(days=1))
    return out


def _funnel_select(sqlite: bool, months: int, app_scope):
    """The funnel's statement for a window of ``months`` months (``_firsts``), its bounds
    bound as ``_funnel_params`` names them."""
    at, sh, lt = raw_table("applications"), raw_table("status_history"), raw_table("loans")
    rec, sign, disb = at.c.received_at, lt.c.signed_on, lt.c.disbursed_on
    stop, stop_h, until = bindparam("f_stop"), bindparam("f_stop_h"), bindparam("f_until")
    window = and_(rec >= bindparam("f_lo"), rec < stop)
    ours = sh.c.application_id.in_(select(at.c.id).where(window))       # the window's history only
    reviewed = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status.in_(REVIEWED), sh.c.at < stop_h, ours).group_by(sh.c.application_id)
                .subquery())
    approved = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status == "approved", sh.c.at < stop_h, ours).group_by(sh.c.application_id)
                .subquery())
    # when each step was reached (None: not, or after ``until``) and as whole microseconds:
    # evaluated only for the cases that reached the step (SQLite computes each use)
    known = [rec.is_not(None), reviewed.c.at.is_not(None), approved.c.at.is_not(None), sign <= until, disb <= until]
    times = [_micros(rec, sqlite), _micros(reviewed.c.at, sqlite), _micros(approved.c.at, sqlite),
             _noon_micros(sign, sqlite), _noon_micros(disb, sqlite)]
    amounts = [at.c.amount_requested] * 3 + [lt.c.approved_amount, lt.c.disbursed_amount]
    cols = [func.count(), func.sum(func.coalesce(amounts[0], 0)), literal(0), literal(0)]
    reached = known[0]
    for k in range(1, len(FUNNEL_STEPS)):
        reached = and_(reached, known[k])
        gap = case((times[k] > times[k - 1], (times[k] - times[k - 1]) // 1_000_000), else_=0)
        cols += [func.sum(case((reached, 1), else_=0)), func.sum(case((reached, func.coalesce(amounts[k], 0)), else_=0)),
                 func.sum(case((reached, 1), else_=0)), func.sum(case((reached, gap), else_=0))]
    return (select(at.c.officer_id.label("officer"), _month(rec, months).label("month"), *cols)
            .select_from(at.outerjoin(reviewed, reviewed.c.application_id == at.c.id)
                         .outerjoin(approved, approved.c.application_id == at.c.id)
                         .outerjoin(lt, lt.c.application_id == at.c.id))
            .where(window, app_scope if app_scope is not None else true())
            .group_by("officer", "month"))


_OFFSET_HOURS = int(datetime(2000, 1, 1, tzinfo=BUSINESS_TZ).utcoffset().total_seconds()) // 3600


def _micros(col, sqlite: bool):
    """A UTC instant as whole microseconds since 1970 (SQLite keeps the text
    'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, PostgreSQL a timestamptz)."""
    if sqlite:
        # the seconds from the text's first 19 characters: SQLite rounds fractions to milliseconds
        return (cast(func.strftime("%s", func.substr(col, 1, 19)), BigInteger) * 1_000_000
                + cast(func.substr(col, 21, 6), BigInteger))
    return cast(func.round(extract("epoch", col) * 1_000_000), BigInteger)


def _noon_micros(col, sqlite: bool):
    """Noon in the business time zone on the date ``col``, as :func:`_micros` (SQLite: the
    zone's offset, China keeps no summer time; PostgreSQL: the zone itself)."""
    if sqlite:
        return cast(func.strftime("%s", col, f"{12 - _OFFSET_HOURS:+d} hours"), BigInteger) * 1_000_000
    noon = func.timezone(BUSINESS_TZ.key, col + literal_column("TIME '12:00'", Time))
    return cast(func.round(extract("epoch", noon) * 1_000_000), BigInteger)


def _firsts(since: date, until: date) -> list[date]:
    """The first day of each month from ``since``'s to ``until``'s (``since``'s alone when
    the window is empty)."""
    firsts, m = [], since.replace(day=1)
    while m <= until:
        firsts.append(m)
        m = (m + timedelta(days=31)).replace(day=1)
    return firsts or [since.replace(day=1)]      # an empty window: no case to name


def _month(col, months: int):
    """'YYYY-MM' in the business time zone of the instant ``col``, received in a window of
    ``months`` months: a comparison with the start of each month after the first (exact in
    any zone), bound as ``f_m1``.. with the names ``f_l0``.. (``_funnel_params``)."""
    label = [bindparam(f"f_l{k}", type_=String()) for k in range(months)]
    whens = [(col >= bindparam(f"f_m{k}"), label[k]) for k in reversed(range(1, months))]
    return case(*whens, else_=label[0]) if whens else label[0]


def recoveries(s, day: date, loan_scope=None) -> tuple[int, int]:
    """(principal written off by ``day``, cash recovered on written-off loans up to ``day``:
    the recoveries journal, ``servicing.recoveries``), in fen; a write-off re-posted and a
    recovery reversed count once and not at all."""
    jt, lt, rt = raw_table("journal"), raw_table("loans"), raw_table("recoveries")
    sc = loan_scope if loan_scope is not None else true()
    reversed_ids = select(jt.c.reverses_id).where(jt.c.reverses_id.is_not(None), jt.c.kind == "reversal",
                                                  jt.c.value_date <= day)
    off = s.scalar(select(func.coalesce(func.sum(-jt.c.principal), 0)).select_from(jt.join(lt, lt.c.id == jt.c.loan_id))
                   .where(jt.c.kind == "write_off", jt.c.value_date <= day, jt.c.id.not_in(reversed_ids), sc))
    got = s.scalar(select(func.coalesce(func.sum(rt.c.amount), 0)).select_from(rt.join(lt, lt.c.id == rt.c.loan_id))
                   .where(rt.c.value_date <= day, sc))
    return int(off or 0), int(got or 0)


def capacity(cap, balance_fen: int) -> dict:
    """The lending capacity (net capital plus bank borrowing, domain.decision.Capacity) in use,
    and the single-borrower and related-group limit, in fen."""
    return {"net_capital": to_fen(cap.net_capital), "capacity": to_fen(cap.total), "in_use": balance_fen,
            "single_limit": to_fen(cap.single_borrower_limit)}
