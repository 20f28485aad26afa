"""What every service call needs: the store and who is acting."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.store.db import open_store


class PermissionDenied(PermissionError):
    """The signed-in user's role does not allow this action."""


class DomainError(ValueError):
    """A user action that the business rules refuse; the message is for the user."""


class StaleEdit(DomainError):
    """Somebody else changed the record since it was read."""


@dataclass(frozen=True)
class Actor:
    """The signed-in user as services see it (never an ORM object)."""
    id: int
    username: str
    display_name: str
    roles: frozenset[str]
    supervisor_id: int | None = None

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def require(self, *roles: str, action: str) -> None:
        if not self.has(*roles):
            raise PermissionDenied(f"{self.username} may not {action}: needs role {' or '.join(roles)}")


@dataclass
class Store:
    url: str
    engine: Engine
    factory: sessionmaker = field(repr=False)

    @classmethod
    def open(cls, url: str, *, schema: str | None = None) -> "Store":
        engine, factory = open_store(url, schema=schema)
        return cls(url=url, engine=engine, factory=factory)

    @contextmanager
    def tx(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error."""
        with self.factory() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.factory() as s:
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
