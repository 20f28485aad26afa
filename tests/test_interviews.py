from dataclasses import replace
from decimal import Decimal

import pytest

from decide_helpers import complete_draft, make_application, make_store, status, users
from workstation.domain import interview as iv
from workstation.services import audit_trail
from workstation.decide import interviews
from workstation.domain.errors import DomainError, PermissionDenied, StaleEdit


# --- domain: questionnaire scoring -------------------------------------------------------

def test_questionnaire_loads_as_data():
    q = iv.load_questionnaire()
    assert q.version == "psych_v1" and len(q.questions) >= 6
    assert {o.id for o in q.question("q1").options} == {"a", "b", "c", "d"}


def test_masking_score_is_share_of_the_highest_possible_weights():
    q = iv.load_questionnaire()
    assert iv.masking_score(q, {"q1": "a", "q2": "a"}) == 0
    # q1 c = 3 of max 3, q2 c = 3 of max 3
    assert iv.masking_score(q, {"q1": "c", "q2": "c"}) == 100
    # q1 a = 0/3, q2 b = 1/3 -> 1/6 = 17
    assert iv.masking_score(q, {"q1": "a", "q2": "b"}) == 17
    assert iv.masking_score(q, {}) is None


def test_consistency_score_penalises_spread_within_a_trait():
    q = iv.load_questionnaire()
    # repayment trait: q1 a (-2), q4 a (-2), q8 a (-2): no spread
    assert iv.consistency_score(q, {"q1": "a", "q4": "a", "q8": "a"}) == 100
    # q1 a (-2) vs q4 c (+2): full spread -> 0
    assert iv.consistency_score(q, {"q1": "a", "q4": "c"}) == 0
    # only one answer per trait: nothing to compare
    assert iv.consistency_score(q, {"q1": "a", "q2": "a"}) is None


def test_score_flags_masking_and_inconsistency():
    q = iv.load_questionnaire()
    r = iv.score_questionnaire(q, {"q1": "c", "q2": "c", "q4": "a", "q7": "c"})
    assert r.masking >= q.masking_flag_at and any("masking" in f for f in r.flags_en)
    r2 = iv.score_questionnaire(q, {"q1": "a", "q4": "c"})
    assert any("consistency" in f for f in r2.flags_en)


def test_unknown_answer_is_a_problem():
    q = iv.load_questionnaire()
    d = iv.InterviewDraft(answers=(("q1", "z"),))
    assert [p.field for p in iv.draft_problems(d, q)] == ["answers.q1"]


def test_submit_problems_name_the_missing_fields():
    fields = {p.field for p in iv.submit_problems(iv.InterviewDraft())}
    assert {"actual", "channel", "participants", "outcome"} <= fields
    d = replace(complete_draft(), checks=(iv.CheckEntry("id_photo", "discrepancy", ""),))
    fields = {p.field for p in iv.submit_problems(d)}
    assert "checks.id_photo" in fields        # discrepancy without a note; not verified identity


def test_discrepancy_count():
    assert iv.discrepancy_count(complete_draft(discrepancy=True).checks) == 1
    assert iv.discrepancy_count(complete_draft().checks) == 0


# --- services --------------------------------------------------------------------------------

@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    yield store, u
    store.close()


def test_interview_draft_saved_then_submitted_then_read_only(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    view = interviews.start_interview(store, u["off1"], app)
    assert status(store, app) == "interview"
    assert view.state == "draft" and len(view.draft.checks) == len(iv.CHECKLIST)
    # typing: a partial draft is saved as it is (a crash loses nothing)
    partial = iv.InterviewDraft(notes="started, camera ok", channel="video_app")
    v2 = interviews.save_draft(store, u["off1"], view.id, partial, expected_version=view.version)
    again = interviews.get_interview(store, None, view.id)
    assert again.draft.notes == "started, camera ok" and again.version == v2
    # starting again returns the same draft
    assert interviews.start_interview(store, u["off1"], app).id == view.id
    with pytest.raises(DomainError, match="cannot be submitted yet.*outcome"):
        interviews.submit_interview(store, u["off1"], view.id)
    done = interviews.submit_interview(store, u["off1"], view.id, complete_draft(discrepancy=True))
    assert done.state == "submitted" and done.discrepancies == 1 and done.masking_score == 0
    assert done.draft.checks[4].stated_value == Decimal("900000.00")
    assert interviews.discrepancy_count(store, None, app) == 1
    with pytest.raises(DomainError, match="submitted and cannot change"):
        interviews.save_draft(store, u["off1"], view.id, partial)
    actions = [e["action"] for e in audit_trail.entries_for(store, None, entity_type="application",
                                                     entity_id=done.app_no)]
    assert "interview_start" in actions and "interview_submit" in actions


def test_addenda_are_dated_and_named_and_notes_unchanged(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    view = interviews.start_interview(store, u["off1"], app)
    with pytest.raises(DomainError, match="still a draft"):
        interviews.add_addendum(store, u["off1"], view.id, "x")
    interviews.submit_interview(store, u["off1"], view.id, complete_draft())
    interviews.add_addendum(store, u["sup1"], view.id, "Customer 2 is a related party.")
    got = interviews.get_interview(store, None, view.id)
    assert got.draft.notes == "Shown the warehouse."
    assert [(a.user, a.text) for a in got.addenda] == [("SUP1", "Customer 2 is a related party.")]
    assert got.addenda[0].at is not None
    with pytest.raises(DomainError):
        interviews.add_addendum(store, u["off1"], view.id, "   ")


def test_only_the_case_officer_records_the_interview(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    with pytest.raises(PermissionDenied):
        interviews.start_interview(store, u["off2"], app)
    with pytest.raises(PermissionDenied):
        interviews.start_interview(store, u["sup1"], app)
    view = interviews.start_interview(store, u["off1"], app)
    with pytest.raises(PermissionDenied):
        interviews.save_draft(store, u["off2"], view.id, iv.InterviewDraft())


def test_stale_draft_save_is_refused(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    view = interviews.start_interview(store, u["off1"], app)
    interviews.save_draft(store, u["off1"], view.id, iv.InterviewDraft(notes="a"), expected_version=view.version)
    with pytest.raises(StaleEdit):
        interviews.save_draft(store, u["off1"], view.id, iv.InterviewDraft(notes="b"),
                              expected_version=view.version)
    assert interviews.get_interview(store, None, view.id).draft.notes == "a"


def test_interview_not_possible_on_a_declined_case(env):
    store, u = env
    app = make_application(store, officer=u["off1"], status="declined")
    with pytest.raises(DomainError, match="declined"):
        interviews.start_interview(store, u["off1"], app)


def test_interview_discrepancies_reach_the_stored_score(env):
    from workstation.decide import cases
    store, u = env
    app = make_application(store, officer=u["off1"])
    assert cases.score(store, u["off1"], app) is None     # not scored yet; a view does not score
    before = cases.score_now(store, u["off1"], app)
    factor = {f.code: f for f in before.result.factors}["interview"]
    assert factor.value is None                      # no interview yet
    view = interviews.start_interview(store, u["off1"], app)
    interviews.submit_interview(store, u["off1"], view.id, complete_draft(discrepancy=True))
    after = cases.score(store, u["off1"], app)        # the stored score, from its stored inputs
    factor = {f.code: f for f in after.result.factors}["interview"]
    assert factor.value == 1
    assert after.result.inputs["interview_discrepancies"] == 1
