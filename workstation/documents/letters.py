"""Short letters: 结清证明 (settlement certificate) and 拒绝通知书 (decline notice)."""
from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from workstation.domain.money import to_chinese_upper

from .data import DeclineNoticeData, SettlementData
from .fonts import CJKFont
from .layout import CONTENT_W, build_pdf, esc, grid_table, resolve_font, rmb, styles, yuan, zh_date


def _role(credit_code: str) -> str:
    """法定代表人 of a company, 经营者 of a sole proprietor (个体工商户, credit code class 92)."""
    return "经营者" if str(credit_code or "").startswith("92") else "法定代表人"


def _closing(name: str, when, font: str, seal_name: str = "") -> KeepTogether:
    st = styles(font)
    right = ParagraphStyle("right", parent=st["body"], alignment=TA_RIGHT, leading=24)
    seal = [Paragraph(f"（加盖“{esc(seal_name)}”）", right)] if seal_name else []
    return KeepTogether([Spacer(1, 1.0 * cm), Paragraph(f"{esc(name)}（盖章）", right), *seal,
                         Paragraph(zh_date(when), right)])


def render_settlement(data: SettlementData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    body = ParagraphStyle("letter", parent=st["indent"], leading=24, fontSize=11.5)
    text = (f"兹证明：{esc(data.borrower_company)}（统一社会信用代码：{esc(data.borrower_credit_code)}，"
            f"{_role(data.borrower_credit_code)}：{esc(data.legal_rep_name)}）与我司签订的《借款合同》（合同编号："
            f"{esc(data.contract_no)}），借款金额人民币{to_chinese_upper(data.loan_amount)}"
            f"（{rmb(data.loan_amount)}），借款起始日为{zh_date(data.start_date)}。截至{zh_date(data.settled_date)}，"
            f"借款人已偿还该合同项下全部借款本金、利息及罚息，共计人民币{to_chinese_upper(data.total_paid)}"
            f"（{rmb(data.total_paid)}）。")
    text2 = ("该笔借款已全部结清。我司与借款人在上述合同项下的借贷关系终止，我司对该笔借款不再享有任何债权，"
             "亦不再要求借款人承担该合同项下的任何还款责任。")
    rows = [["项目", "金额（元）"], ["已还本金", yuan(data.principal_paid)],
            ["已还利息", yuan(data.interest_paid)], ["已还罚息", yuan(data.penalty_paid)],
            ["合计", yuan(data.total_paid)]]
    lender = data.lender
    story: list = [
        Paragraph("结清证明", st["title"]),
        Paragraph(f"证明编号：{esc(data.certificate_no)}", st["docno"]), Spacer(1, 0.6 * cm),
        Paragraph(text, body), Paragraph(text2, body), Spacer(1, 0.3 * cm),
        grid_table(rows, font=font.name, widths=[6 * cm, CONTENT_W - 6 * cm], numeric_cols=(1,),
                   font_size=10, total_row=True),
        Spacer(1, 0.3 * cm), Paragraph("特此证明。", body),
        _closing(lender.name, data.issue_date, font.name, lender.seal_name), Spacer(1, 1 * cm),
        Paragraph(f"贷款人：{esc(lender.name)}　经营许可证编号：{esc(lender.licence_no)}　"
                  f"地址：{esc(lender.address)}　电话：{esc(lender.phone)}", st["small"]),
    ]
    return build_pdf(story, data=data, title="结清证明", font=font, author=lender.name)


def render_decline_notice(data: DeclineNoticeData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    body = ParagraphStyle("letter", parent=st["indent"], leading=22, fontSize=11)
    item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=22, bulletIndent=22)
    contact = data.contact or f"客服电话 {data.lender.phone}"
    story: list = [
        Paragraph("借款申请结果通知书", st["title"]),
        Paragraph(f"通知编号：{esc(data.notice_no)}", st["docno"]), Spacer(1, 0.5 * cm),
        Paragraph(f"尊敬的{esc(data.applicant_company)}（{_role(data.applicant_credit_code)}："
                  f"{esc(data.legal_rep_name)}）：",
                  ParagraphStyle("salute", parent=body, firstLineIndent=0)),
        Paragraph(f"感谢您于{zh_date(data.applied_on)}向我司提交{esc(data.product_name)}申请"
                  f"（申请编号：{esc(data.application_no)}，申请金额：{rmb(data.amount_requested)}）。"
                  "我司依据相关法律法规、监管要求及我司授信政策，对您的申请进行了认真审核。", body),
        Paragraph("经综合评估，我们很遗憾地通知您，我司暂时无法批准您本次的借款申请。主要原因如下：", body),
    ]
    for i, reason in enumerate(data.reasons, start=1):
        story.append(Paragraph(f"{i}. {esc(reason)}", item))
    if data.explanation:
        story.append(Paragraph(f"说明：{esc(data.explanation)}", item))
    story += [
        Paragraph(f"您有权自收到本通知之日起{data.explanation_days}日内，通过{esc(contact)}"
                  "要求我司就上述决定作出进一步说明。如您认为审核所依据的信息有误或已发生变化，"
                  "可一并提供相关证明材料，我司将予以复核并在收到材料后尽快答复。", body),
        Paragraph(f"{esc(data.reapply_text)}。本次申请未获批准，不影响您正常使用平台的其他服务。", body),
        Paragraph("再次感谢您对我司的信任与支持。", body),
        _closing(data.lender.name, data.decided_on, font.name, data.lender.seal_name),
    ]
    return build_pdf(story, data=data, title="借款申请结果通知书", font=font, author=data.lender.name)
