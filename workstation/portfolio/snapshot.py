"""What end of day keeps for the portfolio (store/models_portfolio.py): one row per
disbursed loan with its dimensions, and the history of each loan's position as day
intervals. :func:`record` is called once at the end of each end-of-day run and is
idempotent: a second call for the same night changes nothing."""
from __future__ import annotations

from datetime import date

from sqlalchemy import (Date, Integer, and_, bindparam, case, cast, false, func, literal, literal_column, null, or_,
                        select)

from workstation.portfolio.measures import month_ends
from workstation.portfolio.stats import keep_day, kept_days, month_before
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.servicing.ledger import thresholds
from workstation.store.bulk import raw_table
from workstation.store.models_portfolio import OPEN_END, PortfolioLoan, PortfolioPosition

PL = PortfolioLoan.__table__
PP = PortfolioPosition.__table__
CHUNK = 5000
COUNTED = {"preserve_rowcount": True}       # rowcount of an INSERT ... SELECT on PostgreSQL too
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
        ends = month_ends(month_before(as_of), HISTORY_MONTHS)
        have = kept_days(s, ends)
        days = [as_of] + [e for e in ends if e not in have]
        for day in days:
            keep_day(s, day, thresholds=th)
        return opened


def _add_new_loans(s) -> None:
    """Every disbursed loan not yet kept, with its dimensions, in one INSERT ... SELECT."""
    lt, at, it = raw_table("loans"), raw_table("applications"), raw_table("installments")
    sqlite = s.get_bind().dialect.name == "sqlite"
    first_due = (select(ordinal(it.c.due_date, sqlite)).where(it.c.loan_id == lt.c.id, it.c.period == 1)
                 .scalar_subquery())
    new = (select(lt.c.id, lt.c.application_id, lt.c.merchant_id, lt.c.product_code, at.c.platform, at.c.province,
                  at.c.officer_id, at.c.grade, ordinal(lt.c.disbursed_on, sqlite), month_of(lt.c.disbursed_on, sqlite),
                  first_due, func.coalesce(func.nullif(lt.c.disbursed_amount, 0), lt.c.approved_amount))
           .join(at, at.c.id == lt.c.application_id)
           .where(lt.c.disbursed_on.is_not(None), lt.c.id.not_in(select(PL.c.loan_id))))
    s.execute(PL.insert().from_select(["loan_id", "application_id", "merchant_id", "product_code", "platform",
                                       "province", "officer_id", "grade", "disbursed_day", "disbursed_month",
                                       "first_due_day", "amount_fen"], new))
    # a case reassigned to another officer moves with its loan to that officer's book
    officer = select(at.c.officer_id).where(at.c.id == PL.c.application_id).scalar_subquery()
    s.execute(PL.update().where(PL.c.officer_id.is_distinct_from(officer)).values(officer_id=officer))


def ordinal(col, sqlite: bool):
    """The date ``col`` as its proleptic ordinal (``date.toordinal``: 1 January of year 1 is 1)."""
    if sqlite:
        return cast(func.julianday(col) - 1721424.5, Integer)
    return cast(col - literal_column("DATE '0001-01-01'", Date) + 1, Integer)


def month_of(col, sqlite: bool):
    """'YYYY-MM' of the date ``col``."""
    return func.strftime("%Y-%m", col) if sqlite else func.to_char(col, "YYYY-MM")


def state_of(*, principal: int, overdue: int, dpd: int, status: str, day: int) -> tuple:
    """(principal, overdue, anchor, status, written_off) of a loan whose cache says ``dpd``
    days past due at the start of ``day`` (an ordinal: the cache's position date, the day
    after the night kept). The anchor is the due date the overdue run counts from, so on
    any day D of the run the loan is D - anchor days past due (1 on the day after the due date)."""
    anchor = day - dpd if dpd > 0 and status == "active" else None
    return (int(principal), int(overdue), anchor, status, status == "written_off")


