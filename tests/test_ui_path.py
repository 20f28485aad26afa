"""Issue 11, "Done when": the whole path walked through the real main windows and dialogs,
in Chinese: File > Import -> claim -> interview -> recommend -> two sign-offs (the second
by another team's supervisor) -> contract signing -> disbursement (account from the list,
confirmed) -> a repayment at the loan screen -> the month's statement from the Documents
tab. After each step no English word may be shown (every visible widget, dialog, menu
and status bar; message boxes too), and the statement's PDF states the repayment as the
ledger holds it. Screenshots of each step go to /tmp/path-N.png."""
from __future__ import annotations

import calendar
import io
import json
import random
import re
from datetime import timedelta
from decimal import Decimal

import pypdf
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from sqlalchemy import select

from tests.test_ui_fixtures import PASSWORDS, actor_for, desk, ui_env  # noqa: F401 - fixtures
from tests.ui_texts import english_shown, widget_texts
from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.domain.products import SEED_PRODUCTS
from workstation.decide import decisions
from workstation.servicing import eod, loan_views
from workstation.intake import imports_samples
from workstation.store.models import Application
from workstation.store.models_loans import Loan
from workstation.ui.case import decide_common
from workstation.ui import i18n
from workstation.ui.queue import import_dialog
from workstation.ui.loans import loan_contract
from workstation.ui.case.case_file import CaseFile
from workstation.ui.loans.disburse_dialog import ConfirmDisbursement, DisburseDialog
from workstation.ui.documents.documents_panel import DocumentsPanel
from workstation.ui.documents.documents_preview import PdfPreviewDialog
from workstation.ui.queue.import_dialog import ImportDialog
from workstation.ui.case.interview_form import InterviewForm
from workstation.ui.loans.loan_screen import AmountDateDialog
from workstation.ui.main_window import MainWindow
from workstation.ui.case.recommend_form import RecommendationForm
from workstation.ui.case.signoff_view import SignoffView

SHOTS = "/tmp/path-{}.png"


class Walk:
    """Screenshots and the no-English check, step by step."""

    def __init__(self, qtbot, ui_env, allowed: set[str]) -> None:
        self.qtbot, self.boxes, self.allowed, self.step = qtbot, ui_env, allowed, 0

    def check(self, *roots, name: str) -> None:
        self.step += 1
        roots[0].grab().save(SHOTS.format(f"{self.step:02d}-{name}"))
        english = english_shown(*roots, allowed=self.allowed)
        english += [("QMessageBox", t) for t in self.boxes if re.search(r"[A-Za-z]{3,}", t)]
        assert english == [], f"step {self.step} ({name}) shows English: {english}"
        assert self.boxes == [], f"step {self.step} ({name}): a message box popped up: {self.boxes}"

    def answer(self, kind, act) -> dict:
        """Run ``act(dialog)`` on the modal dialog of ``kind`` once it is shown."""
        done: dict = {}

        def poll(tries=[0]):  # noqa: B006 - a counter across the timer's calls
            d = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
            if d is None:
                tries[0] += 1
                assert tries[0] < 500, f"no {kind.__name__} was shown"
                QTimer.singleShot(10, poll)
                return
            try:
                act(d)
            except BaseException as exc:  # noqa: BLE001 - raised again after the dialog has gone
                done["error"] = exc
                d.reject()
            done["ok"] = True
        QTimer.singleShot(0, poll)
        return done


def _ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole).click()


