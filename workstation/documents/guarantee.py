"""联保协议: joint-guarantee agreement naming every member and their joint liability."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workstation.domain.money import to_chinese_upper

from .clauses_standard import article_no, masked_copy_note, seal_text
from .data import GuaranteeAgreementData
from .fonts import CJKFont
from .layout import (CONTENT_W, GRID, HEAD_BG, build_pdf, esc, kv_table, resolve_font, rmb,
                     styles, yuan, zh_date)


def _members_table(d: GuaranteeAgreementData, font: str) -> Table:
    st = styles(font)
    head = ["序号", "成员企业 / 统一社会信用代码",
            "法定代表人或经营者 / 身份证号码" if d.form >= 2 else "法定代表人 / 身份证号码", "借款合同编号 / 期限",
            "借款金额", "连带责任金额"]
    rows: list[list] = [[Paragraph(h, st["cell"]) for h in head]]
    for i, m in enumerate(d.members, start=1):
        rows.append([str(i),
                     Paragraph(f"{esc(m.company)}<br/>{esc(m.credit_code)}", st["cell"]),
                     Paragraph(f"{esc(m.legal_rep)}<br/>{esc(m.legal_rep_id_no)}", st["cell"]),
                     Paragraph(f"{esc(m.contract_no)}<br/>{esc(m.term_text or d.term_text)}", st["cell"]),
                     Paragraph(yuan(m.loan_amount), st["cellr"]),
                     Paragraph(yuan(m.liability_amount), st["cellr"])])
    total = sum((m.loan_amount for m in d.members), Decimal("0.00"))
    rows.append(["", Paragraph("合计", st["cell"]), "", "", Paragraph(yuan(total), st["cellr"]), ""])
    widths = [0.9 * cm, 3.1 * cm, 4.0 * cm, 3.8 * cm, 2.6 * cm]
    widths.append(CONTENT_W - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]))
    return table


def _clauses(d: GuaranteeAgreementData) -> list[tuple[str, list[str]]]:
    """(heading, numbered paragraphs): articles numbered in order, references computed."""
    topics = ("联保小组", "连带责任保证", "保证期间", "保证责任的承担", "成员的义务", "通知与争议解决", "生效")

    def ref(topic: str) -> str:          # form 1 (signed before form 2) named the number only
        n = article_no(topics.index(topic) + 1)
        return f"第{n}条“{topic}”" if d.form >= 2 else f"第{n}条"
    out = []
    for n, (topic, paragraphs) in enumerate(_texts(d, ref), start=1):
        assert topic == topics[n - 1], topic
        out.append((f"第{article_no(n)}条 {topic}", [f"{n}.{i} {p}" for i, p in enumerate(paragraphs, start=1)]))
    return out


def _texts(d: GuaranteeAgreementData, ref) -> list[tuple[str, list[str]]]:
    n = len(d.members)
    total = sum((m.loan_amount for m in d.members), Decimal("0.00"))
    return [
        ("联保小组", [
            f"乙方各成员自愿组成“{esc(d.group_name)}”联保小组（共{n}户），分别向甲方申请借款，"
            f"借款合计人民币{to_chinese_upper(total)}（{rmb(total)}），"
            "各成员的借款金额、借款期限及借款合同编号以上表及各成员的借款合同为准。",
            "各成员之间不存在控股、实际控制或其他关联关系；如存在，已在签署本协议前如实告知甲方。",
        ]),
        ("连带责任保证", [
            "乙方每一成员对联保小组其他成员在各自借款合同项下的全部债务向甲方承担连带责任保证；" +
            ("成员为公司的，其法定代表人同时以个人名义对上述债务承担连带责任；成员为个体工商户的，"
             "其经营者依法以个人财产承担该成员的保证责任。" if d.form >= 2 else
             "各成员的法定代表人同时以个人名义对上述债务承担连带责任。"),
            "上表所列“连带责任金额”为各成员为其他成员借款本金承担保证责任的金额，"
            "保证范围另包括相应的利息、罚息及甲方为实现债权而支出的诉讼费、律师费等合理费用。",
        ]),
        ("保证期间", [f"保证期间为{esc(d.guarantee_period_text)}。"]),
        ("保证责任的承担", [
            "任一成员未按其借款合同约定按期足额还款的，甲方有权直接要求联保小组其他任一成员或全体成员"
            "在保证范围内代为清偿，无须先行向违约成员追索或处分其财产。",
            "承担了保证责任的成员，有权在其清偿范围内向违约成员追偿。",
            "甲方与任一成员协商变更其借款合同（加重债务的除外）的，其他成员仍按本协议承担保证责任。",
        ]),
        ("成员的义务", [
            "各成员应互相了解、监督其他成员的经营及借款使用情况，发现可能影响还款的事项应及时告知甲方。",
            "联保小组任一成员的借款未全部结清前，各成员不得退出联保小组；新成员加入须经全体成员及甲方书面同意。",
        ]),
        ("通知与争议解决", [
            "各方的通知、送达适用各成员借款合同中关于通知与送达的约定。",
            f"因本协议引起的争议，各方应协商解决；协商不成的，任何一方均可向{esc(d.jurisdiction)}提起诉讼。",
        ]),
        ("生效", [
            "本协议自甲方及全体成员签字、盖章或以电子签名方式签署之日起生效。"
            f"甲方已提请各成员特别注意{ref('连带责任保证')}、{ref('保证责任的承担')}关于连带责任的约定，各成员确认已充分理解。",
        ]),
    ]


def _signatures(d: GuaranteeAgreementData, font: str) -> Table:
    st = styles(font)
    rows: list[list] = [[Paragraph(seal_text("甲方", d.lender.name, d.lender.seal_name), st["cell"]),
                         Paragraph("授权代表（签字）：", st["cell"]),
                         Paragraph(f"日期：{zh_date(d.sign_date)}", st["cell"])]]
    for m in d.members:
        sole = m.credit_code.startswith("92")
        party = (f"成员（个体工商户）：{esc(m.company)}<br/>经营者（签字并按手印）：" if sole
                 else f"成员（盖章）：{esc(m.company)}<br/>法定代表人（签字）：")
        rows.append([Paragraph(party, st["cell"]),
                     Paragraph(f"{esc(m.legal_rep)}<br/>" + ("指印：" if sole else ""), st["cell"]),
                     Paragraph(f"日期：{zh_date(d.sign_date)}", st["cell"])])
        if not sole:     # the legal representative's own, personal joint liability (clause 2.1)
            rows.append([Paragraph(f"个人连带责任保证人：{esc(m.legal_rep)}（{esc(m.company)}法定代表人）<br/>"
                                   f"身份证号码：{esc(m.legal_rep_id_no)}", st["cell"]),
                         Paragraph("本人（签字并按手印）：", st["cell"]),
                         Paragraph(f"日期：{zh_date(d.sign_date)}", st["cell"])])
    table = Table(rows, colWidths=[7.3 * cm, 5.2 * cm, CONTENT_W - 12.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return table


def render_guarantee_agreement(data: GuaranteeAgreementData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    lender = data.lender
    story: list = [
        Paragraph("联保协议", st["title"]),
        Paragraph(f"协议编号：{esc(data.agreement_no)}", st["docno"]),
        *(masked_copy_note(font.name) if data.masked_copy else []), Spacer(1, 0.2 * cm),
        kv_table([("甲方（贷款人）", lender.name), ("经营许可证编号", lender.licence_no),
                  ("住所", lender.address), ("法定代表人", lender.legal_rep)],
                 font=font.name, widths=[3.2 * cm, CONTENT_W - 3.2 * cm]),
        Spacer(1, 0.25 * cm),
        Paragraph(f"乙方（联保小组“{esc(data.group_name)}”全体成员）：", st["body"]),
        _members_table(data, font.name), Spacer(1, 0.25 * cm),
        Paragraph("为担保联保小组各成员在其与甲方签订的借款合同项下债务的履行，乙方全体成员自愿为彼此提供"
                  "连带责任保证。各方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本协议。", st["indent"]),
    ]
    for heading, paragraphs in _clauses(data):
        story += [CondPageBreak(2 * cm), Paragraph(heading, st["h1"])]
        story += [Paragraph(p, st["body"]) for p in paragraphs]
    story += [Paragraph("（以下无正文）", st["small"]), Spacer(1, 0.4 * cm),
              KeepTogether([Paragraph("签署", st["h1"]), _signatures(data, font.name),
                            Spacer(1, 0.2 * cm), Paragraph(f"签订地点：{esc(data.sign_place)}　签订日期："
                                      f"{zh_date(data.sign_date)}", st["body"])])]
    return build_pdf(story, data=data, title="联保协议", font=font, author=lender.name)
