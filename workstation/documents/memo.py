"""授信审批表: the credit approval memo kept in the file."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from workstation.domain.money import to_chinese_upper

from .clauses_standard import signer_role
from .data import ApprovalMemoData
from .fonts import CJKFont
from .layout import (CONTENT_W, GRID, HEAD_BG, build_pdf, esc, kv_table, resolve_font, rmb,
                     styles, zh_datetime)


def _para_table(head: list[str], rows: list[list[str]], *, font: str, widths: list[float],
                right_cols: tuple[int, ...] = ()) -> Table:
    """A ruled table whose cells wrap (reasons and comments can be long)."""
    st = styles(font)
    data = [[Paragraph(esc(h), st["cell"]) for h in head]]
    for row in rows:
        data.append([Paragraph(esc(v), st["cellr"] if i in right_cols else st["cell"])
                     for i, v in enumerate(row)])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]))
    return table


def _widths(*cm_widths: float) -> list[float]:
    ws = [w * cm for w in cm_widths]
    return ws + [CONTENT_W - sum(ws)]


def _bullets(items: tuple[str, ...], font: str, empty: str) -> list:
    st = styles(font)
    if not items:
        return [Paragraph(empty, st["body"])]
    return [Paragraph(f"{i}. {esc(t)}", st["body"]) for i, t in enumerate(items, start=1)]


def render_approval_memo(data: ApprovalMemoData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    f = font.name
    st = styles(f)
    m = data.merchant
    lw = 3.2 * cm
    two = [lw, CONTENT_W / 2 - lw, lw, CONTENT_W / 2 - lw]
    one = [lw, CONTENT_W - lw]
    status = f"　状态：{esc(data.status)}" if data.status else ""
    story: list = [
        Paragraph("授信审批表", st["title"]),
        Paragraph(f"申请编号：{esc(data.application_no)}　打印时间：{zh_datetime(data.printed_at)}{status}",
                  st["subtitle"]),
        Paragraph("一、申请人", st["h1"]),
        kv_table([("企业名称", m.company), ("统一社会信用代码", m.credit_code),
                  (signer_role(m), m.legal_rep_name), ("身份证号码", m.legal_rep_id_no),
                  ("所属平台", data.platform), ("联系电话", m.phone),
                  ("申请时间", zh_datetime(data.applied_at)), ("申请金额", rmb(data.amount_requested)),
                  ("住所", m.address), ("支付账户", m.payment_account)], font=f, widths=two, columns=2),
        Paragraph("二、行为评分", st["h1"]),
        _para_table(["评分因子", "取值", "得分", "说明"],
                    [[x.name, x.value, str(x.points), x.reason] for x in data.factors],
                    font=f, widths=_widths(4.0, 3.4, 1.6), right_cols=(2,)),
        Spacer(1, 0.15 * cm),
        kv_table([("总分", str(data.score_total)), ("评级", data.grade),
                  ("违约概率（PD）", data.pd), ("模型建议额度", rmb(data.suggested_limit))],
                 font=f, widths=two, columns=2),
        Paragraph("三、政策规则检查", st["h1"]),
        _para_table(["规则", "结果", "说明"],
                    [[c.name, "通过" if c.passed else "未通过", c.reason] for c in data.policy_checks],
                    font=f, widths=_widths(5.0, 1.8)),
        *_exception_rows(data, f, st),
        Paragraph("四、申报信息与平台数据不一致之处", st["h1"]),
        *_bullets(data.inconsistencies, f, "未发现不一致。"),
        Paragraph("五、视频面谈", st["h1"]),
    ]
    iv = data.interview
    if iv is None:
        story.append(Paragraph("尚未进行视频面谈。", st["body"]))
    else:
        flags = "；".join(iv.red_flags) if iv.red_flags else "无"
        story.append(kv_table([("面谈结论", iv.outcome), ("面谈时间", zh_datetime(iv.held_at)),
                               ("信贷员", iv.officer), ("核对清单", iv.checklist_summary),
                               ("风险提示", flags)], font=f, widths=one))
    story.append(Paragraph("六、审批建议", st["h1"]))
    rec = data.recommendation
    if rec is None:
        story.append(Paragraph("尚未提出审批建议。", st["body"]))
    else:
        conditions = "；".join(rec.conditions) if rec.conditions else "无"
        story.append(kv_table([
            ("贷款产品", rec.product),
            ("建议额度", f"{rmb(rec.limit)}（人民币{to_chinese_upper(rec.limit)}）"),
            ("期限", rec.term_text), ("还款方式", rec.method),
            ("利率", f"日利率 {rec.rate.daily_rate}；年化利率 {rec.rate.annualised_rate}"
                     f"（{rec.rate.annualised_basis}）"),
            ("附加条件", conditions), ("理由", rec.justification),
            *([("风险提示", "；".join(rec.cost_warnings))] if rec.cost_warnings else [])], font=f, widths=one))
    story += [Paragraph("七、审批签署", st["h1"]),
              _para_table(["角色", "姓名", "时间", "意见", "备注"],
                          [[s.role, s.name, zh_datetime(s.signed_at), s.decision, s.comment]
                           for s in data.signoffs] or [["—", "—", "—", "尚无签署", ""]],
                          font=f, widths=_widths(2.0, 2.0, 4.0, 1.6))]
    return build_pdf(story, data=data, title="授信审批表", font=font,
                     author=data.lender_name or "workstation")


def _exception_rows(data, f, st) -> list:
    """Exceptions to hard rules, right under the rules they lift (nothing when none)."""
    if not data.exceptions:
        return []
    rows = [[x.rule, x.reason, f"{x.requested_by} {zh_datetime(x.requested_at)}", x.state,
             f"{x.granted_by} {zh_datetime(x.granted_at)}" if x.granted_at else "—"] for x in data.exceptions]
    return [Spacer(1, 0.15 * cm), Paragraph("政策例外（须比金额本身多一级审批签署）", st["body"]),
            _para_table(["规则", "理由", "申请人及时间", "状态", "批准人及时间"], rows,
                        font=f, widths=_widths(2.4, 5.2, 3.6, 1.4))]
