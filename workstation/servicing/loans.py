"""Loan servicing actions at the desk: sign the contract, disburse, post a repayment
(previewing a backdated one), reverse, waive, write off, quote a payoff, and the
revolving line's draw/freeze/unfreeze (``credit_lines``) and group demands
(``loan_groups``). One transaction per action, role-checked, audited in it.

Application statuses move only through ``services.workflow.move``: APPROVED ->
CONTRACTED at signing, CONTRACTED -> DISBURSED at disbursement, DISBURSED -> CLOSED
when the loan is settled.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import clock, servicing as sv
from workstation.domain.dates import add_months_clamped
from workstation.domain.money import from_fen, money, to_fen
from workstation.domain.schedules import ScheduleError
from workstation.domain.terms import ApprovedTerms
from workstation.domain.workflow import Status
from workstation.services import audit, workflow
from workstation.servicing import disbursement, ledger, ledger_write, recoveries, tranches
from workstation.servicing.disbursement import DisbursementRefused
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.ledger import Entry
from workstation.services.visibility import check_case, check_loan
from workstation.store import queries
from workstation.services.workflow import load_for_update as lock_app
from workstation.store.models import Application, Merchant
from workstation.store.models_loans import CreditLine, Installment, Loan

DESK = ("officer", "supervisor")


class NeedsConfirmation(DomainError):
    """A backdated posting or a reversal changes history: preview it, then confirm."""


@dataclass(frozen=True)
class PostingResult:
    loan_id: int
    entry_id: int | None
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    excess: Decimal
    changes: tuple[str, ...]
    status: str
    recovery: Decimal | None = None      # posted as a recovery after write-off (servicing.recoveries)


# -- helpers ---------------------------------------------------------------------------------

def lock_loan(s: Session, loan_id: int) -> Loan:
    loan = queries.lock_loan(s, loan_id)
    if loan is None:
        raise DomainError("loan_not_found", loan_id=loan_id)
    return loan


def _today(today: date | None) -> date:
    return today or clock.today()        # the business's date (Asia/Shanghai)


def _require_open(loan: Loan) -> None:
    if loan.status == "contracted":
        raise DomainError("loan_not_disbursed", contract_no=loan.contract_no)
    if loan.status != "active":
        raise DomainError("loan_not_open", contract_no=loan.contract_no, loan_status=loan.status)


def _check_value_date(loan: Loan, value_date: date, today: date) -> None:
    if value_date < loan.disbursed_on:
        raise DomainError("value_date_before_disbursement", value_date=value_date, disbursed_on=loan.disbursed_on)
    if value_date > today:
        raise DomainError("value_date_future", value_date=value_date, today=today)


def is_backdated(loan: Loan, entries: list[Entry], value_date: date) -> bool:
    """True when nights after ``value_date`` were already accrued or later events exist."""
    if loan.last_eod is not None and value_date <= loan.last_eod:
        return True
    return any(e.value_date > value_date for e in ledger.active(entries) if e.kind in sv.CASH_KINDS)


def apply_change(s: Session, loan: Loan, fresh: list[Entry], *, recompute_from: date | None,
                 actor: Actor | None, source: str) -> ledger.Plan:
    """Plan and write ``fresh`` entries plus every correction they cause."""
    data = ledger.loan_data(loan)
    entries = ledger.load_entries(s, [loan.id])[loan.id] + fresh
    p = ledger.plan(data, entries, recompute_from=recompute_from,
                    user_id=actor.id if actor else None, source=source)
    if loan.status in ("closed", "written_off") and p.position.state == "active":
        raise DomainError("loan_would_reopen", contract_no=loan.contract_no, loan_status=loan.status)
    ledger_write.write_plan(s, p, tiers=ledger.thresholds(s))
    if p.position.state == "closed" and loan.status == "active":
        _close_application(s, loan, actor)
    if loan.revolving:
        s.execute(CreditLine.__table__.update().where(CreditLine.loan_id == loan.id)
                  .values(drawn=from_fen(p.position.principal_outstanding)))
    return p


def _close_application(s: Session, loan: Loan, actor: Actor | None) -> None:
    """The case closes when every tranche paid out under its contract is settled."""
    app = lock_app(s, loan.application_id)
    others = s.scalar(select(Loan.id).where(Loan.application_id == loan.application_id, Loan.id != loan.id,
                                            Loan.status == "active").limit(1))
    if others is None and app.status == Status.DISBURSED.value:
        workflow.move(s, app, Status.CLOSED, actor=actor, event=("settled", {"contract_no": loan.contract_no}))


def _result(loan_id: int, fresh: Entry | None, p: ledger.Plan) -> PostingResult:
    e = fresh or Entry(None, "", date.min)
    return PostingResult(loan_id=loan_id, entry_id=e.id, principal=from_fen(-e.principal),
                         interest=from_fen(-e.interest), penalty=from_fen(-e.penalty),
                         excess=from_fen(e.excess), changes=tuple(p.changes), status=p.position.state)


# -- contract and disbursement ---------------------------------------------------------------

def group_blocks(s: Session, merchant_id: int) -> DomainError | None:
    """Why a merchant's joint-guarantee group may not borrow now, or None."""
    from workstation.servicing.loan_groups import blocking_member
    return blocking_member(s, merchant_id)


