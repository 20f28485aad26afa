"""Document data read from the database, ready to print: one builder per document.

Loan documents live in ``document_data_loans`` (contract, schedule) and
``document_data_statements`` (statement, settlement); this module adds the case documents (the credit approval
memo, the decline notice) and the joint-guarantee agreement, and re-exports the lot:

    contract_data(store, actor, application_no)
    guarantee_data(store, actor, group_ref)
    schedule_data(store, actor, contract_no, *, today=None)
    statement_data(store, actor, contract_no, *, period_from, period_to, today=None)
    settlement_data(store, actor, contract_no, *, today=None)
    approval_memo_data(store, actor, application_no, *, now=None, as_of=None)
    decline_notice_data(store, actor, application_no)
    receipt_data(store, actor, receipt_no)               (document_data_receipt)

Builders only read. The memo shows the score as stored with the case; a case never
scored is scored for the memo on its data as of ``as_of`` without storing anything.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.documents.data import (ApprovalMemoData, DeclineNoticeData, GuaranteeAgreementData,
                                        GuaranteeMember, InterviewSummary, PolicyCheck, PolicyExceptionLine,
                                        Recommendation,
                                        ScoreFactor, SignOff)
from workstation.domain import features, interview as iv, scoring
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.domain.workflow import STATUS_NAMES, Status
from workstation.decide import cases
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store import queries
from workstation.store.queries import product as product_of, user_name
from workstation.services.visibility import check_group
from workstation.printing.document_data_loans import (CHINA, agreement_no, borrower_info, contract_data,
                                                      find_app, lender_info, local_time, method_zh,
                                                      product_name, rate_disclosure, schedule_data, term_text)
from workstation.printing.document_data_statements import settlement_data, statement_data
from workstation.printing.document_data_receipt import receipt_data, receipt_numbers
from workstation.store.models import Application, Merchant
from workstation.store.models_decide import (Decline, DeclineReason, Interview, Recommendation as RecRow,
                                             SignoffChain)
from workstation.store.models_loans import GroupMember, GuaranteeGroup, Loan

__all__ = ["contract_data", "guarantee_data", "schedule_data", "statement_data", "settlement_data",
           "approval_memo_data", "decline_notice_data", "receipt_data", "receipt_numbers"]

PLATFORM_ZH = {"taobao": "淘宝", "tmall": "天猫", "1688": "1688（阿里巴巴B2B）"}
OUTCOME_ZH = {"verified": "通过", "not_verified": "不通过", "follow_up": "待补充"}
DECISION_ZH = {"approve": "同意", "approve_lower": "降额同意", "return": "退回", "decline": "拒绝"}
GENERIC_DECLINE = "经综合评估，您的申请暂不符合我司现行授信条件。"


def _user(s: Session, user_id: int | None) -> str:
    return user_name(s, user_id) or "—"


def _pct_text(p: Decimal) -> str:
    return f"{(Decimal(p) * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


# -- the approval memo -------------------------------------------------------------------------

def _score(s: Session, app: Application, *, as_of: date) -> scoring.ScoreResult:
    """The stored score explained from its stored inputs, or (never scored) computed now."""
    if app.score_inputs and app.score_version:
        return scoring.score_from_inputs(app.score_inputs, scoring.load_scorecard_version(app.score_version))
    card = scoring.load_scorecard()
    months = queries.platform_months(s, app.merchant_id)
    feats = features.compute_features(months, declared=queries.declared_financials(app.declared), facts=queries.merchant_facts(s, app),
                                      as_of=as_of)
    return scoring.score(feats, card=card, product_max=product_of(s, app.product_code).amount_max)


def _factors(result: scoring.ScoreResult) -> tuple[ScoreFactor, ...]:
    formats = {f.code: f.format for f in scoring.load_scorecard_version(result.version).factors}
    return tuple(ScoreFactor(name=f.name_zh, value=scoring._format_value(f.value, formats.get(f.code, "")),
                             points=f.points, reason=f.reason_zh) for f in result.factors)


def _interview(s: Session, app_id: int) -> InterviewSummary | None:
    i = s.scalar(select(Interview).where(Interview.application_id == app_id, Interview.state == "submitted")
                 .order_by(Interview.submitted_at.desc(), Interview.id.desc()).limit(1))
    if i is None:
        return None
    names = {c.code: c.text_zh for c in iv.CHECKLIST}
    by = {"confirmed": [], "discrepancy": [], "not_checked": []}
    for c in i.checks:
        by.setdefault(c.result, []).append(names.get(c.item, c.item))
    text = f"核查{len(i.checks)}项：确认{len(by['confirmed'])}项"
    if by["discrepancy"]:
        text += f"，不符{len(by['discrepancy'])}项（{'、'.join(by['discrepancy'])}）"
    if by["not_checked"]:
        text += f"，未核{len(by['not_checked'])}项"
    if i.masking_score is not None:
        text += f"；心理测试掩饰分{i.masking_score}"
    if i.consistency_score is not None:
        text += f"、一致性分{i.consistency_score}"
    return InterviewSummary(outcome=OUTCOME_ZH.get(i.outcome or "", i.outcome or "—"),
                            held_at=local_time(i.actual_start or i.submitted_at), officer=_user(s, i.officer_id),
                            checklist_summary=text + "。", red_flags=tuple(i.red_flags or ()))


def _recommendation(s: Session, rec: RecRow | None) -> Recommendation | None:
    if rec is None:
        return None
    daily = Fraction(Decimal(rec.daily_rate_pct)) / 100
    conditions = tuple(c.strip() for c in (rec.conditions or "").splitlines() if c.strip())
    terms = ApprovedTerms.from_product(product_of(s, rec.product_code), amount=rec.amount, method=rec.method,
                                       term_months=rec.term_months, term_days=rec.term_days, check=False,
                                       rate=Rate.from_daily_percent(rec.daily_rate_pct))
    rate = rate_disclosure(daily=daily, method=rec.method, apr=rec.apr_pct, conventions=terms.conventions)
    warnings = tuple(w.text_zh for w in terms.cost_warnings(Decimal(rate.annualised_rate.rstrip("%"))))
    return Recommendation(product=product_name(s, rec.product_code), limit=rec.amount,
                          term_text=term_text(rec.term_months, rec.term_days), method=method_zh(rec.method),
                          rate=rate, conditions=conditions, justification=rec.justification or "—",
                          cost_warnings=warnings)


def _signoffs(s: Session, app_id: int) -> tuple[SignOff, ...]:
    """Every recommendation version, sign-off and officer decline, in time order."""
    out: list[SignOff] = []
    for r in s.scalars(select(RecRow).where(RecRow.application_id == app_id).order_by(RecRow.version)):
        out.append(SignOff("信贷员", _user(s, r.officer_id), local_time(r.created_at), "推荐",
                           f"第{r.version}版，建议额度¥{r.amount:,.2f}"))
    for chain in s.scalars(select(SignoffChain).where(SignoffChain.application_id == app_id)
                           .order_by(SignoffChain.id)):
        for g in chain.signoffs:
            note = f"核定额度¥{g.limit_approved:,.2f}" if g.decision == "approve_lower" and g.limit_approved else ""
            comment = "；".join(x for x in (note, g.comment or "") if x)
            out.append(SignOff("审批主管", _user(s, g.signer_id), local_time(g.signed_at),
                               DECISION_ZH.get(g.decision, g.decision), comment))
    for d in s.scalars(select(Decline).where(Decline.application_id == app_id, Decline.stage == "officer")):
        out.append(SignOff("信贷员", _user(s, d.user_id), local_time(d.at), "拒绝", "；".join(_reasons(s, d))))
    return tuple(sorted(out, key=lambda x: x.signed_at))


def approval_memo_data(store: Store, actor: Actor, application_no: str, *, now: datetime | None = None,
                       as_of: date | None = None) -> ApprovalMemoData:
    """The credit approval memo 授信审批表 for the file."""
    with store.read(actor) as s:
        app = find_app(s, actor, application_no)
        app_id, status = app.id, app.status
        result = _score(s, app, as_of=as_of or cases.today())
        interview = _interview(s, app.id)
        rec = s.scalar(select(RecRow).where(RecRow.application_id == app.id)
                       .order_by(RecRow.version.desc()).limit(1))
        recommendation, signoffs = _recommendation(s, rec), _signoffs(s, app.id)
        exceptions = _exceptions(s, app.id)
        merchant, platform = borrower_info(app.merchant, full_id=False), app.merchant.platform
        applied_at, requested = local_time(app.received_at), app.amount_requested
        lender = lender_info(s).name
    checks = cases.policy_checks(store, actor, app_id, as_of=as_of)
    found = cases.financials(store, actor, app_id, as_of=as_of).items
    printed = now or datetime.now(CHINA).replace(tzinfo=None, microsecond=0)
    return ApprovalMemoData(
        application_no=application_no.strip(), merchant=merchant, platform=PLATFORM_ZH.get(platform, platform),
        applied_at=applied_at, amount_requested=requested, factors=_factors(result),
        score_total=result.total, grade=result.grade, pd=_pct_text(result.default_probability),
        suggested_limit=result.suggested_limit,
        policy_checks=tuple(PolicyCheck(c.name_zh, c.passed, c.reason_zh) for c in checks),
        inconsistencies=tuple(i.message_zh for i in found if i.severity != "ok"),
        interview=interview, recommendation=recommendation, signoffs=signoffs, printed_at=printed,
        lender_name=lender, status=STATUS_NAMES[Status(status)][0], exceptions=exceptions)


EXCEPTION_STATE_ZH = {"requested": "已申请", "granted": "已批准", "refused": "已否决", "withdrawn": "已撤回"}


def _exceptions(s: Session, app_id: int) -> tuple[PolicyExceptionLine, ...]:
    """Exceptions to hard policy rules requested for the case, with who granted them."""
    from workstation.decide.decide_policy import exception_views
    return tuple(PolicyExceptionLine(x.rule_zh, x.reason, x.requested_by or "—", local_time(x.requested_at),
                                     EXCEPTION_STATE_ZH.get(x.state, x.state), x.granted_by or "",
                                     local_time(x.granted_at) if x.granted_at else None)
                 for x in exception_views(s, app_id))


# -- the decline notice ------------------------------------------------------------------------

def _reasons(s: Session, d: Decline) -> list[str]:
    texts = {r.code: r.text_zh for r in s.scalars(select(DeclineReason))}
    return [texts.get(c, c) for c in d.reason_codes or ()]


def decline_notice_data(store: Store, actor: Actor, application_no: str) -> DeclineNoticeData:
    """The notice telling an applicant their application was declined, and why."""
    with store.read(actor) as s:
        app = find_app(s, actor, application_no)
        if app.status != Status.DECLINED.value:
            raise DomainError("not_declined", app_no=app.app_no, status=app.status)
        d = s.scalar(select(Decline).where(Decline.application_id == app.id).order_by(Decline.at.desc()).limit(1))
        reasons = tuple(f"{r}；" for r in _reasons(s, d)) if d is not None else ()
        if reasons:
            reasons = reasons[:-1] + (reasons[-1][:-1] + "。",)
        decided = local_time(d.at if d is not None else app.status_changed_at).date()
        return DeclineNoticeData(
            notice_no=f"JJ-{app.app_no}", application_no=app.app_no, lender=lender_info(s),
            applicant_company=app.merchant.name, legal_rep_name=app.merchant.legal_rep.name,
            applicant_credit_code=app.merchant.credit_code or "",
            applied_on=local_time(app.received_at).date(), product_name=product_name(s, app.product_code),
            amount_requested=app.amount_requested, reasons=reasons or (GENERIC_DECLINE,), decided_on=decided,
            explanation=(d.comment or "").strip() if d is not None and "OTHER" in (d.reason_codes or ()) else "")


# -- the joint-guarantee agreement -------------------------------------------------------------

def _find_group(s: Session, group_ref: str) -> GuaranteeGroup:
    ref = str(group_ref).strip()
    g = None
    if ref.isdigit():
        g = s.get(GuaranteeGroup, int(ref))
    elif ref.upper().startswith("LB-") and ref[-4:].isdigit():
        g = s.get(GuaranteeGroup, int(ref[-4:]))
        g = g if g is not None and agreement_no(g) == ref.upper() else None
    if g is None:
        g = s.scalar(select(GuaranteeGroup).where(GuaranteeGroup.name == ref))
    if g is None:
        raise DomainError("group_ref_not_found", ref=ref)
    return g


def _member_loan(s: Session, merchant_id: int) -> Loan | None:
    from workstation.printing.document_data_loans import member_loan
    return member_loan(s, merchant_id)


def guarantee_data(store: Store, actor: Actor, group_ref: str) -> GuaranteeAgreementData:
    """The joint-guarantee agreement 联保协议 naming every member and what each answers for:
    a draft (草稿) until every member has signed its loan contract; the signature of the
    last one freezes it (``contracting.sign_contract``)."""
    with store.read(actor) as s:
        g = _find_group(s, group_ref)
        check_group(s, actor, g.id)
        merchants = s.scalars(select(Merchant).join(GroupMember, GroupMember.merchant_id == Merchant.id)
                              .where(GroupMember.group_id == g.id).order_by(GroupMember.id)).all()
        loans = {m.id: _member_loan(s, m.id) for m in merchants}
        amount = {m.id: loans[m.id].approved_amount if loans[m.id] else Decimal("0.00") for m in merchants}
        total = sum(amount.values(), Decimal("0.00"))
        members = tuple(GuaranteeMember(company=m.name, credit_code=m.credit_code or "—", legal_rep=m.legal_rep.name,
                                        legal_rep_id_no=m.legal_rep.id_number,
                                        contract_no=loans[m.id].contract_no if loans[m.id] else "—",
                                        loan_amount=amount[m.id], liability_amount=total - amount[m.id],
                                        term_text=term_text(loans[m.id].term_months, loans[m.id].term_days)
                                        if loans[m.id] else "—",
                                        signed_on=loans[m.id].signed_on if loans[m.id] else None)
                        for m in merchants)
        signed = [m.signed_on for m in members if m.signed_on is not None]
        months = [l.term_months for l in loans.values() if l is not None and l.term_months]
        days = [l.term_days for l in loans.values() if l is not None and l.term_days]
        return GuaranteeAgreementData(agreement_no=agreement_no(g), group_name=g.name, lender=lender_info(s),
                                      members=members, term_text=term_text(max(months, default=None),
                                                                           max(days, default=None)),
                                      sign_date=max([g.formed_on, *signed]),   # on or after every contract
                                      draft=any(loan is None for loan in loans.values()), form=2)

