"""The desk-wide signal that the signed-in user was stopped: the error presenter emits
it, every lock page listens (its own module, so that neither imports the other)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SessionEvents(QObject):
    """Application-wide: a service refused because the signed-in user was stopped
    (deactivated, locked, roles withdrawn). The text says why, translated."""
    ended = Signal(str)


_EVENTS: SessionEvents | None = None


def session_events() -> SessionEvents:
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = SessionEvents()
    return _EVENTS
