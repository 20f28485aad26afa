"""Long jobs: a plain service function taking a Progress runs on a worker thread;
a modal progress dialog shows how far it got and offers Cancel; the result (or
the error) comes back on the main thread. One job at a time."""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from workstation.services.progress import Cancelled, Progress

T = TypeVar("T")


class _Bridge(QObject):
    progressed = Signal(int, int, str)
    waiting = Signal()


class _SignalProgress(Progress):
    """Forwards progress to the dialog at most every 50 ms: a job may report
    millions of times, and a flood of cross-thread signals helps nobody."""
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

    def waiting(self, message: str) -> None:
        """Another job holds the records this one needs (services.retry): the dialog says
        so in the desk's language (``message`` is for logs and the CLI), the job waits."""
        self._bridge.waiting.emit()
        super().waiting(message)


class _Worker(QThread):
    def __init__(self, job: Callable[[Progress], T], progress: Progress) -> None:
        super().__init__()
        self._job, self._progress = job, progress
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._job(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            self.error = exc


def run_job(parent: QWidget | None, *, title: str, label: str, job: Callable[[Progress], T],
            cancellable: bool = True, describe: Callable[[str], str] | None = None) -> T:
    """Run ``job(progress)`` off the main thread behind a progress dialog.

    ``describe`` turns a report's label into the dialog's text (on the main thread);
    without it the dialog keeps ``label``.
    Returns the job's result; raises what the job raised (``Cancelled`` on Cancel).
    """
    bridge = _Bridge()
    progress = _SignalProgress(bridge)
    dlg = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.ApplicationModal)
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    if not cancellable:
        dlg.setCancelButton(None)

    def on_progress(done: int, total: int, text: str) -> None:
        dlg.setMaximum(max(total, 1))
        dlg.setValue(min(done, max(total, 1)))
        if describe is not None and text:
            dlg.setLabelText(f"{label}\n{describe(text)}")

    def on_waiting() -> None:
        why = QCoreApplication.translate("Jobs", "Waiting: another job (a desk posting, an import or end of day) is changing the same loans. This job goes on as soon as it is done.")  # noqa: E501
        dlg.setLabelText(f"{label}\n{why}")

    bridge.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    bridge.waiting.connect(on_waiting, Qt.ConnectionType.QueuedConnection)
    dlg.canceled.connect(progress.cancel)
    worker = _Worker(job, progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dlg.show()
    worker.start()
    loop.exec()
    worker.wait()
    cancelled = progress.cancelled
    dlg.canceled.disconnect(progress.cancel)      # closing a progress dialog emits canceled
    dlg.close()
    dlg.deleteLater()
    if worker.error is not None:
        raise worker.error
    if cancelled:
        raise Cancelled()
    return worker.result  # type: ignore[return-value]
