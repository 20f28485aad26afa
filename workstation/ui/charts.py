"""Small QtCharts panels for the platform tab: one series per chart over 24 months.

Charts plot numbers; money is turned into whole yuan or ten-thousands of yuan
(int) for the plot only and shown to the fen in the table beside it."""
from __future__ import annotations

import math
from typing import Sequence

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView,
                              QLineSeries, QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

LABEL_EVERY = 6


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int], colour: str) -> QChartView:
    s = QBarSet(title)
    s.setColor(QColor(colour))
    s.setBorderColor(QColor(colour))
    for v in values:
        s.append(v)
    series = QBarSeries()
    series.append(s)
    series.setBarWidth(0.75)
    return _view(title, labels, series, values)


def line_chart(title: str, labels: Sequence[str], values: Sequence[int | float], colour: str,
               *, y_min: float = 0, y_max: float | None = None) -> QChartView:
    series = QLineSeries()
    for i, v in enumerate(values):
        if v:                         # no rating before the shop opened: leave the month out
            series.append(i, v)
    pen = QPen(QColor(colour))
    pen.setWidth(2)
    series.setPen(pen)
    return _view(title, labels, series, values, line=True, y_min=y_min, y_max=y_max)


def _view(title: str, labels: Sequence[str], series, values, *, line: bool = False,
          y_min: float = 0, y_max: float | None = None) -> QChartView:
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundRoundness(0)
    f = chart.titleFont()
    f.setPointSize(9)
    f.setBold(True)
    chart.setTitleFont(f)
    small = chart.titleFont()
    small.setBold(False)
    small.setPointSize(7)
    n = len(labels)
    # the visible month axis: a label per half-year, centred over its six bars
    months = QCategoryAxis()
    months.setRange(-0.5, n - 0.5)
    months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    for k in range(0, n, LABEL_EVERY):
        months.append(labels[k], min(k + LABEL_EVERY, n) - 0.5)
    months.setLabelsFont(small)
    months.setGridLineVisible(False)
    y = QValueAxis()
    top = max(values) if values else 0
    y.setTickCount(4 if y_max is None else int(y_max - y_min) + 1)
    if y_max is None and top <= 5:
        # small counts: whole-number ticks only
        high = max(1, math.ceil(top))
        y.setRange(y_min, high)
        y.setTickCount(int(high - y_min) + 1)
    elif y_max is None:
        y.setRange(y_min, top * 1.1 if top > y_min else y_min + 1)
        y.applyNiceNumbers()
    else:
        y.setRange(y_min, y_max)
    y.setLabelFormat("%.0f" if not line else "%.1f")
    y.setLabelsFont(small)
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    if line:
        series.attachAxis(months)
    else:
        cats = QBarCategoryAxis()
        cats.append([str(i) for i in range(n)])
        cats.setVisible(False)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cats)
    series.attachAxis(y)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(160, 170)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view
