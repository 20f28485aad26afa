"""The disbursement dialogs (issue 11, item 3): accounts from the borrower's list (masked
ones not selectable), another account asks for reason and supervisor, the summary shows
amount and account, the amount in 大写, and what remains; refusals in the desk's words."""
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixture
from workstation.domain import clock
from workstation.servicing import contracting, disbursement
from workstation.decide import decisions, signoff
from workstation.servicing.loan_views import loan_view
from workstation.store.models import Application, Merchant
from workstation.ui.loans import disburse_dialog as dd, loan_contract
from workstation.ui.case.case_file import CaseFile


@pytest.fixture
def contracted(tmp_path):
    store = make_store((f"sqlite:///{tmp_path / 'd.db'}", None))
    u = users(store)
    app = make_application(store, officer=u["off1"], amount="448000.00", suggested="500000.00")
    decisions.recommend(store, u["off1"], app, terms(amount="448000.00"), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    yield store, u, app, loan_id
    store.close()


def _mask_payment_account(store, app):
    with store.tx() as s:
        s.get(Merchant, s.get(Application, app).merchant_id).payment_account = "173****6376@alipay"


def test_masked_accounts_cannot_be_chosen_and_another_asks_for_reason_and_supervisor(qtbot, contracted, ui_env):
    store, u, app, loan_id = contracted
    _mask_payment_account(store, app)
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    d = dd.DisburseDialog(offer)
    qtbot.addWidget(d)
    model = d.account.model()
    assert not model.item(0).isEnabled() and "stored masked" in d.account.itemText(0)
    assert d.account.currentIndex() == 1 and d.account.currentData().account == "6222020000000000"
    assert d.amount.text() == "448000.00"
    assert d.other.isHidden()
    d.account.setCurrentIndex(2)                         # another account
    assert not d.other.isHidden() and not d.approver.isHidden()
    d.other.setText("6217000011112222")
    d._on_buttons_accepted()
    assert d.result() == 0 and "Reason" in ui_env[-1]
    d.reason.setText("card replaced")
    d._on_buttons_accepted()
    assert "supervisor" in ui_env[-1]
    d.amount.setText("448000.01")
    d._on_buttons_accepted()
    assert "at most ¥448,000.00".replace("¥", "") in ui_env[-1]
    d.amount.setText("1.005")
    d._on_buttons_accepted()
    assert "two decimals" in ui_env[-1]


def test_the_summary_shows_amount_in_words_account_and_what_remains(qtbot, contracted):
    store, u, app, loan_id = contracted
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    a = dd.DisburseAnswer(decisions.today(), Decimal("224000.00"), "6222020000000000", "工商银行 622202******0000",
                          "工商银行借记卡")
    c = dd.ConfirmDisbursement(offer, a)
    qtbot.addWidget(c)
    texts = [w.text() for w in c.findChildren(QLabel)]
    assert "¥224,000.00" in texts and "人民币贰拾贰万肆仟元整" in texts
    assert "工商银行借记卡  工商银行 622202******0000" in texts
    remaining = next(t for t in texts if t.startswith("¥224,000.00 of the contracted amount remains"))
    assert offer.offer_expires_on.isoformat() in remaining


def test_disbursing_from_the_case_file_confirms_then_shows_the_loan_tab(qtbot, contracted, monkeypatch):
    store, u, app, loan_id = contracted
    cf = CaseFile(store, u["off1"], app)
    qtbot.addWidget(cf)
    seen = {}

    def fill_and_confirm():
        d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, dd.DisburseDialog) and w.isVisible())
        d.amount.setText("224000.00")
        d.on.setDate(QDate(decisions.today()))          # the business date, not the machine's

        def confirm():
            c = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, dd.ConfirmDisbursement) and w.isVisible())
            seen["summary"] = [w.text() for w in c.findChildren(QLabel)]
            c.accept()
        QTimer.singleShot(0, confirm)
        d._on_buttons_accepted()
    QTimer.singleShot(0, fill_and_confirm)
    next(a for a in cf.toolbar.actions() if a.objectName() == "actDisburse").trigger()
    assert "人民币贰拾贰万肆仟元整" in seen["summary"]
    assert cf.profile.status == "disbursed"
    assert cf.tabs.tabText(cf.tabs.count() - 1) == "Loan"
    view = loan_view(store, None, loan_id)
    assert view.disbursed_amount == Decimal("224000.00")


