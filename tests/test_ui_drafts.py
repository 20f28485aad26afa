"""Drafts kept on this computer (issue 18): what an officer types survives a database that
cannot be reached (a save refused for it keeps the text, a notice says so, the desk offers
to save when the server is back), a closed form (opened again, the draft is back), and a
newer version on the server (both kept, the officer chooses). Real widgets, a real SQLite
file taken away under the desk (the driver's own "unable to open" error)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.test_ui_fixtures import actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from tests.test_ui_warnings import warned  # noqa: F401 - fixture
from workstation.decide import decisions, interviews, queue
from workstation.operations import drafts as kept
from workstation.ui import drafts
from workstation.ui.case.interview_form import InterviewForm
from workstation.ui.case.recommend_form import RecommendationForm


def _claimed(store, officer):
    from workstation.decide import cases
    admin = actor_for(store, "admin")
    app_id = next(a for a in app_ids(store, status="received")
                  if all(c.passed for c in cases.policy_checks(store, admin, a)))
    queue.claim(store, officer, app_id)
    return app_id


def _interviewed(qtbot, store, officer):
    from tests.test_ui_decide import _interview
    app_id = _claimed(store, officer)
    _interview(qtbot, store, officer, app_id)
    return app_id


class Outage:
    """The database file taken away (a folder in its place): every query fails to connect."""

    def __init__(self, store) -> None:
        self.store = store
        self.path = Path(store.engine.url.database)
        self.aside = self.path.with_suffix(".away")

    def __enter__(self):
        self.store.engine.dispose()
        self.path.rename(self.aside)
        self.path.mkdir()
        return self

    def __exit__(self, *exc) -> None:
        self.path.rmdir()
        self.aside.rename(self.path)
        self.store.engine.dispose()


def _files() -> list[Path]:
    return sorted(Path(os.environ["WORKSTATION_DRAFTS_DIR"]).glob("*.json"))


def test_a_note_typed_while_the_database_is_away_is_kept_and_saved_when_it_is_back(qtbot, desk):
    officer = actor_for(desk, "officer1")
    app_id = _claimed(desk, officer)
    form = InterviewForm(desk, officer, app_id)
    qtbot.addWidget(form)
    form.show()
    form.start_button.click()
    with Outage(desk):
        form.notes.setPlainText("Stock counted with the owner: 1,200 units.")
        form.save_now()                                     # the debounced save, refused: no server
        assert "cannot be reached" in form.message.text()
        assert form.kept.notice.isVisible() and "kept on this computer" in form.kept.notice.label.text()
        [file] = _files()
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
        assert "1,200 units" in file.read_text(encoding="utf-8")
        assert form.notes.toPlainText().startswith("Stock counted")     # still on the screen
    drafts.server_back()
    assert form.kept.notice.save_button.isVisible()
    form.kept.notice.save_button.click()
    assert interviews.get_interview(desk, officer, form.view.id).draft.notes == "Stock counted with the owner: 1,200 units."
    assert _files() == [] and not form.kept.notice.isVisible()


def test_a_draft_comes_back_when_the_form_is_opened_again(qtbot, desk):
    officer = actor_for(desk, "officer1")
    app_id = _interviewed(qtbot, desk, officer)
    form = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(form)
    form.justification.setPlainText("long-standing shop, sales growing")
    form.conditions.setPlainText("Monthly stock report to the officer.")
    form.close()
    form.deleteLater()
    again = RecommendationForm(desk, officer, app_id)       # as after a restart: only the file remains
    qtbot.addWidget(again)
    assert again.justification.toPlainText() == "long-standing shop, sales growing" and again.conditions.toPlainText() == "Monthly stock report to the officer."
    assert again.kept.notice.isVisibleTo(again) and "back in the form" in again.kept.notice.label.text()
    again.save_button.click()
    assert decisions.current_recommendation(desk, officer, app_id).terms.conditions.startswith("Monthly stock")
    assert _files() == [] and not again.kept.notice.isVisibleTo(again)
    third = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(third)
    assert not third.kept.notice.isVisibleTo(third)


def test_a_draft_over_a_version_replaced_on_the_server_keeps_both(qtbot, desk):
    officer = actor_for(desk, "officer1")
    app_id = _interviewed(qtbot, desk, officer)
    form = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(form)
    form.justification.setPlainText("long-standing shop, sales growing")
    form.save_button.click()
    assert form.version == 1, form.message.text()                                # version 1 on the server
    form.conditions.setPlainText("My draft: quarterly visit.")
    form.close()
    form.deleteLater()
    terms = decisions.current_recommendation(desk, officer, app_id).terms
    from dataclasses import replace
    decisions.recommend(desk, officer, app_id, replace(terms, conditions="Saved elsewhere: weekly call."),
                        expected_version=1)                 # another window saved version 2 meanwhile
    again = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(again)
    assert again.conditions.toPlainText() == "Saved elsewhere: weekly call."       # the server's, in the form
    assert "changed on the server" in again.kept.notice.label.text() and again.kept.notice.use_button.isVisibleTo(again)
    assert len(_files()) == 1                               # the draft, kept aside
    again.kept.notice.use_button.click()
    assert again.conditions.toPlainText() == "My draft: quarterly visit."
    again.save_button.click()                               # saved over version 2, knowingly
    rec = decisions.current_recommendation(desk, officer, app_id)
    assert rec.version == 3 and rec.terms.conditions == "My draft: quarterly visit."
    assert rec.terms.justification == "long-standing shop, sales growing"
    assert _files() == []


def test_drafts_are_per_user_and_never_hold_what_was_not_typed(qtbot, desk, tmp_path):
    officer, other = actor_for(desk, "officer1"), actor_for(desk, "officer2")
    kept.save_draft(desk, officer, "contact/7", {"note": "called the owner"}, base=None)
    assert kept.load_draft(desk, other, "contact/7") is None
    assert kept.load_draft(desk, officer, "contact/7").fields == {"note": "called the owner"}
    [file] = _files()
    assert "contact/7" not in file.name and "officer1" not in file.name
    kept.discard_draft(desk, officer, "contact/7")
    assert _files() == []


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_the_notice_in_chinese(qtbot, desk, lang):
    from workstation.ui import i18n
    i18n.install(lang)
    officer = actor_for(desk, "officer1")
    app_id = _claimed(desk, officer)
    form = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(form)
    form.conditions.setPlainText("每月报送库存")
    drafts.server_away()
    form.resize(1100, 700)
    form.show()
    form.grab().save("/tmp/ops-draft-notice-zh.png")
    text = form.kept.notice.label.text()
    assert text and not any(c.isascii() and c.isalpha() for c in text)


def test_a_contact_note_survives_the_outage_and_follows_its_loan(qtbot, tmp_path, monkeypatch):
    from tests.test_ui_collections import _daytime, overdue as _overdue  # noqa: F401
    from tests.servicing_support import actor, open_loan, prepare
    from datetime import timedelta
    from PySide6.QtWidgets import QMessageBox
    from workstation.aftercare import collections
    from workstation.domain import clock
    from workstation.servicing import eod
    from workstation.store.session import Store
    from workstation.ui.aftercare.collections_desk import CollectionsDesk
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'coll.db'}"))
    off = actor(store, "officer1")
    today = clock.today()
    for days in (45, 80):
        open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                  start=today - timedelta(days=days), term_months=6)
    eod.run_eod(store, None, today - timedelta(days=1))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    desk = CollectionsDesk(store, off)
    qtbot.addWidget(desk)
    desk.select_row(0)
    d = desk.detail
    first = d.loan_id
    d.now = _daytime(10)
    with Outage(store):
        d.note.setText("法人说周五前还款")
        d.log_btn.click()
        assert "cannot be reached" in shown[-1] and d.note.text() == "法人说周五前还款"
        assert d.kept.notice.isVisibleTo(d) and "kept on this computer" in d.kept.notice.label.text()
    desk.select_row(1)                                      # another loan: the draft stays with the first
    assert d.loan_id != first and not d.kept.notice.isVisibleTo(d)
    d.note.clear()
    desk.select_row(0)
    assert d.note.text() == "法人说周五前还款" and "back in the form" in d.kept.notice.label.text()
    d.log_btn.click()
    assert [c.note for c in collections.contacts(store, off, first)] == ["法人说周五前还款"]
    assert _files() == []
    store.close()


def test_a_sign_off_comment_comes_back_and_the_notice_asks_to_finish(qtbot, desk):
    from workstation.ui.case.signoff_view import SignoffView
    sup = actor_for(desk, "supervisor1")
    officer = actor_for(desk, "officer1")
    app_id = _interviewed(qtbot, desk, officer)
    rec = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(rec)
    rec.justification.setPlainText("long-standing shop, sales growing")
    rec.save_button.click()
    rec.submit_button.click()
    view = SignoffView(desk, sup, app_id)
    qtbot.addWidget(view)
    view.comment.setText("Checked the stock photos; fine.")
    view.close()
    again = SignoffView(desk, sup, app_id)
    qtbot.addWidget(again)
    assert again.comment.text() == "Checked the stock photos; fine."
    drafts.server_away()
    drafts.server_back()
    assert "finish the step" in again.kept.notice.label.text() and not again.kept.notice.save_button.isVisibleTo(again)


def test_a_warning_note_refused_while_the_server_is_away_is_back_when_the_action_is_opened_again(
        qtbot, warned, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
    from tests.test_ui_warnings import _answer, _select
    from workstation.ui.aftercare.warnings_desk import WarningsDesk
    store, off, _sup, _lid = warned
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    desk = WarningsDesk(store, off)
    qtbot.addWidget(desk)
    _select(desk, "Sales down against before the loan")
    d = desk.detail
    d.buttons["take"].click()
    with Outage(store):
        _answer(qtbot, note="法人称备货延迟，下周补货")
        d.buttons["call"].click()
        assert "cannot be reached" in shown[-1]
        assert len(_files()) == 1
    seen = {}

    def reopened():
        dlg = QApplication.activeModalWidget()
        seen["note"] = dlg.note.toPlainText()
        seen["notice"] = dlg.kept.notice.isVisibleTo(dlg)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, reopened)
    d.buttons["call"].click()
    assert seen == {"note": "法人称备货延迟，下周补货", "notice": True}
    assert d.history.item(1, 2).text() == "法人称备货延迟，下周补货"
    assert _files() == []


def test_a_blacklist_proposal_typed_is_back_after_a_restart_and_gone_once_proposed(qtbot, tmp_path):
    from tests.servicing_support import actor, prepare
    from workstation.aftercare import blacklist
    from workstation.store.session import Store
    from workstation.ui.aftercare.blacklist_desk import BlacklistDesk
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'bl.db'}"))
    off = actor(store, "officer1")
    desk = BlacklistDesk(store, off)
    qtbot.addWidget(desk)
    desk.f_name.setText("杭州某某商贸有限公司")
    desk.f_phone.setText("138 0013 8000")
    desk.f_reason.setCurrentIndex(desk.f_reason.findData("malicious_default"))
    desk.f_evidence.setPlainText("M3+逾期，催收函已送达，拒不还款")
    desk.close()
    again = BlacklistDesk(store, off)
    qtbot.addWidget(again)
    assert (again.f_name.text(), again.f_phone.text(), again.f_reason.currentData()) == (
        "杭州某某商贸有限公司", "138 0013 8000", "malicious_default")
    assert again.f_evidence.toPlainText().startswith("M3+逾期") and again.kept.notice.isVisibleTo(again)
    again.propose_btn.click()
    assert [v.subject_name for v in blacklist.listings(store, off)] == ["杭州某某商贸有限公司"]
    assert _files() == [] and again.f_name.text() == ""
    store.close()


def test_an_interview_addendum_typed_is_kept_until_added(qtbot, desk):
    officer = actor_for(desk, "officer1")
    app_id = _interviewed(qtbot, desk, officer)
    form = InterviewForm(desk, officer, app_id)
    qtbot.addWidget(form)
    assert form.view.read_only
    form.addendum_text.setText("补充：法人配偶到场确认担保")
    form.close()
    again = InterviewForm(desk, officer, app_id)
    qtbot.addWidget(again)
    assert again.addendum_text.text() == "补充：法人配偶到场确认担保"
    again.addendum_button.click()
    assert "补充：法人配偶到场确认担保" in again.addenda.text() and _files() == []


def test_an_information_request_refused_while_the_server_is_away_is_back_in_its_dialog(qtbot, desk):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    officer = actor_for(desk, "officer1")
    app_id = _interviewed(qtbot, desk, officer)
    form = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(form)
    seen = []

    def answer(text=None):
        def fill():
            dlg = QApplication.activeModalWidget()
            seen.append(dlg.text.toPlainText())
            if text is not None:
                dlg.text.setPlainText(text)
            dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(0, fill)
    with Outage(desk):
        answer("请补充近三个月的店铺流水截图")
        form.info_button.click()
        assert "cannot be reached" in form.message.text()
    answer()
    form.info_button.click()
    assert seen == ["", "请补充近三个月的店铺流水截图"]
    assert "waits for the applicant" in form.message.text() and _files() == []
