"""The portfolio's headline figures as one list, built once from the dashboard's plain
values and shown unchanged by the screen, the PDF report and the CSV/XLSX exports (so
they agree by construction). Each figure has a name and a definition in both languages;
values are text formatted here (money to the fen, ratios to 0.01%)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from workstation.domain.money import fmt, from_fen

# key: (name zh, name en, definition zh, definition en, kind)
FIGURES: dict[str, tuple[str, str, str, str, str]] = {
    "balance": ("在贷余额", "Outstanding balance", "日终在贷本金合计（不含已结清、已核销）",
                "Principal outstanding at the end of the day (closed and written-off loans excluded)", "money"),
    "count": ("在贷笔数", "Loans outstanding", "日终有本金余额的借款笔数",
              "Loans with principal outstanding at the end of the day", "count"),
    "npl": ("不良率", "NPL ratio", "次级、可疑、损失三类本金 ÷ 在贷余额（五级分类按逾期天数）",
            "Principal in the substandard, doubtful and loss tiers ÷ outstanding balance (five tiers by days "
            "past due)", "ratio"),
    "overdue": ("逾期率", "Overdue ratio", "逾期1天及以上借款的本金 ÷ 在贷余额",
                "Principal of loans 1 or more days past due ÷ outstanding balance", "ratio"),
    "par1": ("PAR1", "PAR1", "逾期1天及以上借款本金 ÷ 在贷余额", "Principal of loans 1+ days past due ÷ balance", "ratio"),
    "par30": ("PAR30", "PAR30", "逾期超过30天借款本金 ÷ 在贷余额", "Principal of loans more than 30 days past due ÷ balance",
              "ratio"),
    "par60": ("PAR60", "PAR60", "逾期超过60天借款本金 ÷ 在贷余额", "Principal of loans more than 60 days past due ÷ balance",
              "ratio"),
    "par90": ("PAR90", "PAR90", "逾期超过90天借款本金 ÷ 在贷余额", "Principal of loans more than 90 days past due ÷ balance",
              "ratio"),
    "fpd": ("首逾率", "First-payment default", "首期到期后满N天（默认30天）仍未还清的借款笔数 ÷ 已满观察期的放款笔数",
            "Loans whose first installment was still unpaid N days (default 30) after it fell due ÷ loans "
            "disbursed whose first due date plus N days has passed", "ratio"),
    "repeat": ("复借率", "Repeat-borrowing rate", "放款两笔及以上的借款人 ÷ 有放款的借款人",
               "Borrowers with two or more loans paid out ÷ borrowers with any", "ratio"),
    "capacity_use": ("可贷规模使用率", "Lending capacity in use", "在贷余额 ÷（净资本 + 不超过净资本50%的银行融资）",
                     "Outstanding balance ÷ (net capital + bank borrowing of at most 50% of it)", "ratio"),
    "largest": ("单一最大借款人占比", "Largest single borrower", "单一借款人在贷余额最大者 ÷ 净资本（上限5%）",
                "The largest single borrower's balance ÷ net capital (limit 5%)", "ratio"),
    "written_off": ("累计核销本金", "Principal written off", "截至当日核销的本金合计",
                    "Principal written off up to the day", "money"),
    "recovered": ("核销后回收", "Recovered after write-off", "核销后收回的现金合计",
                  "Cash received on written-off loans after their write-off", "money"),
}
HEADLINE = ("balance", "count", "npl", "overdue", "par30", "fpd", "repeat", "capacity_use")


@dataclass(frozen=True)
class Figure:
    key: str
    value: Decimal | int | None           # money in yuan (Decimal), counts (int), ratios (Decimal fraction)
    before: Decimal | int | None          # the same at the end of the month before (None: not compared)

    @property
    def kind(self) -> str:
        return FIGURES[self.key][4]

    def name(self, zh: bool) -> str:
        return FIGURES[self.key][0 if zh else 1]

    def definition(self, zh: bool) -> str:
        return FIGURES[self.key][2 if zh else 3]

    def text(self) -> str:
        return show(self.value, self.kind)

    def change_text(self) -> str:
        if self.before is None or self.value is None:
            return ""
        delta = self.value - self.before
        if self.kind == "ratio":
            return f"{pct_points(delta)}"
        return ("+" if delta >= 0 else "") + show(delta, self.kind)


def ratio(part: int, whole: int) -> Decimal | None:
    return Decimal(part) / Decimal(whole) if whole else None


def show(v, kind: str) -> str:
    if v is None:
        return "—"
    if kind == "money":
        return fmt(v)
    if kind == "count":
        return f"{v:,}"
    return f"{(v * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%"


def pct_points(delta: Decimal) -> str:
    q = (delta * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{'+' if q >= 0 else ''}{q} pp"


def figures(dash) -> list[Figure]:
    """The figures of a dashboard (portfolio.service.Dashboard or anything with its fields)."""
    h, b = dash.headline, dash.headline_before
    fpd_n = sum(r[1] for r in dash.fpd)
    fpd_bad = sum(r[2] for r in dash.fpd)
    largest = dash.exposures[0][2] if dash.exposures else 0
    cap = dash.capacity
    out = [Figure("balance", from_fen(h["balance"]), from_fen(b["balance"])),
           Figure("count", h["count"], b["count"]),
           Figure("npl", ratio(h["npl"], h["balance"]), ratio(b["npl"], b["balance"])),
           Figure("overdue", ratio(h["overdue"], h["balance"]), ratio(b["overdue"], b["balance"]))]
    out += [Figure(f"par{k}", ratio(h["par"][k], h["balance"]), ratio(b["par"][k], b["balance"])) for k in (1, 30, 60, 90)]
    out += [Figure("fpd", ratio(fpd_bad, fpd_n), None),
            Figure("repeat", ratio(dash.repeat[0], dash.repeat[1]), None),
            Figure("capacity_use", ratio(cap["in_use"], cap["capacity"]), None),
            Figure("largest", ratio(largest, cap["net_capital"]), None),
            Figure("written_off", from_fen(dash.recoveries[0]), None),
            Figure("recovered", from_fen(dash.recoveries[1]), None)]
    return out
