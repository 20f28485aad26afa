"""The monthly portfolio report (资产组合月报): the headline figures with the change on last
month and their definitions, the charts drawn as reportlab vectors (vintages, roll
rates, five tiers, funnel) and every table of the screen. Renders the plain
``PortfolioReportData`` (portfolio/report.py); knows neither the database nor Qt."""
from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .fonts import CJKFont
from .layout import CONTENT_W, build_pdf, esc, grid_table, resolve_font, styles, zh_date

PALETTE = ("#1f5fa8", "#c25400", "#4d8f2a", "#b00020", "#6a3d9a", "#008080", "#8c564b", "#d4a017")


def _t(data, zh: str, en: str) -> str:
    return zh if data.zh else en


def _line_chart(title: str, lines, font: str, *, width: float, height: float = 6 * cm) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=9))
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 34, 25, width - 110, height - 50
    data = [[(x, float(Decimal(y))) for x, y in pts] or [(0, 0.0)] for _, pts in lines] or [[(0, 0.0)]]
    lp.data = data                      # plotting only: the exact shares are in the tables
    for i in range(len(data)):
        lp.lines[i].strokeColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        lp.lines[i].strokeWidth = 1.5
    lp.xValueAxis.labels.fontName = lp.yValueAxis.labels.fontName = font
    lp.xValueAxis.labels.fontSize = lp.yValueAxis.labels.fontSize = 7
    lp.yValueAxis.valueMin = 0
    lp.xValueAxis.valueStep = 1 if max((x for pts in data for x, _ in pts), default=1) <= 12 else 3
    lp.yValueAxis.labelTextFormat = "%.1f%%"
    d.add(lp)
    if lines:
        lg = Legend()
        lg.x, lg.y = width - 66, height - 25
        lg.fontName, lg.fontSize = font, 7
        lg.columnMaximum = 10
        lg.deltay, lg.dx, lg.dy = 9, 6, 6
        lg.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), name) for i, (name, _) in enumerate(lines)]
        d.add(lg)
    return d


def _bar_chart(title: str, pairs, font: str, *, width: float, height: float = 5.5 * cm, pct: bool) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=9))
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 35, 25, width - 50, height - 50
    bc.data = [[float(Decimal(str(v))) for _, v in pairs] or [0.0]]
    bc.categoryAxis.categoryNames = [str(k) for k, _ in pairs]
    bc.categoryAxis.labels.fontName = bc.valueAxis.labels.fontName = font
    bc.categoryAxis.labels.fontSize = bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.valueMin = 0
    if pct:
        bc.valueAxis.labelTextFormat = "%.0f%%"
    bc.bars[0].fillColor = colors.HexColor(PALETTE[1 if pct else 0])
    d.add(bc)
    return d


WIDE = 11          # a table with more columns is printed in parts, its first two columns repeated


def _column_parts(headers: list, rows: list[list], *, keep: int = 2, per: int = 9) -> list[tuple[list, list]]:
    """A table too wide for the page (the vintages: one column per month on book) as
    parts of at most ``keep + per`` columns, each repeating the first ``keep``."""
    if len(headers) <= WIDE:
        return [(headers, rows)]
    return [(headers[:keep] + headers[i:i + per], [r[:keep] + r[i:i + per] for r in rows])
            for i in range(keep, len(headers), per)]


def render_portfolio_report(data, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    fn = font.name
    title = _t(data, "资产组合月报", "Monthly portfolio report")
    when = zh_date(data.as_of) if data.zh else data.as_of.isoformat()
    story: list = [Paragraph(title, st["title"]),
                   Paragraph(esc(_t(data, f"数据截至{when}日终；较上月末（{data.previous.isoformat()}）",
                                    f"As of the end of {when}; change on the end of last month "
                                    f"({data.previous.isoformat()})")), st["subtitle"]),
                   Spacer(1, 0.3 * cm)]
    fig_rows = [[_t(data, "指标", "Figure"), _t(data, "数值", "Value"), _t(data, "较上月末", "Change"),
                 _t(data, "定义", "Definition")]]
    small = st["small"]
    for f in data.figures:
        fig_rows.append([f.name(data.zh), f.text(), f.change_text(), Paragraph(esc(f.definition(data.zh)), small)])
    name_w = (3.2 if data.zh else 4.1) * cm          # the English names are longer
    story.append(grid_table(fig_rows, font=fn, widths=[name_w, 2.5 * cm, 1.9 * cm, CONTENT_W - name_w - 4.4 * cm],
                            numeric_cols=(1, 2), font_size=8))
    story.append(Spacer(1, 0.4 * cm))
    half = CONTENT_W / 2
    from reportlab.platypus import Table as RLTable
    charts = RLTable([[_line_chart(_t(data, "账龄分析 M2+（按账龄月）", "Vintages M2+ by months on book"),
                                   data.vintage_lines, fn, width=half - 6),
                       _line_chart(_t(data, "迁徙率（按笔数）", "Roll rates (by count)"), data.roll_lines, fn,
                                   width=half - 6)],
                      [_bar_chart(_t(data, "五级分类（占余额%）", "Five tiers (% of balance)"), data.tier_shares, fn,
                                  width=half - 6, pct=True),
                       _bar_chart(_t(data, "进件漏斗（笔数）", "Application funnel (count)"), data.funnel_counts, fn,
                                  width=half - 6, pct=False)]],
                     colWidths=[half, half])
    story.append(KeepTogether([charts]))
    for t in data.tables:
        for k, (headers, rows) in enumerate(_column_parts(list(t.headers), [list(r) for r in t.rows])):
            n = len(headers)
            size = 8 if n <= 6 else max(6.5, 8 - (n - 6) * 0.2)
            longest = max(len(str(r[0])) for r in [headers] + rows)      # e.g. a borrower's name
            lead = [min(6.5 * cm, max(3.2 * cm, longest * size + 10))] if n <= 6 else [1.8 * cm, 2.4 * cm]
            if n <= 2:
                lead = [CONTENT_W / 2]
            rest = (CONTENT_W - sum(lead)) / max(n - len(lead), 1)
            head = [Paragraph(esc(t.title + (_t(data, "（续）", " (continued)") if k else "")), st["h2"]),
                    Spacer(1, 0.15 * cm)]
            story.append(KeepTogether(head + [grid_table([headers] + rows if rows else [headers, ["—"] + [""] * (n - 1)],
                                                         font=fn, widths=lead + [rest] * (n - len(lead)),
                                                         numeric_cols=tuple(range(1, n)), font_size=size),
                                              Spacer(1, 0.35 * cm)]))
    return build_pdf(story, data=data, title=title, font=font)
