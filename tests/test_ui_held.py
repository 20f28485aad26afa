"""Tools > Held repayments...: the lines the repayment file held, posted or returned at
the desk; refusals in the interface language."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from workstation.servicing import loan_views, repayment_held as rh
from workstation.store.session import Store
from workstation.servicing.repayment_import import import_repayments
from workstation.store.models_loans import Loan
from workstation.ui import i18n
from workstation.ui.loans.loan_held import HeldRepaymentsDialog, install, refusal_text

from tests.servicing_support import actor, open_loan, prepare

TODAY = date(2026, 3, 20)


@pytest.fixture
def held(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'held.db'}"))
    off = actor(store, "officer1")
    a = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30)
    b = open_loan(store, off, product="ORDER", amount="5000", method="bullet", start=date(2026, 2, 2), days=30)
    with store.read() as s:
        na, nb = s.get(Loan, a).contract_no, s.get(Loan, b).contract_no
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount\n"
                 f"P1,{na},2026-02-11,20000.00\nP2,{nb},2026-02-12,9000.00\n", encoding="utf-8")
    r = import_repayments(store, off, f, today=TODAY)
    assert r.held == 2
    yield store, off, (a, b)
    store.close()


def test_dialog_lists_posts_and_returns(qtbot, held, monkeypatch):
    store, off, (a, b) = held
    dlg = HeldRepaymentsDialog(store, off)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 2
    assert [dlg.table.item(r, 0).text() for r in range(2)] == ["P1", "P2"]
    assert dlg.table.item(0, 4).text() == "10,050.00"            # the payoff on 11 Feb
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.table.selectRow(0)
    dlg.post_button.click()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 0).text() == "P2"
    v = loan_views.loan_view(store, None, a)
    assert v.balances.status == "closed" and str(v.balances.excess) == "9950.00"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("paid to the wrong loan", True))
    dlg.return_button.click()
    assert dlg.table.rowCount() == 0 and not dlg.post_button.isEnabled()
    [ret] = rh.held_lines(store, None, status="returned")
    assert (ret.payment_ref, ret.reason) == ("P2", "paid to the wrong loan")
    assert loan_views.loan_view(store, None, b).balances.status == "active"


def test_refusals_are_translated(qapp, held):
    store, off, _ = held
    h = rh.held_lines(store, None)[0]
    rh.return_held(store, off, h.id, reason="x")
    with pytest.raises(rh.HeldLineRefused) as exc:
        rh.post_held(store, off, h.id, today=TODAY)
    with pytest.raises(rh.HeldLineRefused) as no_reason:
        rh.return_held(store, off, rh.held_lines(store, None)[0].id, reason=" ")
    i18n.install("zh_CN")
    try:
        for e in (exc.value, no_reason.value):
            text = refusal_text(e)
            assert text and not any(w in text for w in ("the", "line", "money")), text
    finally:
        i18n.install("en")


def test_installed_in_the_tools_menu(qapp, held):
    store, off, _ = held
    menu = QMenu()
    window = SimpleNamespace(actor=off, store=store, menus={"tools": menu})
    install(window)
    assert [a.objectName() for a in menu.actions()] == ["actHeldRepayments"]
