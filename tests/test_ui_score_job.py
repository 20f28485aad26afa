"""Tools > Score unscored applications runs on the one job runner: non-modal (the
officer keeps reading), with progress, Cancel, and the partial result -- the chunks
scored before a Cancel are kept and counted."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.test_ui_fixtures import actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.ui import score_job
from workstation.ui.main_window import MainWindow


def _scored(store) -> int:
    return len(app_ids(store)) - len(app_ids(store, score_version=None))


def _window(qtbot, store) -> MainWindow:
    w = MainWindow(store, actor_for(store, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    return w


def test_scoring_runs_non_modal_with_partial_results(qtbot, desk):
    w = _window(qtbot, desk)
    unscored = len(app_ids(desk, score_version=None))
    assert unscored > 10
    runner = score_job.start_scoring(w, chunk=5)
    partials: list[int] = []
    runner.partial.connect(partials.append)
    progress = w.findChild(object, "jobProgress")
    assert progress is not None and not progress.isModal()           # the desk stays usable
    assert QApplication.activeModalWidget() is None
    assert not w.act_score_all.isEnabled()                           # one run at a time
    w.queue_panel.refresh()                                          # reading the queue meanwhile
    with qtbot.waitSignal(runner.ended, timeout=120_000):
        pass
    assert _scored(desk) == unscored and partials and partials[-1] == unscored
    assert partials == sorted(partials) and len(partials) > 1
    assert str(unscored) in w.statusBar().currentMessage()
    assert w.act_score_all.isEnabled()


def test_cancel_keeps_the_chunks_scored(qtbot, desk):
    w = _window(qtbot, desk)
    unscored = len(app_ids(desk, score_version=None))
    runner = score_job.start_scoring(w, chunk=5)
    runner.cancel()                     # stops after the chunk being written
    with qtbot.waitSignal(runner.ended, timeout=120_000):
        pass
    assert _scored(desk) == 5 < unscored
    message = w.statusBar().currentMessage()
    assert "cancelled" in message and "5 application(s)" in message, message
