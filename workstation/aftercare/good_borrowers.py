"""Good borrowers (优质客户): each borrower's repayment record read from the journal by the
servicing engine (an installment is on time when the replay at the start of the day
after its due date finds it settled), their standing, and the list of those eligible
for a repeat loan or a limit increase by the rules in the setting
``good_borrowers.rules`` (domain.standing). An officer turns a row into a pre-filled
application (in review, theirs), audited."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import clock, standing
from workstation.domain import servicing as sv
from workstation.domain.workflow import Status
from workstation.services import audit
from workstation.servicing import ledger
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.queries import setting
from workstation.services.visibility import check_merchant, loan_clause
from workstation.store.models import Application, Merchant, StatusChange
from workstation.store.models_loans import CreditLine, Loan

DESK = ("officer", "supervisor", "admin")
PURPOSE = {"repeat_loan": "复贷（良好还款记录）", "limit_increase": "提额（良好还款记录）"}


class GoodBorrowerRefused(DomainError):
    """A refusal of the after-the-loan desks: a code of the catalogue and its params."""


@dataclass(frozen=True)
class GoodBorrowerRow:
    merchant_id: int
    merchant_name: str
    standing: int
    on_time: int
    late: int
    offer: str | None
    amount: Decimal | None
    product_code: str
    last_contract: str
    eligible: bool
    reasons: tuple[str, ...]


def _record(s: Session, loans: list[Loan], as_of: date) -> tuple[standing.Record, Loan]:
    ids = [l.id for l in loans]
    cash = ledger.load_entries(s, ids, kinds=sv.CASH_KINDS | {sv.REVERSAL})
    on_time = late = 0
    overdue_now, open_loans, line_limit = False, 0, None
    for loan in loans:
        terms = ledger.loan_data(loan).terms
        events = ledger.events_of(cash[loan.id])
        dues = sorted({r.due_date for r in terms.rows if r.due_date < as_of})
        for due in dues:
            pos = sv.replay(terms, events, as_of=min(as_of, due + sv._ONE))
            for i in pos.installments:
                if i.due == due and i.orig_principal + i.orig_interest > 0:
                    if i.settled:
                        on_time += 1
                    else:
                        late += 1
        if loan.status == "active":
            open_loans += 1
            overdue_now = overdue_now or loan.dpd > 0
            if loan.revolving:
                line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id))
                if line is not None and not line.frozen and line.expiry >= as_of:
                    line_limit = line.limit
    last = max(loans, key=lambda l: (l.disbursed_on, l.id))
    return standing.Record(on_time, late, overdue_now, line_limit if open_loans == 1 else None, open_loans,
                           last.disbursed_amount or last.approved_amount), last


def _judge(s: Session, merchant_id: int, loans: list[Loan], as_of: date, rules: dict) -> GoodBorrowerRow:
    rec, last = _record(s, loans, as_of)
    v = standing.judge(rec, rules)
    from workstation.aftercare.blacklist import matches_merchant
    m = s.get(Merchant, merchant_id)
    reasons = v.reasons + (("blacklisted",) if matches_merchant(s, m) else ())
    return GoodBorrowerRow(merchant_id, m.name, v.standing, rec.on_time, rec.late, v.offer if not reasons else None,
                           v.amount if not reasons else None, last.product_code, last.contract_no, not reasons,
                           reasons)


def _loans_by_merchant(s: Session, actor: Actor, merchant_id: int | None = None) -> dict[int, list[Loan]]:
    q = select(Loan).where(Loan.disbursed_on.is_not(None), Loan.status.in_(("active", "closed")), loan_clause(s, actor))
    if merchant_id is not None:
        q = q.where(Loan.merchant_id == merchant_id)
    out: dict[int, list[Loan]] = {}
    for loan in s.scalars(q.order_by(Loan.merchant_id, Loan.id)):
        out.setdefault(loan.merchant_id, []).append(loan)
    return out


def standing_of(store: Store, actor: Actor, merchant_id: int, *, as_of: date | None = None) -> GoodBorrowerRow:
    """The borrower's standing and what the rules offer them (or why not)."""
    actor.require(*DESK, action="read good borrowers")
    as_of = as_of or clock.today()
    with store.read(actor) as s:
        check_merchant(s, actor, merchant_id)
        loans = _loans_by_merchant(s, actor, merchant_id).get(merchant_id)
        if not loans:
            raise GoodBorrowerRefused("good_borrower_no_loans", merchant=merchant_id)
        return _judge(s, merchant_id, loans, as_of, setting(s, "good_borrowers.rules") or {})


def eligible(store: Store, actor: Actor, *, as_of: date | None = None) -> list[GoodBorrowerRow]:
    """Borrowers the rules offer a repeat loan or a limit increase, best standing first.
    Borrowers with a loan overdue now are left out before any replay."""
    actor.require(*DESK, action="read good borrowers")
    as_of = as_of or clock.today()
    with store.read(actor) as s:
        rules = standing.check_rules(setting(s, "good_borrowers.rules") or {})
        out = []
        for mid, loans in _loans_by_merchant(s, actor).items():
            if any(l.status == "active" and l.dpd > 0 for l in loans):
                continue
            row = _judge(s, mid, loans, as_of, rules)
            if row.eligible:
                out.append(row)
        return sorted(out, key=lambda r: (-r.standing, r.merchant_name))


def prefill_application(store: Store, actor: Actor, merchant_id: int, *, as_of: date | None = None) -> int:
    """A new application for the borrower's offer (product, amount and term of the last
    loan, the suggested amount), in review and the officer's own; returns its id."""
    actor.require("officer", "supervisor", action="open an application")
    row = standing_of(store, actor, merchant_id, as_of=as_of)
    if not row.eligible:
        raise GoodBorrowerRefused("good_borrower_not_eligible",
                                  merchant=row.merchant_name, reasons=", ".join(row.reasons))
    now = datetime.now(timezone.utc)
    with store.tx(actor) as s:
        last = s.scalar(select(Loan).where(Loan.contract_no == row.last_contract))
        prev = s.get(Application, last.application_id)
        m = s.get(Merchant, merchant_id)
        a = Application(app_no="pending", external_id=f"GB-{row.last_contract}-{clock.today():%Y%m%d}",
                        merchant_id=m.id, product_code=row.product_code, amount_requested=row.amount,
                        term_months=last.term_months, term_days=last.term_days, purpose=PURPOSE[row.offer],
                        status=Status.IN_REVIEW.value, officer_id=actor.id, received_at=now, status_changed_at=now,
                        merchant_name=m.name, legal_rep_name=prev.legal_rep_name, id_last4=prev.id_last4,
                        platform=m.platform, province=m.province)
        if s.scalar(select(Application.id).where(Application.external_id == a.external_id)) is not None:
            raise GoodBorrowerRefused("already_prefilled",
                                      merchant=row.merchant_name)
        s.add(a)
        s.flush()
        a.app_no = f"A{clock.today():%Y%m%d}{a.id:07d}"
        s.add(StatusChange(application_id=a.id, from_status=None, to_status=a.status, user_id=actor.id, at=now,
                           comment=f"{row.offer}: standing {row.standing}, after {row.last_contract}"))
        audit.record(s, actor=actor, action="good_borrower.prefill", entity_type="application", entity_id=a.app_no,
                     details={"merchant": m.id, "offer": row.offer, "amount": row.amount, "standing": row.standing,
                              "after": row.last_contract})
        return a.id
