"""还款对账单: balances, every payment and accrual of a period, what is due next."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .data import StatementData
from .fonts import CJKFont
from .layout import (CONTENT_W, build_pdf, esc, grid_table, kv_table, resolve_font, rmb, styles,
                     yuan, zh_date)


def _balances(d: StatementData, font: str):
    total_open = d.opening_principal + d.opening_interest + d.opening_penalty
    total_close = d.closing_principal + d.closing_interest + d.closing_penalty
    rows = [["项目", "期初余额", "期末余额"],
            ["贷款本金余额", yuan(d.opening_principal), yuan(d.closing_principal)],
            ["应付未付利息", yuan(d.opening_interest), yuan(d.closing_interest)],
            ["应付未付罚息", yuan(d.opening_penalty), yuan(d.closing_penalty)],
            ["合计", yuan(total_open), yuan(total_close)]]
    return grid_table(rows, font=font, widths=[5 * cm, 6 * cm, CONTENT_W - 11 * cm],
                      numeric_cols=(1, 2), font_size=9, total_row=True)


def _excess(d: StatementData, font: str):
    """溢缴款: money received beyond what was owed, owed back to the borrower."""
    if not (d.opening_excess or d.closing_excess):
        return None
    return Paragraph(f"溢缴款（超出应还金额的还款，待退还借款人，不计入上表合计）：期初 {rmb(d.opening_excess)}，"
                     f"期末 {rmb(d.closing_excess)}。", styles(font)["body"])


def _lines(d: StatementData, font: str):
    with_excess = any(ln.excess for ln in d.lines)
    head = ["日期", "类型", "发生额", "本金", "利息", "罚息"] + (["溢缴款"] if with_excess else []) + ["本金余额"]
    rows: list[list[str]] = [head]
    for ln in d.lines:
        rows.append([ln.when.isoformat(), ln.kind_zh, yuan(ln.amount), yuan(ln.principal),
                     yuan(ln.interest), yuan(ln.penalty)] + ([yuan(ln.excess)] if with_excess else [])
                    + [yuan(ln.balance_after)])
    if not d.lines:
        rows.append(["", "本期无交易"] + [""] * (len(head) - 2))
    widths = [2.3, 1.6, 2.4, 2.4, 2.1, 1.9, 2.0] if with_excess else [2.3, 2.3, 2.5, 2.5, 2.3, 2.1]
    widths = [w * cm for w in widths]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(rows, font=font, widths=widths, numeric_cols=tuple(range(2, len(head))))


def _due_and_overdue(d: StatementData, font: str):
    st = styles(font)
    if d.next_due_date is not None and d.next_due_amount is not None and d.next_due_is_maturity:
        accrued = (f"；截至{zh_date(d.period_to)}日终已计利息 {rmb(d.accrued_interest)}"
                   if d.accrued_interest is not None else "")
        nxt = (f"到期应还：{zh_date(d.next_due_date)}，应还本息 {rmb(d.next_due_amount)}"
               f"（按现有欠款计至到期日的本金和利息{accrued}；提前还款的，利息计至实际还款日）。")
    elif d.next_due_date is not None and d.next_due_amount is not None:
        nxt = f"下期应还：{zh_date(d.next_due_date)}，应还金额 {rmb(d.next_due_amount)}。"
    else:
        nxt = "下期应还：无（本借款已无未到期的还款计划）。"
    overdue_total = d.overdue_principal + d.overdue_interest + d.overdue_penalty
    if overdue_total > Decimal("0") or d.overdue_days > 0:
        od = (f"逾期情况：截至{zh_date(d.period_to)}日终，逾期本金 {rmb(d.overdue_principal)}，"
              f"逾期利息 {rmb(d.overdue_interest)}，罚息 {rmb(d.overdue_penalty)}，"
              f"合计 {rmb(overdue_total)}，已逾期 {d.overdue_days} 天。逾期款项按合同约定每日计收罚息，"
              "请尽快归还，以免影响您的信用记录。")
    else:
        od = f"逾期情况：截至{zh_date(d.period_to)}日终，无逾期款项。"
    return KeepTogether([Paragraph(nxt, st["body"]), Paragraph(od, st["body"])])


def _amounts(d: StatementData) -> list[tuple[str, str]]:
    """The amount lent: once when all of it was paid out, else the contracted and the paid-out one."""
    if d.contract_of:                   # a later tranche: this payout's amount beside the contract's
        return [("本笔放款金额", rmb(d.disbursed_amount or d.loan_amount)), ("合同金额", rmb(d.contract_amount))]
    if d.disbursed_amount is None or d.disbursed_amount == d.loan_amount:
        return [("借款金额", rmb(d.loan_amount))]
    return [("合同金额", rmb(d.loan_amount)), ("实际放款金额", rmb(d.disbursed_amount))]


def _tranches(d: StatementData, font: str) -> Paragraph:
    """A contract paid out in tranches: each is a loan with its own schedule and statement."""
    parts = [f"第{t.seq}笔 借据{esc(t.receipt_no)}，{zh_date(t.value_date)}放款{rmb(t.amount)}"
             + ("（本对账单）" if t.this else f"（贷款编号{esc(t.loan_no)}，另见其对账单）") for t in d.tranches]
    return Paragraph("本合同分笔放款，每笔按其借据单独计息、还款及出具对账单：" + "；".join(parts) + "。",
                     styles(font)["small"])


def render_statement(data: StatementData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    numbers = [("合同编号", data.contract_of), ("贷款编号", data.contract_no)] if data.contract_of \
        else [("合同编号", data.contract_no)]
    pairs = [*numbers, ("对账单编号", data.statement_no),
             ("借款人", data.borrower_company), ("支付账户", data.payment_account),
             ("贷款产品", data.product_name), *_amounts(data),
             ("日利率", data.daily_rate), ("贷款人", data.lender_name)]
    lw, rw = 2.8 * cm, 2.3 * cm         # room for 实际放款金额 on one line
    vw = (CONTENT_W - lw - rw) / 2
    phone = f"（客服电话：{esc(data.service_phone)}）" if data.service_phone else ""
    story: list = [
        Paragraph("还款对账单", st["title"]),
        Paragraph(f"对账期间：{zh_date(data.period_from)} 至 {zh_date(data.period_to)}　"
                  f"出具日期：{zh_date(data.issue_date)}", st["subtitle"]),
        *([Paragraph(esc(data.note), st["small"])] if data.note else []),
        Spacer(1, 0.3 * cm),
        kv_table(pairs, font=font.name, widths=[lw, vw, rw, vw], columns=2),
        *([_tranches(data, font.name)] if data.tranches else []),
        Paragraph("一、余额", st["h1"]), _balances(data, font.name),
        *([x] if (x := _excess(data, font.name)) is not None else []),
        Paragraph("二、本期交易明细", st["h1"]), _lines(data, font.name),
        Paragraph("三、应还与逾期", st["h1"]), _due_and_overdue(data, font.name),
        Spacer(1, 0.3 * cm),
        Paragraph(f"如您对本对账单有异议，请于收到之日起十五日内与我司联系{phone}；"
                  "逾期未提出异议的，视为对本对账单内容无异议。本对账单仅供对账使用，各项金额以贷款人系统记录为准。", st["small"]),
    ]
    return build_pdf(story, data=data, title="还款对账单", font=font, author=data.lender_name)