def test_a_refusal_reaches_the_desk_in_its_words(qtbot, contracted, monkeypatch, ui_env):
    store, u, app, loan_id = contracted
    cf = CaseFile(store, u["off1"], app)
    qtbot.addWidget(cf)
    monkeypatch.setattr(loan_contract.DisburseDialog, "ask", classmethod(
        lambda cls, offer, parent=None: dd.DisburseAnswer(decisions.today(), offer.available, "6217000011112222",
                                                          "6217000011112222", "x", "card replaced", "sup1",
                                                          "wrong")))
    next(a for a in cf.toolbar.actions() if a.objectName() == "actDisburse").trigger()
    assert ui_env[-1] == "The supervisor's user name or password is wrong."
    assert cf.profile.status == "contracted"


def test_the_disbursement_dialogs_speak_chinese_at_the_chinese_desk(qtbot, contracted):
    import re
    from PySide6.QtWidgets import QAbstractButton, QComboBox
    from workstation.ui import i18n
    store, u, app, loan_id = contracted
    _mask_payment_account(store, app)
    i18n.install("zh_CN")
    try:
        offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
        d = dd.DisburseDialog(offer)
        qtbot.addWidget(d)
        d.account.setCurrentIndex(2)
        a = dd.DisburseAnswer(decisions.today(), Decimal("224000.00"), "6217000011112222", "6217000011112222",
                              d.tr("Other account"), "换卡", "sup1", PASSWORD)
        c = dd.ConfirmDisbursement(offer, a)
        qtbot.addWidget(c)
        shown = [d.windowTitle(), c.windowTitle()]
        for w in (d, c):
            shown += [x.text() for x in w.findChildren(QLabel)] + [x.text() for x in w.findChildren(QAbstractButton)]
        shown += [d.account.itemText(i) for i in range(d.account.count())]
        shown += [x.placeholderText() for x in d.findChildren(dd.QLineEdit)]
        codes = ("173****6376@alipay", offer.contract_no, "sup1")        # data, not interface text
        english = [t for t in shown if re.search(r"[A-Za-z]{3,}", t) and not any(k in t for k in codes)]
        assert english == []
        refused = [disbursement.DisbursementRefused(code) for code in (
            "account_missing", "account_masked", "reason_missing", "approver_missing", "approver_rejected",
            "approver_not_supervisor", "approver_self", "no_loan", "account_too_long")]
        assert all(dd.refusal_text(e) != str(e) for e in refused)      # the desk's words, not the English
        assert not re.search(r"[A-Za-z]{3,}", dd.refusal_text(disbursement.DisbursementRefused("approver_self")))
    finally:
        i18n.install("en")


def test_each_receipt_of_a_line_opens_from_the_documents_panel(qtbot, tmp_path):
    from datetime import date, timedelta
    from tests import servicing_support as ss
    from workstation.servicing import credit_lines
    from workstation.store.models_loans import Loan
    from workstation.ui.documents.documents_panel import DocumentsPanel
    store = ss.prepare(ss.Store.open(f"sqlite:///{tmp_path / 'l.db'}"))
    from workstation.printing.lender import mark_demo
    mark_demo(store, None)           # sample lender details: receipts print marked 样本
    off = ss.actor(store, "officer1")
    start = clock.today() - timedelta(days=3)
    loan_id = ss.open_loan(store, off, product="CREDIT_REVOLVING", amount="100000.00", method="bullet",
                           start=start, term_months=6, daily_rate="0.0006", draw="50000.00")
    on = start + timedelta(days=1)
    credit_lines.draw(store, off, loan_id, amount=Decimal("20000.00"), on=on, today=on)
    with store.read() as s:
        contract_no = s.get(Loan, loan_id).contract_no
    panel = DocumentsPanel(store, off, contract_no=contract_no)
    qtbot.addWidget(panel)
    panel.load()
    rows = [i for i, j in enumerate(panel.jobs) if j.kind == "receipt"]
    assert [panel.available.item(i).text() for i in rows] == [
        f"借款借据　JJ-{contract_no}-01", f"借款借据　JJ-{contract_no}-02"]
    # the contract listed by the number it carries (its job still finds it by the application)
    [c] = [i for i, j in enumerate(panel.jobs) if j.kind == "contract"]
    assert panel.available.item(c).text() == f"借款合同　{contract_no}"
    panel.available.setCurrentRow(rows[1])
    panel._on_open_clicked()
    assert panel.previews[-1].windowTitle().endswith(f"JJ-{contract_no}-02")
    for p in panel.previews:
        p.close()
    store.close()
