"""Is the database there? The desk asks every few seconds; a server that went away shows
a banner, and the connection pool reconnects by itself when it is back (no restart)."""
from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from workstation.domain.actor import Actor

from workstation.store.session import Store

log = logging.getLogger(__name__)


def reachable(store: Store, actor: Actor | None) -> bool:
    """True when a query goes through now. A broken pooled connection is thrown away
    (pool_pre_ping), so the next call after the server is back connects afresh."""
    try:
        with store.read(actor) as s:
            s.execute(text("SELECT 1"))
        return True
    except DBAPIError as exc:
        if not exc.connection_invalidated and not _is_connection_error(exc):
            raise
        log.warning("database unreachable: %s", str(exc.orig).splitlines()[0] if exc.orig else exc)
        store.engine.dispose()          # no stale connection survives the outage
        return False


def _is_connection_error(exc: DBAPIError) -> bool:
    from sqlalchemy.exc import InterfaceError, OperationalError
    return isinstance(exc, (OperationalError, InterfaceError))


def connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` is the database server being away (not a refusal, not a bug): the
    desk keeps what was typed and says so instead of showing an unexpected error."""
    return isinstance(exc, DBAPIError) and (exc.connection_invalidated or _is_connection_error(exc)) and \
        "database is locked" not in str(exc.orig)
