"""Status changes of an application: the one place that moves a case, checks the
state machine, writes the history row and the audit entry in the same transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain.history_texts import EVENTS
from workstation.domain.refusals import english
from workstation.domain.workflow import Status, check_move
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, StaleEdit
from workstation.store import queries
from workstation.store.models import Application, StatusChange


def load_for_update(s: Session, app_id: int, *, expected_version: int | None = None) -> Application:
    """The application, locked for this transaction; refuses a stale edit."""
    app = queries.lock_application(s, app_id)
    if app is None:
        raise DomainError("application_not_found", app_id=app_id)
    if expected_version is not None and app.version != expected_version:
        raise StaleEdit("application_stale", app_no=app.app_no, expected_version=expected_version, version=app.version)
    return app


def history_event(code: str, params: dict) -> dict:
    """A history event as stored: its code and params (dates and amounts as text)."""
    return {"code": code, "params": {k: v if isinstance(v, (int, str, list)) or v is None else str(v)
                                     for k, v in params.items()}}


def move(s: Session, app: Application, target: Status | str, *, actor: Actor | None,
         comment: str | None = None, note: str | None = None, at: datetime | None = None,
         event: tuple[str, dict] | None = None) -> None:
    """Move ``app`` to ``target`` if the state machine allows it (raises TransitionError).
    ``event``: what the program records by itself, as (code, params) of
    domain/history_texts.py; ``comment`` is a person's own words (else the event's English)."""
    target = Status(target)
    check_move(app.status, target)
    at = at or clock.utcnow()
    before = app.status
    app.status = target.value
    app.status_changed_at = at
    app.status_note = note
    stored = history_event(*event) if event else None
    comment = comment or (english(event[0], event[1], EVENTS) if event else None)
    s.add(StatusChange(application_id=app.id, from_status=before, to_status=target.value,
                       user_id=actor.id if actor else None, at=at, comment=comment, event=stored))
    audit.record(s, actor=actor, action="status_change", entity_type="application", entity_id=app.app_no,
                 details={"from": before, "to": target.value, "comment": comment, "note": note,
                          **({"event": stored} if stored else {})}, at=at)
