"""借款合同: the loan contract, with the repayment schedule as its appendix."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from workstation.domain.money import to_chinese_upper

from .clauses_standard import (article_no, borrower_sign_text, clause_paragraphs, consent_line, front_notice,
                               masked_copy_note, seal_text, signature_page_head, signer_role)
from .contract_articles import articles, numbered
from .contract_form1 import articles_form1
from .data import ContractData
from .fonts import CJKFont
from .layout import CONTENT_W, build_pdf, esc, grid_table, kv_table, resolve_font, rmb, styles, yuan, zh_date
from .schedule import schedule_table


def _parties(d: ContractData, font: str) -> list:
    st = styles(font)
    lw = 3.6 * cm
    widths = [lw, CONTENT_W - lw]
    lender = d.lender
    lender_pairs = [("贷款人（甲方）", lender.name),
                    ("经营许可证编号", lender.licence_no), ("批准机构", lender.regulator),
                    ("住所", lender.address), ("法定代表人", lender.legal_rep),
                    ("联系电话", lender.phone)]
    if lender.credit_code:
        lender_pairs.insert(1, ("统一社会信用代码", lender.credit_code))
    b = d.borrower
    rep = signer_role(b)            # 法定代表人 (company) or 经营者 (sole proprietor)
    borrower_pairs = [("借款人（乙方）", b.company), ("统一社会信用代码", b.credit_code),
                      ("住所", b.address), (rep, b.legal_rep_name),
                      (f"{rep}身份证号码", b.legal_rep_id_no), ("联系电话", b.phone),
                      ("支付账户", b.payment_account), ("还款银行卡", b.bank_card)]
    return [kv_table(lender_pairs, font=font, widths=widths), Spacer(1, 0.25 * cm),
            kv_table(borrower_pairs, font=font, widths=widths), Spacer(1, 0.3 * cm),
            Paragraph(("鉴于借款人因生产经营需要向贷款人申请循环使用的授信额度，贷款人同意按本合同约定向借款人提供"
                       "授信额度并在额度内发放贷款。" if d.revolving else
                       "鉴于借款人因生产经营需要向贷款人申请借款，贷款人同意按本合同约定向借款人发放贷款。") +
                      "双方根据《中华人民共和国民法典》等法律法规及监管规定，在平等、自愿、诚实信用的基础上，"
                      "经协商一致，订立本合同，以资共同遵守。", st["indent"])]


def _key_terms(d: ContractData, font: str) -> Table:
    r = d.rate
    if d.revolving:
        head = [("授信额度", f"{rmb(d.amount)}"), ("大写金额", f"人民币{to_chinese_upper(d.amount)}"),
                ("额度期限", f"{d.term_text}（{zh_date(d.start_date)}至{zh_date(d.end_date)}）"),
                ("提款与还款", d.repayment_method)]
    else:
        head = [("借款金额", f"{rmb(d.amount)}"), ("大写金额", f"人民币{to_chinese_upper(d.amount)}"),
                ("借款期限", f"{d.term_text}（{zh_date(d.start_date)}至{zh_date(d.end_date)}）"),
                ("还款方式", d.repayment_method)]
    pairs = head + [("日利率", r.daily_rate), ("年化利率", r.annualised_rate),
                    ("逾期罚息日利率", d.penalty_daily_rate), ("贷款产品", d.product_name)]
    if d.clauses is not None:
        pairs[-1:-1] = [("罚息年化利率", d.clauses.penalty_annual_rate)]
        if d.clauses.monthly_rate:
            pairs[5:5] = [("月利率", d.clauses.monthly_rate)]
    if d.orders is not None and d.orders.total is not None:
        pairs.append(("对应订单金额", f"{rmb(d.orders.total)}"))
    lw = 2.7 * cm
    vw = CONTENT_W / 2 - lw
    return kv_table(pairs, font=font, widths=[lw, vw, lw, vw], columns=2)


def _signatures(d: ContractData, font: str) -> KeepTogether:
    st = styles(font)
    left = Paragraph(f"{seal_text('贷款人', d.lender.name, d.lender.seal_name)}<br/><br/>法定代表人或授权代表（签字）："
                     f"<br/><br/>________________________<br/>日期：{zh_date(d.sign_date)}", st["sign"])
    right = Paragraph(borrower_sign_text(d.borrower, zh_date(d.sign_date)), st["sign"])
    table = Table([[left, right]], colWidths=[CONTENT_W / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (0, 0), 0.4, "#808080"),
                               ("BOX", (1, 0), (1, 0), 0.4, "#808080"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    place = Paragraph(f"签订地点：{esc(d.sign_place)}　　签订日期：{zh_date(d.sign_date)}", st["body"])
    return KeepTogether([table, Spacer(1, 0.2 * cm), place])


LINE_APPENDIX_NOTE = ("本表为示例测算，并非还款计划：假设借款人于额度生效日一次提取全部授信额度并持有至额度到期日，"
                      "所列利息为该最不利情形下的最高利息。借款人仅就实际提取的金额按实际用款天数支付利息，"
                      "实际利息通常低于本表所列；各笔提款的金额、发放日期及还款计划以该笔提款的借款借据为准。")
TERM_APPENDIX_NOTE = "本表按合同金额测算。每笔放款的实际金额、放款日期及其还款计划以该笔放款的借款借据为准。"


def _appendix(d: ContractData, font: str) -> list:
    """附件: the repayment schedule (for a line, the worst-case illustration, said so);
    for an order loan with itemised orders, the order list."""
    st = styles(font)
    what = "授信额度" if d.revolving else "借款金额"
    listed = d.orders is not None and bool(d.orders.orders)
    title = ("附件一：" if listed else "附件：") + "还款计划表" + ("（示例测算）" if d.revolving else "")
    out: list = [Paragraph(title, st["h1"]),
                 Paragraph(f"合同编号：{esc(d.contract_no)}　借款人：{esc(d.borrower.company)}　"
                           f"{what}：{rmb(d.amount)}　还款方式：{esc(d.repayment_method)}　"
                           f"日利率：{esc(d.rate.daily_rate)}　年化利率：{esc(d.rate.annualised_rate)}", st["small"])]
    if d.revolving:
        out.append(Paragraph(LINE_APPENDIX_NOTE, st["body"]))
    out += [Spacer(1, 0.2 * cm), schedule_table(d.schedule, font=font), Spacer(1, 0.2 * cm)]
    if not d.revolving:
        out.append(Paragraph(TERM_APPENDIX_NOTE, st["small"]))
    if d.orders is not None and d.orders.orders:
        o = d.orders
        rows = [["序号", "订单编号", "发货日期", "订单金额（元）"]]
        rows += [[str(i), x.order_no, zh_date(x.shipped_on) if x.shipped_on else "—", yuan(x.amount)]
                 for i, x in enumerate(o.orders, start=1)]
        rows.append(["", "合计", "", yuan(o.total)])
        out += [PageBreak(), Paragraph("附件二：订单清单", st["h1"]),
                Paragraph(f"合同编号：{esc(d.contract_no)}　平台店铺：{esc(o.platform)}“{esc(o.shop_name)}”　"
                          "以下为借款申请时记录的已发货、买家尚未确认收货的订单。", st["small"]),
                Spacer(1, 0.2 * cm),
                grid_table(rows, font=font, widths=[1.2 * cm, 7 * cm, 3.5 * cm, CONTENT_W - 11.7 * cm],
                           numeric_cols=(3,), font_size=9, total_row=True)]
    return out


def _articles(data: ContractData, font: str) -> list:
    st = styles(font)
    story: list = []
    for n, art in enumerate(articles(data), start=1):
        heading = f"第{article_no(n)}条 {art.topic}"
        story.append(CondPageBreak(2.2 * cm))
        story.append(Paragraph(heading, st["h1"]))
        story += clause_paragraphs(heading, numbered(n, art.paragraphs), font)
        if art.key == "personal_info":
            story.append(consent_line(font, signer_role=signer_role(data.borrower),
                                      signer=data.borrower.legal_rep_name))
    return story


def render_contract(data: ContractData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    story: list = [Paragraph("借款合同", st["title"]),
                   Paragraph(f"合同编号：{esc(data.contract_no)}", st["docno"]),
                   *(masked_copy_note(font.name) if data.masked_copy else []),
                   Spacer(1, 0.2 * cm), *front_notice(font.name)]
    story += _parties(data, font.name)
    story += [Paragraph("借款要素", st["h2"]), _key_terms(data, font.name)]
    if data.clauses is not None and data.clauses.warnings:
        story.append(Paragraph("风险提示：" + esc("；".join(data.clauses.warnings)) + "。", st["body"]))
    story += _articles(data, font.name) if data.form >= 2 else articles_form1(data, font.name)
    story += [Paragraph("（以下无正文）", st["small"]), PageBreak(), signature_page_head(font.name),
              Spacer(1, 0.6 * cm), _signatures(data, font.name), PageBreak()]
    story += _appendix(data, font.name)
    return build_pdf(story, data=data, title="借款合同", font=font, author=data.lender.name)
