"""Document data for a loan, read from the database: the loan contract and the repayment
schedule (a statement and the settlement certificate: ``document_data_statements``).

Pure builders: each reads in one session and returns a frozen ``documents.data``
object ready to print (rates as percent strings, method names in Chinese, the
annualised rate from the schedule's IRR with its basis). Nothing is written; printing
and recording is ``services.documents.issue``. Unknown numbers and documents that do
not apply to a loan's state raise ``DomainError`` with a message for the user.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.documents.data import (BorrowerInfo, ContractData, LenderInfo, RateDisclosure,
                                        ScheduleDocData, ScheduleRow)
from workstation.domain import clock, masking
from workstation.domain import servicing as sv
from workstation.domain.dates import add_months_clamped
from workstation.domain.money import from_fen
from workstation.domain.rates import Basis, Rate
from workstation.documents.clauses import contract_clauses
from workstation.domain.schedules import DEFAULT_CONVENTIONS, Conventions, Method, ScheduleError, build_schedule
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.printing import document_data_ledger as ledgered
from workstation.servicing import ledger, recoveries
from workstation.decide.document_orders import backing_in
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.visibility import check_case, check_loan
from workstation.store import queries
from workstation.store.models import Application, Merchant, Setting
from workstation.store.models_loans import GroupMember, GuaranteeGroup, Loan

CHINA = timezone(timedelta(hours=8))     # documents show Beijing time (no DST)
ZERO = Decimal("0.00")
BASIS_IRR = "按借款实际现金流以内部收益率（IRR）法计算（月内部收益率×12）"
BASIS_SIMPLE = "按日利率×365天以单利法计算（到期一次还本付息，按实际用款天数计息）"
BASIS_LINE = "按日利率×365天以单利法计算（循环额度，按实际用款金额和天数计息）"
METHOD_LINE_ZH = "随借随还（按日计息，额度到期日前还清）"
ENTRY_ZH = {sv.DISBURSEMENT: "放款", sv.DRAW: "支用", sv.REPAYMENT: "还款", sv.WAIVER: "减免",
            sv.WRITE_OFF: "核销", sv.INTEREST_ACCRUAL: "计息", sv.PENALTY_ACCRUAL: "罚息",
            recoveries.RECOVERY: recoveries.RECOVERY_ZH}
JOINT_GUARANTEE = "JOINT_GUARANTEE"
LENDER_KEYS = ("name", "licence", "address", "phone", "legal_rep", "regulator", "credit_code", "seal_name")


# -- shared helpers (also used by document_data) -------------------------------------------

def local_today() -> date:
    """The business's date: the one clock every screen and paper asks (Asia/Shanghai)."""
    return clock.today()