def open_contract(s: Session, terms: ApprovedTerms, *, signed_on: date, channel: str,
                  contract_no: str | None, app: Application) -> Loan:
    """The loan row for a signed contract on ``terms``, stored unchanged (no status move:
    callers do it)."""
    if not isinstance(terms, ApprovedTerms):
        raise TypeError("open_contract takes domain.terms.ApprovedTerms")
    blocked = group_blocks(s, app.merchant_id)
    if blocked:
        raise blocked
    if s.scalar(select(Loan.id).where(Loan.application_id == app.id)) is not None:
        raise DomainError("contract_exists", app_no=app.app_no)
    loan = Loan(contract_no=contract_no or f"HT{signed_on:%Y%m%d}{app.id:07d}", application_id=app.id,
                merchant_id=app.merchant_id, product_code=terms.product_code, terms=terms,
                approved_amount=terms.amount, method=terms.method.value, term_months=terms.term_months,
                term_days=terms.term_days, revolving=terms.revolving, signed_on=signed_on, sign_channel=channel, status="contracted")
    s.add(loan)
    s.flush()
    return loan


def sign_contract(store: Store, actor: Actor, application_id: int, terms: ApprovedTerms, *, signed_on: date,
                  channel: str, contract_no: str | None = None, offer_expires_on: date | None = None,
                  now: datetime | None = None) -> int:
    """Record the borrower's signature on the approved ``terms``: the application moves
    APPROVED -> CONTRACTED."""
    actor.require(*DESK, action="record a contract")
    if channel not in ("online", "branch", "app"):
        raise DomainError("channel_invalid", channel=channel)
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        check_case(s, actor, app.id)
        if app.status != Status.APPROVED.value:
            raise DomainError("not_approved", app_no=app.app_no, status=app.status)
        if offer_expires_on is not None and signed_on > offer_expires_on:
            raise DomainError("offer_expired", offer_expires_on=offer_expires_on)
        loan = open_contract(s, terms, signed_on=signed_on, channel=channel, contract_no=contract_no, app=app)
        workflow.move(s, app, Status.CONTRACTED, actor=actor,
                      event=("contract_signed", {"contract_no": loan.contract_no}), at=now)
        audit.record(s, actor=actor, action="loan.contract", entity_type="loan", entity_id=loan.contract_no,
                     details={"application": app.app_no, "signed_on": signed_on, "channel": channel,
                              "amount": loan.approved_amount}, at=now)
        return loan.id


