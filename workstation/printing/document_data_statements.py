"""Document data from a loan's journal: a statement for any period (balances at both
ends, every payment, the nightly accruals summed per month, what is overdue and due next)
and the settlement certificate of a loan paid off. The figures are the ledger's own
entries and the engine's replay of them (``document_data_ledger``), never recomputed here.
"""
from __future__ import annotations

from calendar import monthrange
from collections import defaultdict
from datetime import date
from fractions import Fraction

from sqlalchemy import select

from workstation.documents.data import SettlementData, StatementData, StatementLine, TrancheLine
from workstation.domain import masking
from workstation.domain import servicing as sv
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.domain.money import from_fen
from workstation.printing import document_data_ledger as ledgered
from workstation.printing.document_data_loans import (ENTRY_ZH, find_loan, in_force, lender_info, local_today,
                                                      pct, product_name)
from workstation.servicing import ledger, recoveries
from workstation.store.models import Application
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan
from workstation.store.session import Store


def _line(e: ledger.Entry, kind: str, balance: int) -> StatementLine:
    sign = -1 if kind in (sv.REPAYMENT, sv.WAIVER, sv.WRITE_OFF) else 1
    p, i, n = sign * e.principal, sign * e.interest, sign * e.penalty
    cash = e.amount if kind in (sv.DISBURSEMENT, sv.DRAW, sv.REPAYMENT, recoveries.RECOVERY) else p + i + n
    return StatementLine(when=e.value_date, kind_zh=ENTRY_ZH[kind], amount=from_fen(cash), principal=from_fen(p),
                         interest=from_fen(i), penalty=from_fen(n), balance_after=from_fen(balance),
                         excess=from_fen(e.excess))


def _period_lines(entries: list[ledger.Entry], *, opening: int) -> tuple[StatementLine, ...]:
    """Cash events one by one; the nightly accruals summed per calendar month (dated
    on the last night of that month in the period)."""
    items: list[tuple[date, int, int, str, ledger.Entry]] = []
    acc: dict[tuple[str, int, int], ledger.Entry] = defaultdict(lambda: ledger.Entry(None, "", date.min))
    for e in entries:
        if e.kind in ledger.ACCRUALS:
            a = acc[(e.kind, e.value_date.year, e.value_date.month)]
            a.value_date = max(a.value_date, e.value_date)
            a.interest += e.interest
            a.penalty += e.penalty
        else:
            items.append((e.value_date, 0, e.id or 0, e.kind, e))
    for (kind, _, _), a in acc.items():
        if a.interest or a.penalty:
            items.append((a.value_date, 1 if kind == sv.INTEREST_ACCRUAL else 2, 0, kind, a))
    out, bal = [], opening
    for _, _, _, kind, e in sorted(items, key=lambda t: t[:3]):
        bal += e.principal
        out.append(_line(e, kind, bal))
    return tuple(out)


def _statement_end(loan: Loan, period_from: date, period_to: date, *, through_eod: bool) -> tuple[date, str]:
    """The statement's last day and its note. A loan still accruing can be stated only
    through its last end of day: refused, or (``through_eod``, a month not yet ended)
    stated as of that end of day, saying so."""
    note = ""
    if through_eod:
        if loan.status == "active" and loan.last_eod is not None and loan.last_eod < period_to:
            period_to = loan.last_eod
    if through_eod and period_to < period_to.replace(day=monthrange(period_to.year, period_to.month)[1]):
        note = (f"本期尚未结束：本对账单列示截至{period_to.year}年{period_to.month}月{period_to.day}日日终"
                "（最近一次日终处理）的账务，其后的还款和计息将列入下期对账单。")
    if loan.status == "active" and (loan.last_eod is None or period_to > loan.last_eod):
        raise DomainError("statement_after_eod", contract_no=loan.contract_no, last_eod=loan.last_eod,
                          period_to=period_to)
    if period_to < period_from or period_to < loan.disbursed_on:
        raise DomainError("statement_before_eod", contract_no=loan.contract_no, last_eod=loan.last_eod,
                          period_from=max(period_from, loan.disbursed_on))
    return period_to, note


