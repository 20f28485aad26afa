"""Tools > Score unscored applications, on the one job runner (ui/jobs.py): a non-modal
progress window (the officer keeps reading the queue and the case files), Cancel, and
the partial result -- how many are scored so far, each chunk committed -- in the status
bar while it runs and after a Cancel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CHUNK = 100         # applications per transaction: Cancel stops after the chunk being written


def start_scoring(window, *, chunk: int = CHUNK):
    """Score every unscored application behind a non-modal progress window; returns the
    job's runner (its action is disabled until the job ends)."""
    from workstation.decide.cases import score_unscored
    from workstation.ui.jobs import start_job
    store, actor, bar = window.store, window.actor, window.statusBar()
    action = getattr(window, "act_score_all", None)
    so_far = {"n": 0}

    def on_partial(n: object) -> None:
        so_far["n"] = int(n)
        bar.showMessage(QCoreApplication.translate("ScoreJob", "Scoring: %n application(s) scored so far", "",
                                                 so_far["n"]))

    def on_done(n: int) -> None:
        bar.showMessage(QCoreApplication.translate("ScoreJob", "%n application(s) scored", "", n), 10_000)

    def on_cancelled(_exc: object) -> None:
        bar.showMessage(QCoreApplication.translate(
            "ScoreJob", "Scoring cancelled: %n application(s) scored and kept; the rest have no score yet", "",
            so_far["n"]), 15_000)

    def on_ended() -> None:
        if action is not None:
            action.setEnabled(True)
        window.refresh()

    runner = start_job(window, title=QCoreApplication.translate("ScoreJob", "Score applications"),
                       label=QCoreApplication.translate("ScoreJob", "Scoring every application that has no score yet..."),
                       job=lambda p: score_unscored(store, actor, progress=p, chunk=chunk), on_done=on_done)
    runner.partial.connect(on_partial)
    runner.cancelled.connect(on_cancelled)
    runner.ended.connect(on_ended)
    if action is not None:
        action.setEnabled(False)
    return runner
