"""Disbursement as a controlled action: where the money may go, what is left to pay
out, and the loan receipt 借款借据 every disbursement leaves behind.

The destination is one of the borrower's accounts as stored on the merchant record
(the real-name-verified payment account, the debit card of a listed bank), chosen
from :func:`disbursement_offer`'s list. Any other account needs a reason and a
supervisor other than the person disbursing, who confirms with their password; both
are stored with the receipt and in the audit log. A stored value that is masked
("173****6376@alipay") is never a destination.

Refusals are :class:`DisbursementRefused` with a ``code`` (and ``params``) so that
the desk shows them in its language; the English message is for logs and the CLI.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import masking
from workstation.domain.money import money, to_fen
from workstation.domain.schedules import Method, build_schedule
from workstation.services import auth
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models import Application, Merchant
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan

PAYMENT_ACCOUNT, BANK_CARD, OTHER = "payment_account", "bank_card", "other"
MASK_CHARS = ("*", "＊", "•")
MAX_ACCOUNT = 60            # loans.destination_account


class DisbursementRefused(DomainError):
    """A disbursement the rules refuse; ``code`` names the rule for the desk's text."""


@dataclass(frozen=True)
class PayAccount:
    """One destination on the borrower's record."""
    kind: str               # payment_account | bank_card
    account: str            # as stored (what is posted and printed)
    label: str              # 支付宝实名账户 / 招商银行借记卡
    shown: str              # masked, for screens
    usable: bool
    problem: str = ""       # why not usable: masked | not_verified | unlisted_bank | missing


@dataclass(frozen=True)
class DisbursementOffer:
    """What a contracted loan may still receive, and where."""
    loan_id: int
    contract_no: str
    contracted: Decimal
    disbursed: Decimal
    available: Decimal
    offer_expires_on: date | None
    signed_on: date
    revolving: bool = False
    line_expiry: date | None = None      # a revolving line: draws possible until then
    tranche: int = 1                     # the number the next payout under the contract takes
    accounts: tuple[PayAccount, ...] = field(default_factory=tuple)

    @property
    def usable(self) -> tuple[PayAccount, ...]:
        return tuple(a for a in self.accounts if a.usable)


def is_masked(text: str) -> bool:
    return any(c in text for c in MASK_CHARS)


def accounts_of(m: Merchant) -> tuple[PayAccount, ...]:
    """The borrower's payment account and bank card, each with whether it may be used."""
    out = []
    pay = (m.payment_account or "").strip()
    problem = ("missing" if not pay else "masked" if is_masked(pay) else
               "not_verified" if not m.real_name_verified else "")
    out.append(PayAccount(PAYMENT_ACCOUNT, pay, "支付宝实名账户", masking.mask_account(pay), not problem, problem))
    card = (m.bank_card or "").strip()
    problem = ("missing" if not card else "masked" if is_masked(card) else
               "unlisted_bank" if not m.bank_listed else "")
    out.append(PayAccount(BANK_CARD, card, f"{m.bank_name}借记卡", f"{m.bank_name} {masking.mask_card(card)}",
                          not problem, problem))
    return tuple(out)


def disbursed_so_far(s: Session, loan_id: int) -> Decimal:
    return s.scalar(select(func.coalesce(func.sum(Disbursement.amount), 0))
                    .where(Disbursement.loan_id == loan_id)) or Decimal("0.00")


def disbursement_offer(store: Store, actor: Actor, loan_id: int) -> DisbursementOffer:
    """The contracted amount, what was paid out, what is left, until when, and the accounts."""
    actor.require("officer", "supervisor", action="disburse a loan")
    with store.read(actor) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise DisbursementRefused("no_loan", loan_id=loan_id)
        from workstation.services.visibility import check_loan
        check_loan(s, actor, loan.id)
        app = s.get(Application, loan.application_id)
        from workstation.servicing import tranche_rows
        main = tranche_rows.contract_row(s, loan)
        done = tranche_rows.paid_out(s, main)
        if main.status == "contracted":
            left = money(main.approved_amount) - done
        elif main.revolving or app.status != "disbursed":
            left = Decimal("0.00")
        else:                                # the rest of the contract, as further tranches
            left = money(main.approved_amount) - done
        seq = max(r.tranche_seq for r in tranche_rows.rows_of(s, main)) + (0 if main.status == "contracted" else 1)
        return DisbursementOffer(loan_id=main.id, contract_no=main.contract_no, contracted=main.approved_amount,
                                 disbursed=done, available=left, offer_expires_on=app.offer_expires_on,
                                 signed_on=main.signed_on, revolving=main.revolving, tranche=seq,
                                 accounts=accounts_of(app.merchant))


