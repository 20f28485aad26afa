"""还款计划表: the schedule table (also the contract's appendix) and its own document."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table

from workstation.domain.money import to_chinese_upper

from .data import ScheduleDocData, ScheduleRow
from .fonts import CJKFont
from .layout import (CONTENT_W, build_pdf, esc, grid_table, kv_table, resolve_font, rmb,
                     styles, yuan, zh_date)

SCHEDULE_HEADER = ("期数", "还款日", "应还本金", "应还利息", "应还合计", "剩余本金", "状态")
CURRENT_HEADER = ("期数", "还款日", "应还本金", "应还利息", "应还合计", "已还金额", "剩余本金", "状态")


def schedule_table(rows: Sequence[ScheduleRow], *, font: str) -> Table:
    """All installments, a totals row, the header repeated on every page. Rows that carry
    what was paid (the current schedule) add the 已还金额 column."""
    zero = Decimal("0.00")
    if any(r.paid is not None for r in rows):
        return _current_table(rows, font=font)
    show_status = any(r.status for r in rows)
    header = SCHEDULE_HEADER if show_status else SCHEDULE_HEADER[:-1]
    body = []
    for r in rows:
        line = [str(r.period), r.due_date.isoformat(), yuan(r.principal), yuan(r.interest),
                yuan(r.payment), yuan(r.balance)]
        if show_status:
            line.append(r.status)
        body.append(line)
    total = ["合计", "", yuan(sum((r.principal for r in rows), zero)),
             yuan(sum((r.interest for r in rows), zero)),
             yuan(sum((r.payment for r in rows), zero)), ""]
    if show_status:
        total.append("")
    if show_status:
        widths = [1.3, 2.5, 2.6, 2.4, 2.7, 2.8, 2.7]
    else:
        widths = [1.5, 2.8, 2.9, 2.7, 3.0, 3.1]
    scale = CONTENT_W / sum(widths)
    widths = [w * scale for w in widths]  # fill the text width exactly
    return grid_table([list(header), *body, total], font=font, widths=widths,
                      numeric_cols=(2, 3, 4, 5), total_row=True,
                      center_cols=(0, 1, 6) if show_status else (0, 1))


def _current_table(rows: Sequence[ScheduleRow], *, font: str) -> Table:
    zero = Decimal("0.00")
    body = [[r.label or str(r.period), r.due_date.isoformat(), yuan(r.principal), yuan(r.interest),
             yuan(r.payment), yuan(r.paid if r.paid is not None else zero), yuan(r.balance), r.status]
            for r in rows]
    total = ["合计", "", yuan(sum((r.principal for r in rows), zero)), yuan(sum((r.interest for r in rows), zero)),
             yuan(sum((r.payment for r in rows), zero)), yuan(sum((r.paid or zero for r in rows), zero)), "", ""]
    widths = [1.6, 2.2, 2.4, 2.0, 2.4, 2.4, 2.4, 1.7]
    scale = CONTENT_W / sum(widths)
    return grid_table([list(CURRENT_HEADER), *body, total], font=font, widths=[w * scale for w in widths],
                      numeric_cols=(2, 3, 4, 5, 6), total_row=True, center_cols=(0, 1, 7), font_size=8)


def render_schedule(data: ScheduleDocData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    rate = data.rate
    pairs = [
        ("合同编号", data.contract_no), ("贷款人", data.lender_name),
        ("借款人", data.borrower_company), ("贷款产品", data.product_name),
        ("借款金额", f"{rmb(data.amount)}（人民币{to_chinese_upper(data.amount)}）"),
        ("还款方式", data.repayment_method),
        ("借款期间", f"{zh_date(data.start_date)} 至 {zh_date(data.end_date)}"),
        ("利率", f"日利率 {rate.daily_rate}；年化利率 {rate.annualised_rate}（{rate.annualised_basis}）"),
    ]
    if data.as_of is not None and data.principal_outstanding is not None:
        through = f"利息计至{zh_date(data.interest_through)}日终；" if data.interest_through else ""
        pairs.append(("状态日", f"{zh_date(data.as_of)}（{through}各期状态、已还金额和剩余本金含该日已入账的还款，"
                                "以贷款人账务记录为准）"))
        pairs.append(("剩余本金", f"{rmb(data.principal_outstanding)}（截至{zh_date(data.as_of)}）"))
    if data.interest_accrued is not None and data.as_of is not None:
        upto = zh_date(data.interest_through or data.as_of)
        pairs.append(("已计利息", f"{rmb(data.interest_accrued)}（截至{upto}日终已计未还；"
                                  "到期应还利息按合同计至到期日，见下表）"))
    story = [
        Paragraph("还款计划表", st["title"]),
        Paragraph(f"出具日期：{zh_date(data.issue_date)}", st["subtitle"]),
        Spacer(1, 0.3 * cm),
        kv_table(pairs, font=font.name, widths=[2.6 * cm, CONTENT_W - 2.6 * cm]),
        Spacer(1, 0.4 * cm),
        schedule_table(data.rows, font=font.name),
        Spacer(1, 0.3 * cm),
        Paragraph("说明：利息按日计算，实际应还利息以实际用款天数为准；借款人提前还款的，"
                  "利息计至实际还款日，剩余期次相应调整。逾期款项按合同约定计收罚息。", st["small"]),
    ]
    if data.note:
        story.append(Paragraph(esc(data.note), st["small"]))
    return build_pdf(story, data=data, title="还款计划表", font=font, author=data.lender_name)