def _inked(widget) -> bool:
    """Something drawn on the page: a dark pixel somewhere in the middle of the view."""
    img = widget.grab().toImage()
    w, h = img.width(), img.height()
    return any(img.pixelColor(x, y).lightness() < 128 for y in range(h // 8, h // 2, 3) for x in range(w // 8, w - w // 8, 3))


def _raise(done: dict) -> None:
    assert done.get("ok"), "the dialog was never answered"
    if "error" in done:
        raise done["error"]


def _tab_of(cf: CaseFile, kind):
    for i in range(cf.tabs.count()):
        if isinstance(cf.tabs.widget(i), kind):
            cf.tabs.setCurrentIndex(i)
            return cf.tabs.widget(i)
    raise AssertionError(f"no {kind.__name__} tab")


def _window(qtbot, store, username) -> MainWindow:
    w = MainWindow(store, actor_for(store, username), idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    return w


def _application_file(tmp_path):
    today = clock.today()
    rec = imports_samples.make_record(random.Random(11), seq=1, as_of=today, months=True, prefix="GUI")
    rec.update(product_code="CREDIT_FIXED", amount_requested="600000.00", term_months=6, term_days=None)
    rec["merchant"].update(platform="taobao", member_since=(today - timedelta(days=3 * 365)).isoformat(),
                           payment_account="13812345678@alipay", real_name_verified=True, bank_listed=True,
                           province="浙江", city="杭州市")
    path = tmp_path / "今日进件.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _status(store, app_id) -> str:
    with store.read() as s:
        return s.get(Application, app_id).status


def _select_in_queue(w: MainWindow, queue_key: str, app_id: int) -> None:
    w.show_queue(queue_key)
    panel = w.queue_panel
    panel.refresh()
    assert app_id in panel.model.loaded_ids(), f"not in the {queue_key} queue"
    panel.table.selectRow(panel.model.row_of(app_id))


def _open_in_queue(w: MainWindow, queue_key: str, app_id: int) -> CaseFile:
    _select_in_queue(w, queue_key, app_id)
    w._open_selected()                                  # Case > Open selected case (Enter)
    cf = w.tabs.currentWidget()
    assert isinstance(cf, CaseFile) and cf.app_id == app_id
    return cf


def _sign_off(walk: Walk, w: MainWindow, app_id: int, username: str, name: str) -> tuple[CaseFile, SignoffView]:
    cf = _open_in_queue(w, "signoff", app_id)
    view = _tab_of(cf, SignoffView)
    walk.check(w, name=f"{name}-before")
    assert view.approve_button.isEnabled(), view.message.text()

    def sign(d):
        walk.check(d, name=f"{name}-password")
        d.edit.setText(PASSWORDS[username])
        d.accept()
    done = walk.answer(decide_common.PasswordDialog, sign)
    with walk.qtbot.waitSignal(view.signed, timeout=10_000):
        view.approve_button.click()
    _raise(done)
    return cf, view


def test_the_whole_path_in_chinese(qtbot, desk, monkeypatch, tmp_path, ui_env):
    i18n.install("zh_CN")
    walk = Walk(qtbot, ui_env, allowed={p.code for p in SEED_PRODUCTS})

    # 1. File > Import applications: the platform's export, checked and stored
    ow = _window(qtbot, desk, "officer1")
    path = _application_file(tmp_path)
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))

    def read_report(d: ImportDialog):
        qtbot.waitUntil(lambda: d.report is not None and not d.running, timeout=60_000)
        assert d.report.imported == 1, d.report_label.text()
        walk.check(d, name="import")
        d.close_button.click()
    done = walk.answer(ImportDialog, read_report)
    ow.act_import.trigger()           # the import window is not modal: the desk stays readable meanwhile
    qtbot.waitUntil(lambda: "ok" in done, timeout=60_000)
    _raise(done)
    with desk.read() as s:
        app_id = s.scalar(select(Application.id).order_by(Application.id.desc()).limit(1))
    assert _status(desk, app_id) == "received"

    # 2. claim it from the unassigned queue
    _select_in_queue(ow, "unassigned", app_id)
    ow.queue_panel.claim_btn.click()
    assert _status(desk, app_id) == "in_review", (ui_env, ow.queue_panel.current_row())
    walk.check(ow, name="claimed")

    # 3. the video interview, submitted
    cf = _open_in_queue(ow, "mine", app_id)
    walk.check(ow, name="case")
    form: InterviewForm = _tab_of(cf, InterviewForm)
    form.start_button.click()
    now = clock.now()
    decide_common.write_datetime(form.actual_start, now - timedelta(minutes=40))
    decide_common.write_datetime(form.actual_end, now - timedelta(minutes=10))
    form.participants.setText("法定代表人，王信贷")
    for result, note, figure in form.check_rows.values():
        result.setCurrentIndex(result.findData("confirmed"))
        note.setText("已核实")
    for box in form.answers.values():
        box.setCurrentIndex(1)
    form.notes.setPlainText("视频中展示了仓库和发货单，与申报一致。")
    form.outcome.setCurrentIndex(form.outcome.findData("verified"))
    with qtbot.waitSignal(form.submitted, timeout=10_000):
        form.submit_button.click()
    assert form.view.read_only, form.message.text()
    cf = ow.tabs.currentWidget()
    _tab_of(cf, InterviewForm)
    walk.check(ow, name="interview")

    # 4. the recommendation: 600,000.00 needs two signatures
    rec: RecommendationForm = _tab_of(cf, RecommendationForm)
    rec.product.setCurrentIndex(rec.product.findData("CREDIT_FIXED"))
    rec.amount.setText("600000.00")
    rec.method.setCurrentIndex(rec.method.findData("equal-installment"))
    rec.term_months.setCurrentIndex(rec.term_months.findData(6))
    rec.justification.setPlainText("经营稳定，面谈核实无误")
    rec.refresh_preview()
    rec.save_button.click()
    rec.submit_button.click()
    assert _status(desk, app_id) == "awaiting_signoff", rec.message.text()
    _tab_of(ow.tabs.currentWidget(), RecommendationForm)
    walk.check(ow, name="recommended")

    # 5. two sign-offs: supervisor1 (the officer's team), then supervisor2 (another team)
    s1 = _window(qtbot, desk, "supervisor1")
    _, v1 = _sign_off(walk, s1, app_id, "supervisor1", "signoff1")
    assert _status(desk, app_id) == "awaiting_signoff"
    walk.check(s1, name="signoff1-done")
    s2 = _window(qtbot, desk, "supervisor2")
    cf2, v2 = _sign_off(walk, s2, app_id, "supervisor2", "signoff2")
    assert _status(desk, app_id) == "approved" and v1 is not v2
    assert "已批准" in cf2.header.text()            # closed to another team, but not left saying 待审批
    walk.check(s2, name="signoff2-done")
    assert decisions.approved_terms(desk, None, app_id).signers == ("supervisor1", "supervisor2")

    # 6. the borrower signs the contract (recorded by the officer)
    ow.refresh()
    cf = ow.tabs.currentWidget()
    assert cf.profile.status == "approved"

    def sign_contract(d):
        walk.check(d, name="contract")
        _ok(d)
    done = walk.answer(loan_contract.ContractDialog, sign_contract)
    next(a for a in cf.toolbar.actions() if a.objectName() == "actSignContract").trigger()
    _raise(done)
    assert cf.profile.status == "contracted"
    walk.check(ow, name="contracted")

    # 7. disbursement: the account from the borrower's list, then the summary confirmed
    def disburse(d: DisburseDialog):
        assert d.account.currentData().usable
        walk.check(d, name="disburse")

        def confirm(c):
            walk.check(c, name="disburse-confirm")
            c.findChild(QPushButton, "confirmPay").click()
        inner = walk.answer(ConfirmDisbursement, confirm)
        _ok(d)
        _raise(inner)
    done = walk.answer(DisburseDialog, disburse)
    next(a for a in cf.toolbar.actions() if a.objectName() == "actDisburse").trigger()
    _raise(done)
    assert cf.profile.status == "disbursed"
    with desk.read() as s:
        loan = s.scalar(select(Loan).where(Loan.application_id == app_id))
        loan_id, disbursed_on = loan.id, loan.disbursed_on
    assert loan.disbursed_amount == Decimal("600000.00") and "*" not in loan.destination_account
    screen = cf.loan_screen
    cf.tabs.setCurrentWidget(screen)
    walk.check(ow, name="loan")

    # 8. a repayment posted at the loan screen
    def pay(d: AmountDateDialog):
        d.amount.setText("50000.00")
        walk.check(d, name="repay")
        _ok(d)
    done = walk.answer(AmountDateDialog, pay)
    screen.act_pay.trigger()
    _raise(done)
    [paid] = [e for e in loan_views.journal(desk, None, loan_id) if e.kind == "repayment"]
    assert paid.amount == Decimal("50000.00") and paid.value_date == disbursed_on
    walk.check(ow, name="repaid")
    screen.tabs.setCurrentIndex(1)                               # the journal, as posted
    walk.check(ow, name="journal")
    assert not [t for _, t in widget_texts(ow) if "13812345678" in t], "the payment account shown unmasked"

    # 9. the month ends (the nightly end of day runs); its statement from the Documents tab
    month_end = disbursed_on.replace(day=calendar.monthrange(disbursed_on.year, disbursed_on.month)[1])
    monkeypatch.setattr(clock, "today", lambda: month_end + timedelta(days=1))
    eod.run_eod(desk, actor_for(desk, "supervisor1"), month_end)
    panel: DocumentsPanel = _tab_of(cf, DocumentsPanel)
    row = panel.available_kinds.index("statement")
    panel.available.setCurrentRow(row)
    walk.check(ow, name="documents")
    panel.btn_open.click()
    preview: PdfPreviewDialog = panel.previews[-1]
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(lambda: _inked(preview.view), timeout=10_000)      # the page is drawn off the main thread
    walk.check(preview, name="statement")
    with open(SHOTS.format("statement").replace(".png", ".pdf"), "wb") as fh:
        fh.write(preview.pdf_bytes)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(preview.pdf_bytes)).pages))
    # the statement's line of the repayment is the ledger's: date, amount, its split, the balance after it
    # (the journal signs what a repayment takes off the balances negative; paper shows the amounts)
    entries = loan_views.journal(desk, None, loan_id)
    lent = sum(e.amount for e in entries if e.kind == "disbursement")
    split = (-paid.principal, -paid.interest, -paid.penalty)
    assert sum(split) == paid.amount and split[0] > 0
    assert f"{paid.value_date.isoformat()}还款{fmt(paid.amount)}" + "".join(fmt(x) for x in split) \
           + fmt(lent - split[0]) in text, text
    with desk.read() as s:
        loan = s.get(Loan, loan_id)
        principal, interest = loan.principal_outstanding, loan.interest_unpaid
    assert principal == lent - split[0]
    assert f"贷款本金余额0.00{fmt(principal)}" in text and f"应付未付利息0.00{fmt(interest)}" in text
    assert f"借款金额¥{fmt(lent)}" in text and f"{clock.today():%Y年%-m月%-d日}" in text      # issued today
    assert "138****5678@alipay" in text and "13812345678" not in text          # the account masked on paper
    for w in (ow, s1, s2):
        w.close()
    preview.close()


def test_signing_or_disbursing_too_early_is_refused_in_chinese(qtbot, desk, ui_env):
    from tests.test_ui_fixtures import app_ids
    i18n.install("zh_CN")
    officer = actor_for(desk, "officer1")
    app_id = next(a for a in app_ids(desk, status="in_review", officer_id=officer.id))
    cf = CaseFile(desk, officer, app_id)
    qtbot.addWidget(cf)
    loan_contract._sign(cf)
    loan_contract._disburse(cf)
    assert ui_env == ["本申请没有已批准的授信。", "本申请尚未登记借款合同。"]
