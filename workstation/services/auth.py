"""Users, roles, passwords (argon2id) and sign-in with lock-out."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from workstation.domain import clock
from workstation.domain.refusals import english
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.store.models import User, UserRole

log = logging.getLogger(__name__)

ROLES = ("officer", "supervisor", "admin")
# argon2id, OWASP minimum: 19 MiB memory, 2 passes, 1 lane.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8


class SignInFailed(DomainError):
    pass


class PasswordChangeRequired(SignInFailed):
    """The password was right but is a temporary one (set by an administrator): no
    session until :func:`change_temporary_password` replaces it."""


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise DomainError("password_too_short", min_length=MIN_PASSWORD)
    if password.isdigit() or password.isalpha():
        raise DomainError("password_needs_mix")


def _actor(u: User) -> Actor:
    return Actor(id=u.id, username=u.username, display_name=u.display_name,
                 roles=frozenset(u.role_names), supervisor_id=u.supervisor_id)


def refused_message() -> str:
    """The one sign-in refusal: it never tells whether the user name exists, whether the
    account is locked or deactivated, or how many attempts are left."""
    return english("sign_in_refused", {"failures": MAX_FAILURES, "minutes": int(LOCKOUT.total_seconds() // 60)})


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check the password; lock the account after MAX_FAILURES failures in a row.

    The failure count is committed before the refusal is raised. Every refusal has
    the same message (refused_message) and the same cost: one argon2 computation."""
    now = now or clock.utcnow()
    refused = pending = False
    with store.tx(None) as s:          # nobody is signed in yet
        u = s.scalar(select(User).where(User.username == username.strip()))
        if u is None or not u.active:
            HASHER.hash("timing-equaliser")   # same cost and message as a wrong password
            log.info("sign-in refused for an unknown or inactive account")
            refused = True
        elif u.locked_until and u.locked_until > now:
            HASHER.hash("timing-equaliser")
            log.info("sign-in refused for a locked account id %s", u.id)
            refused = True
        else:
            try:
                HASHER.verify(u.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                refused = True
                u.failed_attempts += 1
                if u.failed_attempts >= MAX_FAILURES:
                    u.locked_until = now + LOCKOUT
                    u.failed_attempts = 0
                    log.warning("account id %s locked after %d failures", u.id, MAX_FAILURES)
            else:
                u.failed_attempts = 0
                u.locked_until = None
                if HASHER.check_needs_rehash(u.password_hash):
                    u.password_hash = hash_password(password)
                pending = u.must_change_password
                actor = _actor(u)
    if refused:
        raise SignInFailed("sign_in_refused", failures=MAX_FAILURES, minutes=int(LOCKOUT.total_seconds() // 60))
    if pending:   # no Actor leaves here: no service can be reached with a temporary password
        raise PasswordChangeRequired("password_temporary")
    return actor


TEMPORARY_PASSWORD = english("password_temporary", {})


def change_temporary_password(store: Store, username: str, *, old: str, new: str,
                              now: datetime | None = None) -> Actor:
    """Replace a temporary password (the only thing its holder may do) and sign in.

    ``old`` is checked as at sign-in (failures count towards the lock-out); the new
    password must follow the rules and differ from the temporary one."""
    try:
        sign_in(store, username, old, now=now)
    except PasswordChangeRequired:
        pass
    if new == old:
        raise DomainError("password_same_as_temporary")
    check_password_rules(new)
    with store.tx(None) as s:          # nobody is signed in yet
        u = _get(s, username.strip())
        u.password_hash = hash_password(new)
        u.must_change_password = False
        return _actor(u)


def verify_password(store: Store, actor: Actor, password: str) -> bool:
    """Re-check the signed-in user's password (unlock, signatures). Failures count.

    A deactivated or locked account, or one whose roles were withdrawn, is refused with
    SessionEnded naming why (the user is known here: nothing is revealed), never as
    a wrong password."""
    with store.read(actor):
        pass                               # check_session: SessionEnded when stopped
    try:
        sign_in(store, actor.username, password)
        return True
    except SignInFailed:
        return False


def users_exist(store: Store) -> bool:
    """Whether any user exists (the first start asks before anyone can sign in)."""
    with store.read(None) as s:
        return bool(s.scalar(select(func.count(User.id))))


def add_user(store: Store, actor: Actor | None, *, username: str, display_name: str, password: str,
             roles: set[str], supervisor: str | None = None) -> Actor:
    """Admins add users; ``actor=None`` is allowed only for the first user (bootstrap)."""
    username = username.strip()
    if not username or len(username) > 64 or " " in username:
        raise DomainError("username_invalid")
    bad = set(roles) - set(ROLES)
    if not roles or bad:
        raise DomainError("roles_invalid", roles=ROLES, unknown=tuple(sorted(bad)))
    check_password_rules(password)
    with store.tx(actor) as s:
        if actor is None:
            if s.scalar(select(func.count(User.id))):
                raise PermissionDenied("only_admin_adds_users")
        else:
            actor.require("admin", action="add users")
        if s.scalar(select(User.id).where(User.username == username)):
            raise DomainError("username_taken", username=username)
        sup_id = None
        if supervisor:
            sup_id = s.scalar(select(User.id).where(User.username == supervisor))
            if sup_id is None:
                raise DomainError("supervisor_not_found", supervisor=supervisor)
        u = User(username=username, display_name=display_name or username,
                 password_hash=hash_password(password), supervisor_id=sup_id,
                 roles=[UserRole(role=r) for r in sorted(roles)])
        s.add(u)
        s.flush()
        return _actor(u)


def reset_password(store: Store, actor: Actor, *, username: str, new_password: str) -> None:
    actor.require("admin", action="reset passwords")
    check_password_rules(new_password)
    with store.tx(actor) as s:
        u = _get(s, username)
        u.password_hash = hash_password(new_password)
        u.failed_attempts = 0
        u.locked_until = None
        u.must_change_password = True


def change_own_password(store: Store, actor: Actor, *, old: str, new: str) -> None:
    if not verify_password(store, actor, old):
        raise DomainError("password_wrong")
    check_password_rules(new)
    with store.tx(actor) as s:
        u = _get(s, actor.username)
        u.password_hash = hash_password(new)
        u.must_change_password = False


def set_active(store: Store, actor: Actor, *, username: str, active: bool) -> None:
    actor.require("admin", action="activate or deactivate users")
    if username == actor.username and not active:
        raise DomainError("deactivate_self")
    with store.tx(actor) as s:
        _get(s, username).active = active


def list_users(store: Store, actor: Actor) -> list[dict]:
    """Every user: administrators only (the command line signs one in too)."""
    actor.require("admin", action="list users")
    with store.read(actor) as s:
        rows = s.scalars(select(User).order_by(User.username)).all()
        sups = {u.id: u.username for u in rows}
        return [dict(username=u.username, display_name=u.display_name, roles=sorted(u.role_names),
                     active=u.active, supervisor=sups.get(u.supervisor_id),
                     locked=bool(u.locked_until and u.locked_until > clock.utcnow()))
                for u in rows]


def _get(s, username: str) -> User:
    u = s.scalar(select(User).where(User.username == username))
    if u is None:
        raise DomainError("user_not_found", username=username)
    return u
