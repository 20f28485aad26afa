"""The measures that are not positions: the application funnel, recoveries after
write-off, and the lending capacity and concentration limits. Same conventions as
``measures``: a Session, the day, a scope, integer fen."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from decimal import Decimal

from sqlalchemy import func, select, true

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
    gaps from the step before) of the applications received from ``since`` to ``until``."""
    at, sh, lt = raw_table("applications"), raw_table("status_history"), raw_table("loans")
    stop = end_of(until)
    reviewed = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status.in_(REVIEWED), sh.c.at < stop).group_by(sh.c.application_id).subquery())
    approved = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status == "approved", sh.c.at < stop).group_by(sh.c.application_id).subquery())
    q = (select(at.c.officer_id, at.c.received_at, at.c.amount_requested, reviewed.c.at, approved.c.at,
                lt.c.signed_on, lt.c.approved_amount, lt.c.disbursed_on, lt.c.disbursed_amount)
         .select_from(at.outerjoin(reviewed, reviewed.c.application_id == at.c.id)
                      .outerjoin(approved, approved.c.application_id == at.c.id)
                      .outerjoin(lt, lt.c.application_id == at.c.id))
         .where(at.c.received_at >= end_of(since - timedelta(days=1)), at.c.received_at < stop,
                app_scope if app_scope is not None else true()))
    acc: dict[tuple, list[int]] = {}

    def day_of(x):
        if isinstance(x, datetime):
            return (x if x.tzinfo else x.replace(tzinfo=timezone.utc)).astimezone(BUSINESS_TZ)
        return datetime.combine(x, time(12), tzinfo=BUSINESS_TZ)

    for officer, rec, amount, rev, appr, signed, appr_amt, disb, disb_amt in s.execute(q):
        month = day_of(rec).strftime("%Y-%m")
        steps = {"received": (rec, amount), "reviewed": (rev, amount), "approved": (appr, amount),
                 "signed": (signed if signed and signed <= until else None, appr_amt),
                 "disbursed": (disb if disb and disb <= until else None, disb_amt)}
        prev = None
        for k in FUNNEL_STEPS:
            when, amt = steps[k]
            if when is None:
                break
            a = acc.setdefault((officer, month, k), [0, 0, 0, 0])
            a[0] += 1
            a[1] += int(amt or 0)
            if prev is not None:
                a[2] += 1
                a[3] += max(int((day_of(when) - day_of(prev)).total_seconds()), 0)
            prev = when
    return [(o, mo, k, *a) for (o, mo, k), a in sorted(acc.items(), key=lambda x: (x[0][0] or 0, x[0][1], x[0][2]))]


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
