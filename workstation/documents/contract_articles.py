"""The articles of the loan contract, numbered in order with computed cross-references.

An article is built by a function of the contract data and a ``Refs`` object; it never
writes an article number itself: ``refs.art("default")`` gives "第九条“违约及加速到期”"
and ``refs.para("prepayment", 2)`` gives "第6.2条“提前还款”" for whatever place those
articles have in this contract (a revolving line and an order loan carry articles a
term loan does not). The topic in quotes lets a reader (and tests/test_contract_articles.py)
check that each reference points at the article it means.

Which articles a contract has depends on the product: a revolving credit line
(授信额度, drawdown by request, availability and expiry, freeze and cancellation,
interest on drawn amounts only) or an order loan (the orders behind it, deduction from
their settlement proceeds); and on the borrower: a company (法定代表人) or a sole
proprietor (经营者, 个体工商户).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from workstation.domain.money import to_chinese_upper

from .clauses_standard import article_no, is_sole_proprietor, pi_texts, std
from .data import ContractData
from .layout import esc, rmb, zh_date

REF_TOKEN = re.compile(r"§(\w+)(?:\.(\d+))?§")     # in clause texts from documents.clauses
_LEGACY_NO = re.compile(r"^\d+\.\d+ ")             # clause texts frozen with their number


@dataclass(frozen=True)
class Article:
    key: str
    topic: str
    paragraphs: tuple[str, ...]       # unnumbered; StandardTerm paragraphs stay so


class Refs:
    """Article numbers of one contract, by key."""

    def __init__(self, plan: list[tuple[str, str]]) -> None:
        self.number = {key: n for n, (key, _) in enumerate(plan, start=1)}
        self.topic = dict(plan)

    def art(self, key: str) -> str:
        return f"第{article_no(self.number[key])}条“{self.topic[key]}”"

    def para(self, key: str, i: int) -> str:
        return f"第{self.number[key]}.{i}条“{self.topic[key]}”"

    def resolve(self, text: str) -> str:
        """Clause text from ``documents.clauses``: tokens ``§key.i§`` become references;
        a text frozen with its old number loses it (the article numbers it)."""
        text = _LEGACY_NO.sub("", text)
        text = text.replace("本合同第6.2条", "本合同" + self.para("prepayment", 2))
        return REF_TOKEN.sub(lambda m: self.para(m[1], int(m[2])) if m[2] else self.art(m[1]), text)


def default_refs(d: ContractData) -> tuple[str, str, str]:
    """How contract ``d`` names its default article and that article's first two paragraphs
    (the events of default; the lender's measures, acceleration among them): what a recall
    notice cites. Form 1 contracts, signed before the articles were numbered in order, say 第九条."""
    if d.form == 1:
        return "第九条“违约及加速到期”", "第9.1条", "第9.2条"
    n = Refs(plan(d)).number["default"]
    return Refs(plan(d)).art("default"), f"第{n}.1条", f"第{n}.2条"


def _days_per_year(rate) -> str:
    """The days a year the nominal rate was computed with (nominal / daily), as printed."""
    try:
        days = Decimal(rate.nominal_annual_rate.rstrip("%")) / Decimal(rate.daily_rate.rstrip("%"))
    except (ArithmeticError, ValueError):
        return "一年计息天数"
    whole = days.to_integral_value(ROUND_HALF_UP)
    return f"{int(whole)}" if abs(days - whole) < Decimal("0.01") else "一年计息天数"


def plan(d: ContractData) -> list[tuple[str, str]]:
    """(key, topic) of every article in order."""
    line, order = d.revolving, d.orders is not None
    out = [("amount", "授信额度与用途" if line else "借款金额与用途"),
           ("term", "额度期限" if line else "借款期限")]
    out += [("drawdown", "提款")] if line else []
    out += [("interest", "利率与计息")]
    out += [] if line else [("disbursement", "借款发放")]
    out += [("orders", "订单与还款来源")] if order else []
    out += [("repayment", "还款"), ("prepayment", "提前还款")]
    out += [("freeze", "额度的冻结与取消")] if line else []
    out += [("penalty", "逾期罚息"), ("representations", "借款人的陈述与保证"),
            ("default", "违约及加速到期"), ("personal_info", "个人信息处理与征信查询授权"),
            ("assignment", "债权转让"), ("notices", "通知与送达"), ("complaints", "咨询与投诉"),
            ("disputes", "争议解决"), ("misc", "其他")]
    return out


# -- the articles ---------------------------------------------------------------------------

def _amount(d: ContractData, r: Refs) -> list[str]:
    amount = f"人民币（大写）{to_chinese_upper(d.amount)}（小写：{rmb(d.amount)}）"
    use = (f"借款用途：{esc(d.purpose)}。借款人不得将借款用于证券、期货、理财等金融投资，"
           "不得用于房地产开发或股本权益性投资，不得用于法律法规及监管规定禁止的其他用途，亦不得挪作他用。")
    if d.revolving:
        return [f"贷款人向借款人提供循环使用的授信额度{amount}。授信额度是借款人在额度期限内可以提款的最高本金余额，"
                "并非贷款人已向借款人发放的借款；借款人实际借款的金额以每笔提款的借款借据为准。",
                "在额度期限内，借款人已提款且尚未偿还的本金余额不得超过授信额度；借款人偿还的本金，"
                "恢复相应的可用额度，可再次提款。",
                use]
    return [f"借款金额为{amount}。", use]


def _term(d: ContractData, r: Refs) -> list[str]:
    if d.revolving:
        return [f"额度期限为{esc(d.term_text)}，自{zh_date(d.start_date)}起至{zh_date(d.end_date)}（额度到期日）止。"
                "借款人可在额度到期日前（不含额度到期日）提款；额度到期日起，未使用的授信额度自动失效，"
                "借款人不得再提款。",
                f"每笔提款的借款期限自该笔款项发放之日起至额度到期日止，各笔提款的本金及利息最迟应于额度到期日"
                f"全部偿还（见本合同{r.art('repayment')}）。"]
    return [f"借款期限为{esc(d.term_text)}，自{zh_date(d.start_date)}起至{zh_date(d.end_date)}止。",
            "实际放款日与前款约定的起始日不一致的，借款期限自实际放款日起算，到期日及各期还款日"
            "相应调整，以贷款人系统记载的借款借据及更新后的还款计划为准。"]


def _drawdown(d: ContractData, r: Refs) -> list[str]:
    b = d.borrower
    return [f"借款人需要用款的，应通过平台或贷款人认可的其他方式提交提款申请，写明提款金额。每笔提款金额"
            "不得超过提款当日的可用额度（授信额度减去已提款尚未偿还的本金余额）。",
            f"同时符合下列条件的，贷款人于提款当日将款项发放至借款人名下经实名认证的支付账户"
            f"（{esc(b.payment_account)}）：（一）提款日在额度到期日之前；（二）授信额度未被冻结或取消"
            f"（见本合同{r.art('freeze')}）；（三）借款人在本合同项下没有逾期未还的款项；"
            "（四）提款金额不超过当日的可用额度。不符合上述条件的提款申请，贷款人不予发放，并告知借款人原因。",
            "每笔提款由贷款人出具借款借据，载明提款金额、发放日期、收款账户及该笔提款的还款计划。"
            "借款借据是本合同不可分割的组成部分；款项进入上述账户即视为借款人已收到该笔借款。"]


def _interest(d: ContractData, r: Refs) -> list[str]:
    rate, c = d.rate, d.clauses
    nominal = (f"，按日利率×{_days_per_year(rate)}折算的名义年利率为{esc(rate.nominal_annual_rate)}"
               if rate.nominal_annual_rate else "")
    first = (f"本合同项下借款按日计息，日利率为{esc(rate.daily_rate)}，年化利率为{esc(rate.annualised_rate)}"
             f"（{esc(rate.annualised_basis)}）{nominal}。")
    if d.revolving:
        first += "借款人仅就已提取且尚未偿还的借款本金支付利息；未提取的授信额度不计收利息，亦不收取承诺费或额度占用费。"
    out = [first,
           r.resolve(esc(c.interest)) if c else "利息自实际放款之日起按实际用款天数计算，计算公式为：利息＝"
           "借款本金余额×日利率×实际用款天数。借款期限内利率保持不变。",
           "除本合同约定的利息及逾期罚息外，贷款人不向借款人收取手续费、服务费、管理费等任何其他费用。"]
    if c and c.warnings:
        out.append(f"风险提示：{esc('；'.join(c.warnings))}。")
    return out


def _disbursement(d: ContractData, r: Refs) -> list[str]:
    b = d.borrower
    out = [f"本合同生效且借款人满足放款条件后，贷款人将借款发放至借款人名下经实名认证的支付账户"
           f"（{esc(b.payment_account)}）。款项进入该账户即视为借款人已收到借款。",
           f"借款人提供的资料不真实、不完整，或发生本合同{r.art('default')}所列情形的，贷款人有权暂缓或停止放款。"]
    if d.guarantee_agreement_no:
        who = "经营者" if is_sole_proprietor(b) else "法定代表人"
        out.append(f"本合同项下借款由《联保协议》（编号：{esc(d.guarantee_agreement_no)}）项下联保小组其他成员"
                   f"承担连带保证责任；其他成员为公司的，其法定代表人亦以个人名义承担连带保证责任。"
                   f"借款人及其{who}对联保小组其他成员的借款承担的保证责任，以该协议为准。")
    return out


def _orders(d: ContractData, r: Refs) -> list[str]:
    o, b = d.orders, d.borrower
    shop = f"{esc(o.platform)}店铺“{esc(o.shop_name)}”"
    if o.orders:
        nos = "、".join(esc(x.order_no) for x in o.orders)
        first = (f"本合同项下借款以借款人在{shop}已发货、买家尚未确认收货的下列订单为基础发放："
                 f"订单编号{nos}，共{len(o.orders)}笔，订单金额合计{rmb(o.total)}（以借款申请时记录的金额为准，"
                 "明细见本合同附件《订单清单》）。借款金额不超过上述订单金额合计。")
    elif o.total is not None:
        first = (f"本合同项下借款以借款人在{shop}已发货、买家尚未确认收货的订单为基础发放，借款申请时记录的"
                 f"订单金额合计为{rmb(o.total)}，借款金额不超过该金额；订单明细以贷款人系统于放款时记录的为准。")
    else:
        first = (f"本合同项下借款以借款人在{shop}已发货、买家尚未确认收货的订单为基础发放，借款金额不超过"
                 "该等订单的金额合计；订单明细以贷款人系统于放款时记录的为准。")
    return [first,
            std(f"借款人不可撤销地授权贷款人：上述订单经平台结算、货款进入借款人支付账户（{esc(b.payment_account)}）时，"
                "由贷款人自该账户自动扣款，用于偿还本合同项下的借款；扣款金额以扣款当日借款人应还的全部款项为限，"
                f"按本合同{r.para('repayment', 3)}约定的顺序清偿。借款人不得撤销上述订单的收款账户或以其他方式阻止"
                "货款进入该账户。"),
            std(f"订单因退货、退款、交易关闭或其他原因未能结算，或结算款不足以偿还借款的，借款人仍应于到期日"
                f"（{zh_date(d.end_date)}）前以其他款项偿还全部未还本金及利息；到期日未足额偿还的，"
                f"未还部分自到期日起按本合同{r.art('penalty')}计收罚息，贷款人并有权从借款人的支付账户及绑定银行卡中"
                "划扣。订单结算款超过应还款项的部分，归借款人所有，贷款人不予扣划。"),
            "借款人应保证上述订单真实、已实际发货；发生退货、退款或交易关闭的，应于三个工作日内告知贷款人。"]


def _repayment(d: ContractData, r: Refs) -> list[str]:
    b, c = d.borrower, d.clauses
    day = f"，还款日为{esc(d.repayment_day_text)}" if d.repayment_day_text else ""
    if d.revolving:
        first = (f"还款方式为{esc(d.repayment_method)}：借款人可在额度到期日前任一日偿还全部或部分已提款项，"
                 f"各笔提款的本金及利息最迟应于额度到期日（{zh_date(d.end_date)}）全部偿还。"
                 "本合同附件《还款计划表》为示例测算，各笔提款的还款计划以其借款借据为准。")
    else:
        first = (f"还款方式为{esc(d.repayment_method)}{day}。各期应还本金、利息金额及还款日以本合同附件"
                 "《还款计划表》为准，该附件为本合同不可分割的组成部分。")
    when = "各笔提款的还款日（最迟为额度到期日）" if d.revolving else "每期还款日"
    return [first,
            f"借款人应于{when}（含当日）前在上述支付账户或其绑定的银行卡（{esc(b.bank_card)}）内"
            "备足应还款项，并不可撤销地授权贷款人于还款日从上述账户中划扣。",
            r.resolve(esc(c.allocation)) if c else "借款人的还款不足以清偿全部到期债务的，按照先罚息、再利息、"
            "后本金的顺序清偿。",
            "还款日遇法定节假日不顺延。借款人通过其他渠道还款的，以款项实际到达贷款人账户之日为还款日。"]


def _prepayment(d: ContractData, r: Refs) -> list[str]:
    c = d.clauses
    first = ("借款人可在借款期限内任一日提前偿还全部或部分借款，无须事先征得贷款人同意，"
             "贷款人不收取提前还款违约金或手续费。")
    if c:
        return [first, r.resolve(esc(c.prepayment)), r.resolve(esc(c.early_cost))]
    return [first, "提前还款的，利息计算至实际还款日止，按实际用款天数计收。部分提前还款的，"
            "剩余本金按原还款方式重新计算其后各期应还款额，贷款人将更新后的还款计划告知借款人。"]


def _freeze(d: ContractData, r: Refs) -> list[str]:
    return [std(f"发生下列任一情形的，贷款人有权冻结借款人尚未使用的授信额度，冻结期间借款人不得提款："
                f"（一）发生本合同{r.art('default')}所列任一违约情形；（二）借款人在本合同项下有逾期未还的款项"
                "（逾期期间贷款人暂停受理提款申请，逾期款项全部清偿后恢复）；（三）借款人经营或信用状况显著恶化，"
                "或其店铺被平台限制经营、扣分降级；（四）借款人未按约定用途使用借款；"
                "（五）法律法规或监管规定要求停止发放贷款。"),
            std(f"贷款人冻结额度的，应记录冻结原因，并按本合同{r.art('notices')}约定的方式通知借款人。"
                "冻结事由消除的，贷款人经审查可以解除冻结；冻结事由自冻结之日起三十日内未消除的，"
                "贷款人有权取消尚未使用的授信额度。"),
            std("授信额度冻结或取消的，不影响冻结或取消前已发放各笔借款的效力，借款人仍应按本合同及借款借据"
                f"约定偿还；但贷款人依本合同{r.art('default')}宣布借款提前到期的除外。额度到期日起，"
                "未使用的授信额度自动失效，无须另行通知。")]


def _penalty(d: ContractData, r: Refs) -> list[str]:
    c = d.clauses
    first = (r.resolve(esc(c.penalty)) if c else
             f"借款人未按期足额偿还任何一期本金或利息的，自逾期之日起，对逾期的本金和利息按本合同日利率的"
             f"{esc(d.penalty_multiple)}倍，即日利率{esc(d.penalty_daily_rate)}计收罚息，直至全部清偿之日止。")
    return [first,
            "逾期期间，贷款人有权通过短信、电话、平台站内信等方式提示及催收，并有权从借款人在平台上的"
            "支付账户中划扣应还款项。",
            "贷款人有权依法将借款人的借款及逾期信息报送金融信用信息基础数据库及其他依法设立的征信机构。"]


def _representations(d: ContractData, r: Refs) -> list[str]:
    if is_sole_proprietor(d.borrower):
        first = ("借款人是依法登记并有效存续的个体工商户，其经营者具有完全民事行为能力，签署和履行本合同"
                 "是其真实意思表示；借款人依法以其经营者的财产对本合同项下的债务承担责任。")
        change = "借款人发生字号、经营场所、经营者、联系方式变更"
        docs = "借款人向贷款人提供的营业执照、经营者身份证件、经营数据、财务信息及其他资料均真实、准确、完整。"
    else:
        first = ("借款人是依法设立并有效存续的企业，签署和履行本合同已取得其章程规定的必要内部授权；"
                 "其法定代表人签署本合同的行为合法有效。")
        change = "借款人发生名称、住所、法定代表人、联系方式变更"
        docs = "借款人向贷款人提供的营业执照、经营数据、财务信息及其他资料均真实、准确、完整。"
    return [first, docs,
            "借款人将按约定用途使用借款，接受并配合贷款人对借款使用情况及经营状况的检查和监督。",
            f"{change}，或停业、歇业、关闭店铺、涉及重大诉讼或仲裁等可能影响还款能力的事项的，"
            "应于五个工作日内书面通知贷款人。"]


def _default(d: ContractData, r: Refs) -> list[str]:
    sole = is_sole_proprietor(d.borrower)
    ended = ("停业、歇业、关闭店铺、被吊销营业执照或注销登记，或其经营者死亡、丧失民事行为能力" if sole else
             "停业、歇业、关闭店铺、被吊销营业执照、解散或进入破产程序")
    cut = ("（二）停止发放尚未发放的借款，冻结或取消借款人尚未使用的授信额度；" if d.revolving else
           "（二）停止发放尚未发放的借款；")
    return ["下列任一情形构成借款人违约：（一）未按期足额偿还任何一期本金、利息或罚息；"
            "（二）未按约定用途使用借款；（三）提供虚假资料或隐瞒重要事实；"
            f"（四）{ended}；"
            "（五）经营或财务状况显著恶化，或涉及可能影响还款能力的重大诉讼、仲裁、财产保全；"
            "（六）违反本合同其他约定。",
            "发生违约的，贷款人有权采取以下一项或多项措施：（一）要求借款人限期纠正；" + cut +
            "（三）宣布本合同项下全部借款提前到期，要求借款人立即偿还全部未还本金、利息及罚息；"
            "（四）从借款人的支付账户及绑定银行卡中划扣应还款项；"
            "（五）依照平台规则对借款人的店铺采取限制措施，并依法公布恶意违约信息；"
            "（六）要求借款人承担贷款人为实现债权而支出的诉讼费、保全费、律师费等合理费用。"]


def _personal_info(d: ContractData, r: Refs) -> list[str]:
    return pi_texts(borrower=d.borrower)


def _assignment(d: ContractData, r: Refs) -> list[str]:
    return [f"贷款人可将本合同项下的全部或部分债权转让给第三方，转让时将按本合同{r.art('notices')}约定的方式"
            "通知借款人，通知到达借款人即对其发生效力；借款人对贷款人的抗辩可以向受让人主张。",
            "未经贷款人书面同意，借款人不得转让本合同项下的任何权利或义务。"]


def _notices(d: ContractData, r: Refs) -> list[str]:
    return ["本合同首部所列双方的地址、电话、支付账户及平台站内信为双方确认的有效送达地址。"
            "任何一方的通知可以书面、短信、电子邮件或平台站内信方式发出。",
            "以短信、电子邮件或站内信发出的，发送成功即视为送达；以邮寄方式发出的，交邮后第三日视为送达。",
            "一方变更送达地址的，应于变更后三日内书面通知另一方，否则向原地址的送达视为有效。"
            "上述送达地址同时适用于诉讼及执行阶段法律文书的送达。"]


def _complaints(d: ContractData, r: Refs) -> list[str]:
    lender = d.lender
    service = f"客服电话{esc(lender.phone)}" if lender.phone else "贷款人公布的客服电话"
    return [f"借款人对本合同或借款服务有任何疑问、意见或投诉，可通过{service}、平台在线客服或向贷款人住所地"
            "书面提出；贷款人自收到之日起十五日内答复。借款人对答复不满意的，可向"
            f"{esc(lender.regulator or '地方金融监督管理部门')}反映，或依本合同{r.art('disputes')}处理。"]


def _disputes(d: ContractData, r: Refs) -> list[str]:
    return ["本合同的订立、效力、解释、履行及争议的解决均适用中华人民共和国法律。",
            f"因本合同引起或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向"
            f"{esc(d.jurisdiction)}提起诉讼。争议期间，本合同不涉及争议的条款仍应继续履行。"]


def _misc(d: ContractData, r: Refs) -> list[str]:
    appendix = "《还款计划表》" + ("、《订单清单》" if d.orders is not None and d.orders.orders else "")
    heavy = "、".join(r.art(k) for k in ("freeze", "penalty", "default", "personal_info")
                     if k in r.number)
    return ["本合同自双方签字、盖章或以电子签名方式签署之日起生效，至借款人清偿本合同项下全部本金、"
            "利息、罚息及其他应付款项之日终止。双方确认，电子签名与手写签名或盖章具有同等法律效力。",
            f"本合同附件{appendix}" + ("及各笔提款的借款借据" if d.revolving else "及借款借据") +
            "与本合同具有同等法律效力。本合同未尽事宜，双方可另行签订补充协议。",
            f"贷款人已提请借款人特别注意本合同中以加粗及下划线标示的条款，包括有关额度冻结与取消、逾期罚息、"
            f"违约及加速到期、个人信息处理及征信查询等加重借款人责任或限制其权利的条款（{heavy}），"
            "并应借款人要求作出了说明。借款人确认已阅读并充分理解本合同全部条款。"]


BUILDERS: dict[str, Callable[[ContractData, Refs], list[str]]] = {
    "amount": _amount, "term": _term, "drawdown": _drawdown, "interest": _interest,
    "disbursement": _disbursement, "orders": _orders, "repayment": _repayment, "prepayment": _prepayment,
    "freeze": _freeze, "penalty": _penalty, "representations": _representations, "default": _default,
    "personal_info": _personal_info, "assignment": _assignment, "notices": _notices,
    "complaints": _complaints, "disputes": _disputes, "misc": _misc}


def articles(d: ContractData) -> list[Article]:
    """The contract's articles in order, references resolved."""
    p = plan(d)
    refs = Refs(p)
    return [Article(key, topic, tuple(BUILDERS[key](d, refs))) for key, topic in p]


def numbered(n: int, paragraphs: tuple[str, ...]) -> list[str]:
    """'n.i text', a standard term staying one."""
    return [(std if type(p) is not str else str)(f"{n}.{i} {p}") for i, p in enumerate(paragraphs, start=1)]