def statement_data(store: Store, actor: Actor, contract_no: str, *, period_from: date, period_to: date,
                   today: date | None = None, through_eod: bool = False) -> StatementData:
    """The statement of ``period_from`` .. ``period_to`` (both included, as of the end of
    ``period_to``) from the journal: balances at both ends (excess to refund included),
    every payment, summed accruals, overdue amounts and what is due next. ``through_eod``:
    a period not yet ended in the books is stated through the loan's last end of day."""
    if period_from > period_to:
        raise DomainError("statement_period_reversed", period_from=period_from, period_to=period_to)
    with store.read(actor) as s:
        loan = find_loan(s, actor, contract_no)
        if loan.disbursed_on is None:
            raise DomainError("statement_not_disbursed", contract_no=loan.contract_no)
        if period_to < loan.disbursed_on:
            raise DomainError("statement_disbursed_after", contract_no=loan.contract_no,
                              disbursed_on=loan.disbursed_on, period_from=period_from, period_to=period_to)
        period_to, note = _statement_end(loan, period_from, period_to, through_eod=through_eod)
        app = s.get(Application, loan.application_id)
        entries = in_force(s, loan) + recoveries.statement_entries(s, loan.id)     # cash only, owed unmoved
        before = [e for e in entries if e.value_date < period_from]
        during = [e for e in entries if period_from <= e.value_date <= period_to]
        op, oi, on, ox = ledger.totals(before)
        dp, di, dn, dx = ledger.totals(during)
        cp, ci, cn, cx = op + dp, oi + di, on + dn, ox + dx
        terms = ledger.terms_of(loan)
        pos, events = ledgered.end_of_day(terms, entries, period_to)
        nxt = ledgered.next_due(terms, events, pos, day=period_to)
        lender = lender_info(s)
        return StatementData(
            statement_no=f"DZ-{loan.contract_no}-{period_to:%Y%m%d}", contract_no=loan.contract_no,
            lender_name=lender.name, borrower_company=app.merchant.name,
            payment_account=masking.mask_account(app.merchant.payment_account), product_name=product_name(s, loan.product_code),
            loan_amount=loan.approved_amount, daily_rate=pct(Fraction(loan.daily_rate)),
            period_from=period_from, period_to=period_to, opening_principal=from_fen(op),
            opening_interest=from_fen(oi), opening_penalty=from_fen(on), lines=_period_lines(during, opening=op),
            closing_principal=from_fen(cp), closing_interest=from_fen(ci), closing_penalty=from_fen(cn),
            next_due_date=nxt.due if nxt else None, next_due_amount=from_fen(nxt.amount) if nxt else None,
            overdue_principal=from_fen(pos.overdue_principal), overdue_interest=from_fen(pos.overdue_interest),
            overdue_penalty=from_fen(max(cn, 0)), overdue_days=pos.dpd, issue_date=today or local_today(),
            service_phone=lender.phone, opening_excess=from_fen(ox), closing_excess=from_fen(cx),
            accrued_interest=from_fen(ci) if terms.daily else None,
            next_due_is_maturity=bool(nxt and nxt.at_maturity), note=note,
            disbursed_amount=loan.disbursed_amount, tranches=tranche_lines(s, loan), **_contract_of(s, loan))


def _contract_of(s, loan: Loan) -> dict:
    """A later tranche's statement names the contract it is paid under and its amount."""
    if loan.parent_loan_id is None:
        return {}
    main = s.get(Loan, loan.parent_loan_id)
    return {"contract_of": main.contract_no, "contract_amount": main.approved_amount}


def tranche_lines(s, loan: Loan) -> tuple[TrancheLine, ...]:
    """Every payout of the contract ``loan`` belongs to, when it was paid out in more than one."""
    from workstation.servicing.tranche_rows import contract_row, rows_of
    rows = [r for r in rows_of(s, contract_row(s, loan)) if r.disbursed_on is not None]
    if len(rows) < 2:
        return ()
    out = []
    for r in rows:
        receipt = s.scalar(select(Disbursement.receipt_no).where(Disbursement.loan_id == r.id)
                           .order_by(Disbursement.seq).limit(1))
        out.append(TrancheLine(seq=r.tranche_seq, loan_no=r.contract_no, receipt_no=receipt or "—",
                               value_date=r.disbursed_on, amount=r.disbursed_amount, this=r.id == loan.id))
    return tuple(out)


def settlement_data(store: Store, actor: Actor, contract_no: str, *, today: date | None = None) -> SettlementData:
    """The settlement certificate 结清证明 of a loan paid off in full."""
    with store.read(actor) as s:
        loan = find_loan(s, actor, contract_no)
        if loan.status != "closed":
            code = {"active": "not_paid_off_active", "contracted": "not_paid_off_contracted",
                    "written_off": "not_paid_off_written_off"}.get(loan.status, "not_paid_off")
            raise DomainError(code, contract_no=loan.contract_no, loan_status=loan.status)
        app = s.get(Application, loan.application_id)
        entries = in_force(s, loan)
        paid = [e for e in entries if e.kind == sv.REPAYMENT]
        lent = sum(e.principal for e in entries if e.kind in (sv.DISBURSEMENT, sv.DRAW))
        p, i, n, _ = ledger.totals(paid)
        m = app.merchant
        return SettlementData(
            certificate_no=f"JQ-{loan.contract_no}", contract_no=loan.contract_no, lender=lender_info(s),
            borrower_company=m.name, borrower_credit_code=m.credit_code or "—", legal_rep_name=m.legal_rep.name,
            loan_amount=from_fen(lent), start_date=loan.disbursed_on, settled_date=loan.closed_on,
            principal_paid=from_fen(-p), interest_paid=from_fen(-i), penalty_paid=from_fen(-n),
            total_paid=from_fen(-(p + i + n)), issue_date=today or local_today())
