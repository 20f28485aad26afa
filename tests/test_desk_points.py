"""Smaller desk points of issue 11, each seen on screen: a loan opened by contract
number in any letter case, ..."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from tests.servicing_support import actor, open_loan, prepare
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixtures
from workstation.store.session import Store
from workstation.servicing.loan_views import loan_id_by_contract
from workstation.store.models_loans import Loan
from workstation.ui.main_window import MainWindow


@pytest.fixture
def desk(tmp_path):
    """A store with desk users and one disbursed loan."""
    s = prepare(Store.open(f"sqlite:///{tmp_path / 'points.db'}"))
    open_loan(s, actor(s, "officer1"), product="CREDIT_FIXED", amount="12000", method="equal-installment",
              start=date(2026, 1, 31), term_months=3)
    yield s
    s.close()


def _contract_no(store) -> tuple[int, str]:
    with store.read() as s:
        return s.execute(select(Loan.id, Loan.contract_no).order_by(Loan.id).limit(1)).one()


def test_contract_number_is_found_in_any_letter_case(desk):
    loan_id, no = _contract_no(desk)
    assert no.upper() != no.lower(), "the contract number has letters"
    assert loan_id_by_contract(desk, None, no) == loan_id
    assert loan_id_by_contract(desk, None, f"  {no.lower()} ") == loan_id
    assert loan_id_by_contract(desk, None, no.swapcase()) == loan_id
    assert loan_id_by_contract(desk, None, no.lower() + "9") is None


def test_loans_menu_opens_a_lower_case_contract_number(qtbot, desk, monkeypatch, ui_env):
    from workstation.ui.loans import loan_menu
    from workstation.ui.loans.loan_screen import LoanScreen
    loan_id, no = _contract_no(desk)
    w = MainWindow(desk, actor(desk, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (no.lower(), True)))
    w.menus["loans"].findChild(QAction, "actOpenLoan").trigger()      # the Loans menu's entry
    screen = w.tabs.currentWidget()
    assert isinstance(screen, LoanScreen) and screen.loan_id == loan_id
    assert w.tabs.tabText(w.tabs.currentIndex()) == no       # titled as stored, not as typed
    assert ui_env == []


def test_end_of_day_refuses_a_bad_date_with_a_message(qtbot, desk, monkeypatch, ui_env):
    from workstation.ui.loans import loan_menu
    w = MainWindow(desk, actor(desk, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2026-13-01", True)))
    loan_menu.run_end_of_day(w)
    assert ui_env == ["2026-13-01 is not a date: write YYYY-MM-DD."]


@pytest.mark.parametrize("typed", ["abc", "0.05%", "nan", "1e999999999", "-"])
def test_an_invalid_daily_rate_is_refused_not_taken_as_zero(qtbot, tmp_path, ui_env, typed):
    from tests.test_ui_fixtures import actor_for, app_ids
    from sqlalchemy import func

    from workstation.decide import queue
    from workstation.store.models_decide import Recommendation
    from workstation.demo.demo import generate
    from workstation.ui.case.recommend_form import RecommendationForm
    store = Store.open(f"sqlite:///{tmp_path / 'rec.db'}")
    try:
        generate(store, None, applications=20, seed=3)
        officer = actor_for(store, "officer1")
        app_id = app_ids(store, status="received")[0]
        queue.claim(store, officer, app_id)
        rec = RecommendationForm(store, officer, app_id)
        qtbot.addWidget(rec)
        rec.justification.setPlainText("steady shop")
        rec.rate.setText(typed)
        rec.refresh_preview()
        assert "daily rate" in rec.message.text().lower() and typed.strip() in rec.message.text()
        rec.save_button.click()
        assert "daily rate" in rec.message.text().lower()
        assert rec.version in (None, 0)
        with store.read() as s:                      # nothing was recorded at a rate of 0
            assert s.scalar(select(func.count(Recommendation.id))
                            .where(Recommendation.application_id == app_id)) == 0
        assert ui_env == []
    finally:
        store.close()


def test_default_statement_period_is_one_the_statement_accepts(desk):
    """Issue 11: the default period ended today and was refused. Every default offered is
    printable; a loan with no booked day yet offers no statement."""
    from workstation.printing import batch_print as bp
    from workstation.printing import document_data_statements as dd
    from workstation.servicing import eod
    loan_id, no = _contract_no(desk)       # disbursed 2026-01-31, end of day never run

    def statement(today):
        return next((j for j in bp.available_jobs(desk, None, contract_no=no, today=today) if j.kind == "statement"), None)

    for today in (date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 20)):
        assert statement(today) is None, today          # nothing booked: nothing to state
    eod.run_eod(desk, actor(desk, "supervisor1"), date(2026, 2, 10))
    for today, period in ((date(2026, 2, 10), (date(2026, 1, 31), date(2026, 1, 31))),   # January ended
                          (date(2026, 2, 28), (date(2026, 1, 31), date(2026, 1, 31))),
                          (date(2026, 3, 5), (date(2026, 2, 1), date(2026, 2, 10)))):     # booked to 10 Feb
        job = statement(today)
        assert (job.period_from, job.period_to) == period, today
        dd.statement_data(desk, None, no, period_from=job.period_from, period_to=job.period_to, today=today)
    eod.run_eod(desk, actor(desk, "supervisor1"), date(2026, 3, 4))
    job = statement(date(2026, 3, 5))                   # February is complete in the books
    assert (job.period_from, job.period_to) == (date(2026, 2, 1), date(2026, 2, 28))
    dd.statement_data(desk, None, no, period_from=job.period_from, period_to=job.period_to)


def test_import_report_with_a_long_path_fits_and_scrolls(qtbot, tmp_path):
    """The import report used to be cut off: a long rejects path widened the dialog past
    the screen. Now the dialog keeps its width and the whole report is in a scrolling view."""
    from pathlib import Path

    from workstation.services.setup import ensure_reference_data
    from workstation.ui.queue.import_dialog import ImportDialog
    root = Path(__file__).resolve().parents[1]
    deep = tmp_path / ("a_very_long_folder_name_without_any_spaces_" * 4) / ("and_another_one_" * 6)
    deep.mkdir(parents=True)
    bad = deep / "applications_bad_with_a_long_file_name.jsonl"
    bad.write_bytes((root / "resources" / "samples" / "applications_bad.jsonl").read_bytes())
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'imp.db'}"))
    ensure_reference_data(store, None)
    try:
        dlg = ImportDialog(None, store=store, actor=actor(store, "officer1"), path=bad)
        qtbot.addWidget(dlg)
        dlg.resize(640, 400)
        dlg.show()
        dlg.start()
        qtbot.waitUntil(lambda: dlg.report is not None and not dlg.running, timeout=60_000)
        qtbot.wait(50)
        assert f"{bad}.rejects.csv" in dlg.report_label.text()
        assert dlg.width() < 900 and dlg.minimumSizeHint().width() < 900, "the dialog fits a screen"
        report = dlg.report_label
        assert not report.horizontalScrollBar().isVisible()          # wrapped, nothing off to the right
        report.resize(report.width(), 40)                             # very short: it scrolls instead
        qtbot.wait(50)
        assert report.verticalScrollBar().maximum() > 0
        assert dlg.rejects_table.isVisible() and dlg.rejects_table.rowCount() == 7
        dlg.grab().save("/tmp/h6-import-report.png")
    finally:
        store.close()