def book_disbursement(s: Session, loan: Loan, *, on: date, amount: Decimal, account: str,
                      actor: Actor | None, source: str = "desk",
                      to: disbursement.Destination | None = None) -> None:
    """Freeze the schedule, post the disbursement and write its loan receipt (no status
    move). ``to`` is the checked destination; without it ``account`` must be one of the
    borrower's usable accounts as stored."""
    amount = money(amount)
    if to is None:
        to = disbursement.destination(loan_merchant(s, loan), account, reason=None, approved_by=None)
    if loan.status != "contracted":
        raise DomainError("disbursed_once", contract_no=loan.contract_no, loan_status=loan.status)
    if on < loan.signed_on:
        raise DomainError("disbursement_before_signing", on=on, signed_on=loan.signed_on)
    if amount > loan.approved_amount or amount < 0 or (amount == 0 and not loan.revolving):
        raise DomainError("disbursement_amount", amount=amount, approved_amount=loan.approved_amount)
    terms = loan.terms
    if terms.revolving:
        expiry = (add_months_clamped(on, terms.term_months) if terms.term_months
                  else date.fromordinal(on.toordinal() + (terms.term_days or 365)))
        rows = [[1, expiry.isoformat(), to_fen(loan.approved_amount), 0]]
        s.add(CreditLine(loan_id=loan.id, limit=loan.approved_amount, expiry=expiry, drawn=amount))
        apr = None
    else:
        try:
            sched = terms.schedule(amount=amount, start=on)     # the product's conventions
        except ScheduleError as exc:
            raise DomainError("schedule_invalid", detail=str(exc)) from None
        rows = [[i.period, i.due_date.isoformat(), to_fen(i.principal), to_fen(i.interest)]
                for i in sched.installments]
        apr = sched.apr
    loan.disbursed_on, loan.disbursed_amount, loan.destination_account = on, amount, to.account
    loan.frozen_schedule, loan.maturity_date, loan.apr_pct = rows, date.fromisoformat(rows[-1][1]), apr
    loan.status, loan.last_eod, loan.position_date = "active", on.fromordinal(on.toordinal() - 1), on
    for period, due, p, i in rows:
        s.add(Installment(loan_id=loan.id, period=period, due_date=date.fromisoformat(due),
                          principal=from_fen(p), interest=from_fen(i), principal_due=from_fen(p),
                          interest_due=from_fen(i), status="scheduled"))
    s.flush()
    if amount > 0:
        own = disbursement.line_rows(amount, terms, on, expiry) if loan.revolving else rows
        disbursement.record_receipt(s, loan, on=on, amount=amount, to=to, apr=apr, rows=own,
                                    user_id=actor.id if actor else None)
    fresh = Entry(None, sv.DISBURSEMENT, on, amount=to_fen(amount), principal=to_fen(amount),
                  reference=to.account[:80], source=source, user_id=actor.id if actor else None)
    apply_change(s, loan, [fresh], recompute_from=None, actor=actor, source=source)


def loan_merchant(s: Session, loan: Loan) -> Merchant:
    return s.get(Merchant, loan.merchant_id)


def disburse(store: Store, actor: Actor, loan_id: int, *, on: date, amount: Decimal, account: str,
             reason: str | None = None, approver: str | None = None,
             approver_password: str | None = None, now: datetime | None = None) -> str:
    """Pay the money out to ``account``: one of the borrower's verified accounts as stored
    (``disbursement.disbursement_offer``), or another with a ``reason`` and a supervisor
    other than ``actor`` signing with their password. Freezes the schedule, writes the
    loan receipt (returns its number); the application moves to DISBURSED. On a contract
    already paid out once, pays out (part of) the rest as a further tranche
    (``services.tranches``)."""
    actor.require(*DESK, action="disburse a loan")
    with store.read(actor) as s:
        row = s.get(Loan, loan_id)
        later = row is not None and (row.parent_loan_id is not None or row.status != "contracted")
    if later:                                    # the rest of a contract already paid out once
        return _disburse_tranche(store, actor, loan_id, on=on, amount=amount, account=account, reason=reason,
                                approver=approver, approver_password=approver_password, now=now)
    off_list = bool((reason or "").strip() or (approver or "").strip())
    allowed_by = disbursement.approver(store, actor, approver, approver_password) if off_list else None
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        app = lock_app(s, loan.application_id)
        if app.status != Status.CONTRACTED.value:
            raise DomainError("not_contracted", app_no=app.app_no, status=app.status)
        to = disbursement.destination(app.merchant, account, reason=reason, approved_by=allowed_by)
        book_disbursement(s, loan, on=on, amount=amount, account=to.account, actor=actor, to=to)
        workflow.move(s, app, Status.DISBURSED, actor=actor,
                      event=("disbursed", {"contract_no": loan.contract_no}), at=now)
        receipt = disbursement.receipts_in(s, loan.id)[-1] if money(amount) > 0 else None
        details = {"on": on, "amount": money(amount), "account_kind": to.kind,
                   "account": to.account, "receipt": receipt}
        if to.kind == disbursement.OTHER:
            details |= {"reason": to.reason, "approved_by": allowed_by.username}
        audit.record(s, actor=actor, action="loan.disburse", entity_type="loan", entity_id=loan.contract_no,
                     details=details, at=now)
    if receipt is not None:                      # the receipt as paid out: later prints are this text
        from workstation.printing.documents import freeze_receipt
        freeze_receipt(store, actor, receipt)
    return receipt


# -- repayments, reversals, waivers, write-offs ----------------------------------------------

