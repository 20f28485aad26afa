"""The case file: every tab loads, models pass qtmodeltester, unmask with and
without permission (and its audit entry)."""
from __future__ import annotations

from tests.test_ui_fixtures import actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.services import audit_trail
from workstation.decide import cases, queue
from workstation.ui.case.case_file import TAB_KEYS, CaseFile
from workstation.ui.tables import RecordsModel


def own_case(store, user="officer1"):
    actor = actor_for(store, user)
    return actor, queue.queue_ids(store, actor, queue.QueueQuery(queue="mine"))[0]


def test_tabs_load_and_models_pass_modeltester(qtbot, qtmodeltester, desk, request):
    actor, app_id = own_case(desk)
    cases.score_now(desk, actor, app_id)         # a view shows a stored score (tests/test_views_never_write.py)
    cf = CaseFile(desk, actor, app_id)
    qtbot.addWidget(cf)
    request.node.keep_alive = cf       # the last model checked must outlive the tester's teardown
    cf.show()
    for key in TAB_KEYS:
        cf.show_tab(key)
        assert cf.tabs.currentIndex() == TAB_KEYS.index(key)
    platform, fin, score, pol, hist = (cf.tab(k) for k in TAB_KEYS[1:])
    assert platform.model.rowCount() == 24 and platform.chart_grid.count() == 6
    assert fin.checks_model.rowCount() == 5
    assert score.model.rowCount() == len(score.view.result.factors) + 1
    assert "grade" in score.headline.text()
    assert pol.checks_model.rowCount() >= 10
    assert hist.changes_model.rowCount() >= 2
    for model in cf.findChildren(RecordsModel):
        qtmodeltester.check(model, force_py=True)


def test_unmask_own_case_is_audited(qtbot, desk):
    actor, app_id = own_case(desk)
    cf = CaseFile(desk, actor, app_id)
    qtbot.addWidget(cf)
    tab = cf.profile_tab
    assert "********" in tab.values["id_number"].text()
    button = tab.unmask_buttons["id_number"]
    assert button.isEnabled()
    with qtbot.waitSignal(tab.unmasked, timeout=3000):
        button.click()
    full = tab.values["id_number"].text()
    assert len(full) == 18 and "*" not in full
    last = audit_trail.entries_for(desk, None, entity_type="application", entity_id=cf.profile.app_no)[-1]
    assert (last["action"], last["username"], last["details"]) == ("unmask", "officer1", {"field": "id_number"})


def test_unmask_refused_without_permission(qtbot, desk):
    actor = actor_for(desk, "officer1")
    app_id = app_ids(desk, officer_id=None)[0]          # unassigned: visible, not the officer's
    cf = CaseFile(desk, actor, app_id)
    qtbot.addWidget(cf)
    tab = cf.profile_tab
    assert all(not b.isEnabled() for b in tab.unmask_buttons.values())
    tab._on_unmask_clicked("phone")                      # even if forced, the service refuses
    assert "****" in tab.values["phone"].text()
    assert all(e["action"] != "unmask"
               for e in audit_trail.entries_for(desk, None, entity_type="application", entity_id=cf.profile.app_no))


def test_supervisor_may_unmask_team_case(qtbot, desk):
    sup = actor_for(desk, "supervisor1")
    _, app_id = own_case(desk, "officer1")
    cf = CaseFile(desk, sup, app_id)
    qtbot.addWidget(cf)
    cf.profile_tab.unmask_buttons["phone"].click()
    assert "*" not in cf.profile_tab.values["phone"].text()


def test_case_file_is_extensible(qtbot, desk):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel
    actor, app_id = own_case(desk)
    cf = CaseFile(desk, actor, app_id)
    qtbot.addWidget(cf)
    index = cf.add_tab(QLabel("interview"), "Interview")
    assert cf.tabs.tabText(index) == "Interview"
    act = QAction("Sign off", cf)
    cf.toolbar.addAction(act)
    assert act in cf.toolbar.actions()
