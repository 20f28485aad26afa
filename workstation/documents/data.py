"""Plain, ready-to-print data objects for the borrower documents.

The renderer computes nothing of business meaning: every amount, rate and label
arrives here already decided by the caller (services), so a document shows exactly
what the record says. Money is ``Decimal`` to the fen, dates are ``datetime.date``
(times ``datetime.datetime``), rates are percent strings ready to print
(``"0.0500%"``). The only arithmetic the renderer does is summing table columns.

Every document object has a ``document_no`` (the number printed in the footer and
carried by the QR code: the contract number for loan documents, the application
number for memos and notices) and a ``kind`` (a short code stored with the record).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class LenderInfo:
    name: str
    licence_no: str          # 小额贷款公司经营许可证编号
    address: str
    phone: str
    legal_rep: str
    regulator: str           # 批准/监管机构, e.g. 浙江省地方金融监督管理局
    credit_code: str = ""    # 统一社会信用代码 (optional)
    # the seal's name printed beside 盖章 (e.g. ...合同专用章); left out of the canonical JSON
    # when empty, so the hashes of documents frozen before it do not change
    seal_name: str = field(default="", metadata={"omit_default": True})


@dataclass(frozen=True)
class BorrowerInfo:
    company: str
    credit_code: str         # 统一社会信用代码
    address: str
    legal_rep_name: str
    legal_rep_id_no: str     # 居民身份证号码 (print masked or full, as the caller decides)
    phone: str
    payment_account: str     # 支付宝等实名认证支付账户
    bank_card: str           # e.g. "招商银行 6225 **** **** 1234"


@dataclass(frozen=True)
class RateDisclosure:
    """Rates as the caller computed them, ready to print.

    ``annualised_rate`` is the 年化利率 from the actual cash flows (IRR), with
    ``annualised_basis`` saying how it was computed; ``nominal_annual_rate`` is the
    conventional daily x 360 figure (optional).
    """
    daily_rate: str                  # "0.0500%"
    annualised_rate: str             # "19.7213%"
    annualised_basis: str = "按借款实际现金流以内部收益率（IRR）法计算"
    nominal_annual_rate: str = ""    # "18.00%" (= daily rate x 360), optional


@dataclass(frozen=True)
class ScheduleRow:
    period: int
    due_date: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal                 # principal outstanding after this installment
    status: str = ""                 # e.g. 已还 / 未到期 / 逾期 (optional)
    paid: Decimal | None = None      # what was paid on it so far (the current schedule only)
    label: str = ""                  # a row that is not an installment, e.g. 提前还款 (printed for the period)


@dataclass(frozen=True)
class ContractClauses:
    """The figure-bearing clauses, written from the loan's terms by
    ``documents.clauses.contract_clauses`` (the same settings the engine applies)."""
    interest: str                    # 3.2 interest basis
    allocation: str                  # 5.3 order in which a payment is applied
    prepayment: str                  # 6.2 money paid before a due date
    early_cost: str                  # 6.3 cost of early repayment
    penalty: str                     # 7.1 penalty rate, base and its annualised rate
    penalty_annual_rate: str         # "32.40%"
    monthly_rate: str = ""           # "1.8000%" (monthly methods)
    warnings: tuple[str, ...] = ()   # above the highest total annual cost


@dataclass(frozen=True)
class BackingOrder:
    """One platform order standing behind an order loan, as recorded on the application."""
    order_no: str
    amount: Decimal
    shipped_on: date | None = None


@dataclass(frozen=True)
class OrderBacking:
    """The orders an order loan is made against (订单贷款), as recorded on the application."""
    platform: str                    # 淘宝 / 天猫
    shop_name: str
    orders: tuple[BackingOrder, ...] = ()   # empty: the orders were not itemised on the application
    total: Decimal | None = None     # the total order value recorded (the sum of ``orders`` when itemised)


@dataclass(frozen=True)
class ContractData:
    contract_no: str
    lender: LenderInfo
    borrower: BorrowerInfo
    product_name: str                # 阿里信用贷款 / 订单贷款 ...
    amount: Decimal
    purpose: str
    term_text: str                   # "12个月" / "30天"
    start_date: date
    end_date: date
    rate: RateDisclosure
    repayment_method: str            # 等额本息 / 等额本金 / 按月付息、到期还本 / 到期一次还本付息
    penalty_daily_rate: str          # "0.0750%" (already 1.5 x the daily rate)
    schedule: tuple[ScheduleRow, ...]
    sign_date: date
    sign_place: str = "中华人民共和国浙江省杭州市"
    repayment_day_text: str = ""     # "每月15日" (optional)
    penalty_multiple: str = "1.5"
    jurisdiction: str = "贷款人住所地有管辖权的人民法院"
    guarantee_agreement_no: str = ""  # for joint-guarantee loans
    clauses: ContractClauses | None = None   # None: a contract frozen before clauses were written from terms
    # an unsigned contract printed for reading (草稿 on every page); left out of the
    # canonical JSON when False, so the hashes of signed contracts do not change
    draft: bool = field(default=False, metadata={"omit_default": True})
    # a revolving credit line (循环额度): ``amount`` is the limit 授信额度 and ``end_date`` its expiry
    revolving: bool = field(default=False, metadata={"omit_default": True})
    # an order loan: the orders behind it and deduction from their settlement
    orders: OrderBacking | None = field(default=None, metadata={"omit_default": True})
    # a copy with ID and phone numbers masked (遮蔽副本), never the signed original
    masked_copy: bool = field(default=False, metadata={"omit_default": True})
    # the form of the articles: 1, as signed before articles were numbered in order with
    # computed references (documents.contract_form1, kept unchanged); 2, contract_articles
    form: int = field(default=1, metadata={"omit_default": True})

    kind = "contract"

    @property
    def document_no(self) -> str:
        return self.contract_no


@dataclass(frozen=True)
class GuaranteeMember:
    company: str
    credit_code: str
    legal_rep: str
    legal_rep_id_no: str
    contract_no: str                 # this member's own loan contract
    loan_amount: Decimal
    liability_amount: Decimal        # the other members' debts this member answers for
    term_text: str = ""              # this member's own loan term, "9个月"
    signed_on: date | None = None    # when this member's loan contract was signed


@dataclass(frozen=True)
class GuaranteeAgreementData:
    agreement_no: str
    group_name: str
    lender: LenderInfo
    members: tuple[GuaranteeMember, ...]
    term_text: str                   # loan term, "12个月"
    sign_date: date
    guarantee_period_text: str = "自各成员借款合同约定的债务履行期限届满之日起三年"
    sign_place: str = "中华人民共和国浙江省杭州市"
    jurisdiction: str = "贷款人住所地有管辖权的人民法院"
    # not every member has signed its loan contract yet: a draft (草稿 on every page);
    # left out of the canonical JSON when False
    draft: bool = field(default=False, metadata={"omit_default": True})
    # a copy with (some) members' ID numbers masked (遮蔽副本)
    masked_copy: bool = field(default=False, metadata={"omit_default": True})
    form: int = field(default=1, metadata={"omit_default": True})   # 1: as signed before form 2 (see guarantee.py)

    kind = "guarantee"

    @property
    def document_no(self) -> str:
        return self.agreement_no


@dataclass(frozen=True)
class ScheduleDocData:
    contract_no: str
    lender_name: str
    borrower_company: str
    product_name: str
    amount: Decimal
    start_date: date
    end_date: date
    rate: RateDisclosure
    repayment_method: str
    rows: tuple[ScheduleRow, ...]
    issue_date: date
    note: str = ""
    as_of: date | None = None                    # the ledger's day the statuses and balances are for
    principal_outstanding: Decimal | None = None  # the ledger's principal outstanding on ``as_of``
    interest_accrued: Decimal | None = None      # daily-interest loans: interest accrued unpaid on ``as_of``
    interest_through: date | None = None         # nights accrued through the end of this day

    kind = "schedule"

    @property
    def document_no(self) -> str:
        return self.contract_no


@dataclass(frozen=True)
class StatementLine:
    when: date
    kind_zh: str                     # 还款 / 计息 / 罚息 / 放款 ...
    amount: Decimal
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    balance_after: Decimal           # principal outstanding after the line
    excess: Decimal = Decimal("0.00")  # money received beyond what was owed (to refund)


@dataclass(frozen=True)
class TrancheLine:
    """One payout under a contract paid out in tranches, as a statement lists it."""
    seq: int
    loan_no: str                      # the tranche's loan (HT...-02); the first is the contract's own
    receipt_no: str
    value_date: date
    amount: Decimal
    this: bool                        # the loan this statement is for


@dataclass(frozen=True)
class StatementData:
    statement_no: str
    contract_no: str
    lender_name: str
    borrower_company: str
    payment_account: str
    product_name: str
    loan_amount: Decimal
    daily_rate: str
    period_from: date
    period_to: date
    opening_principal: Decimal
    opening_interest: Decimal
    opening_penalty: Decimal
    lines: tuple[StatementLine, ...]
    closing_principal: Decimal
    closing_interest: Decimal
    closing_penalty: Decimal
    next_due_date: date | None
    next_due_amount: Decimal | None
    overdue_principal: Decimal
    overdue_interest: Decimal
    overdue_penalty: Decimal
    overdue_days: int
    issue_date: date
    service_phone: str = ""
    opening_excess: Decimal = Decimal("0.00")   # 溢缴款: received beyond what was owed, to refund
    closing_excess: Decimal = Decimal("0.00")
    accrued_interest: Decimal | None = None     # daily-interest loans: interest accrued to the period's end,
                                                # beside the contractual figure due at maturity
    next_due_is_maturity: bool = False          # next_due_amount is principal and interest due at maturity
    note: str = ""                              # e.g. printed as of the last end of day
    disbursed_amount: Decimal | None = None     # paid out; stated beside the contracted amount where it differs
    tranches: tuple[TrancheLine, ...] = ()      # every payout of a contract paid out in more than one
    contract_of: str = ""                       # a later tranche (HT...-02): the contract it is paid under
    contract_amount: Decimal | None = None      # ... and that contract's amount (loan_amount is the tranche's)

    kind = "statement"

    @property
    def document_no(self) -> str:
        return self.contract_no


@dataclass(frozen=True)
class SettlementData:
    certificate_no: str
    contract_no: str
    lender: LenderInfo
    borrower_company: str
    borrower_credit_code: str
    legal_rep_name: str
    loan_amount: Decimal
    start_date: date
    settled_date: date
    principal_paid: Decimal
    interest_paid: Decimal
    penalty_paid: Decimal
    total_paid: Decimal
    issue_date: date

    kind = "settlement"

    @property
    def document_no(self) -> str:
        return self.contract_no


@dataclass(frozen=True)
class ScoreFactor:
    name: str
    value: str                       # ready to print: "18个月", "¥1,230,000.00"
    points: Decimal | int
    reason: str


@dataclass(frozen=True)
class PolicyCheck:
    name: str
    passed: bool
    reason: str


@dataclass(frozen=True)
class PolicyExceptionLine:
    """An exception to a hard policy rule: which rule, why, asked by whom, granted by whom."""
    rule: str                        # the rule's Chinese name
    reason: str
    requested_by: str
    requested_at: datetime
    state: str                       # 已申请 / 已批准 / 已否决 / 已撤回
    granted_by: str = ""
    granted_at: datetime | None = None


@dataclass(frozen=True)
class InterviewSummary:
    outcome: str                     # 通过 / 不通过 / 待补充
    held_at: datetime
    officer: str
    checklist_summary: str
    red_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recommendation:
    product: str
    limit: Decimal
    term_text: str
    method: str
    rate: RateDisclosure
    conditions: tuple[str, ...]
    justification: str
    cost_warnings: tuple[str, ...] = ()   # above the product's highest total annual cost


@dataclass(frozen=True)
class SignOff:
    role: str                        # 信贷员 / 审批主管
    name: str
    signed_at: datetime
    decision: str                    # 推荐 / 同意 / 退回 / 拒绝
    comment: str = ""


@dataclass(frozen=True)
class ApprovalMemoData:
    application_no: str
    merchant: BorrowerInfo
    platform: str                    # 淘宝 / 天猫 / 1688
    applied_at: datetime
    amount_requested: Decimal
    factors: tuple[ScoreFactor, ...]
    score_total: Decimal | int
    grade: str
    pd: str                          # "1.80%"
    suggested_limit: Decimal
    policy_checks: tuple[PolicyCheck, ...]
    inconsistencies: tuple[str, ...]
    interview: InterviewSummary | None
    recommendation: Recommendation | None
    signoffs: tuple[SignOff, ...]
    printed_at: datetime
    lender_name: str = ""
    status: str = ""                 # 审批中 / 已批准 / 已拒绝
    exceptions: tuple[PolicyExceptionLine, ...] = ()

    kind = "approval_memo"

    @property
    def document_no(self) -> str:
        return self.application_no


@dataclass(frozen=True)
class DeclineNoticeData:
    notice_no: str
    application_no: str
    lender: LenderInfo
    applicant_company: str
    legal_rep_name: str
    applied_on: date
    product_name: str
    amount_requested: Decimal
    reasons: tuple[str, ...]
    decided_on: date
    explanation_days: int = 30       # may ask for an explanation within N days
    reapply_text: str = "您可在经营情况发生变化后重新提出申请"
    contact: str = field(default="")  # service channel; lender.phone when empty
    explanation: str = ""            # the decliner's explanation of reason "other" (其他（见说明）)
    applicant_credit_code: str = field(default="", metadata={"omit_default": True})   # 92...: a sole proprietor

    kind = "decline_notice"

    @property
    def document_no(self) -> str:
        return self.application_no


@dataclass(frozen=True)
class ReceiptData:
    """借款借据: one disbursement under a contract, with its own schedule."""
    receipt_no: str
    contract_no: str
    lender: LenderInfo
    borrower_company: str
    borrower_credit_code: str
    legal_rep_name: str
    product_name: str
    contract_amount: Decimal         # the contracted amount
    amount: Decimal                  # paid out by this receipt
    disbursed_total: Decimal         # paid out under the contract, this receipt included
    value_date: date
    account_label: str               # 支付宝实名账户 / 招商银行借记卡
    account: str                     # as printed (masked but for the last four)
    term_text: str
    end_date: date
    rate: RateDisclosure
    repayment_method: str
    penalty_daily_rate: str
    schedule: tuple[ScheduleRow, ...]
    revolving: bool = False          # a draw on a revolving line: contract_amount is the limit
    form: int = field(default=1, metadata={"omit_default": True})   # 1: as paid out before form 2 (see receipt.py)

    kind = "receipt"

    @property
    def document_no(self) -> str:
        return self.receipt_no