def local_time(at: datetime | None) -> datetime | None:
    """A stored UTC time as a naive Beijing time for printing."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(CHINA).replace(tzinfo=None)


def pct(value: Fraction | Decimal, *, places: int = 4) -> str:
    """A rate (a fraction, 1/2000) as a percent string, '0.0500%'."""
    f = Fraction(value)
    d = Decimal(f.numerator) * 100 / Decimal(f.denominator)
    return f"{d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}%"


def lender_info(s: Session) -> LenderInfo:
    rows = {r.key: r.value for r in s.scalars(select(Setting).where(Setting.key.like("lender.%")))}
    v = {k: str(rows.get(f"lender.{k}") or DEFAULT_SETTINGS.get(f"lender.{k}") or "") for k in LENDER_KEYS}
    return LenderInfo(name=v["name"], licence_no=v["licence"], address=v["address"], phone=v["phone"],
                      legal_rep=v["legal_rep"], regulator=v["regulator"] or "浙江省地方金融监督管理局",
                      credit_code=v["credit_code"], seal_name=v["seal_name"])


def borrower_info(m: Merchant, *, full_id: bool) -> BorrowerInfo:
    """The borrower as a document names it; the ID number in full only where the
    document needs it (the contract, the guarantee agreement)."""
    p = m.legal_rep
    return BorrowerInfo(company=m.name, credit_code=m.credit_code or "—", address=m.address,
                        legal_rep_name=p.name, legal_rep_id_no=p.id_number if full_id else masking.mask_id(p.id_number),
                        phone=m.contact_phone if full_id else masking.mask_phone(m.contact_phone),
                        payment_account=m.payment_account if full_id else masking.mask_account(m.payment_account),
                        bank_card=f"{m.bank_name} {masking.mask_card(m.bank_card)}")


def product_name(s: Session, code: str) -> str:
    return queries.product_name_zh(s, code)


def term_text(months: int | None, days: int | None) -> str:
    return f"{months}个月" if months else f"{days}天" if days else "—"


def method_zh(method: str, *, revolving: bool = False) -> str:
    return METHOD_LINE_ZH if revolving else Method(method).name_zh


def rate_disclosure(*, daily: Fraction, method: str, apr: Decimal | None, revolving: bool = False,
                    conventions: Conventions = DEFAULT_CONVENTIONS) -> RateDisclosure:
    """Daily rate, the annualised rate with its basis, and the nominal rate (daily x the
    product's days per year), under the loan's own conventions."""
    if revolving or apr is None:
        simple = daily * conventions.bullet_apr_days
        apr = Decimal(simple.numerator) * 100 / Decimal(simple.denominator)
        basis = BASIS_LINE if revolving else BASIS_SIMPLE
    else:
        basis = BASIS_SIMPLE if method == Method.BULLET.value else BASIS_IRR
    return RateDisclosure(daily_rate=pct(daily), annualised_rate=f"{Decimal(apr).quantize(Decimal('0.01'), ROUND_HALF_UP)}%",
                          annualised_basis=basis, nominal_annual_rate=pct(daily * conventions.days_per_year, places=2))


def find_app(s: Session, actor: Actor | None, application_no: str) -> Application:
    """The application numbered so, if ``actor`` may read it (NotVisible otherwise)."""
    app = s.scalar(select(Application).where(Application.app_no == application_no.strip()))
    if app is None:
        raise DomainError("application_no_not_found", application_no=application_no)
    check_case(s, actor, app.id)
    return app


def find_loan(s: Session, actor: Actor | None, contract_no: str) -> Loan:
    """The loan with this contract number, if ``actor`` may read it (NotVisible otherwise)."""
    loan = s.scalar(select(Loan).where(Loan.contract_no == contract_no.strip()))
    if loan is None:
        raise DomainError("contract_no_not_found", contract_no=contract_no)
    check_loan(s, actor, loan.id)
    return loan


def agreement_no(group: GuaranteeGroup) -> str:
    return f"LB-{group.formed_on:%Y}-{group.id:04d}"


def _group_of(s: Session, merchant_id: int) -> GuaranteeGroup | None:
    gid = s.scalar(select(GroupMember.group_id).where(GroupMember.merchant_id == merchant_id)
                   .order_by(GroupMember.id))
    return s.get(GuaranteeGroup, gid) if gid is not None else None


def member_loan(s: Session, merchant_id: int) -> Loan | None:
    """The member's loan a joint-guarantee agreement covers: of its joint-guarantee loans
    (of all its loans when it has none), the newest contract with a row in force, else the
    newest contract; never a later tranche of one."""
    rows = s.scalars(select(Loan).where(Loan.merchant_id == merchant_id)
                     .order_by(Loan.signed_on.desc(), Loan.id.desc())).all()
    # a contract is its first row (a later tranche is a part of its amount, HT...-02)
    active = {l.parent_loan_id or l.id for l in rows if l.status == "active"}
    loans = [l for l in rows if l.parent_loan_id is None]
    loans = [l for l in loans if l.product_code == JOINT_GUARANTEE] or loans
    return next((l for l in loans if l.id in active), loans[0] if loans else None)


def _guarantee_no(s: Session, loan: Loan) -> str:
    """The agreement number a contract names, when the agreement covers this loan (a
    member's order loan or credit line is not guaranteed by its group)."""
    group = _group_of(s, loan.merchant_id)
    if group is None:
        return ""
    if loan.id is None:               # a draft: a joint-guarantee loan is what its group covers
        covered = loan.product_code == JOINT_GUARANTEE
    else:
        covered = (member_loan(s, loan.merchant_id) or loan).id == loan.id
    return agreement_no(group) if covered else ""


# -- the contract and the schedule -----------------------------------------------------------

def _planned_rows(loan: Loan) -> tuple[tuple[ScheduleRow, ...], Decimal | None]:
    """The schedule as frozen at disbursement, or (not yet disbursed) as it will be if the
    money goes out on the signing day; with the annualised rate."""
    rate = loan.terms.rate
    if loan.frozen_schedule and not loan.revolving:
        amount = loan.disbursed_amount
        rows, bal = [], amount
        for period, due, p, i in loan.frozen_schedule:
            bal -= from_fen(p)
            rows.append(ScheduleRow(period=period, due_date=date.fromisoformat(due), principal=from_fen(p),
                                    interest=from_fen(i), payment=from_fen(p + i), balance=bal))
        return tuple(rows), loan.apr_pct
    start = loan.disbursed_on or loan.signed_on
    if loan.revolving:
        expiry = add_months_clamped(start, loan.term_months) if loan.term_months else start + timedelta(
            days=loan.term_days or 365)
        # a line has no schedule: show the limit drawn in full and held to expiry (the most it can cost)
        sched = build_schedule(amount=loan.approved_amount, rate=rate, method=Method.BULLET, start=start,
                               days=(expiry - start).days, conventions=loan.terms.conventions)
    else:
        try:
            sched = loan.terms.schedule(start=start)       # the product's conventions
        except ScheduleError as exc:
            raise DomainError("contract_schedule_invalid", contract_no=loan.contract_no, detail=str(exc)) from None
    rows = tuple(ScheduleRow(period=i.period, due_date=i.due_date, principal=i.principal, interest=i.interest,
                             payment=i.payment, balance=i.balance) for i in sched.installments)
    return rows, None if loan.revolving else sched.apr


def contracted_rows(loan: Loan) -> tuple[tuple[ScheduleRow, ...], Decimal | None]:
    """The contract's appendix: the schedule of the contracted amount (from the first
    disbursement, or the signing day before it), with its annualised rate."""
    if loan.revolving or loan.disbursed_amount in (None, loan.approved_amount):
        return _planned_rows(loan)
    rate = Rate(Basis.DAILY, Fraction(loan.daily_rate))
    try:
        sched = build_schedule(amount=loan.approved_amount, rate=rate, method=loan.method, start=loan.disbursed_on,
                               term_months=loan.term_months if loan.method != "bullet" else None,
                               days=loan.term_days if loan.method == "bullet" else None)
    except ScheduleError as exc:
        raise DomainError("contract_schedule_invalid", contract_no=loan.contract_no, detail=str(exc)) from None
    return tuple(ScheduleRow(period=i.period, due_date=i.due_date, principal=i.principal, interest=i.interest,
                             payment=i.payment, balance=i.balance) for i in sched.installments), sched.apr


def _loan_rate(loan: Loan, apr: Decimal | None) -> RateDisclosure:
    return rate_disclosure(daily=Fraction(loan.daily_rate), method=loan.method, apr=apr, revolving=loan.revolving,
                           conventions=loan.terms.conventions)


def _repayment_day(loan: Loan, rows: tuple[ScheduleRow, ...]) -> str:
    if loan.revolving:
        return f"额度到期日{rows[-1].due_date.year}年{rows[-1].due_date.month}月{rows[-1].due_date.day}日前"
    if loan.method == Method.BULLET.value:
        d = rows[-1].due_date
        return f"到期日{d.year}年{d.month}月{d.day}日"
    day = (loan.disbursed_on or loan.signed_on).day
    return f"每月{day}日" + ("（当月无该日的，为当月最后一日）" if day > 28 else "")


def contract_data(store: Store, actor: Actor, application_no: str) -> ContractData:
    """The loan contract of an application: once signed, the contract as recorded
    (``services.documents`` prints the text frozen at signing); before, for an approved
    offer, a draft (草稿) of it on the approved terms, for the borrower to read."""
    with store.read(actor) as s:
        app = find_app(s, actor, application_no)
        loan = s.scalar(select(Loan).where(Loan.application_id == app.id, Loan.tranche_seq == 1))
        if loan is not None:
            return _contract(s, app, loan)
        app_id, app_no, status = app.id, app.app_no, app.status
    from workstation.decide import decisions
    offer = decisions.approved_terms(store, actor, app_id)
    if offer is None or status != "approved":
        raise DomainError("no_contract_to_print", app_no=app_no, status=status)
    with store.read(actor) as s:
        app = find_app(s, actor, application_no)
        t = offer.terms
        draft = Loan(contract_no=f"DRAFT-{app.app_no}", application_id=app.id, merchant_id=app.merchant_id,
                     product_code=t.product_code, terms=t, approved_amount=t.amount, method=t.method.value,
                     term_months=t.term_months, term_days=t.term_days, revolving=t.revolving,
                     signed_on=local_today(), status="draft")          # never added to the session
        return _contract(s, app, draft, draft=True)


def _contract(s: Session, app, loan: Loan, *, draft: bool = False) -> ContractData:
    rows, apr = contracted_rows(loan)     # the contracted amount; each receipt has what was paid out
    mult = Decimal(loan.penalty_multiplier)
    months = loan.term_months if (loan.method != "bullet" or loan.revolving) else None
    return ContractData(
        contract_no=loan.contract_no, lender=lender_info(s), borrower=borrower_info(app.merchant, full_id=True),
        product_name=product_name(s, loan.product_code), amount=loan.approved_amount,
        purpose=app.purpose or "日常经营周转", term_text=term_text(months, loan.term_days),
        start_date=loan.disbursed_on or loan.signed_on, end_date=loan.maturity_date or rows[-1].due_date,
        rate=_loan_rate(loan, apr), repayment_method=method_zh(loan.method, revolving=loan.revolving),
        penalty_daily_rate=pct(Fraction(loan.daily_rate) * Fraction(mult)), schedule=rows,
        sign_date=loan.signed_on, repayment_day_text=_repayment_day(loan, rows),
        penalty_multiple=f"{mult.normalize():f}",
        guarantee_agreement_no=_guarantee_no(s, loan),
        clauses=contract_clauses(loan.terms, apr_pct=apr if apr is not None else _loan_apr(loan)), draft=draft,
        revolving=bool(loan.revolving), orders=backing_in(s, app), form=2)


def _loan_apr(loan: Loan) -> Decimal:
    """The disclosed annualised rate when no IRR applies (revolving lines, bullet)."""
    return Decimal(rate_disclosure(daily=loan.terms.daily_rate, method=loan.method, apr=None,
                                   revolving=loan.revolving, conventions=loan.terms.conventions).annualised_rate.rstrip("%"))


def in_force(s: Session, loan: Loan) -> list[ledger.Entry]:
    """The loan's journal entries in force (reversed ones and their reversals left out)."""
    return ledger.active(ledger.load_entries(s, [loan.id])[loan.id])


def schedule_data(store: Store, actor: Actor, contract_no: str, *, today: date | None = None) -> ScheduleDocData:
    """The repayment schedule as it stands: each installment's amounts now (after any
    prepayment) and whether it is paid, due or overdue."""
    with store.read(actor) as s:
        loan = find_loan(s, actor, contract_no)
        app = s.get(Application, loan.application_id)
        planned, apr = _planned_rows(loan)
        cur = None
        if loan.disbursed_on is not None:
            cur = ledgered.current_schedule(ledger.terms_of(loan), in_force(s, loan), last_eod=loan.last_eod)
            rows = cur.rows
            note = ("本计划表为截至状态日的当前还款计划：提前还款后各期金额已相应调整，提前归还的本金单列；"
                    "“已还金额”为该期已归还的本息。原始还款计划见借款合同附件。")
            if loan.revolving:
                note += "循环额度：按已支用金额持有至额度到期日列示，实际利息按实际用款金额和天数计算。"
            elif loan.method == Method.BULLET.value:
                note += "应还利息为按合同计至到期日的利息；截至状态日已计利息见上表。"
            if loan.accelerated_on is not None:      # the engine's dates after an early recall
                note += (f"本贷款已宣布提前收贷：全部未还款项于{loan.accelerated_on.isoformat()}到期，"
                         "各期应还日期已按提前收贷调整（详见提前收贷通知书）。")
        else:
            rows = planned
            note = "尚未放款：本计划表按签约日放款测算，以实际放款日为准。"
        return ScheduleDocData(
            contract_no=loan.contract_no, lender_name=lender_info(s).name, borrower_company=app.merchant.name,
            product_name=product_name(s, loan.product_code), amount=loan.disbursed_amount or loan.approved_amount,
            start_date=loan.disbursed_on or loan.signed_on, end_date=loan.maturity_date or planned[-1].due_date,
            rate=_loan_rate(loan, apr), repayment_method=method_zh(loan.method, revolving=loan.revolving),
            rows=rows, issue_date=today or local_today(), note=note, as_of=cur.as_of if cur else None,
            principal_outstanding=cur.principal_outstanding if cur else None,
            interest_accrued=cur.interest_accrued if cur else None,
            interest_through=cur.as_of - timedelta(days=1) if cur else None)