def post_repayment(store: Store, actor: Actor, loan_id: int, *, amount: Decimal, value_date: date,
                   reference: str | None = None, source: str = "desk", confirm: bool = False,
                   today: date | None = None) -> PostingResult:
    """Post a payment as of ``value_date``. A backdated one needs ``confirm=True``
    (after ``preview_repayment``): penalties after it are recomputed."""
    actor.require(*DESK, action="post a repayment")
    amount = money(amount)
    if amount <= 0:
        raise DomainError("amount_not_positive", amount=amount)
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        if loan.status == "written_off":          # money on a written-off loan: a recovery
            row = recoveries.post_locked(s, actor, loan, amount=amount, value_date=value_date,
                                         reference=reference, source=source, today=_today(today))
            return PostingResult(loan.id, None, money(0), money(0), money(0), money(0), ("recovery",),
                                 loan.status, recovery=row.amount)
        _require_open(loan)
        _check_value_date(loan, value_date, _today(today))
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        back = is_backdated(loan, entries, value_date)
        if back and not confirm:
            raise NeedsConfirmation("backdated_needs_confirmation", value_date=value_date, contract_no=loan.contract_no)
        fresh = Entry(None, sv.REPAYMENT, value_date, amount=to_fen(amount), reference=reference,
                      source=source, user_id=actor.id)
        p = apply_change(s, loan, [fresh], recompute_from=value_date if back else None, actor=actor,
                         source=source)
        audit.record(s, actor=actor, action="loan.repayment", entity_type="loan", entity_id=loan.contract_no,
                     details={"amount": amount, "value_date": value_date, "reference": reference,
                              "backdated": back, "entry": fresh.id, "changes": len(p.changes)})
        return _result(loan.id, fresh, p)


def reverse(store: Store, actor: Actor, loan_id: int, entry_id: int, *, reason: str,
            confirm: bool = False) -> PostingResult:
    """Reverse a mistaken posting by a new entry; everything after it is recomputed."""
    actor.require("supervisor", action="reverse a posting")
    if not reason.strip():
        raise DomainError("reversal_reason_required")
    if not confirm:
        raise NeedsConfirmation("reversal_needs_confirmation")
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        target = _reversible(s, loan, entry_id)
        fresh = ledger.reversal_of(target, memo=reason.strip()[:300], user_id=actor.id, source="desk")
        p = apply_change(s, loan, [fresh], recompute_from=target.value_date, actor=actor, source="desk")
        audit.record(s, actor=actor, action="loan.reverse", entity_type="loan", entity_id=loan.contract_no,
                     details={"entry": entry_id, "kind": target.kind, "value_date": target.value_date,
                              "reason": reason.strip(), "changes": len(p.changes)})
        return _result(loan.id, None, p)


def _reversible(s: Session, loan: Loan, entry_id: int) -> Entry:
    entries = ledger.load_entries(s, [loan.id])[loan.id]
    target = next((e for e in ledger.active(entries) if e.id == entry_id), None)
    if target is None:
        raise DomainError("entry_not_in_force", entry_id=entry_id, contract_no=loan.contract_no)
    if target.kind not in (sv.REPAYMENT, sv.WAIVER, sv.DRAW):
        raise DomainError("entry_not_reversible", kind=target.kind)
    return target


def waive(store: Store, actor: Actor, loan_id: int, *, interest: Decimal = Decimal("0.00"),
          penalty: Decimal = Decimal("0.00"), value_date: date, reason: str,
          today: date | None = None) -> PostingResult:
    """Waive unpaid penalty and/or interest (supervisors)."""
    actor.require("supervisor", action="waive interest or penalty")
    if not reason.strip():
        raise DomainError("waiver_reason_required")
    interest, penalty = money(interest), money(penalty)
    if interest < 0 or penalty < 0 or interest + penalty == 0:
        raise DomainError("waiver_amount_missing")
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        _require_open(loan)
        _check_value_date(loan, value_date, _today(today))
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        back = is_backdated(loan, entries, value_date)
        fresh = Entry(None, sv.WAIVER, value_date, interest=-to_fen(interest), penalty=-to_fen(penalty),
                      source="desk", memo=reason.strip()[:300], user_id=actor.id)
        try:
            p = apply_change(s, loan, [fresh], recompute_from=value_date if back else None, actor=actor,
                             source="desk")
        except sv.ServicingError as exc:
            raise (DomainError(exc.code, **exc.params) if exc.code
                   else DomainError("servicing_refused", detail=str(exc))) from None
        audit.record(s, actor=actor, action="loan.waive", entity_type="loan", entity_id=loan.contract_no,
                     details={"interest": interest, "penalty": penalty, "value_date": value_date,
                              "reason": reason.strip()})
        return _result(loan.id, fresh, p)


