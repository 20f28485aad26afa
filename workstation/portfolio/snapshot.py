"""What end of day keeps for the portfolio (store/models_portfolio.py): one row per
disbursed loan with its dimensions, and the history of each loan's position as day
intervals. :func:`record` is called once at the end of each end-of-day run and is
idempotent: a second call for the same night changes nothing."""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, select

from workstation.services.context import Actor, Store
from workstation.store.bulk import raw_table
from workstation.store.models_portfolio import OPEN_END, PortfolioLoan, PortfolioPosition

PL = PortfolioLoan.__table__
PP = PortfolioPosition.__table__
CHUNK = 5000


def record(store: Store, actor: Actor | None, as_of: date) -> int:
    """Keep the night of ``as_of``: new loans' dimensions and every changed position.
    Returns how many position intervals were opened."""
    if actor is not None:
        actor.require("supervisor", "admin", action="record the portfolio")
    with store.tx(actor) as s:
        _add_new_loans(s)
        return _record_positions(s, as_of)


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


def state_of(*, principal: int, overdue: int, dpd: int, status: str, day: int) -> tuple:
    """(principal, overdue, anchor, status, written_off) of a loan on ``day`` (an ordinal)."""
    anchor = day - dpd if dpd > 0 and status == "active" else None
    return (int(principal), int(overdue), anchor, status, status == "written_off")


def _record_positions(s, as_of: date) -> int:
    day = as_of.toordinal()
    lt = raw_table("loans")
    cur = s.execute(
        select(lt.c.id, lt.c.principal_outstanding, lt.c.overdue_principal, lt.c.dpd, lt.c.status,
               PP.c.id.label("pid"), PP.c.valid_from_day, PP.c.principal_fen, PP.c.overdue_fen,
               PP.c.overdue_anchor, PP.c.status.label("pstatus"), PP.c.written_off)
        .join(PL, PL.c.loan_id == lt.c.id)
        .outerjoin(PP, and_(PP.c.loan_id == lt.c.id, PP.c.valid_to_day == OPEN_END))).all()
    inserts, closes, same_day = [], [], []
    for r in cur:
        new = state_of(principal=r.principal_outstanding, overdue=r.overdue_principal, dpd=r.dpd,
                       status=r.status, day=day)
        if r.pid is not None:
            old = (r.principal_fen, r.overdue_fen, r.overdue_anchor, r.pstatus, bool(r.written_off))
            if old == new or r.valid_from_day > day:
                continue
            if r.valid_from_day == day:            # the night is being kept again: replace
                same_day.append(r.pid)
            else:
                closes.append(r.pid)
        inserts.append(dict(loan_id=r.id, valid_from_day=day, valid_to_day=OPEN_END, principal_fen=new[0],
                            overdue_fen=new[1], overdue_anchor=new[2], status=new[3], written_off=new[4]))
    for k in range(0, len(closes), CHUNK):
        s.execute(PP.update().where(PP.c.id.in_(closes[k:k + CHUNK])).values(valid_to_day=day))
    for k in range(0, len(same_day), CHUNK):
        s.execute(PP.delete().where(PP.c.id.in_(same_day[k:k + CHUNK])))
    for k in range(0, len(inserts), CHUNK):
        s.execute(PP.insert(), inserts[k:k + CHUNK])
    return len(inserts)
