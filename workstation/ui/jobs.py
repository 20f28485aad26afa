"""Long jobs, the one runner of the desk (imports, end of day, batch printing, scoring,
the first start's demo data).

A job is a plain service function taking a ``Progress`` (``services.progress``): it
reports how far it got, may hand over partial results (``progress.partial``: an
import's rejects so far), checks for Cancel and raises ``Cancelled``. ``JobRunner``
runs it on a worker thread and delivers everything as signals on the main thread:

- ``progressed(done, total, label)``, at most every 50 ms (a job may report millions
  of times);
- ``partial(value)``, each partial result as it comes;
- ``waiting()``, when the job waits for records another job holds (``services.retry``);
- then exactly one of ``succeeded(result)``, ``cancelled(exc)`` (the ``Cancelled``
  raised: ``ImportCancelled`` carries what was kept) or ``failed(exc)``, and ``ended()``.

A new ``start`` on a runner cancels the job it is running and drops its outcome (as
Orange3's ``ConcurrentWidgetMixin`` does). Two ways to show a job:

- ``start_job``: a non-modal progress window; the officer keeps reading the queue and
  the case files while it runs; ``on_done(result)`` runs on the main thread after.
- ``run_job``: modal, blocks and returns the result (the first start, before there is
  a desk to read).
"""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workstation.services.progress import Cancelled, Progress

T = TypeVar("T")


class _Bridge(QObject):
    """Lives on the main thread; the worker's progress emits through it (queued)."""
    progressed = Signal(int, int, str)
    partial = Signal(object)
    waiting = Signal()