def approver(store: Store, actor: Actor, username: str | None, password: str | None) -> Actor:
    """The supervisor allowing an account off the list: signs with their own password."""
    if not (username or "").strip() or not password:
        raise DisbursementRefused("approver_missing")
    try:
        who = auth.sign_in(store, username, password)
    except auth.SignInFailed:
        raise DisbursementRefused("approver_rejected") from None
    if not who.has("supervisor"):
        raise DisbursementRefused("approver_not_supervisor", username=who.username)
    if who.id == actor.id:
        raise DisbursementRefused("approver_self")
    return who


@dataclass(frozen=True)
class Destination:
    kind: str
    account: str
    label: str
    reason: str | None = None
    approved_by: Actor | None = None


def destination(m: Merchant, account: str, *, reason: str | None, approved_by: Actor | None) -> Destination:
    """Where the money goes: an account from the list, or (with reason and supervisor) another."""
    account = (account or "").strip()
    if not account:
        raise DisbursementRefused("account_missing")
    if len(account) > MAX_ACCOUNT:
        raise DisbursementRefused("account_too_long", max_length=MAX_ACCOUNT)
    if is_masked(account):
        raise DisbursementRefused("account_masked", account=account)
    listed = {a.account: a for a in accounts_of(m)}
    a = listed.get(account)
    if a is not None and a.usable:
        return Destination(a.kind, a.account, a.label)
    if not (reason or "").strip():
        raise DisbursementRefused("reason_missing")
    if approved_by is None:
        raise DisbursementRefused("approver_missing")
    return Destination(OTHER, account, "其他账户（经主管批准）", reason.strip()[:300], approved_by)


def receipt_no(contract_no: str, seq: int) -> str:
    return f"JJ-{contract_no}-{seq:02d}"


def record_receipt(s: Session, loan: Loan, *, on: date, amount: Decimal, to: Destination, rows: list,
                   apr: Decimal | None, user_id: int | None) -> Disbursement:
    """The loan receipt row of a disbursement (its own schedule, account as stored). A
    tranche's receipt is numbered under its contract: JJ-<contract>-<tranche>."""
    if loan.parent_loan_id is not None:
        seq, contract_no = loan.tranche_seq, s.get(Loan, loan.parent_loan_id).contract_no
    else:
        seq = (s.scalar(select(func.max(Disbursement.seq)).where(Disbursement.loan_id == loan.id)) or 0) + 1
        contract_no = loan.contract_no
    row = Disbursement(loan_id=loan.id, seq=seq, receipt_no=receipt_no(contract_no, seq), value_date=on,
                       amount=money(amount), account_kind=to.kind, account=to.account, account_label=to.label,
                       off_list_reason=to.reason, approved_by=to.approved_by.id if to.approved_by else None,
                       schedule=rows, apr_pct=apr, user_id=user_id)
    s.add(row)
    s.flush()
    return row


def receipts_in(s: Session, loan_id: int) -> list[str]:
    return list(s.scalars(select(Disbursement.receipt_no).where(Disbursement.loan_id == loan_id)
                          .order_by(Disbursement.seq)))


def line_rows(amount: Decimal, terms, on: date, expiry: date) -> list:
    """A revolving draw's own schedule: the amount drawn held to the line's expiry, under
    the line's terms (``domain.terms.ApprovedTerms``: rate and conventions)."""
    sched = build_schedule(amount=amount, rate=terms.rate, method=Method.BULLET, start=on,
                           days=(expiry - on).days, conventions=terms.conventions)
    return [[i.period, i.due_date.isoformat(), to_fen(i.principal), to_fen(i.interest)] for i in sched.installments]


def draw_receipt(s: Session, loan: Loan, *, on: date, amount: Decimal, expiry: date,
                 user_id: int | None) -> Disbursement:
    """The receipt of a draw on a revolving line: paid to the borrower's first usable
    account (the payment account, else the card); refused when none is usable."""
    usable = [a for a in accounts_of(s.get(Merchant, loan.merchant_id)) if a.usable]
    if not usable:
        raise DisbursementRefused("draw_no_account")
    return record_receipt(s, loan, on=on, amount=amount, to=Destination(usable[0].kind, usable[0].account,
                                                                        usable[0].label),
                          rows=line_rows(amount, loan.terms, on, expiry), apr=None, user_id=user_id)
