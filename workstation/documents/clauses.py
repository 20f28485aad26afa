"""The contract's figure-bearing clauses, written from the loan's terms.

Every rule stated here is the rule ``domain.servicing`` applies, read from the same
``domain.terms.ApprovedTerms`` (rates, conventions, penalty multiplier and base,
allocation order). tests/test_contract_clauses.py reads the figures back from this
text, applies the stated rule by hand and compares with the engine.

The texts carry no paragraph numbers: the contract numbers its articles
(``documents.contract_articles``) and resolves references written ``§key.i§``.
"""
from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from workstation.documents.data import ContractClauses
from workstation.domain.terms import ApprovedTerms

BUCKET_ZH = {"penalty_interest": "罚息", "overdue_interest": "逾期利息", "overdue_principal": "逾期本金",
             "current_interest": "当期利息", "current_principal": "当期本金"}
ROUNDING_ZH = {ROUND_HALF_UP: "四舍五入", ROUND_HALF_EVEN: "四舍六入、五后成双", ROUND_DOWN: "舍去分以下部分"}


def rate_text(f: Fraction) -> str:
    """A rate as an exact percent ('0.05%', '1.5%'); to 8 places with 约 when it does not end."""
    p = f * 100
    for places in range(2, 11):
        q = p * 10 ** places
        if q.denominator == 1:
            return f"{Decimal(q.numerator).scaleb(-places)}%"
    d = (Decimal(p.numerator) / Decimal(p.denominator)).quantize(Decimal("1e-8"), ROUND_HALF_UP)
    return f"约{d}%"


def contract_clauses(terms: ApprovedTerms, *, apr_pct: Decimal | None = None) -> ContractClauses:
    """The clauses for ``terms``; ``apr_pct`` is the disclosed annualised rate (for the
    highest-annual-cost warning)."""
    t = terms
    rnd = ROUNDING_ZH[t.conventions.rounding]
    dpy = t.conventions.days_per_year
    mpy = t.conventions.months_per_year
    daily, monthly = rate_text(t.daily_rate), rate_text(t.monthly_rate)
    pen_daily = rate_text(t.penalty_rate)
    pen_annual = f"{t.penalty_annual_pct}%"
    mult = f"{t.penalty_multiplier.normalize():f}"
    monthly_method = t.method.monthly and not t.revolving
    if monthly_method:
        interest = (f"利息自实际放款之日起计算。每期（自上一还款日起，首期自放款日起，至本期还款日前一日止）"
                    f"的利息＝该期期初借款本金余额×月利率，月利率为{monthly}（＝日利率{daily}×{dpy}÷{mpy}），"
                    "不论该期实际天数多少；提前还款的本金按本合同§prepayment.2§计息。各期利息按"
                    f"{rnd}保留至分。借款期限内利率保持不变。")
        prepayment = ("借款人在还款日前还款，超过当时已到期应还款项的部分，先支付当期自期初至实际还款日"
                      "已产生的利息（当期已用各日的本金余额×日利率之和，不超过按月利率计算的当期利息），其余全部偿还本金：先偿还当期应还本金，"
                      "再从最后一期起向前冲减各期应还本金，未冲减各期的应还本金不变，还款期数相应缩短。"
                      "提前偿还的本金在当期只按日利率×当期已用天数计息（不超过按月利率计算的金额），"
                      "其余本金的当期利息仍按月利率计算，其未付部分于当期还款日支付；此后各期利息按减少后的"
                      f"期初本金余额×月利率计算。贷款人不收取任何未实际发生的利息。上述利息按{rnd}保留至分。")
    else:
        if t.revolving:
            interest = ("每笔提款的利息自该笔款项发放之日起，仅就已提取且尚未偿还的借款本金按实际用款天数计算："
                        f"利息＝每日已提款未还本金余额×日利率，日利率为{daily}，"
                        f"按日累计（发放当日计息，还款当日不计息），累计金额按{rnd}保留至分，"
                        "于该笔借款还款时或最迟于额度到期日随本金一并支付。额度期限内利率保持不变。")
        else:
            interest = ("利息自实际放款之日起按实际用款天数计算：利息＝每日借款本金余额×日利率，"
                        f"日利率为{daily}，"
                        f"按日累计（放款当日计息，还款当日不计息），累计金额按{rnd}保留至分，"
                        "于到期日随本金一并支付。借款期限内利率保持不变。")
        prepayment = ("提前还款的，利息计算至实际还款日止，按实际用款天数×日利率计收。部分提前还款的，"
                      "款项先支付截至还款日已产生的利息，其余偿还本金，剩余本金自还款当日起按日计息。"
                      "贷款人不收取任何未实际发生的利息。")
    early_cost = ("提前还款不收取违约金、手续费或其他任何费用。借款人于某日提前结清全部借款的，应付金额＝"
                  "全部未还本金＋截至该日已产生而未付的利息＋已逾期未付的款项及其罚息，款项超出部分予以退还。")
    order = "、".join(BUCKET_ZH[b] for b in t.allocation)
    allocation = (f"借款人的每笔还款按照{order}的顺序清偿；逾期款项有多期的，先清偿最早一期。"
                  "“当期”指尚未逾期的最近一期。")
    if t.penalty_base == "principal_and_interest":
        base, no_int = "逾期本金及逾期利息", "对逾期利息计收罚息（复利），不对罚息计收罚息。"
    else:
        base, no_int = "逾期本金", "对逾期利息不计收罚息。"
    penalty = (f"借款人未按期足额偿还任何一期本金或利息的，对{base}按本合同日利率的{mult}倍，即罚息日利率"
               f"{pen_daily}（按日利率×{dpy}折算的年化利率为{pen_annual}）计收罚息：罚息＝{base}×罚息日利率×"
               "逾期天数，逾期天数自还款日（含当日）起算至实际还款日前一日止，按日累计，"
               f"累计金额按{rnd}保留至分，直至全部清偿之日止。逾期本金计收罚息期间不再计收正常利息；{no_int}")
    warnings = tuple(w.text_zh for w in t.cost_warnings(apr_pct))
    return ContractClauses(interest=interest, allocation=allocation, prepayment=prepayment, early_cost=early_cost,
                           penalty=penalty, penalty_annual_rate=pen_annual,
                           monthly_rate=monthly if monthly_method else "", warnings=warnings)
