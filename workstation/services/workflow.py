"""Status changes of an application: the one place that moves a case, checks the
state machine, writes the history row and the audit entry in the same transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain.workflow import Status, check_move
from workstation.services import audit
from workstation.services.context import Actor, DomainError, StaleEdit
from workstation.store.models import Application, StatusChange


def load_for_update(s: Session, app_id: int, *, expected_version: int | None = None) -> Application:
    """The application, locked for this transaction; refuses a stale edit."""
    # FOR UPDATE OF applications: the joined merchant is read, not locked (PostgreSQL
    # refuses to lock the nullable side of the eager outer join).
    app = s.execute(select(Application).where(Application.id == app_id)
                    .with_for_update(of=Application)).scalar_one_or_none()
    if app is None:
        raise DomainError(f"no application with id {app_id}")
    if expected_version is not None and app.version != expected_version:
        raise StaleEdit(f"application {app.app_no} was changed by someone else since you opened it "
                        f"(version {expected_version} -> {app.version}); reopen it to see the changes")
    return app


def move(s: Session, app: Application, target: Status | str, *, actor: Actor | None,
         comment: str | None = None, note: str | None = None, at: datetime | None = None) -> None:
    """Move ``app`` to ``target`` if the state machine allows it (raises TransitionError)."""
    target = Status(target)
    check_move(app.status, target)
    at = at or clock.utcnow()
    before = app.status
    app.status = target.value
    app.status_changed_at = at
    app.status_note = note
    s.add(StatusChange(application_id=app.id, from_status=before, to_status=target.value,
                       user_id=actor.id if actor else None, at=at, comment=comment))
    audit.record(s, actor=actor, action="status_change", entity_type="application", entity_id=app.app_no,
                 details={"from": before, "to": target.value, "comment": comment, "note": note}, at=at)
