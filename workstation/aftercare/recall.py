"""Early recall (提前收贷): declared when a supervisor signs the request; the whole balance
falls due on the request's date, for the amount the ledger gives on that day (principal,
interest to that day, anything overdue and its penalty: the payoff quote). The notice
is printed from the stored declaration, so every print says the same."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.documents.recall import RecallNoticeData
from workstation.domain import servicing as sv
from workstation.domain.money import from_fen
from workstation.services import audit
from workstation.servicing import ledger
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.printing.document_data_loans import lender_info
from workstation.services.visibility import check_loan
from workstation.store.models import Application
from workstation.store.models_aftercare import LoanAcceleration, Warning, WarningAction
from workstation.store.models_loans import Loan

# what the notice says each rule saw (Chinese: the notice goes to the borrower)
REASON_ZH = {
    "login_gap": "店铺登录异常：已连续{value}天未登录平台，远超其日常登录间隔",
    "sales_drop": "经营状况显著恶化：近期周均销售额{value}元，较借款前同期下降{fall_pct}%",
    "ad_traffic_fall": "借款声明用于经营，但广告投放与店铺流量均明显下降（广告下降{ad_fall_pct}%，流量下降{traffic_fall_pct}%）",
    "shop_status": "店铺被平台限制经营或已关闭",
    "refund_share": "退款及纠纷比例异常：近期退款及纠纷占订单的{value}%",
    "unrelated_outflow": "放款后资金流向与经营无关的账户，累计{value}元，涉嫌未按约定用途使用借款",
    "related_overdue": "关联方或联保小组成员逾期（合同编号：{contracts}）",
    "rating_fall": "店铺评分明显下降：当前{value}分，借款前约{baseline}分",
}


def reason_zh(rule: str, value: Decimal, detail: dict) -> str:
    text = REASON_ZH.get(rule, rule)
    try:
        return text.format(value=value, **detail)
    except (KeyError, IndexError):
        return text.split("：")[0]


def _split(s: Session, loan: Loan, on: date) -> tuple[int, int, int, int]:
    data = ledger.loan_data(loan)
    events = ledger.events_of(ledger.load_entries(s, [loan.id], kinds=sv.CASH_KINDS | {sv.REVERSAL})[loan.id])
    total = sv.payoff_amount(data.terms, events, on=on)
    if total <= 0:
        return 0, 0, 0, 0
    probe = sv.Event("recall", sv.REPAYMENT, on, amount=total, order=1 << 62)
    a = sv.replay(data.terms, events + [probe], as_of=on).allocations["recall"]
    return a.principal, a.interest, a.penalty, total


def declare(s: Session, actor: Actor, a: WarningAction, loan: Loan, *, today: date) -> dict:
    """Inside the signing transaction: the loan's whole balance falls due on ``a.due_date``."""
    p, i, n, total = _split(s, loan, a.due_date)
    notice_no = f"TQ-{loan.contract_no}"
    s.add(LoanAcceleration(loan_id=loan.id, warning_action_id=a.id, declared_on=today, due_date=a.due_date,
                           amount_due=from_fen(total), notice_no=notice_no))
    a.amount, a.document_no = from_fen(total), notice_no
    loan.accelerated_on = a.due_date       # the engine makes everything fall due that day
    effect = {"due_date": a.due_date.isoformat(), "principal": from_fen(p), "interest": from_fen(i),
              "penalty": from_fen(n), "total": from_fen(total), "notice": notice_no}
    audit.record(s, actor=actor, action="loan.accelerated", entity_type="loan", entity_id=loan.contract_no,
                 details=effect)
    return effect


def notice_data(store: Store, actor: Actor, action_id: int) -> RecallNoticeData:
    """The notice of a signed recall."""
    with store.read(actor) as s:
        acc = s.scalar(select(LoanAcceleration).where(LoanAcceleration.warning_action_id == action_id))
        if acc is None:
            from workstation.aftercare.desk import WarningRefused
            raise WarningRefused("recall_not_signed")
        loan = s.get(Loan, acc.loan_id)
        check_loan(s, actor, loan.id)
        app = s.get(Application, loan.application_id)
        m = app.merchant
        a = s.get(WarningAction, action_id)
        w = s.get(Warning, a.warning_id)
        others = s.scalars(select(Warning).where(Warning.loan_id == loan.id, Warning.status != "closed",
                                                 Warning.id != w.id).order_by(Warning.id)).all()
        reasons = tuple(reason_zh(x.rule, x.value, dict(x.detail or {})) for x in [w, *others])
        p, i, n, total = _split(s, loan, acc.due_date)
        return RecallNoticeData(
            notice_no=acc.notice_no, contract_no=loan.contract_no, lender=lender_info(s),
            borrower_company=m.name, borrower_credit_code=m.credit_code or "—", legal_rep_name=m.legal_rep.name,
            contract_signed_on=loan.signed_on, loan_amount=loan.disbursed_amount or loan.approved_amount,
            declared_on=acc.declared_on, due_date=acc.due_date, principal=from_fen(p), interest=from_fen(i),
            penalty=from_fen(n), total=from_fen(total), reasons=reasons,
            payment_account=_masked_account(m.payment_account), sole_proprietor=_sole(m),
            **_default_refs(s, loan))


def _sole(m) -> bool:
    from workstation.documents.clauses_standard import is_sole_proprietor
    return is_sole_proprietor(m)        # 个体工商户: credit code class 92


def _default_refs(s: Session, loan: Loan) -> dict[str, str]:
    """The signed contract's own numbers for its default article (the frozen original's form)."""
    from workstation.documents.codec import from_json
    from workstation.documents.contract_articles import default_refs
    from workstation.store.models_documents import FrozenDocument
    text = s.scalar(select(FrozenDocument.canonical_json).where(FrozenDocument.kind == "contract",
                                                                FrozenDocument.document_no == loan.contract_no))
    if text is None:
        return {}                       # never frozen (signed before freezing): the form 1 numbers
    art, events, measures = default_refs(from_json(text))
    return {"default_article": art, "default_events": events, "default_measures": measures}


def _masked_account(account: str) -> str:
    from workstation.domain.masking import mask_card
    return mask_card(account) if account.isdigit() else account


def print_notice(store: Store, actor: Actor, action_id: int, *, path: Path | str | None = None):
    """Print the recall notice (recorded and audited as every print; returns IssuedDocument)."""
    from workstation.printing.documents import issue
    data = notice_data(store, actor, action_id)
    with store.read(actor) as s:
        app_id = s.scalar(select(Loan.application_id).where(Loan.contract_no == data.contract_no))
    return issue(store, actor, data, application_id=app_id, loan_ref=data.contract_no, path=path)


def accelerations(store: Store, actor: Actor, loan_id: int) -> list[tuple[date, date, Decimal, str]]:
    """(declared on, due date, amount due, notice number) of the loan's recall, if any."""
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        return [(r.declared_on, r.due_date, r.amount_due, r.notice_no) for r in
                s.scalars(select(LoanAcceleration).where(LoanAcceleration.loan_id == loan_id))]