class _SignalProgress(Progress):
    INTERVAL = 0.05

    def __init__(self, bridge: _Bridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._last = 0.0

    def report(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last >= self.INTERVAL or done >= total:
            self._last = now
            self._bridge.progressed.emit(done, total, label)

    def partial(self, value: object) -> None:
        self._bridge.partial.emit(value)

    def waiting(self, message: str) -> None:
        """The dialog says so in the desk's language (``message`` is for logs and the CLI)."""
        self._bridge.waiting.emit()
        super().waiting(message)


_LIVE: set["_Worker"] = set()     # running workers outlive a runner (or window) closed meanwhile


class _Worker(QThread):
    outcome = Signal(str, object)     # "ok" | "cancelled" | "failed", the result or the exception

    def __init__(self, job: Callable[[Progress], object], progress: Progress) -> None:
        super().__init__()
        self._job, self._progress = job, progress

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled as exc:
            self.outcome.emit("cancelled", exc)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            self.outcome.emit("failed", exc)
        else:       # a job that returns has its say, also after a Cancel (a batch's partial result)
            self.outcome.emit("ok", result)
        finally:
            _LIVE.discard(self)


class JobRunner(QObject):
    progressed = Signal(int, int, str)
    partial = Signal(object)
    waiting = Signal()
    succeeded = Signal(object)
    cancelled = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None
        self._progress: _SignalProgress | None = None
        self._old: list[_Worker] = []        # cancelled by a new start, finishing in the background

    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def progress(self) -> Progress | None:
        return self._progress

    def start(self, job: Callable[[Progress], object]) -> None:
        if self._worker is not None:         # a new start cancels the old; its outcome is dropped
            self.cancel()
            self._worker.outcome.disconnect(self._on_outcome)
            self._old.append(self._worker)
            self._worker.finished.connect(self._forget_old)
        bridge = _Bridge(self)
        bridge.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        bridge.partial.connect(self.partial, Qt.ConnectionType.QueuedConnection)
        bridge.waiting.connect(self.waiting, Qt.ConnectionType.QueuedConnection)
        self._progress = _SignalProgress(bridge)
        self._worker = _Worker(job, self._progress)
        self._worker.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        _LIVE.add(self._worker)
        self._worker.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; its outcome still arrives (``cancelled``,
        or ``succeeded`` when it had finished anyway)."""
        if self._progress is not None:
            self._progress.cancel()

    def wait(self) -> None:
        """Block until the worker thread is done (closing, tests)."""
        for w in [*self._old, *([self._worker] if self._worker is not None else [])]:
            w.wait()

    def _forget_old(self) -> None:
        self._old = [w for w in self._old if w.isRunning()]

    def _on_outcome(self, kind: str, value: object) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        # the queued progress reports were delivered before this (same thread, in order)
        if kind == "ok":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit(value if isinstance(value, BaseException) else Cancelled())
        else:
            self.failed.emit(value)
        self.ended.emit()


def _progress_dialog(parent: QWidget | None, *, title: str, label: str, cancellable: bool,
                     modal: bool) -> QProgressDialog:
    dlg = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.ApplicationModal if modal else Qt.WindowModality.NonModal)
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    if not cancellable:
        dlg.setCancelButton(None)
    return dlg


def _show_progress(runner: JobRunner, dlg: QProgressDialog, label: str,
                   describe: Callable[[str], str] | None) -> None:
    def on_progress(done: int, total: int, text: str) -> None:
        dlg.setMaximum(max(total, 1))
        dlg.setValue(min(done, max(total, 1)))
        if describe is not None and text:
            dlg.setLabelText(f"{label}\n{describe(text)}")

    def on_waiting() -> None:
        why = QCoreApplication.translate("Jobs", "Waiting: another job (a desk posting, an import or end of day) is changing the same loans. This job goes on as soon as it is done.")  # noqa: E501
        dlg.setLabelText(f"{label}\n{why}")

    runner.progressed.connect(on_progress)
    runner.waiting.connect(on_waiting)
    dlg.canceled.connect(runner.cancel)

    def close() -> None:
        dlg.canceled.disconnect(runner.cancel)      # closing a progress dialog emits canceled
        dlg.close()
        dlg.deleteLater()
    runner.ended.connect(close)


_SHOWN: set[JobRunner] = set()


def start_job(parent: QWidget | None, *, title: str, label: str, job: Callable[[Progress], T],
              on_done: Callable[[T], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
              cancellable: bool = True, describe: Callable[[str], str] | None = None) -> JobRunner:
    """Run ``job`` behind a non-modal progress window and return its runner at once.
    ``on_done(result)`` runs on the main thread when it succeeds; a failure goes to
    ``on_error`` (default: the one error presenter); Cancel is quiet."""
    from workstation.ui.errors import present_error
    runner = JobRunner(parent)
    dlg = _progress_dialog(parent, title=title, label=label, cancellable=cancellable, modal=False)
    dlg.setObjectName("jobProgress")
    _show_progress(runner, dlg, label, describe)
    if on_done is not None:
        runner.succeeded.connect(on_done)
    runner.failed.connect(on_error if on_error is not None else (lambda exc: present_error(parent, exc)))
    _SHOWN.add(runner)                   # kept until it ends, whether or not the caller keeps it

    def forget() -> None:
        _SHOWN.discard(runner)
        runner.deleteLater()
    runner.ended.connect(forget)
    dlg.show()
    runner.start(job)
    return runner


def run_job(parent: QWidget | None, *, title: str, label: str, job: Callable[[Progress], T],
            cancellable: bool = True, describe: Callable[[str], str] | None = None) -> T:
    """Run ``job(progress)`` behind a modal progress dialog; returns its result, raises
    what it raised (``Cancelled`` on Cancel). ``describe`` turns a report's label into
    the dialog's text (on the main thread); without it the dialog keeps ``label``."""
    runner = JobRunner()
    dlg = _progress_dialog(parent, title=title, label=label, cancellable=cancellable, modal=True)
    _show_progress(runner, dlg, label, describe)
    outcome: dict[str, object] = {}
    runner.succeeded.connect(lambda r: outcome.setdefault("result", r))
    runner.cancelled.connect(lambda e: outcome.setdefault("error", e))
    runner.failed.connect(lambda e: outcome.setdefault("error", e))
    loop = QEventLoop()
    runner.ended.connect(loop.quit)
    dlg.show()
    runner.start(job)
    loop.exec()
    runner.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
