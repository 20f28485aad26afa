"""QtCharts for the Portfolio screen: vintages (M2+ share by months on book, one line per
disbursement month), roll rates month to month, the application funnel and the
five-tier distribution. Charts plot plain numbers (percent, counts, ten-thousands of
yuan); the exact figures are in the tables beside them."""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

from workstation.domain.delinquency import TIERS
from workstation.domain.portfolio_figures import ratio
from workstation.domain.portfolio_tables import BUCKETS, STEPS

PALETTE = ("#1f5fa8", "#c25400", "#4d8f2a", "#b00020", "#6a3d9a", "#008080", "#8c564b", "#d4a017")


def _chart(title: str) -> QChart:
    c = QChart()
    c.setTitle(title)
    c.setMargins(QMargins(2, 2, 2, 2))
    c.setBackgroundRoundness(0)
    f = c.titleFont()
    f.setPointSize(9)
    f.setBold(True)
    c.setTitleFont(f)
    return c


def _view(chart: QChart, tip: str) -> QChartView:
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setMinimumSize(260, 200)
    v.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    v.setToolTip(tip)
    return v


def _pct(part: int, whole: int) -> float:
    r = ratio(part, whole)
    return float(r * 100) if r is not None else 0.0      # plotting only


def _lines(chart: QChart, series: list[tuple[str, list[tuple[int, float]]]], x_title: str, y_title: str) -> None:
    xs = QValueAxis()
    ys = QValueAxis()
    top, right = 0.0, 1
    for i, (name, points) in enumerate(series):
        s = QLineSeries()
        s.setName(name)
        pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
        pen.setWidth(2)
        s.setPen(pen)
        for x, y in points:
            s.append(x, y)
            top, right = max(top, y), max(right, x)
        chart.addSeries(s)
    xs.setRange(0, right)
    xs.setTickCount(right + 1 if right <= 12 else 13)
    xs.setLabelFormat("%d")
    xs.setTitleText(x_title)
    ys.setRange(0, top * 1.15 if top > 0 else 1)
    ys.setLabelFormat("%.1f%%")
    ys.setTitleText(y_title)
    chart.addAxis(xs, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ys, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(xs)
        s.attachAxis(ys)


def vintage_chart(dash, title: str, tip: str, *, cohorts: int = 8) -> QChartView:
    c = _chart(title)
    months = sorted(dash.vintages)[-cohorts:]
    series = []
    for m in months:
        amount = dash.cohorts.get(m, (0, 0))[1]
        series.append((m, [(k, _pct(v[1], amount)) for k, v in sorted(dash.vintages[m].items())]))
    _lines(c, series, "MOB", "M2+")
    c.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return _view(c, tip)


def roll_chart(dash, title: str, tip: str) -> QChartView:
    c = _chart(title)
    series = []
    for a, b in zip(BUCKETS, BUCKETS[1:]):
        key = f"{a}->{b}"
        series.append((f"{a}→{b}", [(i + 1, _pct(*rates[key])) for i, (_, rates) in enumerate(dash.rolls)]))
    _lines(c, series, "", "")
    c.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return _view(c, tip)


def _bars(chart: QChart, labels: list[str], values: list[float], colour: str, name: str) -> None:
    bs = QBarSet(name)
    bs.setColor(QColor(colour))
    for v in values:
        bs.append(v)
    s = QBarSeries()
    s.append(bs)
    chart.addSeries(s)
    cats = QBarCategoryAxis()
    cats.append(labels)
    ys = QValueAxis()
    ys.setRange(0, max(values) * 1.15 if values and max(values) > 0 else 1)
    ys.applyNiceNumbers()
    ys.setLabelFormat("%.0f")
    chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ys, Qt.AlignmentFlag.AlignLeft)
    s.attachAxis(cats)
    s.attachAxis(ys)
    chart.legend().hide()


def funnel_chart(dash, title: str, tip: str, zh: bool) -> QChartView:
    c = _chart(title)
    _bars(c, [STEPS[k][0 if zh else 1] for k in STEPS], [float(dash.funnel[k]["count"]) for k in STEPS],
          PALETTE[0], title)
    return _view(c, tip)


def tier_chart(dash, title: str, tip: str) -> QChartView:
    c = _chart(title)
    h = dash.headline
    _bars(c, list(TIERS), [_pct(h["tiers"][t], h["balance"]) for t in TIERS], PALETTE[1], title)
    return _view(c, tip)
