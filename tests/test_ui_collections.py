"""The collections desk driven through its real widgets: the lazy queue filtered by
bucket, a contact logged and one refused outside the hours (shown in words, and the
rules line saying so), a promise recorded, the demand letter previewed with the ledger's
figures, the deduction file written by a supervisor, and the menu entry installed."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta
from io import BytesIO

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from tests.servicing_support import actor, open_loan, prepare
from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.servicing import eod, loan_views
from workstation.store.session import Store
from workstation.ui.aftercare.collections_desk import CollectionsDesk, install


@pytest.fixture
def overdue(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'coll.db'}"))
    off = actor(store, "officer1")
    today = clock.today()
    ids = [open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                     start=today - timedelta(days=days), term_months=6) for days in (45, 80, 130)]
    eod.run_eod(store, None, today - timedelta(days=1))
    yield store, off, ids
    store.close()


def _daytime(hour: int):
    d = clock.today()
    return lambda: datetime(d.year, d.month, d.day, hour, 30, tzinfo=clock.BUSINESS_TZ)


def test_queue_contact_promise_and_letter(qtbot, qtmodeltester, overdue, monkeypatch):
    from pypdf import PdfReader
    store, off, ids = overdue
    desk = CollectionsDesk(store, off)
    qtbot.addWidget(desk)
    qtmodeltester.check(desk.model)
    assert desk.model.rowCount() == 3
    assert [desk.bucket.itemText(i) for i in range(4)] == ["All overdue (3)", "M1 (1)", "M2 (1)", "M3+ (1)"]
    desk.bucket.setCurrentIndex(desk.bucket.findData("M2"))
    assert desk.model.rowCount() == 1 and desk.model.index(0, 2).data() == "M2"
    desk.select_row(0)
    d = desk.detail
    lid = d.loan_id
    b = loan_views.loan_view(store, off, lid).balances
    assert fmt(b.overdue_principal) in d.facts.text() and f"{b.dpd} days past due" in d.facts.text()

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    d.now = _daytime(22)
    d.log_btn.click()
    assert shown[-1].startswith("No collection contact outside 8:00-21:00 (it is 22:30")
    assert "Outside the contact hours now." in d.rules.text()
    d.now = _daytime(10)
    d.outcome.setCurrentIndex(d.outcome.findData("promised"))
    d.note.setText("法人承诺周五前还款")
    d.log_btn.click()
    assert d.log.rowCount() == 1 and d.log.item(0, 3).text() == "Promised to pay"
    assert d.log.item(0, 5).text() == "法人承诺周五前还款"
    assert "attempts today 1 of 3" in d.rules.text()

    d.amount.setText("1,5")
    d.promise_btn.click()
    assert d.problem.text().startswith("Amount:") and d.promises.rowCount() == 0
    d.amount.setText("2000")
    d.promise_btn.click()
    assert d.promises.rowCount() == 1 and d.promises.item(0, 1).text() == fmt(2000) and \
        d.promises.item(0, 3).text() == "Open"
    assert desk.model.index(0, 6).data() == (clock.today() + timedelta(days=3)).isoformat()

    d.demand_btn.click()
    qtbot.addWidget(d.preview)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(d.preview.pdf_bytes)).pages).replace("\n", "")
    assert "催收函" in text and fmt(b.overdue_principal + b.overdue_interest + b.penalty) in text
    desk.resize(1400, 820)
    desk.grab().save("/tmp/coll-desk.png")
    open("/tmp/coll-demand.pdf", "wb").write(d.preview.pdf_bytes)


def test_supervisor_writes_the_deduction_file(qtbot, overdue, tmp_path, monkeypatch):
    store, off, ids = overdue
    sup = actor(store, "supervisor1")
    desk = CollectionsDesk(store, sup)
    qtbot.addWidget(desk)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    out = desk.write_deduction_file(tmp_path / "dk.csv")
    rows = list(csv.DictReader(open(out.path, encoding="utf-8", newline="")))
    assert len(rows) == 3 and told and "3 line(s)" in told[0]


def test_officer_has_no_deduction_button_and_menu_installed(qtbot, overdue):
    store, off, _ = overdue
    desk = CollectionsDesk(store, off)
    qtbot.addWidget(desk)
    assert not desk.deduct_btn.isVisibleTo(desk)
    w = QMainWindow()
    qtbot.addWidget(w)
    w.store, w.actor, w.menus, w.tabs = store, off, {}, QTabWidget()
    install(w)
    from workstation.ui.aftercare.warnings_desk import install as install_warnings
    install_warnings(w)
    names = [a.objectName() for a in w.menus["aftercare"].actions()]
    assert "actCollectionsDesk" in names and "actWarningsDesk" in names
    assert len([m for m in w.menuBar().actions() if m.menu() is w.menus["aftercare"]]) == 1
    act = [a for a in w.menus["aftercare"].actions() if a.objectName() == "actCollectionsDesk"][0]
    act.trigger()
    act.trigger()
    assert isinstance(w.tabs.currentWidget(), CollectionsDesk) and w.tabs.count() == 1
