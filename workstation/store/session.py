"""The open database as services use it: transactions that re-check the acting user."""
from __future__ import annotations

from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime
from typing import Iterator

from sqlalchemy import Select, bindparam, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.domain import clock
from workstation.domain.actor import Actor
from workstation.domain.errors import SessionEnded
from workstation.store.db import open_store, read_engine


@dataclass
class Store:
    url: str
    engine: Engine
    factory: sessionmaker = field(repr=False)

    @classmethod
    def open(cls, url: str, *, schema: str | None = None) -> "Store":
        engine, factory = open_store(url, schema=schema)
        return cls(url=url, engine=engine, factory=factory)

    def tx(self, actor: "Actor | None" = None) -> AbstractContextManager[Session]:
        """One transaction: commits on success, rolls back on any error.

        The acting user ``actor`` is re-checked in the same transaction: active, not
        locked, still holding every role it signed in with; otherwise SessionEnded.
        Services always pass it (None only for the system: start-up, end of day run
        from the command line, tests' set-up); tests/test_actor_everywhere.py keeps
        every call in the program explicit."""
        return self._tx(actor)

    def read(self, actor: "Actor | None" = None) -> AbstractContextManager[Session]:
        """A read: on SQLite it begins deferred, so it never waits for a writer.
        The acting user is re-checked as in ``tx``."""
        return self._read(actor)

    @contextmanager
    def _tx(self, actor: "Actor | None") -> Iterator[Session]:
        with self.factory() as s, s.begin():
            if actor is not None:
                check_session(s, actor)
            yield s

    @contextmanager
    def _read(self, actor: "Actor | None") -> Iterator[Session]:
        with self.factory(bind=read_engine(self.engine)) as s:
            if actor is not None:
                check_session(s, actor)
            yield s

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    def describe(self) -> str:
        u = self.engine.url
        if u.get_backend_name() == "sqlite":
            return f"SQLite {u.database}"
        return f"PostgreSQL {u.host}:{u.port or 5432}/{u.database}"

    def close(self) -> None:
        self.engine.dispose()


def check_session(s: Session, actor: Actor, *, now: datetime | None = None) -> None:
    """Refuse (SessionEnded) unless ``actor``'s user row, read in this transaction, is
    active, not locked and still holds the actor's roles. Internal readers (id <= 0,
    e.g. the documents' reader) are not users and are not checked.

    One statement (the user row with each role it holds), built once: every service
    read and write begins here, so it is the desk's most frequent statement."""
    if actor.id <= 0:
        return
    rows = s.connection().execute(_user_check(), {"uid": actor.id}).all()
    if not rows:
        raise SessionEnded("unknown", actor.username)
    active, locked_until = rows[0][0], rows[0][1]
    if not active:
        raise SessionEnded("inactive", actor.username)
    now = now or clock.utcnow()
    if locked_until is not None and locked_until > now:
        raise SessionEnded("locked", actor.username)
    if actor.roles and not actor.roles <= {r[2] for r in rows if r[2] is not None}:
        raise SessionEnded("role", actor.username)


@lru_cache(maxsize=1)
def _user_check() -> Select:
    from workstation.store.models import User, UserRole
    return (select(User.active, User.locked_until, UserRole.role)
            .outerjoin(UserRole, UserRole.user_id == User.id)
            .where(User.id == bindparam("uid")))
