"""A two-signature case walked through the real main windows, in Chinese: the officer
recommends above the dual threshold, supervisor1 signs "1 of 2", supervisor2 (another
team) finds it in the desk's sign-off queue and View > Sign-off queue with the first
signer named, opens it without a refusal, and gives the second signature. Also: the
sign-off tab no longer says "no recommendation" once one exists."""
from __future__ import annotations

import re
from decimal import Decimal

from tests.test_ui_fixtures import PASSWORDS, actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.decide import cases, decisions, queue, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.ui import i18n
from workstation.ui.case import signoff_view
from workstation.ui.case.case_file import CaseFile
from workstation.ui.main_window import MainWindow
from workstation.ui.case.recommend_form import RecommendationForm
from workstation.ui.case.signoff_view import SignoffQueue, SignoffView

ENGLISH = re.compile(r"[A-Za-z]{3,}")


def _status(store, app_id):
    from workstation.store.models import Application
    with store.read() as s:
        return s.get(Application, app_id).status


def _eligible_received(store, platforms=("taobao", "tmall")):
    from workstation.store.models import Application
    admin = actor_for(store, "admin")
    for a in app_ids(store, status="received"):
        with store.read() as s:
            platform = s.get(Application, a).platform
        if platform in platforms and all(c.passed for c in cases.policy_checks(store, admin, a)):
            return a
    raise AssertionError("the demo has no eligible received case")


def _tab(cf: CaseFile, title: str):
    for i in range(cf.tabs.count()):
        if cf.tabs.tabText(i) == title:
            cf.tabs.setCurrentIndex(i)
            return cf.tabs.widget(i)
    raise AssertionError(f"no tab {title!r}: {[cf.tabs.tabText(i) for i in range(cf.tabs.count())]}")


def _window(qtbot, store, username):
    w = MainWindow(store, actor_for(store, username), idle_ms=3_600_000)
    qtbot.addWidget(w)
    return w


def _open_from_signoff_queue(w: MainWindow, app_id: int) -> CaseFile:
    w.show_queue("signoff")
    panel = w.queue_panel
    panel.refresh()
    assert app_id in panel.model.loaded_ids(), "the case is not in this supervisor's sign-off queue"
    row = panel.model.row_of(app_id)
    panel.table.selectRow(row)
    panel._open_row(row)
    cf = w.tabs.currentWidget()
    assert isinstance(cf, CaseFile) and cf.app_id == app_id
    return cf


def test_two_signature_case_end_to_end_in_chinese(qtbot, desk, monkeypatch, ui_env):
    i18n.install("zh_CN")
    officer = actor_for(desk, "officer1")                   # team of supervisor1
    app_id = _eligible_received(desk)
    queue.claim(desk, officer, app_id)

    # the officer recommends 600,000.00 (two signatures above 500,000.00) in the case file
    ow = _window(qtbot, desk, "officer1")
    cf = ow.open_case(app_id)
    rec: RecommendationForm = _tab(cf, "授信建议") if any(cf.tabs.tabText(i) == "授信建议"
                                                     for i in range(cf.tabs.count())) else None
    if rec is None:
        rec = next(cf.tabs.widget(i) for i in range(cf.tabs.count())
                   if isinstance(cf.tabs.widget(i), RecommendationForm))
        cf.tabs.setCurrentWidget(rec)
    rec.product.setCurrentIndex(rec.product.findData("CREDIT_FIXED"))
    rec.amount.setText("600000.00")
    rec.method.setCurrentIndex(rec.method.findData("equal-installment"))
    rec.term_months.setCurrentIndex(rec.term_months.findData(6))
    rec.justification.setPlainText("老客户，销售稳定增长")
    rec.refresh_preview()
    assert not [rec.findings.item(i).text() for i in range(rec.findings.count())
                if rec.findings.item(i).text().startswith("✖")]
    rec.save_button.click()
    rec.submit_button.click()
    assert _status(desk, app_id) == "awaiting_signoff", rec.message.text()

    # supervisor1 signs first: "1 of 2"
    s1 = _window(qtbot, desk, "supervisor1")
    view1: SignoffView = _tab(_open_from_signoff_queue(s1, app_id), "审批")
    assert view1.approve_button.isEnabled() and "所需审批签署：2" in view1.chain.text()
    monkeypatch.setattr(signoff_view, "ask_password", lambda *a: PASSWORDS["supervisor1"])
    with qtbot.waitSignal(view1.signed, timeout=5000):
        view1.approve_button.click()
    assert _status(desk, app_id) == "awaiting_signoff"
    assert "尚需另一位审批主管签署" in view1.message.text() and not ENGLISH.search(view1.message.text())
    assert not view1.approve_button.isEnabled()            # the same person never gives both

    # supervisor2, another team: the case is in the desk's sign-off queue and count
    s2 = _window(qtbot, desk, "supervisor2")
    assert queue_pages.queue_counts(desk, s2.actor)["signoff"] >= 1
    assert f"({queue_pages.queue_counts(desk, s2.actor)['signoff']})" in s2.nav.item(2).text()
    act = s2.findChild(type(s2.act_lock), "actSignoffQueue")
    act.trigger()                                           # View > 待我签署: who signed first
    q = s2.tabs.currentWidget()
    assert isinstance(q, SignoffQueue)
    row = [i.application_id for i in q.items].index(app_id)
    assert q.table.item(row, 7).text() == "周主管" and q.table.item(row, 6).text() == "1/2"
    assert q.table.horizontalHeaderItem(7).text() == "首签人"

    cf2 = _open_from_signoff_queue(s2, app_id)              # opening is no longer refused
    view2: SignoffView = _tab(cf2, "审批")
    assert view2.approve_button.isEnabled() and "周主管" in view2.chain.text()
    assert not ENGLISH.search(view2.chain.text().replace("CREDIT_FIXED", ""))
    monkeypatch.setattr(signoff_view, "ask_password", lambda *a: PASSWORDS["supervisor2"])
    with qtbot.waitSignal(view2.signed, timeout=5000):
        view2.approve_button.click()
    assert _status(desk, app_id) == "approved"
    assert decisions.approved_terms(desk, None, app_id).signers == ("supervisor1", "supervisor2")
    assert decisions.approved_terms(desk, None, app_id).amount == Decimal("600000.00")
    text = view2.message.text()
    assert "已批准" in text and "不再对您开放" in text and not ENGLISH.search(text)
    # signed: the other team's case has left supervisor2's queues and may not be opened again
    s2.queue_panel.refresh()
    assert app_id not in s2.queue_panel.model.loaded_ids()
    assert app_id not in queue.queue_ids(desk, s2.actor, QueueQuery(queue="all"))
    assert ui_env == [], "no error dialog may pop up on the way"


