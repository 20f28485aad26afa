"""Progress and cancellation for long jobs, independent of any UI."""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator


class Cancelled(Exception):
    """The user cancelled a long job; nothing half-written stays behind."""


class Progress:
    """A sink a long service function reports to. ``update`` raises Cancelled once
    ``cancel()`` was called (from any thread)."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int, label: str = "") -> None:
        self.report(done, total, label)
        self.check()

    def report(self, done: int, total: int, label: str) -> None:  # override to show it
        pass

    def partial(self, value: object) -> None:
        """A partial result the job has (an import's rejects so far): override to show it
        while the job runs. The job's return value stays the whole result."""

    def waiting(self, message: str) -> None:
        """The job waits for records another job holds (``services.retry``): override to
        show ``message``; it then waits instead of stopping. Cancel still works."""
        self.check()


class NullProgress(Progress):
    pass


class RecordingProgress(Progress):
    """Keeps every report; for tests and the CLI."""

    def __init__(self, cancel_at: int | None = None) -> None:
        super().__init__()
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at

    def report(self, done: int, total: int, label: str) -> None:
        self.reports.append((done, total, label))
        if self.cancel_at is not None and done >= self.cancel_at:
            self.cancel()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk job that makes millions of
    short-lived objects and no cycles worth collecting (about a fifth of the CPU
    otherwise); restored on the way out, whatever happens."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
