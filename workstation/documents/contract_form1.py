"""Form 1 of the loan contract's articles, kept unchanged: contracts signed (frozen)
before form 2 (``documents.contract_articles``: articles numbered in order with computed
references, revolving and order-loan articles) print with the text they were signed on.
Do not edit: a change here changes the paper of contracts already signed.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Paragraph

from workstation.domain.money import to_chinese_upper

from .clauses_standard import article_no, clause_paragraphs, consent_line, signer_role
from .data import ContractData
from .layout import esc, rmb, styles, zh_date


def _clauses(d: ContractData) -> list[tuple[str, list[str]]]:
    """The articles of the contract: (heading, paragraphs). Text is escaped here."""
    b, r, c = d.borrower, d.rate, d.clauses
    amount = f"人民币（大写）{to_chinese_upper(d.amount)}（小写：{rmb(d.amount)}）"
    nominal = f"，按日利率×360折算的名义年利率为{esc(r.nominal_annual_rate)}" if r.nominal_annual_rate else ""
    day = f"，还款日为{esc(d.repayment_day_text)}" if d.repayment_day_text else ""
    guarantee = ([f"4.3 本合同项下借款由《联保协议》（编号：{esc(d.guarantee_agreement_no)}）"
                  "项下联保小组其他成员及其法定代表人承担连带保证责任。"]
                 if d.guarantee_agreement_no else [])
    return [
        ("第一条 借款金额与用途", [
            f"1.1 借款金额为{amount}。",
            f"1.2 借款用途：{esc(d.purpose)}。借款人不得将借款用于证券、期货、理财等金融投资，"
            "不得用于房地产开发或股本权益性投资，不得用于法律法规及监管规定禁止的其他用途，亦不得挪作他用。",
        ]),
        ("第二条 借款期限", [
            f"2.1 借款期限为{esc(d.term_text)}，自{zh_date(d.start_date)}起至{zh_date(d.end_date)}止。",
            "2.2 实际放款日与前款约定的起始日不一致的，借款期限自实际放款日起算，到期日及各期还款日"
            "相应调整，以贷款人系统记载的借款凭证及更新后的还款计划为准。",
        ]),
        ("第三条 利率与计息", [
            f"3.1 本合同项下借款按日计息，日利率为{esc(r.daily_rate)}，年化利率为{esc(r.annualised_rate)}"
            f"（{esc(r.annualised_basis)}）{nominal}。",
            esc(c.interest) if c else "3.2 利息自实际放款之日起按实际用款天数计算，计算公式为：利息＝借款本金余额×日利率×"
            "实际用款天数。借款期限内利率保持不变。",
            "3.3 除本合同约定的利息及逾期罚息外，贷款人不向借款人收取手续费、服务费、管理费等任何其他费用。",
            *([f"3.4 风险提示：{esc('；'.join(c.warnings))}。"] if c and c.warnings else []),
        ]),
        ("第四条 借款发放", [
            f"4.1 本合同生效且借款人满足放款条件后，贷款人将借款发放至借款人名下经实名认证的支付账户"
            f"（{esc(b.payment_account)}）。款项进入该账户即视为借款人已收到借款。",
            "4.2 借款人提供的资料不真实、不完整，或发生本合同第九条所列情形的，贷款人有权暂缓或停止放款。",
            *guarantee,
        ]),
        ("第五条 还款", [
            f"5.1 还款方式为{esc(d.repayment_method)}{day}。各期应还本金、利息金额及还款日以本合同附件"
            "《还款计划表》为准，该附件为本合同不可分割的组成部分。",
            f"5.2 借款人应于每期还款日（含当日）前在上述支付账户或其绑定的银行卡（{esc(b.bank_card)}）内"
            "备足当期应还款项，并不可撤销地授权贷款人于还款日从上述账户中划扣。",
            esc(c.allocation) if c else "5.3 借款人的还款不足以清偿全部到期债务的，按照先罚息、再利息、后本金的顺序清偿。",
            "5.4 还款日遇法定节假日不顺延。借款人通过其他渠道还款的，以款项实际到达贷款人账户之日为还款日。",
        ]),
        ("第六条 提前还款", [
            "6.1 借款人可在借款期限内任一日提前偿还全部或部分借款，无须事先征得贷款人同意，"
            "贷款人不收取提前还款违约金或手续费。",
            *([esc(c.prepayment), esc(c.early_cost)] if c else [
                "6.2 提前还款的，利息计算至实际还款日止，按实际用款天数计收。部分提前还款的，"
                "剩余本金按原还款方式重新计算其后各期应还款额，贷款人将更新后的还款计划告知借款人。"]),
        ]),
        ("第七条 逾期罚息", [
            esc(c.penalty) if c else
            f"7.1 借款人未按期足额偿还任何一期本金或利息的，自逾期之日起，对逾期的本金和利息按本合同日利率的"
            f"{esc(d.penalty_multiple)}倍，即日利率{esc(d.penalty_daily_rate)}计收罚息，直至全部清偿之日止。",
            "7.2 逾期期间，贷款人有权通过短信、电话、平台站内信等方式提示及催收，并有权从借款人在平台上的"
            "支付账户中划扣应还款项。",
            "7.3 贷款人有权依法将借款人的借款及逾期信息报送金融信用信息基础数据库及其他依法设立的征信机构。",
        ]),
        ("第八条 借款人的陈述与保证", [
            "8.1 借款人是依法设立并有效存续的市场主体，签署和履行本合同已取得必要的内部授权；"
            "其法定代表人签署本合同的行为合法有效。",
            "8.2 借款人向贷款人提供的营业执照、经营数据、财务信息及其他资料均真实、准确、完整。",
            "8.3 借款人将按约定用途使用借款，接受并配合贷款人对借款使用情况及经营状况的检查和监督。",
            "8.4 借款人发生名称、住所、法定代表人、联系方式变更，或停业、歇业、关闭店铺、涉及重大诉讼或仲裁等"
            "可能影响还款能力的事项的，应于五个工作日内书面通知贷款人。",
        ]),
        ("第九条 违约及加速到期", [
            "9.1 下列任一情形构成借款人违约：（一）未按期足额偿还任何一期本金、利息或罚息；"
            "（二）未按约定用途使用借款；（三）提供虚假资料或隐瞒重要事实；"
            "（四）停业、歇业、关闭店铺、被吊销营业执照、解散或进入破产程序；"
            "（五）经营或财务状况显著恶化，或涉及可能影响还款能力的重大诉讼、仲裁、财产保全；"
            "（六）违反本合同其他约定。",
            "9.2 发生违约的，贷款人有权采取以下一项或多项措施：（一）要求借款人限期纠正；"
            "（二）停止发放尚未发放的借款，取消或调减借款人的授信额度；"
            "（三）宣布本合同项下全部借款提前到期，要求借款人立即偿还全部未还本金、利息及罚息；"
            "（四）从借款人的支付账户及绑定银行卡中划扣应还款项；"
            "（五）依照平台规则对借款人的店铺采取限制措施，并依法公布恶意违约信息；"
            "（六）要求借款人承担贷款人为实现债权而支出的诉讼费、保全费、律师费等合理费用。",
        ]),
        ("第十条 通知与送达", [
            "10.1 本合同首部所列双方的地址、电话、支付账户及平台站内信为双方确认的有效送达地址。"
            "任何一方的通知可以书面、短信、电子邮件或平台站内信方式发出。",
            "10.2 以短信、电子邮件或站内信发出的，发送成功即视为送达；以邮寄方式发出的，交邮后第三日视为送达。",
            "10.3 一方变更送达地址的，应于变更后三日内书面通知另一方，否则向原地址的送达视为有效。"
            "上述送达地址同时适用于诉讼及执行阶段法律文书的送达。",
        ]),
        ("第十一条 争议解决", [
            "11.1 本合同的订立、效力、解释、履行及争议的解决均适用中华人民共和国法律。",
            f"11.2 因本合同引起或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向"
            f"{esc(d.jurisdiction)}提起诉讼。争议期间，本合同不涉及争议的条款仍应继续履行。",
        ]),
        ("第十二条 其他", [
            "12.1 本合同自双方签字、盖章或以电子签名方式签署之日起生效，至借款人清偿本合同项下全部本金、"
            "利息、罚息及其他应付款项之日终止。双方确认，电子签名与手写签名或盖章具有同等法律效力。",
            "12.2 本合同附件《还款计划表》与本合同具有同等法律效力。本合同未尽事宜，双方可另行签订补充协议。",
            "12.3 贷款人已提请借款人特别注意本合同中有关逾期罚息、违约及加速到期等加重借款人责任的条款"
            "（第七条、第九条），并应借款人要求作出了说明。借款人确认已阅读并充分理解本合同全部条款。",
        ]),
    ]


def _standard_texts(*, lender: Any, borrower: Any, signer_role: str) -> list[tuple[str, list[str]]]:
    company, signer = esc(borrower.company), esc(borrower.legal_rep_name)
    service = f"客服电话{esc(lender.phone)}" if getattr(lender, "phone", "") else "贷款人公布的客服电话"
    return [
        ("个人信息处理与征信查询授权", [
            f"借款人及其{signer_role}（{signer}）同意并授权贷款人为订立、履行本合同及贷后管理之目的，收集、存储、"
            "使用、加工借款人及其本人的身份信息、联系方式、经营及交易信息、账户信息、借款及还款信息；"
            "其中身份证件号码、银行账户、交易记录属于敏感个人信息，处理前已单独告知其必要性及对个人权益的影响。",
            "借款人及上述个人同意并授权贷款人在本合同审查、履行及贷后管理期间，向金融信用信息基础数据库"
            "（中国人民银行征信中心）及其他依法设立的征信机构查询、打印、保存其信用报告，并依法报送本合同项下的"
            "借款、还款及逾期等信息；不良信息报送前，贷款人将依法通知借款人。",
            "贷款人仅在实现上述目的所必需的范围和期限内处理上述信息，采取必要措施保障其安全，不向无关第三方"
            "提供；借款人及上述个人可依法查阅、复制、更正其个人信息，或撤回同意（撤回不影响撤回前已进行的处理，"
            "但可能导致贷款人无法继续提供服务）。本授权自签署之日起至本合同项下债务全部清偿之日止有效。",
        ]),
        ("债权转让", [
            "贷款人可将本合同项下的全部或部分债权转让给第三方，转让时将以本合同约定的方式通知借款人，"
            "通知到达借款人即对其发生效力；借款人对贷款人的抗辩可以向受让人主张。",
            "未经贷款人书面同意，借款人不得转让本合同项下的任何权利或义务。",
        ]),
        ("咨询与投诉", [
            f"借款人对本合同或借款服务有任何疑问、意见或投诉，可通过{service}、平台在线客服或向贷款人住所地"
            "书面提出；贷款人自收到之日起十五日内答复。借款人对答复不满意的，可向"
            f"{esc(getattr(lender, 'regulator', '') or '地方金融监督管理部门')}反映，或依本合同争议解决条款处理。",
            f"借款人{company}确认：贷款人已就本合同全部条款，特别是以加粗及下划线标示的格式条款，作出了提示和说明。",
        ]),
    ]


def standard_articles(*, lender: Any, borrower: Any, start: int, font: str) -> list:
    """The articles every contract carries, numbered from ``start`` (第N条), with the
    personal-information authorisation's separate consent line."""
    st = styles(font)
    role = signer_role(borrower)
    out: list = []
    for offset, (topic, paragraphs) in enumerate(_standard_texts(lender=lender, borrower=borrower,
                                                               signer_role=role)):
        n = start + offset
        heading = f"第{article_no(n)}条 {topic}"
        numbered = [f"{n}.{i} {p}" for i, p in enumerate(paragraphs, start=1)]
        out.append(Paragraph(heading, st["h1"]))
        out += clause_paragraphs(heading, numbered, font)
        if topic.startswith("个人信息"):
            out.append(consent_line(font, signer_role=role, signer=borrower.legal_rep_name))
    return out


def articles_form1(d: ContractData, font: str) -> list:
    """The flowables of form 1's articles, as printed before form 2."""
    st = styles(font)
    story: list = []
    clauses = _clauses(d)
    for heading, paragraphs in clauses:
        story.append(CondPageBreak(2.2 * cm))
        story.append(Paragraph(heading, st["h1"]))
        story += clause_paragraphs(heading, paragraphs, font)
    story += standard_articles(lender=d.lender, borrower=d.borrower, start=len(clauses) + 1, font=font)
    return story