def _record_positions(s, as_of: date) -> int:
    """Open an interval for every loan whose position changed by the night ``as_of`` (closing
    the one before), and the first intervals of the loans never kept. Returns how many were opened."""
    day = as_of.toordinal()
    lt = raw_table("loans")
    sqlite = s.get_bind().dialect.name == "sqlite"
    # the loan's state as state_of computes it, in SQL
    pos_day = case((lt.c.position_date.is_(None), day + 1), else_=ordinal(lt.c.position_date, sqlite))
    anchor = case((and_(lt.c.dpd > 0, lt.c.status == "active"), pos_day - lt.c.dpd))
    written_off = lt.c.status == "written_off"
    frm = (lt.join(PL, PL.c.loan_id == lt.c.id)
           .outerjoin(PP, and_(PP.c.loan_id == lt.c.id, PP.c.valid_to_day == OPEN_END)))
    # only the kept loans whose position differs from their cache come back to Python
    changed = and_(PP.c.id.is_not(None),
                   or_(PP.c.principal_fen.is_distinct_from(lt.c.principal_outstanding),
                       PP.c.overdue_fen.is_distinct_from(lt.c.overdue_principal),
                       PP.c.overdue_anchor.is_distinct_from(anchor), PP.c.status.is_distinct_from(lt.c.status),
                       PP.c.written_off.is_distinct_from(written_off)))
    cur = s.execute(
        select(lt.c.id, lt.c.position_date, lt.c.principal_outstanding, lt.c.overdue_principal, lt.c.dpd, lt.c.status,
               PP.c.id.label("pid"), PP.c.valid_from_day, PP.c.principal_fen, PP.c.overdue_fen,
               PP.c.overdue_anchor, PP.c.status.label("pstatus"), PP.c.written_off)
        .select_from(frm).where(changed)).all()
    opened = _first_positions(s, frm, day, anchor, written_off)
    inserts, closes, same_day = [], [], []
    for r in cur:
        new = state_of(principal=r.principal_outstanding, overdue=r.overdue_principal, dpd=r.dpd,
                       status=r.status, day=r.position_date.toordinal() if r.position_date else day + 1)
        start = day
        old = (r.principal_fen, r.overdue_fen, r.overdue_anchor, r.pstatus, bool(r.written_off))
        if old == new or r.valid_from_day > day:
            continue
        if new[2] is not None and new[2] != old[2]:         # an overdue run began during a gap of nights
            start = max(min(new[2], day), r.valid_from_day + 1)
        if r.valid_from_day == start:                       # the night is being kept again: replace
            same_day.append(r.pid)
        else:
            closes.append((r.pid, start))
        inserts.append(_row(r.id, start, new))
    close = PP.update().where(PP.c.id == bindparam("b_pid")).values(valid_to_day=bindparam("b_end"))
    for k in range(0, len(closes), CHUNK):
        s.execute(close, [{"b_pid": pid, "b_end": end} for pid, end in closes[k:k + CHUNK]])
    for k in range(0, len(same_day), CHUNK):
        s.execute(PP.delete().where(PP.c.id.in_(same_day[k:k + CHUNK])))
    for k in range(0, len(inserts), CHUNK):
        s.execute(PP.insert(), inserts[k:k + CHUNK])
    return opened + len(inserts)


def _first_positions(s, frm, day: int, anchor, written_off) -> int:
    """The loans never kept, back to their disbursement (two INSERT ... SELECT): current
    until an overdue run began, then their state."""
    open_now = select(PP.c.id).where(PP.c.loan_id == PL.c.loan_id, PP.c.valid_to_day == OPEN_END)
    if s.scalar(select(PL.c.loan_id).where(~open_now.exists()).limit(1)) is None:
        return 0                        # every kept loan has its interval (most nights): no join to scan
    lt = raw_table("loans")
    cols = ["loan_id", "valid_from_day", "valid_to_day", "principal_fen", "overdue_fen", "overdue_anchor", "status",
            "written_off"]
    start = case((PL.c.disbursed_day < day, PL.c.disbursed_day), else_=day)
    later = and_(anchor.is_not(None), anchor > start)
    before = s.execute(PP.insert().from_select(cols, select(
        lt.c.id, start, anchor, lt.c.principal_outstanding, literal(0), null(), literal("active"), false())
        .select_from(frm).where(PP.c.id.is_(None), later)), execution_options=COUNTED)
    now = s.execute(PP.insert().from_select(cols, select(
        lt.c.id, case((later, anchor), else_=start), literal(OPEN_END), lt.c.principal_outstanding,
        lt.c.overdue_principal, anchor, lt.c.status, written_off)
        .select_from(frm).where(PP.c.id.is_(None))), execution_options=COUNTED)
    return before.rowcount + now.rowcount


def _row(loan_id: int, start: int, state: tuple, *, to: int = OPEN_END) -> dict:
    return dict(loan_id=loan_id, valid_from_day=start, valid_to_day=to, principal_fen=state[0],
                overdue_fen=state[1], overdue_anchor=state[2], status=state[3], written_off=state[4])
