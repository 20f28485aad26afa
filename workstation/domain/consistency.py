"""Declared financials against the platform's figures, each inconsistency graded.

The applicant declares rough figures; the platform knows the sales. Each check
computes one measure and grades it against :data:`THRESHOLDS` (data, not code):
a measure above ``minor`` is minor, above ``major`` major, above ``severe``
severe, otherwise ok. Every check is returned, the ok ones too, so the case
file can show the full comparison.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Mapping

from workstation.domain.merchant_data import (
    HUNDRED, DeclaredFinancials, PlatformMonth, leverage_pct, platform_sales, q,
)

SEVERITIES = ("ok", "minor", "major", "severe")
DAYS_PER_YEAR = Decimal(365)

# Grading thresholds: the measure must exceed the value to reach the grade.
THRESHOLDS: dict[str, dict[str, Decimal]] = {
    # |declared sales x platform share - platform sales 12m| / platform sales, percent
    "platform_sales": {"minor": Decimal(15), "major": Decimal(30), "severe": Decimal(60)},
    # |declared net margin - (sales - cost) / sales|, percentage points
    "margin": {"minor": Decimal(5), "major": Decimal(10), "severe": Decimal(20)},
    # liabilities / assets, percent
    "leverage": {"minor": Decimal(70), "major": Decimal(85), "severe": Decimal(100)},
    # receivables / declared sales x 365, days
    "receivables": {"minor": Decimal(90), "major": Decimal(180), "severe": Decimal(365)},
    # inventory / declared sales x 365, days
    "inventory": {"minor": Decimal(120), "major": Decimal(240), "severe": Decimal(365)},
}

# Points taken off the consistency index (100 = all figures agree) per finding.
INDEX_PENALTIES: dict[str, int] = {"ok": 0, "minor": 10, "major": 25, "severe": 50}

_NAMES = {
    "platform_sales": ("平台销售额", "Platform sales"),
    "margin": ("净利润率", "Net margin"),
    "leverage": ("资产负债率", "Leverage"),
    "receivables": ("应收账款周转天数", "Receivable days"),
    "inventory": ("存货周转天数", "Inventory days"),
}
_SEVERITY_ZH = {"ok": "正常", "minor": "轻微", "major": "较大", "severe": "严重"}


@dataclass(frozen=True)
class Inconsistency:
    code: str
    name_zh: str
    name_en: str
    severity: str  # 'ok' | 'minor' | 'major' | 'severe'
    declared_value: Decimal | None
    platform_value: Decimal | None
    message_zh: str
    message_en: str
    measure: Decimal | None = None  # the graded number (percent, points or days)


def grade(measure: Decimal, limits: Mapping[str, Decimal]) -> str:
    for severity in ("severe", "major", "minor"):
        if measure > limits[severity]:
            return severity
    return "ok"


def _yuan(amount: Decimal) -> str:
    return f"¥{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"


def _item(code: str, severity: str, *, declared: Decimal | None, platform: Decimal | None,
          measure: Decimal | None, zh: str, en: str) -> Inconsistency:
    name_zh, name_en = _NAMES[code]
    return Inconsistency(code, name_zh, name_en, severity, declared, platform,
                         f"{zh}（{_SEVERITY_ZH[severity]}）", f"{en} ({severity})", measure)


def measured(d: DeclaredFinancials, platform: Decimal, thresholds: Mapping[str, Mapping[str, Decimal]] | None = None,
             *, leverage: Decimal | None = None, implied: bool = True
             ) -> list[tuple[str, str, Decimal | None, Decimal | None, Decimal | None]]:
    """The five comparisons as numbers, graded: (code, severity, measure, declared value,
    platform value) each, ``platform`` being the platform's sales of the 12 months
    before the day (``platform_sales``). :func:`check_declared` words them; the import's
    scorer counts them (:func:`index_of`), which needs neither the receivable and inventory
    days on platform-implied sales (``implied`` False: None) nor the leverage computed
    again (``leverage``: ``leverage_pct(d)`` already computed)."""
    limits = thresholds or THRESHOLDS
    share = Decimal(d.platform_share_pct)
    expected = q(d.sales * share / HUNDRED, 2)
    if platform <= 0:
        out = [("platform_sales", "ok" if expected <= 0 else "severe", None, expected, platform)]
    else:
        deviation = q(abs(expected - platform) / platform * HUNDRED, 1)
        out = [("platform_sales", grade(deviation, limits["platform_sales"]), deviation, expected, platform)]
    margin = Decimal(d.net_margin_pct)
    if d.sales <= 0:
        out.append(("margin", "severe", None, margin, None))
    else:
        implied = q((d.sales - d.operating_cost) / d.sales * HUNDRED, 2)
        gap = q(abs(margin - implied), 2)
        out.append(("margin", grade(gap, limits["margin"]), gap, margin, implied))
    ratio = leverage_pct(d) if leverage is None else leverage
    out.append(("leverage", grade(ratio, limits["leverage"]), ratio, ratio, None))
    # total sales the platform figures imply, given the declared platform share
    platform_total = platform * HUNDRED / share if implied and share > 0 and platform > 0 else None
    for code, amount in (("receivables", d.receivables), ("inventory", d.inventory)):
        if d.sales <= 0:
            out.append((code, "severe", None, None, None))
            continue
        days = q(amount / d.sales * DAYS_PER_YEAR, 0)
        implied = q(amount / platform_total * DAYS_PER_YEAR, 0) if platform_total else None
        out.append((code, grade(days, limits[code]), days, days, implied))
    return out


def _worded(d: DeclaredFinancials, code: str, severity: str, measure, declared, platform) -> Inconsistency:
    """One measured comparison (``measured``) with its texts."""
    if code == "platform_sales":
        share = Decimal(d.platform_share_pct)
        head_en = (f"Declared sales {_yuan(d.sales)} x platform share {share}% = {_yuan(declared)}, "
                   f"platform sales of the last 12 months {_yuan(platform)}")
        head_zh = (f"申报销售额{_yuan(d.sales)}×平台占比{share}% = {_yuan(declared)}，"
                   f"平台近12个月销售额{_yuan(platform)}")
        if measure is None:
            return _item(code, severity, declared=declared, platform=platform, measure=None,
                         zh=head_zh + "，平台无销售", en=head_en + ": no platform sales")
        return _item(code, severity, declared=declared, platform=platform, measure=measure,
                     zh=f"{head_zh}，相差{measure}%", en=f"{head_en}: {measure}% apart")
    if code != "leverage" and d.sales <= 0:
        return _item(code, "severe", declared=declared, platform=None, measure=None,
                     zh=f"申报销售额{_yuan(d.sales)}不为正，无法核对",
                     en=f"Declared sales {_yuan(d.sales)} are not positive; cannot be checked")
    if code == "margin":
        return _item(code, severity, declared=declared, platform=platform, measure=measure,
                     zh=f"申报净利润率{declared}%，按销售额与经营成本计算为{platform}%，相差{measure}个百分点",
                     en=f"Declared net margin {declared}%, sales less operating cost gives {platform}%: "
                        f"{measure} points apart")
    if code == "leverage":
        return _item(code, severity, declared=declared, platform=None, measure=measure,
                     zh=f"总负债{_yuan(d.total_liabilities)}，总资产{_yuan(d.total_assets)}，资产负债率{measure}%",
                     en=f"Liabilities {_yuan(d.total_liabilities)} against assets {_yuan(d.total_assets)}: "
                        f"leverage {measure}%")
    amount = d.receivables if code == "receivables" else d.inventory
    label_zh = "应收账款" if code == "receivables" else "存货"
    label_en = "Receivables" if code == "receivables" else "Inventory"
    extra_zh = f"（按平台销售推算{platform}天）" if platform is not None else ""
    extra_en = f" ({platform} days on platform-implied sales)" if platform is not None else ""
    return _item(code, severity, declared=declared, platform=platform, measure=measure,
                 zh=f"{label_zh}{_yuan(amount)}，相当于{measure}天销售额{extra_zh}",
                 en=f"{label_en} {_yuan(amount)} equal {measure} days of declared sales{extra_en}")


def check_declared(declared: DeclaredFinancials, *, months: Iterable[PlatformMonth], as_of: date,
                   thresholds: Mapping[str, Mapping[str, Decimal]] | None = None,
                   ) -> list[Inconsistency]:
    """All five comparisons of the declared figures, graded ok/minor/major/severe."""
    platform = platform_sales(months, as_of=as_of, n=12)
    return [_worded(declared, *m) for m in measured(declared, platform, thresholds)]


def consistency_index(items: Iterable[Inconsistency],
                      penalties: Mapping[str, int] | None = None) -> int:
    """100 when every declared figure agrees, less the penalty per finding, never below 0."""
    table = penalties or INDEX_PENALTIES
    return max(0, 100 - sum(table[i.severity] for i in items))


def index_of(declared: DeclaredFinancials, *, platform_12m: Decimal,
             thresholds: Mapping[str, Mapping[str, Decimal]] | None = None,
             penalties: Mapping[str, int] | None = None, leverage: Decimal | None = None) -> int:
    """``consistency_index(check_declared(...))`` without the texts (the same
    ``measured`` comparisons, graded alike), ``platform_12m`` being the platform's sales
    of the 12 months before the day; ``leverage``: ``leverage_pct(declared)`` if the
    caller has it. The import scores thousands of records with it."""
    table = penalties or INDEX_PENALTIES
    return max(0, 100 - sum(table[m[1]] for m in measured(declared, platform_12m, thresholds, leverage=leverage,
                                                          implied=False)))
