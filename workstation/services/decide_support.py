"""Small helpers shared by the interview, decision and attachment services."""
from __future__ import annotations

from sqlalchemy.orm import Session

from workstation.domain.products import Product as ProductDef, product_by_code
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.services.context import Actor, PermissionDenied
from workstation.services import workflow
from workstation.store.models import Application, Product, Setting, User


def lock_app(s: Session, app_id: int, *, expected_version: int | None = None) -> Application:
    """The application locked for this transaction (see workflow.load_for_update)."""
    return workflow.load_for_update(s, app_id, expected_version=expected_version)


def product(s: Session, code: str) -> ProductDef:
    row = s.get(Product, code)
    return ProductDef.from_dict(row.definition) if row is not None else product_by_code(code)


def setting(s: Session, key: str):
    row = s.get(Setting, key)
    return DEFAULT_SETTINGS.get(key) if row is None else row.value


def settings(s: Session, keys) -> dict:
    return {k: setting(s, k) for k in keys}


def user_name(s: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    u = s.get(User, user_id)
    return u.display_name if u else None


def require_case_officer(app: Application, actor: Actor, *, action: str) -> None:
    """Officers work their own cases; an unassigned case becomes theirs."""
    actor.require("officer", action=action)
    if app.officer_id is None:
        app.officer_id = actor.id
    elif app.officer_id != actor.id:
        raise PermissionDenied("assigned_to_other_officer", user=actor.username, action=action, app_no=app.app_no)
