"""The rest of a contract paid out from the loan screen (issue 11): the Disbursements
tab lists each tranche, "Disburse the rest..." goes through the same dialogs (the summary
in 大写) and adds the tranche; in Chinese at the Chinese desk."""
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixture
from workstation.servicing import contracting, disbursement, loans
from workstation.decide import decisions, signoff
from workstation.servicing.disbursement import DisbursementRefused
from workstation.ui.loans import disburse_dialog as dd
from workstation.ui.case.case_file import CaseFile


@pytest.fixture
def half_paid(tmp_path):
    store = make_store((f"sqlite:///{tmp_path / 't.db'}", None))
    u = users(store)
    app = make_application(store, officer=u["off1"], amount="448000.00", suggested="500000.00")
    decisions.recommend(store, u["off1"], app, terms(amount="448000.00"), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("224000.00"),
                   account="pay@example.com")
    yield store, u, app, loan_id
    store.close()


def _table(panel):
    t = panel.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_rest_is_disbursed_from_the_loan_screen(qtbot, half_paid):
    store, u, app, loan_id = half_paid
    cf = CaseFile(store, u["off1"], app)
    qtbot.addWidget(cf)
    panel = cf.loan_screen.tranches
    assert not panel.pay_rest.isHidden()
    assert "¥224,000.00 can still be paid out" in panel.summary.text()
    assert len(_table(panel)) == 1
    seen = {}

    def fill_and_confirm():
        d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, dd.DisburseDialog) and w.isVisible())
        seen["title"] = d.windowTitle()
        assert d.amount.text() == "224000.00"                  # the rest, offered
        d.amount.setText("100000.00")
        d.on.setDate(QDate(decisions.today()))

        def confirm():
            c = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, dd.ConfirmDisbursement) and w.isVisible())
            seen["summary"] = [w.text() for w in c.findChildren(QLabel)]
            c.accept()
        QTimer.singleShot(0, confirm)
        d._on_buttons_accepted()
    QTimer.singleShot(0, fill_and_confirm)
    with qtbot.waitSignal(cf.loan_screen.changed):
        panel.pay_rest.click()
    assert seen["title"] == "Disburse the rest of the contract"
    assert "人民币壹拾万元整" in seen["summary"]
    assert any(t.startswith("2 (a further tranche") for t in seen["summary"])
    assert any(t.startswith("¥124,000.00 of the contracted amount remains undisbursed. It can be paid out later")
               for t in seen["summary"])
    rows = _table(panel)
    contract = disbursement.disbursement_offer(store, u["off1"], loan_id).contract_no
    assert [r[:5] for r in rows] == [
        ["1", contract, f"JJ-{contract}-01", decisions.today().isoformat(), "224,000.00"],
        ["2", f"{contract}-02", f"JJ-{contract}-02", decisions.today().isoformat(), "100,000.00"]]
    assert "¥124,000.00 can still be paid out" in panel.summary.text()


def test_a_refused_tranche_reaches_the_desk_in_its_words(qtbot, half_paid, ui_env):
    store, u, app, loan_id = half_paid
    cf = CaseFile(store, u["off1"], app)
    qtbot.addWidget(cf)
    panel = cf.loan_screen.tranches
    panel.ask = lambda offer, parent=None: dd.DisburseAnswer(decisions.today(), Decimal("224000.01"),
                                                             "pay@example.com", "x", "y")
    panel.pay_rest.click()
    assert ui_env[-1] == "The amount must be more than zero and at most 224000.00, what is left of the contract."
    assert len(_table(panel)) == 1


def test_the_tranche_texts_speak_chinese(qtbot, half_paid):
    from workstation.ui import i18n
    from workstation.ui.loans.loan_tranches import TranchesPanel
    store, u, app, loan_id = half_paid
    i18n.install("zh_CN")
    try:
        offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
        d = dd.DisburseDialog(offer)
        qtbot.addWidget(d)
        a = dd.DisburseAnswer(decisions.today(), Decimal("100000.00"), "pay@example.com", "p***@example.com",
                              "支付宝实名账户")
        c = dd.ConfirmDisbursement(offer, a)
        qtbot.addWidget(c)
        p = TranchesPanel(store, u["off1"], loan_id)
        qtbot.addWidget(p)
        p.load()
        shown = [d.windowTitle(), c.windowTitle(), p.summary.text(), p.pay_rest.text()]
        for w in (d, c):
            shown += [x.text() for x in w.findChildren(QLabel)] + [x.text() for x in w.findChildren(QAbstractButton)]
        shown += [p.table.horizontalHeaderItem(i).text() for i in range(p.table.columnCount())]
        shown += [p.table.item(0, 6).text()]
        data = (offer.contract_no, "example.com")
        english = [t for t in shown if re.search(r"[A-Za-z]{3,}", t) and not any(k in t for k in data)]
        assert english == []
        for code, params in (("offer_expired", {"expired_on": "2026-01-01"}),
                             ("above_remainder", {"remainder": "1.00"}), ("before_last_tranche", {"last": "x"}),
                             ("contract_not_open", {}), ("revolving_line", {})):
            text = dd.refusal_text(DisbursementRefused(code, **params))
            assert not re.search(r"[A-Za-z]{3,}", text), text
    finally:
        i18n.install("en")
