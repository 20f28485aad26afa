"""借款借据: the loan receipt of one disbursement under a contract, with its own schedule."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from workstation.domain.money import to_chinese_upper

from .clauses_standard import seal_text
from .data import ReceiptData
from .fonts import CJKFont
from .layout import CONTENT_W, build_pdf, esc, kv_table, resolve_font, rmb, styles, zh_date
from .schedule import schedule_table


def _facts(d: ReceiptData, font: str) -> Table:
    r = d.rate
    pairs = [("合同编号", d.contract_no),
             ("借款人", f"{d.borrower_company}（统一社会信用代码：{d.borrower_credit_code}）"),
             ("贷款产品", d.product_name),
             ("授信额度" if d.revolving else "合同金额",
              f"{rmb(d.contract_amount)}（人民币{to_chinese_upper(d.contract_amount)}）"),
             ("本次放款金额", f"{rmb(d.amount)}（人民币{to_chinese_upper(d.amount)}）"),
             ("放款日期", zh_date(d.value_date)),
             ("收款账户", f"{d.account_label}　{d.account}"),
             ("借款期限", f"{d.term_text}（{zh_date(d.value_date)}至{zh_date(d.end_date)}）"),
             ("还款方式", d.repayment_method),
             ("利率", f"日利率 {r.daily_rate}；年化利率 {r.annualised_rate}（{r.annualised_basis}）"),
             ("逾期罚息日利率", d.penalty_daily_rate)]
    if d.disbursed_total != d.contract_amount and not d.revolving:
        pairs.insert(5, ("合同项下累计放款", f"{rmb(d.disbursed_total)}；未放款金额 "
                         f"{rmb(d.contract_amount - d.disbursed_total)}"))
    return kv_table(pairs, font=font, widths=[3.2 * cm, CONTENT_W - 3.2 * cm])


def _signatures(d: ReceiptData, font: str) -> KeepTogether:
    st = styles(font)
    if d.form < 2:        # as paid out before form 2: one signature block for either borrower type
        left = Paragraph(f"贷款人（盖章）：{esc(d.lender.name)}<br/>经办人（签字）：<br/>"
                         f"日期：{zh_date(d.value_date)}", st["sign"])
        right = Paragraph(f"借款人（盖章）：{esc(d.borrower_company)}<br/>法定代表人/经营者（签字）："
                          f"{esc(d.legal_rep_name)}<br/>日期：{zh_date(d.value_date)}", st["sign"])
    else:
        left = Paragraph(f"{seal_text('贷款人', d.lender.name, d.lender.seal_name)}<br/>经办人（签字）：<br/>"
                         f"日期：{zh_date(d.value_date)}", st["sign"])
        if d.borrower_credit_code.startswith("92"):       # 个体工商户: the operator signs personally
            who = (f"借款人（个体工商户）：{esc(d.borrower_company)}<br/>经营者（本人签字并按手印）："
                   f"{esc(d.legal_rep_name)}<br/>指印：")
        else:
            who = f"借款人（盖章）：{esc(d.borrower_company)}<br/>法定代表人（签字）：{esc(d.legal_rep_name)}"
        right = Paragraph(f"{who}<br/>日期：{zh_date(d.value_date)}", st["sign"])
    table = Table([[left, right]], colWidths=[CONTENT_W / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.4, "#808080"),
                               ("BOX", (1, 0), (1, 0), 0.4, "#808080"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([table])


def render_receipt(data: ReceiptData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    story: list = [
        Paragraph("借款借据", st["title"]),
        Paragraph(f"借据编号：{esc(data.receipt_no)}", st["docno"]), Spacer(1, 0.3 * cm),
        _facts(data, font.name), Spacer(1, 0.3 * cm),
        Paragraph(f"借款人确认：已于{zh_date(data.value_date)}在上述收款账户收到贷款人依据《借款合同》（合同编号："
                  f"{esc(data.contract_no)}）{'在授信额度内按提款申请' if data.revolving and data.form >= 2 else ''}发放的借款人民币"
                  f"{to_chinese_upper(data.amount)}（{rmb(data.amount)}）。"
                  "本借据是该合同不可分割的组成部分；本借据与合同约定不一致的，以本借据记载的放款金额、"
                  "放款日期及还款计划为准。", st["indent"]),
        Spacer(1, 0.3 * cm),
        Paragraph("本笔借款还款计划", st["h2"]),
        schedule_table(data.schedule, font=font.name), Spacer(1, 0.2 * cm),
        Paragraph("说明：利息按日计算；借款人提前还款的，利息计至实际还款日。收款账户仅显示末四位。", st["small"]),
        Spacer(1, 0.3 * cm), _signatures(data, font.name),
    ]
    return build_pdf(story, data=data, title="借款借据", font=font, author=data.lender.name)
