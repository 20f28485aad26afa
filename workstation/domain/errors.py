"""Refusals: what the business rules, the access rules and the session check raise.
Each carries a code the desk translates."""
from __future__ import annotations

from workstation.domain.refusals import Coded


class PermissionDenied(Coded, PermissionError):
    """The signed-in user's role does not allow this action. Carries a ``code`` and its
    ``params`` (domain/refusals.py); ``str()`` is the English text."""

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(self._coded(code, field, params))


class NotVisible(PermissionDenied):
    """The case (or its loan, interviews, documents...) is outside what the user may see:
    the queue's visibility rule refuses it (code ``other_team``)."""


class DomainError(Coded, ValueError):
    """A user action that the business rules refuse: ``code``, ``params`` and ``field``
    (domain/refusals.py); ``str()`` is the English text, the UI translates by code."""

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(self._coded(code, field, params))


class StaleEdit(DomainError):
    """Somebody else changed the record since it was read."""


class SessionEnded(PermissionDenied):
    """The signed-in user was deactivated, locked out or lost a role since signing in:
    every service refuses, and the desk goes back to the sign-in page.
    ``code`` is one of "inactive", "locked", "role", "unknown"."""

    def __init__(self, code: str, username: str) -> None:
        super().__init__(code, user=username)
        self.username = username