def test_signoff_tab_forgets_no_recommendation_once_one_exists(qtbot, desk, monkeypatch, ui_env):
    officer, sup = actor_for(desk, "officer1"), actor_for(desk, "supervisor1")
    app_id = _eligible_received(desk)
    queue.claim(desk, officer, app_id)
    cf = CaseFile(desk, sup, app_id)
    qtbot.addWidget(cf)
    view: SignoffView = _tab(cf, "Sign-off")
    assert "has no recommendation" in view.message.text()

    rec = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(rec)
    rec.justification.setPlainText("ok")
    rec.save_button.click()
    rec.submit_button.click()
    assert _status(desk, app_id) == "awaiting_signoff", rec.message.text()

    cf.reload()                                             # Refresh case
    _tab(cf, "Profile")
    _tab(cf, "Sign-off")
    assert "no recommendation" not in view.message.text()
    assert view.approve_button.isEnabled() and "Version 1" in view.summary.text()
    assert ui_env == []


def test_hard_rule_blocks_in_the_form_until_an_exception_is_requested(qtbot, desk, monkeypatch, ui_env):
    from workstation.store.models import Application, Merchant
    from workstation.ui.case import recommend_form
    i18n.install("zh_CN")
    officer = actor_for(desk, "officer1")
    app_id = _eligible_received(desk)
    queue.claim(desk, officer, app_id)
    with desk.tx() as s:                                   # set-up: a three-month member (six required)
        m = s.get(Merchant, s.get(Application, app_id).merchant_id)
        m.member_since = decisions.today().replace(day=1)
    rec = RecommendationForm(desk, officer, app_id)
    qtbot.addWidget(rec)
    rec.justification.setPlainText("老客户")
    rec.refresh_preview()
    blocked = [rec.findings.item(i).text() for i in range(rec.findings.count())
               if rec.findings.item(i).text().startswith("✖")]
    assert blocked and "会员时长未通过" in blocked[0] and not ENGLISH.search(blocked[0])
    assert rec.exception_button.isEnabled()
    rec.save_button.click()
    rec.submit_button.click()
    assert _status(desk, app_id) == "recommended"
    assert rec.message.text().startswith("未通过硬性政策规则") and not ENGLISH.search(rec.message.text())

    seen = {}

    def fake_ask(_parent, failed):
        seen["rules"] = [code for code, _text in failed]
        return "membership", "线下经营五年，流水稳定"
    monkeypatch.setattr(recommend_form, "ask_exception", fake_ask)
    rec.exception_button.click()
    assert seen["rules"] == ["membership"]
    assert "已申请例外" in rec.message.text() and "会员时长例外（已申请）" in rec.exceptions.text()
    assert not rec.exception_button.isEnabled()
    rec.submit_button.click()
    assert _status(desk, app_id) == "awaiting_signoff"

    sup = actor_for(desk, "supervisor1")
    view = SignoffView(desk, sup, app_id)
    qtbot.addWidget(view)
    assert "会员时长例外（已申请）" in view.chain.text() and "所需审批签署：2" in view.chain.text()
    assert ui_env == []
