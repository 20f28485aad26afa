"""The monthly portfolio report's plain data (rendered by documents/portfolio_report.py)
and the CSV/XLSX exports, from the same figures and tables as the screen."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from workstation.domain.delinquency import TIER_NAMES_EN, TIERS
from workstation.domain.portfolio_figures import FIGURES, Figure, figures, ratio
from workstation.domain.portfolio_tables import BUCKETS, STEPS, Table, tables


@dataclass(frozen=True)
class PortfolioReportData:
    document_no: str
    as_of: date
    previous: date
    zh: bool
    figures: tuple[Figure, ...]
    tables: tuple[Table, ...]
    vintage_lines: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]    # month, (mob, M2+ share as text)
    roll_lines: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]
    tier_shares: tuple[tuple[str, str], ...]
    funnel_counts: tuple[tuple[str, int], ...]
    kind: str = "portfolio_report"
    draft: bool = False


def _share(part: int, whole: int) -> str:
    r = ratio(part, whole)
    return "0" if r is None else str((r * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def report_data(dash, *, zh: bool = True, cohorts: int = 8) -> PortfolioReportData:
    vint = []
    for m in sorted(dash.vintages)[-cohorts:]:
        amount = dash.cohorts.get(m, (0, 0))[1]
        vint.append((m, tuple((k, _share(v[1], amount)) for k, v in sorted(dash.vintages[m].items()))))
    rolls = tuple((f"{a}→{b}", tuple((i + 1, _share(*rates[f"{a}->{b}"])) for i, (_, rates) in enumerate(dash.rolls)))
                  for a, b in zip(BUCKETS, BUCKETS[1:]))
    h = dash.headline
    return PortfolioReportData(
        document_no=f"PF{dash.as_of:%Y%m%d}", as_of=dash.as_of, previous=dash.previous, zh=zh,
        figures=tuple(figures(dash)), tables=tuple(tables(dash, zh)), vintage_lines=tuple(vint), roll_lines=rolls,
        tier_shares=tuple((t if zh else TIER_NAMES_EN[t].capitalize(), _share(h["tiers"][t], h["balance"]))
                          for t in TIERS),
        funnel_counts=tuple((STEPS[k][0 if zh else 1], dash.funnel[k]["count"]) for k in STEPS))


def figure_rows(data: PortfolioReportData) -> list[list[str]]:
    head = ["指标", "数值", "较上月末", "定义"] if data.zh else ["Figure", "Value", "Change on last month", "Definition"]
    return [head] + [[f.name(data.zh), f.text(), f.change_text(), f.definition(data.zh)] for f in data.figures]


def definition_rows(zh: bool) -> list[list[str]]:
    head = ["指标", "定义"] if zh else ["Figure", "Definition"]
    return [head] + [[v[0 if zh else 1], v[2 if zh else 3]] for v in FIGURES.values()]


def write_csv(data: PortfolioReportData, path: Path) -> None:
    """One CSV: the figures, then each table under its title, then the definitions."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([f"as_of={data.as_of.isoformat()}"])
    w.writerows(figure_rows(data))
    for t in data.tables:
        w.writerow([])
        w.writerow([t.title])
        w.writerow(t.headers)
        w.writerows(t.rows)
    w.writerow([])
    w.writerows(definition_rows(data.zh))
    _atomic(path, ("\ufeff" + buf.getvalue()).encode("utf-8"))       # BOM: Excel opens it as UTF-8


def write_xlsx(data: PortfolioReportData, path: Path) -> None:
    """A workbook: the figures, one sheet per table, and the definitions on a sheet of their own."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "概览" if data.zh else "Summary"
    ws.append([("数据截至 " if data.zh else "As of the end of ") + data.as_of.isoformat()])
    for r in figure_rows(data):
        ws.append(r)
    for t in data.tables:
        sh = wb.create_sheet(t.key[:31])
        sh.append([t.title])
        sh.append(list(t.headers))
        for r in t.rows:
            sh.append(list(r))
    d = wb.create_sheet("定义" if data.zh else "Definitions")
    for r in definition_rows(data.zh):
        d.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    _atomic(path, buf.getvalue())


def issue_pdf(store, actor, data: PortfolioReportData, path: Path):
    """Render the report to ``path`` and record the print as every printed document is
    recorded (``printing.documents.issue``: the file's and the content's hashes, who,
    when, audited), so ``verify-document`` knows it. Returns the ``IssuedDocument``."""
    from workstation.printing.documents import issue
    return issue(store, actor, data, path=path)


def _atomic(path: Path, content: bytes) -> None:
    import os
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(content)
    os.replace(tmp, path)