def write_off(store: Store, actor: Actor, loan_id: int, *, value_date: date, reason: str,
              today: date | None = None) -> PostingResult:
    """Write off everything outstanding (supervisors); the loan becomes 损失."""
    actor.require("supervisor", action="write off a loan")
    if not reason.strip():
        raise DomainError("write_off_reason_required")
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        _require_open(loan)
        _check_value_date(loan, value_date, _today(today))
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        if is_backdated(loan, entries, value_date) and loan.last_eod and value_date <= loan.last_eod:
            raise DomainError("write_off_before_eod", last_eod=loan.last_eod)
        fresh = Entry(None, sv.WRITE_OFF, value_date, source="desk", memo=reason.strip()[:300],
                      user_id=actor.id)
        p = apply_change(s, loan, [fresh], recompute_from=None, actor=actor, source="desk")
        audit.record(s, actor=actor, action="loan.write_off", entity_type="loan", entity_id=loan.contract_no,
                     details={"value_date": value_date, "reason": reason.strip(),
                              "principal": from_fen(-fresh.principal), "interest": from_fen(-fresh.interest),
                              "penalty": from_fen(-fresh.penalty)})
        return _result(loan.id, fresh, p)


MAX_CONTRACT_NO = 40            # loans.contract_no


def _disburse_tranche(store: Store, actor: Actor, loan_id: int, *, on: date, amount: Decimal, account: str,
                     reason: str | None = None, approver: str | None = None,
                     approver_password: str | None = None, now: datetime | None = None) -> str:
    """Pay out part or all of the rest of a contract already disbursed once: the same
    controls as the first disbursement (account from the verified list, or another with a
    reason and a supervisor's password), a new loan row with its own schedule from ``on``
    and its own receipt (returned), frozen as paid out, all in one audited transaction."""
    actor.require(*DESK, action="disburse a loan")
    amount = money(amount)
    off_list = bool((reason or "").strip() or (approver or "").strip())
    allowed_by = disbursement.approver(store, actor, approver, approver_password) if off_list else None
    with store.tx(actor) as s:
        main_id = s.scalar(select(func.coalesce(Loan.parent_loan_id, Loan.id)).where(Loan.id == loan_id))
        if main_id is None:
            raise DisbursementRefused("no_loan", loan_id=loan_id, loan=loan_id)
        main = lock_loan(s, main_id)       # the contract's first row: one lock order for all tranches
        check_loan(s, actor, main.id)
        app = lock_app(s, main.application_id)
        left = tranches.check_tranche(s, main, app, on=on, amount=amount)
        to = disbursement.destination(app.merchant, account, reason=reason, approved_by=allowed_by)
        seq = max(r.tranche_seq for r in tranches.rows_of(s, main)) + 1
        row = Loan(contract_no=f"{main.contract_no}-{seq:02d}"[:MAX_CONTRACT_NO], application_id=app.id,
                   merchant_id=main.merchant_id, product_code=main.product_code, terms=main.terms,
                   approved_amount=amount, method=main.method, term_months=main.term_months,
                   term_days=main.term_days, revolving=False, signed_on=main.signed_on,
                   sign_channel=main.sign_channel, status="contracted", parent_loan_id=main.id, tranche_seq=seq)
        s.add(row)
        s.flush()
        book_disbursement(s, row, on=on, amount=amount, account=to.account, actor=actor, to=to)
        receipt = disbursement.receipts_in(s, row.id)[-1]
        details = {"on": on, "amount": amount, "tranche": seq, "tranche_loan": row.contract_no,
                   "remaining": left - amount, "account_kind": to.kind, "account": to.account, "receipt": receipt}
        if to.kind == disbursement.OTHER:
            details |= {"reason": to.reason, "approved_by": allowed_by.username}
        audit.record(s, actor=actor, action="loan.disburse", entity_type="loan", entity_id=main.contract_no,
                     details=details, at=now)
    from workstation.printing.documents import freeze_receipt
    freeze_receipt(store, actor, receipt)        # the receipt as paid out: later prints are this text
    return receipt
