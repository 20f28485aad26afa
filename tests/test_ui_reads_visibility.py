"""On screen: an officer of another team opens a loan by contract number (Loans > Open
loan) and is refused with one clear message, in Chinese on a Chinese desk; the loan
screen, opened anyway, shows nothing and accepts no repayment."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from tests import servicing_support as sup
from tests.decide_helpers import make_store, users
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixtures
from workstation.servicing import loan_views
from workstation.store.models import Application
from workstation.store.models_loans import Loan

START = date(2026, 1, 5)
REFUSED_EN = "This case belongs to another team: you may not open it, its loan or its documents."


@pytest.fixture
def book(tmp_path):
    store = make_store((f"sqlite:///{tmp_path / 'teams.db'}", None))
    u = users(store)
    loan_id = sup.open_loan(store, u["off1"], product="CREDIT_FIXED", amount="60000.00",
                            method="equal-installment", start=START, term_months=6)
    with store.tx() as s:          # set-up: the case is off1's (team of sup1)
        loan = s.get(Loan, loan_id)
        s.get(Application, loan.application_id).officer_id = u["off1"].id
        contract_no = loan.contract_no
    yield store, u, loan_id, contract_no
    store.close()


def _open_by_contract(qtbot, monkeypatch, store, who, contract_no):
    from workstation.ui.loans import loan_menu
    from workstation.ui.main_window import MainWindow
    w = MainWindow(store, who, idle_ms=3_600_000)
    qtbot.addWidget(w)
    tabs_before = w.tabs.count()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (contract_no, True)))
    w.menus["loans"].findChild(QAction, "actOpenLoan").trigger()      # the Loans menu's entry
    return w, tabs_before


def test_open_loan_by_contract_refused_to_another_team(qtbot, monkeypatch, book, ui_env):
    from workstation.ui.loans.loan_screen import LoanScreen
    store, u, loan_id, contract_no = book
    w, before = _open_by_contract(qtbot, monkeypatch, store, u["off2"], contract_no)
    assert w.tabs.count() == before                      # no loan screen opened
    assert ui_env == [REFUSED_EN]
    # the owner's team opens it
    w, before = _open_by_contract(qtbot, monkeypatch, store, u["sup1"], contract_no)
    assert isinstance(w.tabs.currentWidget(), LoanScreen) and w.tabs.currentWidget().loan_id == loan_id


def test_refusal_is_chinese_on_a_chinese_desk(qtbot, monkeypatch, book, ui_env):
    from workstation.ui import i18n
    store, u, _, contract_no = book
    i18n.install("zh_CN")
    try:
        _open_by_contract(qtbot, monkeypatch, store, u["off2"], contract_no)
    finally:
        i18n.install("en")
    assert ui_env == ["该案件属于其他团队：您无权查看该案件及其贷款和文件。"]
    assert not re.search(r"[A-Za-z]", ui_env[0])


def test_loan_screen_of_another_team_shows_nothing_and_posts_nothing(qtbot, book, ui_env):
    from workstation.ui.loans.loan_screen import LoanScreen
    store, u, loan_id, _ = book
    before = loan_views.journal(store, u["off1"], loan_id)
    screen = LoanScreen(store, u["off2"], loan_id)
    qtbot.addWidget(screen)
    assert screen.view is None
    assert not screen.post_repayment(Decimal("100.00"), START)
    assert loan_views.journal(store, u["off1"], loan_id) == before
    assert ui_env == [REFUSED_EN, REFUSED_EN]
