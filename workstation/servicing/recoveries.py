"""Recoveries after write-off 核销后收回: money received on a loan already written off.

A write-off closes the loan's own journal (the engine allocates nothing more and the
ledger refuses repayments), so the money is posted to the recoveries journal
(``store.models_recoveries``): debit cash / credit recoveries income, and the written-off
receivable memo (what was written off less what was recovered) falls by as much. Nothing
beyond the memo balance is taken: that money is returned to the payer.

Both ways money comes in end here: the desk's "post repayment" on a written-off loan
(``servicing.loans.post_repayment`` hands it over) and a repayment-file line for such a
loan (``servicing.repayment_import`` hands the lines over). Each posting is audited; the
loan screen and the statement list them; the portfolio counts them as of any date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import servicing as sv
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.domain.money import from_fen, money, to_fen
from workstation.domain.refusal_texts import CATALOGUE
from workstation.services import audit
from workstation.services.visibility import check_loan
from workstation.servicing import ledger
from workstation.store import queries
from workstation.store.models_loans import Loan
from workstation.store.models_recoveries import Recovery
from workstation.store.session import Store

RECOVERY = "recovery"           # the kind a recovery carries on a statement line
RECOVERY_ZH = "核销后收回"
DESK = ("officer", "supervisor")


@dataclass(frozen=True)
class RecoveryLine:
    id: int
    value_date: date
    amount: Decimal
    reference: str | None
    source: str
    memo: str | None
    reversed: bool                  # reversed by a later row (or is itself a reversal)


@dataclass(frozen=True)
class RecoveryState:
    """A written-off loan's recoveries: for the loan screen."""
    written_off: Decimal            # principal, interest and penalty written off
    recovered: Decimal              # cash recovered since, net of reversals
    memo_balance: Decimal           # the written-off receivable memo: written off less recovered
    lines: tuple[RecoveryLine, ...]


# -- reading ---------------------------------------------------------------------------------

def written_off_fen(s: Session, loan_id: int) -> int:
    """What the loan's write-off took off the books (principal, interest, penalty), in fen."""
    entries = ledger.load_entries(s, [loan_id], kinds=(sv.WRITE_OFF, sv.REVERSAL))[loan_id]
    return -sum(e.principal + e.interest + e.penalty for e in ledger.active(entries) if e.kind == sv.WRITE_OFF)


def recovered_fen(s: Session, loan_id: int, through: date | None = None) -> int:
    q = select(func.coalesce(func.sum(Recovery.amount), 0)).where(Recovery.loan_id == loan_id)
    if through is not None:
        q = q.where(Recovery.value_date <= through)
    return to_fen(money(s.scalar(q) or 0))


def _rows(s: Session, loan_id: int) -> list[Recovery]:
    return list(s.scalars(select(Recovery).where(Recovery.loan_id == loan_id).order_by(Recovery.id)))


def in_force(rows: list[Recovery]) -> list[Recovery]:
    gone = {r.reverses_id for r in rows if r.reverses_id is not None}
    return [r for r in rows if r.reverses_id is None and r.id not in gone]


def statement_entries(s: Session, loan_id: int) -> list[ledger.Entry]:
    """The recoveries in force as journal-like entries (kind ``recovery``, cash only: what
    the borrower owes does not move) for the statement."""
    return [ledger.Entry(r.id, RECOVERY, r.value_date, amount=to_fen(r.amount), reference=r.reference,
                         source=r.source, memo=r.memo) for r in in_force(_rows(s, loan_id))]


def loan_recoveries(store: Store, actor: Actor, loan_id: int) -> RecoveryState:
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        rows = _rows(s, loan_id)
        off = written_off_fen(s, loan_id)
    live = {r.id for r in in_force(rows)}
    got = sum(to_fen(r.amount) for r in rows)
    lines = tuple(RecoveryLine(r.id, r.value_date, r.amount, r.reference, r.source, r.memo, r.id not in live)
                  for r in rows)
    return RecoveryState(from_fen(off), from_fen(got), from_fen(off - got), lines)


# -- posting ---------------------------------------------------------------------------------

