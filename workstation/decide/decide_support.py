"""Small helpers shared by the interview, decision and attachment services (the shared
reads, products, settings, user names and locks, are in ``store.queries``)."""
from __future__ import annotations

from workstation.domain.actor import Actor

from workstation.domain.errors import PermissionDenied
from workstation.store.models import Application


def require_case_officer(app: Application, actor: Actor, *, action: str) -> None:
    """Officers work their own cases; an unassigned case becomes theirs."""
    actor.require("officer", action=action)
    if app.officer_id is None:
        app.officer_id = actor.id
    elif app.officer_id != actor.id:
        raise PermissionDenied("assigned_to_other_officer", user=actor.username, action=action, app_no=app.app_no)
