"""The portfolio's tables (tiers, buckets, first-payment default by month, vintages, roll
rates, funnel, balance by dimension, exposures) as plain rows of text, built once from the
dashboard's values for the screen, the PDF and the exports. Titles and headers in both
languages: pick with ``zh``."""
from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.delinquency import TIER_NAMES_EN, TIERS
from workstation.domain.money import from_fen
from workstation.domain.portfolio_figures import ratio, show

BUCKETS = ("M0", "M1", "M2", "M3", "M3+")
STEPS = {"received": ("受理", "Received"), "reviewed": ("完成审查", "Reviewed"), "approved": ("批准", "Approved"),
         "signed": ("签约", "Signed"), "disbursed": ("放款", "Disbursed")}
DIMS = {"product_code": ("产品", "Product"), "platform": ("平台", "Platform"), "province": ("省份", "Province"),
        "officer_id": ("信贷员", "Officer"), "grade": ("评级", "Grade")}


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    drill: tuple[tuple[str, str] | None, ...] = ()       # per row: (figure, key) of the loans behind it


def _p(zh: bool, a: str, b: str) -> str:
    return a if zh else b


def tables(dash, zh: bool) -> list[Table]:
    h = dash.headline
    out = [Table("tiers", _p(zh, "五级分类", "Five-tier classification"),
                 (_p(zh, "分类", "Tier"), _p(zh, "本金", "Principal"), _p(zh, "占比", "Share")),
                 tuple((t if zh else TIER_NAMES_EN[t].capitalize(), show(from_fen(h["tiers"][t]), "money"),
                        show(ratio(h["tiers"][t], h["balance"]), "ratio"))
                       for t in TIERS), tuple(("tier", t) for t in TIERS))]
    fpd_rows = tuple((m, f"{n:,}", f"{bad:,}", show(ratio(bad, n), "ratio"), show(ratio(bad_amt, amt), "ratio"))
                     for m, n, bad, amt, bad_amt in dash.fpd)
    out.append(Table("fpd", _p(zh, f"首逾率（首期逾期{dash.bad_days}天+）按放款月", f"First-payment default "
                               f"({dash.bad_days}+ days) by disbursement month"),
                     (_p(zh, "放款月", "Month"), _p(zh, "观察笔数", "Matured"), _p(zh, "首逾笔数", "Bad"),
                      _p(zh, "首逾率(笔)", "Rate (count)"), _p(zh, "首逾率(金额)", "Rate (amount)")), fpd_rows))
    mobs = sorted({k for v in dash.vintages.values() for k in v})
    vrows = []
    for month in sorted(dash.vintages):
        amount = dash.cohorts.get(month, (0, 0))[1]
        vrows.append((month, show(from_fen(amount), "money"),
                      *[show(ratio(dash.vintages[month][k][1], amount), "ratio") if k in dash.vintages[month] else ""
                        for k in mobs]))
    out.append(Table("vintage", _p(zh, "账龄分析：M2+本金占放款额（按账龄月）", "Vintages: M2+ principal over amount "
                                   "disbursed, by months on book"),
                     (_p(zh, "放款月", "Month"), _p(zh, "放款额", "Disbursed"), *[f"MOB{k}" for k in mobs]),
                     tuple(vrows)))
    rr = tuple((end.isoformat(), *[show(ratio(*rates[f"{a}->{b}"]), "ratio") for a, b in zip(BUCKETS, BUCKETS[1:])])
               for end, rates in dash.rolls)
    out.append(Table("rolls", _p(zh, "迁徙率（按笔数，月末对月末）", "Roll rates (by count, month end to month end)"),
                     (_p(zh, "月末", "Month end"), *[f"{a}→{b}" for a, b in zip(BUCKETS, BUCKETS[1:])]), rr))
    f = dash.funnel
    frows, prev = [], None
    for k, (zh_name, en_name) in STEPS.items():
        conv = show(ratio(f[k]["count"], f[prev]["count"]), "ratio") if prev else ""
        days = "" if f[k]["days"] is None else f"{f[k]['days']}"
        frows.append((_p(zh, zh_name, en_name), f"{f[k]['count']:,}", show(from_fen(f[k]["amount"]), "money"), conv, days))
        prev = k
    out.append(Table("funnel", _p(zh, f"进件漏斗（{dash.funnel_since}起受理）", f"Application funnel (received "
                                  f"since {dash.funnel_since})"),
                     (_p(zh, "环节", "Step"), _p(zh, "笔数", "Count"), _p(zh, "金额", "Amount"),
                      _p(zh, "转化率", "Conversion"), _p(zh, "平均天数", "Mean days")), tuple(frows)))
    for dim, (zh_name, en_name) in DIMS.items():
        rows = dash.by_dimension.get(dim, [])
        label = (lambda v: dash.labels.get("officer", {}).get(v, str(v))) if dim == "officer_id" else str
        out.append(Table(f"by_{dim}", _p(zh, f"按{zh_name}在贷余额", f"Balance by {en_name.lower()}"),
                         (_p(zh, zh_name, en_name), _p(zh, "笔数", "Loans"), _p(zh, "余额", "Balance"),
                          _p(zh, "占比", "Share")),
                         tuple((label(v) if v is not None else "—", f"{n:,}", show(from_fen(bal), "money"),
                                show(ratio(bal, h["balance"]), "ratio")) for v, n, bal in rows),
                         tuple(("dimension", f"{dim}={v}") for v, _, _ in rows)))
    lim = dash.capacity["single_limit"]
    out.append(Table("exposures", _p(zh, "单一借款人集中度（限额：净资本5%）", "Single-borrower exposures (limit: 5% "
                                     "of net capital)"),
                     (_p(zh, "借款人", "Borrower"), _p(zh, "笔数", "Loans"), _p(zh, "余额", "Balance"),
                      _p(zh, "占限额", "Of the limit")),
                     tuple((dash.labels.get("merchant", {}).get(mid, str(mid)), f"{n:,}", show(from_fen(bal), "money"),
                            show(ratio(bal, lim), "ratio")) for mid, n, bal in dash.exposures)))
    return out