def refusal(s: Session, loan: Loan, fen: int, value_date: date, today: date) -> DomainError | None:
    """Why ``fen`` received on ``value_date`` cannot be posted as a recovery, or None."""
    if loan.status != "written_off" or loan.written_off_on is None:
        return DomainError("loan_not_open", contract_no=loan.contract_no, loan_status=loan.status)
    if fen <= 0:
        return DomainError("amount_not_positive", amount=from_fen(fen))
    if value_date < loan.written_off_on:
        return DomainError("recovery_before_write_off", contract_no=loan.contract_no, value_date=value_date,
                           written_off_on=loan.written_off_on)
    if value_date > today:
        return DomainError("value_date_future", value_date=value_date, today=today)
    left = written_off_fen(s, loan.id) - recovered_fen(s, loan.id)
    if fen > left:
        return DomainError("recovery_exceeds_written_off", contract_no=loan.contract_no, amount=from_fen(fen),
                           left=from_fen(left))
    return None


def post_locked(s: Session, actor: Actor, loan: Loan, *, amount: Decimal, value_date: date,
                reference: str | None, source: str, today: date, idem_key: str | None = None) -> Recovery:
    """Post a recovery on ``loan`` (locked by the caller, in the caller's transaction)."""
    fen = to_fen(money(amount))
    why = refusal(s, loan, fen, value_date, today)
    if why is not None:
        raise why
    row = Recovery(loan_id=loan.id, value_date=value_date, amount=from_fen(fen), reference=reference,
                   idem_key=idem_key, source=source, user_id=actor.id, memo=RECOVERY_ZH)
    s.add(row)
    s.flush()
    audit.record(s, actor=actor, action="loan.recovery", entity_type="loan", entity_id=loan.contract_no,
                 details={"amount": from_fen(fen), "value_date": value_date, "reference": reference,
                          "source": source, "recovery": row.id})
    return row


def post_recovery(store: Store, actor: Actor, loan_id: int, *, amount: Decimal, value_date: date,
                  reference: str | None = None, today: date | None = None) -> Recovery:
    """The desk: post money received on a written-off loan."""
    actor.require(*DESK, action="post a repayment")
    with store.tx(actor) as s:
        loan = queries.lock_loan(s, loan_id)
        if loan is None:
            raise DomainError("loan_not_found", loan_id=loan_id)
        check_loan(s, actor, loan.id)
        return post_locked(s, actor, loan, amount=amount, value_date=value_date, reference=reference,
                           source="desk", today=today or clock.today())


def reverse_recovery(store: Store, actor: Actor, loan_id: int, recovery_id: int, *, reason: str) -> Recovery:
    """Reverse a mistaken recovery by a row of the opposite sign (supervisors)."""
    actor.require("supervisor", action="reverse a posting")
    if not reason.strip():
        raise DomainError("reversal_reason_required")
    with store.tx(actor) as s:
        loan = queries.lock_loan(s, loan_id)
        if loan is None:
            raise DomainError("loan_not_found", loan_id=loan_id)
        check_loan(s, actor, loan.id)
        target = next((r for r in in_force(_rows(s, loan.id)) if r.id == recovery_id), None)
        if target is None:
            raise DomainError("entry_not_in_force", entry_id=recovery_id, contract_no=loan.contract_no)
        row = Recovery(loan_id=loan.id, value_date=target.value_date, amount=-target.amount,
                       reference=target.reference, reverses_id=target.id, source="desk",
                       memo=reason.strip()[:300], user_id=actor.id)
        s.add(row)
        s.flush()
        audit.record(s, actor=actor, action="loan.recovery_reverse", entity_type="loan",
                     entity_id=loan.contract_no, details={"recovery": target.id, "amount": target.amount,
                                                          "reason": reason.strip()})
        return row


def post_file_lines(s: Session, lines: list, *, actor: Actor, today: date, reject, posted) -> None:
    """Repayment-file lines for written-off loans (the import's hook, inside its chunk's
    transaction, loans locked): each posted as a recovery, or refused by ``reject(line,
    field, code, reason)``; ``posted(line)`` is told of each one posted."""
    for ln in lines:
        loan = s.get(Loan, ln.loan_id)
        fen = to_fen(ln.amount)
        why = refusal(s, loan, fen, ln.value_date, today)
        if why is not None:
            reject(ln, "amount" if why.code == "recovery_exceeds_written_off" else "value_date", why.code,
                   CATALOGUE[why.code].format(**why.params))
            continue
        post_locked(s, actor, loan, amount=ln.amount, value_date=ln.value_date, reference=ln.payment_ref,
                    source="import", today=today, idem_key=f"pay:{ln.payment_ref}")
        posted(ln)
