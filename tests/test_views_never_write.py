"""A view never writes. Opening the Score tab of a case nobody has scored used to store
a score, write an audit entry and bump the case's version, so that another officer's
claim of the same case failed as a stale edit. Now showing it reads only; "Score now"
is an action of its own (audited), and imports and the demo score in bulk."""
from __future__ import annotations

from sqlalchemy import select

from tests.test_ui_fixtures import actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.services import audit_trail
from workstation.decide import cases, queue
from workstation.store.models import Application
from workstation.ui.case.case_file import CaseFile


def _unscored_unassigned(store) -> int:
    with store.read() as s:
        return s.scalars(select(Application.id).where(Application.officer_id.is_(None),
                                                      Application.status == "received",
                                                      Application.score_version.is_(None))
                         .order_by(Application.id)).first()


def _version_and_audit(store, app_id: int) -> tuple[int, list[dict]]:
    with store.read() as s:
        a = s.get(Application, app_id)
        version, app_no = a.version, a.app_no
    return version, audit_trail.entries_for(store, None, entity_type="application", entity_id=app_no)


def test_reading_the_score_of_an_unscored_case_changes_nothing(desk):
    app_id = _unscored_unassigned(desk)
    o1 = actor_for(desk, "officer1")
    before = _version_and_audit(desk, app_id)
    assert cases.score(desk, o1, app_id) is None
    assert _version_and_audit(desk, app_id) == before


def test_open_the_score_tab_then_another_officer_claims(qtbot, desk, ui_env):
    app_id = _unscored_unassigned(desk)
    o1, o2 = actor_for(desk, "officer1"), actor_for(desk, "officer2")
    seen_by_o2 = cases.profile(desk, o2, app_id).version          # officer2 has the case open
    before = _version_and_audit(desk, app_id)

    cf = CaseFile(desk, o1, app_id)                                # officer1 opens it and looks at the score
    qtbot.addWidget(cf)
    cf.show()
    cf.show_tab("score")
    tab = cf.tab("score")
    assert tab.view is None and "not scored yet" in tab.headline.text()
    assert tab.score_now.isVisible() and tab.model.rowCount() == 0
    assert _version_and_audit(desk, app_id) == before              # the view wrote nothing

    queue.claim(desk, o2, app_id, expected_version=seen_by_o2)     # not a stale edit
    assert cases.profile(desk, o2, app_id).officer_id == o2.id
    assert ui_env == []


def test_score_now_is_an_audited_action(qtbot, desk, ui_env):
    app_id = _unscored_unassigned(desk)
    o1 = actor_for(desk, "officer1")
    version, entries = _version_and_audit(desk, app_id)
    cf = CaseFile(desk, o1, app_id)
    qtbot.addWidget(cf)
    cf.show()
    cf.show_tab("score")
    tab = cf.tab("score")
    with qtbot.waitSignal(tab.scored, timeout=10_000):
        tab.score_now.click()
    assert tab.view is not None and not tab.score_now.isVisible()
    assert tab.model.rowCount() == len(tab.view.result.factors) + 1 and "grade" in tab.headline.text()
    new_version, new_entries = _version_and_audit(desk, app_id)
    assert new_version == version + 1 and cf.profile.version == new_version     # the file re-read the case
    assert [(e["action"], e["username"]) for e in new_entries[len(entries):]] == [("score", "officer1")]
    stored = cases.score(desk, o1, app_id)
    assert stored is not None and stored.result == tab.view.result
    assert ui_env == []


# the demo's open cases arrive scored: tests/test_demo.py (built.scored); imports score what they
# store: tests/test_imports.py::test_jsonl_import_stores_whole_records
