"""The warnings desk driven through its real widgets: the lazy queue and its filters,
the detail with the threshold drawn on the borrower's chart, notes and requests through
the action dialog, a supervisor's signature, a refusal shown in words, the recall notice
previewed, and the 贷后 menu installed on a window."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox, QTabWidget

from tests.aftercare_support import member_of, weekly, write_jsonl
from tests.servicing_support import actor, open_loan, prepare
from workstation.aftercare import monitoring
from workstation.domain import clock
from workstation.services import auth
from workstation.servicing import loan_views
from workstation.store.session import Store
from workstation.ui.aftercare.warnings_desk import WarningsDesk, install

PASSWORD = "Sign-off-2026!"


@pytest.fixture
def warned(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'warn.db'}"))
    admin = actor(store, "admin")
    auth.add_user(store, admin, username="sup3", display_name="王主管", password=PASSWORD, roles={"supervisor"})
    off, sup = actor(store, "officer1"), actor(store, "sup3")
    today = clock.today()
    loan_day = today - timedelta(weeks=7)
    lid = open_loan(store, off, product="CREDIT_REVOLVING", amount="100000", method="bullet", start=loan_day,
                    term_months=6, daily_rate="0.0006", draw="60000")
    snaps = weekly(member_of(store, lid), start=loan_day - timedelta(weeks=12), weeks=19, deteriorate=True,
                   loan_day=loan_day)
    monitoring.import_monitoring(store, off, write_jsonl(tmp_path / "m.jsonl", snaps), as_of=today)
    yield store, off, sup, lid
    store.close()


def _answer(qtbot, **fields):
    """Fill the action dialog when it opens and press OK."""
    def fill():
        d = QApplication.activeModalWidget()
        assert d is not None and d.objectName() == "warningActionDialog"
        if "note" in fields:
            d.note.setPlainText(fields["note"])
        if "amount" in fields:
            d.amount.setText(fields["amount"])
        if "password" in fields:
            d.password.setText(fields["password"])
        d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def _select(desk: WarningsDesk, rule_text: str) -> None:
    for row in range(desk.model.rowCount()):
        if desk.model.index(row, 3).data() == rule_text:
            desk.select_row(row)
            return
    raise AssertionError(f"no row {rule_text}")


def test_queue_detail_chart_and_actions(qtbot, qtmodeltester, warned, monkeypatch):
    store, off, sup, lid = warned
    desk = WarningsDesk(store, off)
    qtbot.addWidget(desk)
    qtmodeltester.check(desk.model)
    assert desk.model.rowCount() == 2
    _select(desk, "Sales down against before the loan")
    d = desk.detail
    assert "Sales down" in d.title.text() and "threshold 30000.00" in d.facts.text()
    chart = d.chart.chart()
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    threshold = [s for s in lines if s.name() == "Threshold"][0]
    assert [p.y() for p in threshold.points()] == [30000.0, 30000.0]
    assert lines[0].count() == 19
    assert not d.buttons["sign"].isVisibleTo(d)          # officers request; supervisors sign

    d.buttons["take"].click()
    assert d.view.row.status == "assigned" and desk.model.index(desk.table.currentIndex().row(), 5).data() == "Assigned"
    _answer(qtbot, note="法人称备货延迟")
    d.buttons["call"].click()
    assert d.view.row.status == "acting" and d.history.item(1, 2).text() == "法人称备货延迟"
    _answer(qtbot, note="暂停支用")
    d.buttons["freeze"].click()
    assert d.history.item(2, 1).text() == "Awaiting sign-off"

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    _answer(qtbot, note="误报")
    d.buttons["close"].click()
    assert shown == ["A request on this warning still awaits sign-off: decide it first"]

    boss = WarningsDesk(store, sup)
    qtbot.addWidget(boss)
    boss.status.setCurrentIndex(boss.status.findData("signoff"))
    assert boss.model.rowCount() == 1                     # the supervisor's list of requests to sign
    _select(boss, "Sales down against before the loan")
    assert boss.detail.buttons["sign"].isEnabled()
    _answer(qtbot, note="同意", password="not-my-password-1")
    boss.detail.buttons["sign"].click()
    assert shown[-1] == "Signature refused: the password is wrong; nothing was signed"
    _answer(qtbot, note="同意", password=PASSWORD)
    boss.detail.buttons["sign"].click()
    assert boss.detail.history.item(2, 1).text() == "Signed" and boss.detail.history.item(2, 5).text() == "王主管"
    assert loan_views.loan_view(store, None, lid).line.frozen is True
    assert not boss.detail.buttons["freeze"].isEnabled()

    desk.status.setCurrentIndex(desk.status.findData("closed"))
    assert desk.model.rowCount() == 0
    desk.status.setCurrentIndex(0)
    desk.search.setText("Login")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)


def test_recall_requested_signed_and_notice_previewed(qtbot, warned):
    from io import BytesIO

    from pypdf import PdfReader
    from workstation.domain.money import fmt
    store, off, sup, lid = warned
    desk = WarningsDesk(store, off)
    qtbot.addWidget(desk)
    _select(desk, "Sales down against before the loan")
    assert not desk.detail.buttons["notice"].isEnabled()
    _answer(qtbot, note="经营显著恶化")
    desk.detail.buttons["recall"].click()
    due = desk.detail.view.actions[-1].due_date
    assert due == clock.today() + timedelta(days=15)
    boss = WarningsDesk(store, sup)
    qtbot.addWidget(boss)
    _select(boss, "Sales down against before the loan")
    _answer(qtbot, password=PASSWORD)
    boss.detail.buttons["sign"].click()
    assert boss.detail.buttons["notice"].isEnabled()
    boss.detail.buttons["notice"].click()
    preview = boss.detail.preview
    qtbot.addWidget(preview)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(preview.pdf_bytes)).pages).replace("\n", "")
    quote = loan_views.payoff_quote(store, off, lid, on=due)
    assert "提前收贷通知书" in text and fmt(quote.total) in text


def test_menu_installed(qtbot, warned):
    store, off, _, _ = warned
    w = QMainWindow()
    qtbot.addWidget(w)
    w.store, w.actor, w.menus, w.tabs = store, off, {}, QTabWidget()
    install(w)
    act = [a for a in w.menus["aftercare"].actions() if a.objectName() == "actWarningsDesk"][0]
    act.trigger()
    assert isinstance(w.tabs.currentWidget(), WarningsDesk) and w.tabs.count() == 1
    act.trigger()
    assert w.tabs.count() == 1


def test_administrator_stores_a_new_rule_version(qtbot, warned, monkeypatch):
    from PySide6.QtCore import Qt
    from workstation.aftercare import rulesets
    from workstation.ui.aftercare.warnings_rules import RulesDialog
    store, off, _, _ = warned
    admin = actor(store, "admin")
    dlg = RulesDialog(store, admin)
    qtbot.addWidget(dlg)
    row = dlg.codes.index("sales_drop")
    assert dlg.table.item(row, 3).text() == "drop_pct=40; weeks=4"
    dlg.table.item(row, 3).setText("drop_pct=300; weeks=4")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dlg.note.setText("试调")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert shown == ["The warning rules cannot be stored: rule sales_drop, field params.drop_pct"]
    dlg.table.item(row, 3).setText("drop_pct=30; weeks=4")
    dlg.table.item(dlg.codes.index("rating_fall"), 0).setCheckState(Qt.CheckState.Unchecked)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.stored == 2
    now = rulesets.current(store, off)
    assert now.rule("sales_drop").params["drop_pct"] == Decimal("30") and not now.rule("rating_fall").enabled


def test_sorting_by_severity_and_officer_happens_in_sql(qtbot, warned):
    from PySide6.QtCore import Qt
    store, off, _, _ = warned
    desk = WarningsDesk(store, off)
    qtbot.addWidget(desk)
    desk.model.sort(4, Qt.SortOrder.DescendingOrder)
    assert [desk.model.index(r, 4).data() for r in range(2)] == ["High", "Medium"]
    desk.model.sort(4, Qt.SortOrder.AscendingOrder)
    assert [desk.model.index(r, 4).data() for r in range(2)] == ["Medium", "High"]
    desk.model.sort(7, Qt.SortOrder.AscendingOrder)
    assert desk.model.rowCount() == 2
