"""Read-only servicing views for the loan screen and documents: the loan with its
schedule, journal and balances; before/after previews of backdated postings and
reversals; early-payoff quotes. Plain frozen dataclasses, never ORM objects."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from workstation.domain import delinquency
from workstation.domain import servicing as sv
from workstation.domain.money import from_fen, money, to_fen
from workstation.servicing import ledger, ledger_write
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.ledger import Entry
from workstation.services.visibility import check_case, check_loan
from workstation.store.models_loans import CreditLine, Installment, JournalEntry, Loan


@dataclass(frozen=True)
class Balances:
    principal: Decimal
    interest: Decimal           # accrued unpaid (negative: received in advance)
    penalty: Decimal
    excess: Decimal             # received beyond what was owed, to refund
    overdue_principal: Decimal
    overdue_interest: Decimal
    dpd: int
    bucket: str
    tier: str
    status: str

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.penalty


@dataclass(frozen=True)
class InstallmentView:
    period: int
    due_date: date
    principal: Decimal          # as frozen at disbursement
    interest: Decimal
    principal_due: Decimal      # now (after prepayments / payoff / daily interest)
    interest_due: Decimal
    principal_paid: Decimal
    interest_paid: Decimal
    waived: Decimal
    status: str                 # paid, prepaid, written_off, overdue, partly_paid, due, scheduled
    days_overdue: int

    @property
    def outstanding(self) -> Decimal:
        return self.principal_due + self.interest_due - self.principal_paid - self.interest_paid - self.waived


@dataclass(frozen=True)
class EntryView:
    id: int
    kind: str
    value_date: date
    posted_at: object
    amount: Decimal
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    excess: Decimal
    reference: str | None
    source: str
    memo: str | None
    reverses_id: int | None
    reversed_by: int | None


@dataclass(frozen=True)
class LineView:
    limit: Decimal
    expiry: date
    drawn: Decimal
    frozen: bool
    freeze_reason: str | None

    @property
    def available(self) -> Decimal:
        if self.frozen:
            return Decimal("0.00")
        return max(Decimal("0.00"), self.limit - self.drawn)


@dataclass(frozen=True)
class LoanView:
    id: int
    contract_no: str
    application_id: int
    merchant_id: int
    product_code: str
    method: str
    rate_text: str
    apr_pct: Decimal | None
    signed_on: date
    disbursed_on: date | None
    disbursed_amount: Decimal | None
    maturity_date: date | None
    destination_account: str | None
    last_eod: date | None
    position_date: date | None
    version: int
    balances: Balances
    installments: tuple[InstallmentView, ...]
    line: LineView | None
    rate_text_zh: str = ""          # 日利率0.05%, for the Chinese desk


@dataclass(frozen=True)
class PreviewResult:
    contract_no: str
    what: str
    backdated: bool
    before: Balances
    after: Balances
    installments_before: tuple[InstallmentView, ...]
    installments_after: tuple[InstallmentView, ...]
    allocation: tuple[Decimal, Decimal, Decimal, Decimal]   # principal, interest, penalty, excess
    changes: tuple[str, ...]


@dataclass(frozen=True)
class PayoffQuote:
    contract_no: str
    on: date
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    total: Decimal


def _f(x: int) -> Decimal:
    return from_fen(int(x))


def _balances_from_plan(p: ledger.Plan, tiers: dict, status: str) -> Balances:
    v = ledger_write.loan_update(p, tiers, p.totals)
    return Balances(_f(v["principal_outstanding"]), _f(v["interest_unpaid"]), _f(v["penalty_unpaid"]),
                    _f(v["excess"]), _f(v["overdue_principal"]), _f(v["overdue_interest"]), v["dpd"],
                    v["bucket"], v["tier"], v["status"] if status != "contracted" else status)


def _inst_from_plan(p: ledger.Plan, loan: Loan) -> tuple[InstallmentView, ...]:
    frozen = {r[0]: r for r in loan.frozen_schedule}
    out = []
    for r in ledger_write.installment_rows(p):
        f = frozen[r["period"]]
        out.append(InstallmentView(r["period"], date.fromisoformat(f[1]), _f(f[2]), _f(f[3]),
                                   _f(r["principal_due"]), _f(r["interest_due"]), _f(r["principal_paid"]),
                                   _f(r["interest_paid"]), _f(r["interest_waived"]), r["status"],
                                   r["days_overdue"]))
    return tuple(out)


def _get(s, actor: Actor, loan_id: int) -> Loan:
    loan = s.get(Loan, loan_id)
    if loan is None:
        raise DomainError("loan_not_found", loan_id=loan_id)
    check_loan(s, actor, loan_id)
    if loan.status == "contracted":
        raise DomainError("loan_not_disbursed", contract_no=loan.contract_no)
    return loan


def _preview(store: Store, actor: Actor, loan_id: int, *, fresh: list[Entry], recompute_from: date | None,
             what: str, backdated: bool) -> PreviewResult:
    with store.read(actor) as s:
        loan = _get(s, actor, loan_id)
        data = ledger.loan_data(loan)
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        tiers = ledger.thresholds(s)
    before = ledger.plan(data, entries)
    try:
        after = ledger.plan(data, entries + fresh, recompute_from=recompute_from)
    except sv.ServicingError as exc:
        raise (DomainError(exc.code, **exc.params) if exc.code
               else DomainError("servicing_refused", detail=str(exc))) from None
    alloc = fresh[0] if fresh and fresh[0].kind != sv.REVERSAL else None
    allocation = ((_f(-alloc.principal), _f(-alloc.interest), _f(-alloc.penalty), _f(alloc.excess))
                  if alloc else (Decimal("0.00"),) * 4)
    return PreviewResult(loan.contract_no, what, backdated, _balances_from_plan(before, tiers, loan.status),
                         _balances_from_plan(after, tiers, loan.status), _inst_from_plan(before, loan),
                         _inst_from_plan(after, loan), allocation, tuple(after.changes))


def preview_repayment(store: Store, actor: Actor, loan_id: int, *, amount: Decimal, value_date: date) -> PreviewResult:
    """What posting ``amount`` as of ``value_date`` would change (nothing is written)."""
    amount = money(amount)
    if amount <= 0:
        raise DomainError("amount_not_positive", amount=amount)
    from workstation.servicing.loans import is_backdated
    with store.read(actor) as s:
        loan = _get(s, actor, loan_id)
        if value_date < loan.disbursed_on:
            raise DomainError("value_date_before_disbursement", value_date=value_date, disbursed_on=loan.disbursed_on)
        back = is_backdated(loan, ledger.load_entries(s, [loan.id])[loan.id], value_date)
    fresh = Entry(None, sv.REPAYMENT, value_date, amount=to_fen(amount))
    return _preview(store, actor, loan_id, fresh=[fresh], recompute_from=value_date if back else None,
                    what=f"repayment {amount:,.2f} dated {value_date}", backdated=back)


def preview_reversal(store: Store, actor: Actor, loan_id: int, entry_id: int) -> PreviewResult:
    from workstation.servicing.loans import _reversible
    with store.read(actor) as s:
        loan = _get(s, actor, loan_id)
        target = _reversible(s, loan, entry_id)
    fresh = ledger.reversal_of(target, memo="preview", user_id=None, source="desk")
    return _preview(store, actor, loan_id, fresh=[fresh], recompute_from=target.value_date,
                    what=f"reversal of {target.kind} {from_fen(target.amount):,.2f} dated {target.value_date}",
                    backdated=True)


def payoff_quote(store: Store, actor: Actor, loan_id: int, *, on: date) -> PayoffQuote:
    """Early payoff on ``on``: principal plus interest to that day (and anything overdue
    with its penalty); nothing more."""
    with store.read(actor) as s:
        loan = _get(s, actor, loan_id)
        if on < loan.disbursed_on:
            raise DomainError("date_before_disbursement", on=on, disbursed_on=loan.disbursed_on)
        data = ledger.loan_data(loan)
        events = ledger.events_of(ledger.load_entries(s, [loan.id], kinds=sv.CASH_KINDS | {sv.REVERSAL})[loan.id])
    total = sv.payoff_amount(data.terms, events, on=on)
    if total <= 0:
        return PayoffQuote(loan.contract_no, on, *(Decimal("0.00"),) * 4)
    probe = sv.Event("quote", sv.REPAYMENT, on, amount=total, order=1 << 62)
    a = sv.replay(data.terms, events + [probe], as_of=on).allocations["quote"]
    return PayoffQuote(loan.contract_no, on, _f(a.principal), _f(a.interest), _f(a.penalty), _f(total))


def loan_view(store: Store, actor: Actor, loan_id: int) -> LoanView:
    with store.read(actor) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise DomainError("loan_not_found", loan_id=loan_id)
        check_loan(s, actor, loan_id)
        insts = s.scalars(select(Installment).where(Installment.loan_id == loan_id)
                          .order_by(Installment.period)).all()
        line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan_id))
        b = Balances(loan.principal_outstanding, loan.interest_unpaid, loan.penalty_unpaid, loan.excess,
                     loan.overdue_principal, loan.overdue_interest, loan.dpd, loan.bucket, loan.tier, loan.status)
        return LoanView(
            loan.id, loan.contract_no, loan.application_id, loan.merchant_id, loan.product_code, loan.method,
            loan.rate_text, loan.apr_pct, loan.signed_on, loan.disbursed_on, loan.disbursed_amount,
            loan.maturity_date, loan.destination_account, loan.last_eod, loan.position_date, loan.version, b,
            tuple(InstallmentView(i.period, i.due_date, i.principal, i.interest, i.principal_due, i.interest_due,
                                  i.principal_paid, i.interest_paid, i.interest_waived, i.status, i.days_overdue)
                  for i in insts),
            LineView(line.limit, line.expiry, line.drawn, line.frozen, line.freeze_reason) if line else None,
            rate_text_zh=loan.terms.rate.text_zh())


def journal(store: Store, actor: Actor, loan_id: int, *, include_accruals: bool = True) -> list[EntryView]:
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        q = select(JournalEntry).where(JournalEntry.loan_id == loan_id)
        if not include_accruals:
            q = q.where(JournalEntry.kind.not_in([sv.INTEREST_ACCRUAL, sv.PENALTY_ACCRUAL]))
        rows = s.scalars(q.order_by(JournalEntry.id)).all()
        rev = {r.reverses_id: r.id for r in s.scalars(select(JournalEntry).where(
            JournalEntry.loan_id == loan_id, JournalEntry.reverses_id.is_not(None)))}
        return [EntryView(r.id, r.kind, r.value_date, r.posted_at, r.amount, r.principal, r.interest, r.penalty,
                          r.excess, r.reference, r.source, r.memo, r.reverses_id, rev.get(r.id)) for r in rows]


def loan_id_by_contract(store: Store, actor: Actor, contract_no: str) -> int | None:
    """The loan with this contract number, whatever the letter case typed (the exact
    spelling through the index first, then any case); NotVisible when it is another team's."""
    text = contract_no.strip()
    with store.read(actor) as s:
        found = s.scalar(select(Loan.id).where(Loan.contract_no == text))
        if found is None and text:
            ids = s.scalars(select(Loan.id).where(func.upper(Loan.contract_no) == text.upper()).limit(2)).all()
            found = ids[0] if len(ids) == 1 else None
        check_loan(s, actor, found)
        return found


