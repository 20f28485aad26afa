"""The borrower's monitoring chart on the warnings desk: one series over the weekly
snapshots, the rule's threshold drawn across it (red, dashed) and the week of the loan
marked. Values are plotted as numbers; the exact figures are in the warning's text."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Sequence

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

LABEL_EVERY = 8


def _plot(value: Decimal) -> float:
    return float(value)          # for drawing only: never computed with


def threshold_chart(title: str, dates: Sequence[date], values: Sequence[Decimal], threshold: Decimal | None,
                    *, loan_day: date | None = None, small: bool = False) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundRoundness(0)
    data = QLineSeries(name=title)
    pen = QPen(QColor("#1f5fa8"))
    pen.setWidth(2)
    data.setPen(pen)
    for i, v in enumerate(values):
        data.append(i, _plot(v))
    chart.addSeries(data)
    line = None
    if threshold is not None and values:
        line = QLineSeries(name=QChart.tr("Threshold"))
        red = QPen(QColor("#c62828"))
        red.setWidth(2)
        red.setStyle(Qt.PenStyle.DashLine)
        line.setPen(red)
        line.append(0, _plot(threshold))
        line.append(max(1, len(values) - 1), _plot(threshold))
        chart.addSeries(line)
    mark = None
    if loan_day is not None:
        k = next((i for i, d in enumerate(dates) if d >= loan_day), None)
        if k is not None:
            mark = QScatterSeries(name=QChart.tr("Loan"))
            mark.setColor(QColor("#2e7d32"))
            mark.setMarkerSize(9)
            mark.append(k, _plot(values[k]))
            chart.addSeries(mark)
    x = QCategoryAxis()
    x.setRange(0, max(1, len(values) - 1))
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for k in range(0, len(dates), LABEL_EVERY):
        x.append(dates[k].strftime("%Y-%m-%d"), k)
    x.setGridLineVisible(False)
    y = QValueAxis()
    top = max([_plot(v) for v in values] + ([_plot(threshold)] if threshold is not None else []) + [1.0])
    low = min([_plot(v) for v in values] + ([_plot(threshold)] if threshold is not None else []) + [0.0])
    y.setRange(min(0.0, low), top * 1.15)
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (data, line, mark):
        if s is not None:
            s.attachAxis(x)
            s.attachAxis(y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if small:
        chart.legend().hide()
        f = chart.titleFont()
        f.setPointSize(8)
        chart.setTitleFont(f)
        x.setLabelsVisible(False)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(*((180, 150) if small else (420, 260)))
    return view
