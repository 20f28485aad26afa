"""Video-interview notes: a draft saved as the officer types, submitted once
(read-only afterwards), corrected only by dated addenda from named users."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import interview as iv
from workstation.domain.workflow import Status
from workstation.services import audit, workflow
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied, StaleEdit
from workstation.store.session import Store
from workstation.decide.decide_support import require_case_officer
from workstation.services.workflow import load_for_update as lock_app
from workstation.store.queries import user_name
from workstation.services.visibility import check_case
from workstation.store.models import Application
from workstation.store.models_decide import (Interview, InterviewAddendum, InterviewCheck,
                                             QuestionnaireAnswer)

_STARTABLE = {Status.IN_REVIEW, Status.RETURNED, Status.RECOMMENDED, Status.INTERVIEW}


@dataclass(frozen=True)
class Addendum:
    at: datetime
    user: str
    text: str


@dataclass(frozen=True)
class InterviewView:
    id: int
    application_id: int
    app_no: str
    officer_id: int
    officer: str | None
    state: str                       # draft | submitted
    version: int
    draft: iv.InterviewDraft
    questionnaire_version: str | None
    masking_score: int | None
    consistency_score: int | None
    discrepancies: int | None
    submitted_at: datetime | None
    updated_at: datetime
    addenda: tuple[Addendum, ...]

    @property
    def read_only(self) -> bool:
        return self.state == "submitted"


def _draft(i: Interview) -> iv.InterviewDraft:
    return iv.InterviewDraft(
        planned_start=i.planned_start, planned_end=i.planned_end, actual_start=i.actual_start,
        actual_end=i.actual_end, channel=i.channel, participants=tuple(i.participants or ()),
        checks=tuple(iv.CheckEntry(c.item, c.result, c.note, c.stated_value) for c in i.checks),
        answers=tuple((a.question, a.option) for a in i.answers), red_flags=tuple(i.red_flags or ()),
        notes=i.notes or "", outcome=i.outcome)


def _view(s: Session, i: Interview) -> InterviewView:
    app = s.get(Application, i.application_id)
    return InterviewView(
        id=i.id, application_id=i.application_id, app_no=app.app_no, officer_id=i.officer_id,
        officer=user_name(s, i.officer_id), state=i.state, version=i.version, draft=_draft(i),
        questionnaire_version=i.questionnaire_version, masking_score=i.masking_score,
        consistency_score=i.consistency_score, discrepancies=i.discrepancies, submitted_at=i.submitted_at,
        updated_at=i.updated_at,
        addenda=tuple(Addendum(a.at, user_name(s, a.user_id) or "?", a.text) for a in i.addenda))


def _load(s: Session, interview_id: int, *, expected_version: int | None = None) -> Interview:
    i = s.get(Interview, interview_id, with_for_update=True)
    if i is None:
        raise LookupError(f"no interview with id {interview_id}")
    if expected_version is not None and i.version != expected_version:
        raise StaleEdit("interview_stale", interview_id=interview_id, expected_version=expected_version,
                        version=i.version)
    return i


def start_interview(store: Store, actor: Actor, application_id: int, *,
                    now: datetime | None = None) -> InterviewView:
    """The open draft of the case, or a new one (the case moves to 'interview')."""
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="record interviews")
        existing = s.scalar(select(Interview).where(Interview.application_id == app.id,
                                                    Interview.state == "draft"))
        if existing is not None:
            return _view(s, existing)
        if Status(app.status) not in _STARTABLE:
            raise DomainError("interview_not_in_review", app_no=app.app_no, status=app.status)
        if app.status != Status.INTERVIEW.value:
            workflow.move(s, app, Status.INTERVIEW, actor=actor, event=("interview_started", {}), at=now)
        q = iv.load_questionnaire()
        i = Interview(application_id=app.id, officer_id=actor.id, state="draft", participants=[],
                      red_flags=[], notes="", questionnaire_version=q.version,
                      checks=[InterviewCheck(item=c.code, result="not_checked", note="") for c in iv.CHECKLIST])
        s.add(i)
        s.flush()
        audit.record(s, actor=actor, action="interview_start", entity_type="application",
                     entity_id=app.app_no, details={"interview": i.id}, at=now)
        return _view(s, i)


def _apply(s: Session, i: Interview, d: iv.InterviewDraft, now: datetime | None = None) -> None:
    i.planned_start, i.planned_end = d.planned_start, d.planned_end
    i.actual_start, i.actual_end = d.actual_start, d.actual_end
    i.channel = d.channel
    i.participants = list(d.participants)
    i.red_flags = [f for f in d.red_flags if f.strip()]
    i.notes = d.notes
    i.outcome = d.outcome
    by_item = {c.item: c for c in i.checks}
    for c in d.checks:
        row = by_item.get(c.item)
        if row is None:
            row = InterviewCheck(item=c.item)
            i.checks.append(row)
        row.result, row.note, row.stated_value = c.result, c.note, c.stated_value
    wanted = dict(d.answers)
    for a in list(i.answers):
        if a.question not in wanted:
            i.answers.remove(a)
        else:
            a.option = wanted.pop(a.question)
    for qid, oid in wanted.items():
        i.answers.append(QuestionnaireAnswer(question=qid, option=oid))
    i.updated_at = now or clock.utcnow()


def _editable(i: Interview, actor: Actor) -> None:
    if i.state != "draft":
        raise DomainError("interview_submitted")
    if i.officer_id != actor.id:
        raise PermissionDenied("interview_not_theirs", user=actor.username)


def save_draft(store: Store, actor: Actor, interview_id: int, draft: iv.InterviewDraft, *,
               expected_version: int | None = None, now: datetime | None = None) -> int:
    """Store the whole draft as typed (called debounced by the form). Returns the new version."""
    q = iv.load_questionnaire()
    problems = iv.draft_problems(draft, q)
    if problems:
        raise DomainError("interview_draft_invalid", problems=tuple(problems))
    with store.tx(actor) as s:
        i = _load(s, interview_id, expected_version=expected_version)
        _editable(i, actor)
        _apply(s, i, draft, now)
        s.flush()
        return i.version


def submit_interview(store: Store, actor: Actor, interview_id: int, draft: iv.InterviewDraft | None = None, *,
                     expected_version: int | None = None, now: datetime | None = None) -> InterviewView:
    """Check the notes are complete, score the questionnaire, freeze the notes."""
    q = iv.load_questionnaire()
    with store.tx(actor) as s:
        i = _load(s, interview_id, expected_version=expected_version)
        _editable(i, actor)
        if draft is not None:
            _apply(s, i, draft, now)
        d = _draft(i)
        problems = iv.submit_problems(d, q)
        if problems:
            raise DomainError("interview_incomplete", problems=tuple(problems))
        result = iv.score_questionnaire(q, dict(d.answers))
        i.masking_score, i.consistency_score = result.masking, result.consistency
        i.discrepancies = iv.discrepancy_count(d.checks)
        i.state, i.submitted_at = "submitted", now or clock.utcnow()
        app = s.get(Application, i.application_id)
        audit.record(s, actor=actor, action="interview_submit", entity_type="application", entity_id=app.app_no,
                     details={"interview": i.id, "outcome": i.outcome, "discrepancies": i.discrepancies,
                              "masking": i.masking_score, "consistency": i.consistency_score,
                              "red_flags": len(i.red_flags)}, at=now)
        s.flush()
        view = _view(s, i)
    _rescore(store, actor, i.application_id)
    return view


def _rescore(store: Store, actor: Actor, application_id: int) -> None:
    """Score a scored case again: the scorecard's interview factor takes the discrepancies
    of the interview just submitted (``cases.score_now`` stores the result and its inputs).
    A case not scored yet takes them when it is first scored."""
    from workstation.decide import cases
    from workstation.store.models import Application
    with store.read(actor) as s:
        scored = s.scalar(select(Application.score_version).where(Application.id == application_id))
    if scored is not None:
        cases.score_now(store, actor, application_id)


def add_addendum(store: Store, actor: Actor, interview_id: int, text: str) -> None:
    """A dated correction by the signed-in user; the submitted notes stay as they were."""
    if not text.strip():
        raise DomainError("addendum_empty")
    actor.require("officer", "supervisor", action="add interview addenda")
    with store.tx(actor) as s:
        i = _load(s, interview_id)
        if i.state != "submitted":
            raise DomainError("addendum_on_draft")
        s.add(InterviewAddendum(interview_id=i.id, user_id=actor.id, text=text.strip(),
                                at=clock.utcnow()))
        app = s.get(Application, i.application_id)
        audit.record(s, actor=actor, action="interview_addendum", entity_type="application",
                     entity_id=app.app_no, details={"interview": i.id, "text": text.strip()[:500]})


def get_interview(store: Store, actor: Actor, interview_id: int) -> InterviewView:
    with store.read(actor) as s:
        i = s.get(Interview, interview_id)
        if i is None:
            raise LookupError(f"no interview with id {interview_id}")
        check_case(s, actor, i.application_id)
        return _view(s, i)


def interviews_for(store: Store, actor: Actor, application_id: int) -> list[InterviewView]:
    with store.read(actor) as s:
        check_case(s, actor, application_id)
        rows = s.scalars(select(Interview).where(Interview.application_id == application_id)
                         .order_by(Interview.id)).all()
        return [_view(s, i) for i in rows]


def latest_submitted(s: Session, application_id: int) -> Interview | None:
    return s.scalar(select(Interview).where(Interview.application_id == application_id,
                                            Interview.state == "submitted")
                    .order_by(Interview.submitted_at.desc(), Interview.id.desc()).limit(1))


def discrepancy_count(store: Store, actor: Actor, application_id: int) -> int | None:
    """Discrepancies of the latest submitted interview (None: no interview yet): the
    scorecard's ``interview_discrepancies`` input."""
    with store.read(actor) as s:
        check_case(s, actor, application_id)
        i = latest_submitted(s, application_id)
        return None if i is None else i.discrepancies


def stated_figures(view: InterviewView) -> dict[str, Decimal]:
    """Figures the applicant stated in the interview, by declared-financials field."""
    items = {c.code: c for c in iv.CHECKLIST}
    return {items[c.item].declared_field: c.stated_value for c in view.draft.checks
            if c.stated_value is not None and items.get(c.item) and items[c.item].declared_field}