def loan_id_of_application(store: Store, actor: Actor, application_id: int, *, disbursed: bool = False) -> int | None:
    """The loan of an application: its contract's first loan row (later tranches are rows
    of their own, servicing/tranches.py); None: no contract yet. ``disbursed``: only once
    it is paid out (a contracted loan has no schedule to show yet)."""
    with store.read(actor) as s:
        check_case(s, actor, application_id)
        q = select(Loan.id).where(Loan.application_id == application_id, Loan.tranche_seq == 1)
        if disbursed:
            q = q.where(Loan.status != "contracted")
        return s.scalar(q)


TIER_LABELS = {t: f"{t} {delinquency.TIER_NAMES_EN[t]}" for t in delinquency.TIERS}


def amount_due(store: Store, actor: Actor, loan_id: int, *, on: date) -> Decimal:
    """What brings the loan current on ``on``: penalty, overdue interest and principal,
    and the installment falling due that day (monthly) or at maturity (daily)."""
    with store.read(actor) as s:
        loan = _get(s, actor, loan_id)
        data = ledger.loan_data(loan)
        events = ledger.events_of(ledger.load_entries(s, [loan.id], kinds=sv.CASH_KINDS | {sv.REVERSAL})[loan.id])
    pos = sv.replay(data.terms, events, as_of=on)
    due = pos.overdue_principal + pos.overdue_interest + pos.penalty_unpaid
    for i in pos.installments:
        if i.due == on:
            due += max(0, i.principal_left) + max(0, i.interest_left)
    return _f(due)
