"""Interview, recommendation and sign-off through the widgets, as two different
users, and the refusals: own recommendation, stale version, wrong password,
over authority, an officer trying to sign."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime

from tests.test_ui_fixtures import PASSWORDS, actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.services import auth
from workstation.decide import authority, decisions, interviews, queue
from workstation.ui.case import signoff_view
from workstation.ui.case.case_file import CaseFile
from workstation.ui.case.interview_form import InterviewForm
from workstation.ui.case.recommend_form import RecommendationForm
from workstation.ui.case.signoff_view import SignoffQueue, SignoffView


def _status(store, app_id):
    from workstation.store.models import Application
    with store.read() as s:
        return s.get(Application, app_id).status


def _interview(qtbot, store, officer, app_id):
    form = InterviewForm(store, officer, app_id)
    qtbot.addWidget(form)
    assert not form.body.isVisible() and form.start_button.isVisibleTo(form)
    form.start_button.click()
    assert form.view is not None and form.view.state == "draft"
    t0 = QDateTime.currentDateTime().addSecs(-3600)
    with qtbot.waitSignal(form.saved, timeout=5000):        # the debounced save as the officer types
        form.notes.setPlainText("The owner showed the warehouse; stock matches the declaration.")
    assert interviews.get_interview(store, None, form.view.id).draft.notes.startswith("The owner showed")
    form.actual_start.setDateTime(t0)
    form.actual_end.setDateTime(t0.addSecs(1500))
    form.participants.setText("applicant, officer1")
    for result, _note, _figure in form.check_rows.values():
        result.setCurrentIndex(result.findData("confirmed"))
    form.answers["q1"].setCurrentIndex(form.answers["q1"].findData("a"))
    form.answers["q4"].setCurrentIndex(form.answers["q4"].findData("a"))
    form.outcome.setCurrentIndex(form.outcome.findData("verified"))
    with qtbot.waitSignal(form.submitted, timeout=5000):
        form.submit_button.click()
    assert form.view.read_only and not form.notes.isEnabled() and form.addendum_button.isEnabled()
    assert "Submitted" in form.state_label.text()
    return form


def _claimed_case(store, officer):
    """A received case that meets every hard policy rule (the others are blocked: see test_policy_decisions)."""
    from workstation.decide import cases
    admin = actor_for(store, "admin")
    app_id = next(a for a in app_ids(store, status="received")
                  if all(c.passed for c in cases.policy_checks(store, admin, a)))
    queue.claim(store, officer, app_id)
    return app_id


def test_interview_recommendation_and_signoff_as_two_users(qtbot, desk, monkeypatch, ui_env):
    officer, sup = actor_for(desk, "officer1"), actor_for(desk, "supervisor1")
    app_id = _claimed_case(desk, officer)
    _interview(qtbot, desk, officer, app_id)
    assert _status(desk, app_id) == "interview"

    rec = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(rec)
    rec.justification.setPlainText("long-standing shop, sales growing")
    rec.refresh_preview()
    assert rec.schedule.rowCount() >= 1 and "Annualised rate" in rec.apr.text()
    assert not any(rec.findings.item(i).text().startswith("✖") for i in range(rec.findings.count()))
    rec.rate.setText("0.09")                 # outside the band: shown as a problem
    rec.refresh_preview()
    assert any("rate" in rec.findings.item(i).text() and rec.findings.item(i).text().startswith("✖")
               for i in range(rec.findings.count()))
    rec.save_button.click()
    assert "breaks these rules" in rec.message.text()
    rec.rate.setText("0.05")
    rec.save_button.click()
    assert rec.version == 1 and "saved" in rec.message.text()
    rec.submit_button.click()
    assert _status(desk, app_id) == "awaiting_signoff"

    # the officer cannot sign: buttons off and the reason shown
    own = SignoffView(desk, officer, app_id)
    qtbot.addWidget(own)
    assert not own.approve_button.isEnabled() and "supervisor" in own.message.text()

    q = SignoffQueue(desk, sup)
    qtbot.addWidget(q)
    assert app_id in [i.application_id for i in q.items]
    view = SignoffView(desk, sup, app_id)
    qtbot.addWidget(view)
    assert view.approve_button.isEnabled() and "Version 1" in view.summary.text()
    assert view.schedule.rowCount() >= 1 and "Interview: Verified" in view.evidence.text()

    monkeypatch.setattr(signoff_view, "ask_password", lambda *a: "not-my-password#1")
    view.approve_button.click()
    assert "password is wrong" in view.message.text() and _status(desk, app_id) == "awaiting_signoff"

    monkeypatch.setattr(signoff_view, "ask_password", lambda *a: PASSWORDS["supervisor1"])
    with qtbot.waitSignal(view.signed, timeout=5000):
        view.approve_button.click()
    assert _status(desk, app_id) == "approved" and "approved" in view.message.text()
    assert decisions.approved_terms(desk, None, app_id).signers == ("supervisor1",)
    assert ui_env == [], "no error dialog may pop up: refusals are shown inline"


def awaiting_signoff(qtbot, store, officer) -> int:
    """A case the officer interviewed and recommended through the forms, awaiting sign-off."""
    app_id = _claimed_case(store, officer)
    _interview(qtbot, store, officer, app_id)
    rec = RecommendationForm(store, officer, app_id)
    qtbot.addWidget(rec)
    rec.justification.setPlainText("ok")
    rec.save_button.click()
    rec.submit_button.click()
    assert _status(store, app_id) == "awaiting_signoff"
    return app_id


def test_refusals_stale_version_over_authority_and_own_recommendation(qtbot, desk, monkeypatch, ui_env):
    officer, sup = actor_for(desk, "officer1"), actor_for(desk, "supervisor1")
    app_id = awaiting_signoff(qtbot, desk, officer)

    view = SignoffView(desk, sup, app_id)           # the supervisor opens version 1
    qtbot.addWidget(view)
    terms = decisions.current_recommendation(desk, None, app_id).terms
    from dataclasses import replace
    decisions.recommend(desk, officer, app_id, replace(terms, conditions="weekly sales report"), expected_version=1)
    monkeypatch.setattr(signoff_view, "ask_password", lambda *a: PASSWORDS["supervisor1"])
    view.approve_button.click()
    assert "changed to version 2 after you opened version 1" in view.message.text()
    assert _status(desk, app_id) == "awaiting_signoff"
    view.load()
    assert "Version 2" in view.summary.text()

    admin = actor_for(desk, "admin")
    authority.set_rule(desk, admin, role="supervisor", product_code=terms.product_code,
                       max_limit=terms.amount - Decimal("1.00"), dual_above=None)
    view.approve_button.click()
    assert "above your sign-off authority" in view.message.text()
    view.limit.setText(str(terms.amount - Decimal("1.00")))
    with qtbot.waitSignal(view.signed, timeout=5000):
        view.lower_button.click()
    assert _status(desk, app_id) == "approved"

    # a user who is officer and supervisor cannot sign what they recommended
    both = auth.add_user(desk, admin, username="both1", display_name="Both", password="Both#2026x",
                         roles={"officer", "supervisor"})
    app2 = _claimed_case(desk, both)
    if decisions.current_recommendation(desk, None, app2) is None:
        i = interviews.start_interview(desk, both, app2)
        from tests.decide_helpers import complete_draft
        interviews.submit_interview(desk, both, i.id, complete_draft())
    form = RecommendationForm(desk, both, app2)
    qtbot.addWidget(form)
    form.justification.setPlainText("ok")
    form.save_button.click()
    form.submit_button.click()
    mine = SignoffView(desk, both, app2)
    qtbot.addWidget(mine)
    assert not mine.approve_button.isEnabled() and "own recommendation" in mine.message.text() + mine.chain.text()
    assert ui_env == []


def test_case_file_mounts_the_tabs(qtbot, desk):
    officer, sup = actor_for(desk, "officer1"), actor_for(desk, "supervisor1")
    app_id = queue.queue_ids(desk, officer, queue.QueueQuery(queue="mine"))[0]
    cf = CaseFile(desk, officer, app_id)
    qtbot.addWidget(cf)
    titles = [cf.tabs.tabText(i) for i in range(cf.tabs.count())]
    assert "Interview" in titles and "Recommendation" in titles and "Sign-off" not in titles
    cf2 = CaseFile(desk, sup, app_id)
    qtbot.addWidget(cf2)
    assert "Sign-off" in [cf2.tabs.tabText(i) for i in range(cf2.tabs.count())]
