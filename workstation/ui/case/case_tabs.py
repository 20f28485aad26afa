"""The case file's data tabs: platform months with charts, declared figures
against the platform, and the scorecard."""
from __future__ import annotations

from datetime import datetime
from functools import partial
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.decide import cases
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.charts import bar_chart, line_chart
from workstation.ui.errors import present_error
from workstation.ui.i18n import pick
from workstation.ui.tables import RecordsModel, make_table

SEVERITY_COLOURS = {"ok": "#1b7f3b", "minor": "#a07800", "major": "#c25400", "severe": "#b00020"}


def _wan(d: Decimal) -> int:
    """Ten-thousands of yuan, whole, for a chart (display only)."""
    return int(d / 10000)


def _yuan(d: Decimal) -> int:
    """Whole yuan for a chart (display only)."""
    return int(d)


class _Tab(QWidget):
    def __init__(self, store: Store, actor: Actor, app_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, app_id


class PlatformTab(_Tab):
    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.model = RecordsModel([self.tr("Month"), self.tr("Sales"), self.tr("Orders"), self.tr("Refunds"),
                                   self.tr("Refund amount"), self.tr("Disputes"), self.tr("Rating"),
                                   self.tr("Login days"), self.tr("Ad spend"), self.tr("Listings"),
                                   self.tr("Favourites")], right=range(1, 11), parent=self)
        self.table = make_table(self.model, name="monthsTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.charts = QWidget()
        self.chart_grid = QGridLayout(self.charts)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.charts)
        split.addWidget(self.table)
        split.setSizes([420, 260])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

    def load(self) -> None:
        months = cases.platform_months(self.store, self.actor, self.app_id)
        self.model.set_rows([[m.month.strftime("%Y-%m"), fmt(m.sales), str(m.orders), str(m.refunds),
                              fmt(m.refund_amount), str(m.disputes), f"{m.rating:.2f}", str(m.login_days),
                              fmt(m.ad_spend), str(m.listings), str(m.favourites)] for m in months])
        labels = [m.month.strftime("%y-%m") for m in months]
        specs = [
            (bar_chart, self.tr("Sales (10,000 yuan)"), [_wan(m.sales) for m in months], "#2f6fb0"),
            (bar_chart, self.tr("Orders"), [m.orders for m in months], "#4d8f2a"),
            (bar_chart, self.tr("Refunds"), [m.refunds for m in months], "#c25400"),
            (partial(line_chart, y_max=5), self.tr("Rating"), [float(m.rating) for m in months], "#8e44ad"),
            (bar_chart, self.tr("Login days"), [m.login_days for m in months], "#16a085"),
            (bar_chart, self.tr("Ad spend (yuan)"), [_yuan(m.ad_spend) for m in months], "#a07800"),
        ]
        while self.chart_grid.count():
            self.chart_grid.takeAt(0).widget().deleteLater()
        for i, (make, title, values, colour) in enumerate(specs):
            self.chart_grid.addWidget(make(title, labels, values, colour), i // 3, i % 3)
        for col in range(3):
            self.chart_grid.setColumnStretch(col, 1)


class FinancialsTab(_Tab):
    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.declared_model = RecordsModel([self.tr("Declared item"), self.tr("Value")], right=[1], parent=self)
        self.checks_model = RecordsModel([self.tr("Check"), self.tr("Grade"), self.tr("Declared"),
                                          self.tr("Platform"), self.tr("Finding")], right=[2, 3], parent=self)
        self.summary = QLabel(objectName="consistencySummary")
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(make_table(self.declared_model, stretch=0, name="declaredTable"))
        split.addWidget(make_table(self.checks_model, stretch=4, name="checksTable"))
        split.setSizes([330, 870])
        lay.addWidget(split, 1)

    def load(self) -> None:
        v = cases.financials(self.store, self.actor, self.app_id)
        d = v.declared
        if d is None:
            self.summary.setText(self.tr("The applicant declared no financial figures."))
            self.declared_model.set_rows([])
            self.checks_model.set_rows([])
            return
        money_rows = [(self.tr("Sales %1").replace("%1", str(d.year)), d.sales),
                      (self.tr("Operating cost"), d.operating_cost), (self.tr("Inventory"), d.inventory),
                      (self.tr("Total assets"), d.total_assets), (self.tr("Total liabilities"), d.total_liabilities),
                      (self.tr("Receivables"), d.receivables)]
        rows = [[k, fmt(val)] for k, val in money_rows]
        rows += [[self.tr("Net margin"), f"{d.net_margin_pct}%"],
                 [self.tr("Share of sales on the platform"), f"{d.platform_share_pct}%"],
                 [self.tr("Platform sales, last 12 months"), fmt(v.platform_sales_12m)]]
        for name, years, share in ((d.customer1_name, d.customer1_years, d.customer1_share_pct),
                                   (d.customer2_name, d.customer2_years, d.customer2_share_pct)):
            if name:
                rows.append([self.tr("Customer: %1").replace("%1", name),
                             self.tr("%1 years, %2% of sales").replace("%1", str(years)).replace("%2", str(share))])
        self.declared_model.set_rows(rows)
        names = {"ok": self.tr("consistent"), "minor": self.tr("minor"), "major": self.tr("major"),
                 "severe": self.tr("severe")}
        crow, colours = [], {}
        for i, it in enumerate(v.items):
            crow.append([pick(it.name_zh, it.name_en), names[it.severity],
                         _num(it.declared_value, money=it.code == "platform_sales"),
                         _num(it.platform_value, money=it.code == "platform_sales"),
                         pick(it.message_zh, it.message_en)])
            colours[(i, 1)] = SEVERITY_COLOURS[it.severity]
        self.checks_model.set_rows(crow, colours=colours)
        bad = sum(1 for it in v.items if it.severity != "ok")
        self.summary.setText(self.tr("Consistency index %1 of 100; %2 of %3 checks found an inconsistency.")
                             .replace("%1", str(v.index)).replace("%2", str(bad)).replace("%3", str(len(v.items))))


def _factor_value(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "money":
        return fmt(Decimal(value).quantize(Decimal("0.01")))
    if kind == "pct":
        return f"{value}%"
    if kind == "change":
        return f"{'+' if value > 0 else ''}{value}%"
    return str(value)


def _local(iso: str | None) -> str:
    return clock.local_text(datetime.fromisoformat(iso)) if iso else ""


def _num(value: Decimal | None, *, money: bool) -> str:
    if value is None:
        return "—"
    return fmt(value) if money else str(value)


class ScoreTab(_Tab):
    """The stored score, explained. Showing it reads only: a case not scored yet (an
    import scores its applications; the demo its newest open cases) offers "Score now",
    an action of its own with its own audit entry."""
    scored = Signal()           # "Score now" stored a score: the case file re-reads the case

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.score_now = QPushButton(self.tr("Score now"), objectName="scoreNow")
        self.score_now.setToolTip(self.tr("Score this case on its data now; the score, its inputs and an audit "
                                          "entry are stored with the case."))
        self.score_now.clicked.connect(self._on_score_now_clicked)
        self.score_now.setVisible(False)
        self.headline = QLabel(objectName="scoreHeadline")
        self.headline.setStyleSheet("font-size: 13pt;")
        self.headline.setWordWrap(True)
        self.meta = QLabel(objectName="scoreMeta")
        self.meta.setStyleSheet("color: #666;")
        self.model = RecordsModel([self.tr("Factor"), self.tr("Value"), self.tr("Points"), self.tr("Reason")],
                                  right=[1, 2], parent=self)
        self.view = None
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.meta)
        lay.addWidget(self.score_now, 0, Qt.AlignmentFlag.AlignLeft)
        self.table = make_table(self.model, stretch=3, name="factorsTable")
        lay.addWidget(self.table, 1)
        lay.addStretch(0)

    def load(self) -> None:
        self.view = v = cases.score(self.store, self.actor, self.app_id)
        self.score_now.setVisible(v is None and self.actor.has("officer", "supervisor", "admin"))
        self.table.setVisible(v is not None)
        if v is None:
            self.model.set_rows([])
            self.headline.setText(self.tr("This case is not scored yet."))
            self.meta.setText(self.tr("Applications are scored when they are imported; "
                                      "Score now scores this one on its data today."))
            return
        r = v.result
        rows, colours = [], {}
        for i, f in enumerate(r.factors):
            rows.append([pick(f.name_zh, f.name_en), _factor_value(f.value, v.formats.get(f.code, "decimal")),
                         f"{f.points:+d}", pick(f.reason_zh, f.reason_en)])
            if f.points < 0:
                colours[(i, 2)] = "#b00020"
        rows.append([self.tr("Total"), "", str(r.total), ""])
        self.model.set_rows(rows, colours=colours)
        pd = (r.default_probability * 100).quantize(Decimal("0.01"))
        self.headline.setText(
            self.tr("Total %1 points - grade %2 - estimated default probability %3% - suggested limit %4")
            .replace("%1", str(r.total)).replace("%2", r.grade).replace("%3", str(pd))
            .replace("%4", fmt(r.suggested_limit, symbol=True)))
        self.meta.setText(self.tr("Scorecard %1; computed %2 on the data up to %3; the inputs are stored with the case.")
                          .replace("%1", r.version).replace("%2", _local(v.computed_at))
                          .replace("%3", v.as_of or ""))

    def _on_score_now_clicked(self) -> None:
        try:
            cases.score_now(self.store, self.actor, self.app_id)
        except Exception as exc:  # noqa: BLE001 - the one error presenter decides how to show it
            present_error(self, exc)
            return
        self.load()
        self.scored.emit()
