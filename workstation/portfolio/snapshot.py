"""What end of day keeps for the portfolio (store/models_portfolio.py): one row per
disbursed loan with its dimensions, and the history of each loan's position as day
intervals. :func:`record` is called once at the end of each end-of-day run and is
idempotent: a second call for the same night changes nothing."""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, bindparam, select

from workstation.portfolio.measures import month_ends
from workstation.portfolio.stats import keep_day, kept, month_before
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.servicing.ledger import thresholds
from workstation.store.bulk import raw_table
from workstation.store.models_portfolio import OPEN_END, PortfolioLoan, PortfolioPosition

PL = PortfolioLoan.__table__
PP = PortfolioPosition.__table__
CHUNK = 5000
HISTORY_MONTHS = 24


def record(store: Store, actor: Actor | None, as_of: date) -> int:
    """Keep the night of ``as_of``: new loans' dimensions and every changed position.
    Returns how many position intervals were opened."""
    if actor is not None:
        actor.require("supervisor", "admin", action="record the portfolio")
    with store.tx(actor) as s:
        _add_new_loans(s)
        opened = _record_positions(s, as_of)
        th = thresholds(s)
        # the night itself, and any of the last 24 month ends never kept (the first run)
        days = [as_of] + [e for e in month_ends(month_before(as_of), HISTORY_MONTHS) if not kept(s, [e])]
        for day in days:
            keep_day(s, day, thresholds=th)
        return opened


def _add_new_loans(s) -> None:
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
    # a case reassigned to another officer moves with its loan to that officer's book
    officer = select(at.c.officer_id).where(at.c.id == PL.c.application_id).scalar_subquery()
    s.execute(PL.update().where(PL.c.officer_id.is_distinct_from(officer)).values(officer_id=officer))


def state_of(*, principal: int, overdue: int, dpd: int, status: str, day: int) -> tuple:
    """(principal, overdue, anchor, status, written_off) of a loan whose cache says ``dpd``
    days past due at the start of ``day`` (an ordinal: the cache's position date, the day
    after the night kept). The anchor is the due date the overdue run counts from, so on
    any day D of the run the loan is D - anchor days past due (1 on the day after the due date)."""
    anchor = day - dpd if dpd > 0 and status == "active" else None
    return (int(principal), int(overdue), anchor, status, status == "written_off")


def _record_positions(s, as_of: date) -> int:
    day = as_of.toordinal()
    lt = raw_table("loans")
    cur = s.execute(
        select(lt.c.id, PL.c.disbursed_day, lt.c.position_date, lt.c.principal_outstanding, lt.c.overdue_principal, lt.c.dpd, lt.c.status,
               PP.c.id.label("pid"), PP.c.valid_from_day, PP.c.principal_fen, PP.c.overdue_fen,
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
            if new[2] is not None and new[2] != old[2]:     # an overdue run began during a gap of nights
                start = max(min(new[2], day), r.valid_from_day + 1)
            if r.valid_from_day == start:                   # the night is being kept again: replace
                same_day.append(r.pid)
            else:
                closes.append((r.pid, start))
        else:                                               # first kept: back to the disbursement
            start = min(r.disbursed_day, day)
            if new[2] is not None and new[2] > start:       # current until the overdue run began
                inserts.append(_row(r.id, start, (new[0], 0, None, "active", False), to=new[2]))
                start = new[2]
        inserts.append(_row(r.id, start, new))
    close = PP.update().where(PP.c.id == bindparam("b_pid")).values(valid_to_day=bindparam("b_end"))
    for k in range(0, len(closes), CHUNK):
        s.execute(close, [{"b_pid": pid, "b_end": end} for pid, end in closes[k:k + CHUNK]])
    for k in range(0, len(same_day), CHUNK):
        s.execute(PP.delete().where(PP.c.id.in_(same_day[k:k + CHUNK])))
    for k in range(0, len(inserts), CHUNK):
        s.execute(PP.insert(), inserts[k:k + CHUNK])
    return len(inserts)


def _row(loan_id: int, start: int, state: tuple, *, to: int = OPEN_END) -> dict:
    return dict(loan_id=loan_id, valid_from_day=start, valid_to_day=to, principal_fen=state[0],
                overdue_fen=state[1], overdue_anchor=state[2], status=state[3], written_off=state[4])
