"""The one long-job runner (ui/jobs.py): progress, cancel, partial results, a new start
cancelling the old; non-modal where the work allows (end of day, batch printing and
imports leave the desk readable); the import window lists rejects while it runs."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QProgressDialog, QPushButton

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.services.progress import Cancelled
from workstation.ui.jobs import JobRunner, start_job

ROOT = Path(__file__).resolve().parents[1]


def _gated_job(gate: threading.Event, *, partials=()):
    """Reports 1 of 3 (and its partial results), waits for the test, then finishes."""
    def job(progress):
        for p in partials:
            progress.partial(p)
        progress.update(1, 3, "first")
        assert gate.wait(10)
        progress.update(3, 3, "last")
        return "result"
    return job


def _endless(progress):
    i = 0
    while True:
        progress.update(i, 10**9, "loop")       # raises Cancelled once cancelled
        i += 1


def test_progress_and_partial_results_arrive_while_the_job_runs(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    seen: list[tuple[int, int, str]] = []
    parts: list[object] = []
    runner.progressed.connect(lambda d, t, label: seen.append((d, t, label)))
    runner.partial.connect(parts.append)
    try:
        runner.start(_gated_job(gate, partials=("reject 1", "reject 2")))
        qtbot.waitUntil(lambda: seen == [(1, 3, "first")], timeout=10_000)
        assert parts == ["reject 1", "reject 2"] and runner.running      # before the job ends
        with qtbot.waitSignal(runner.succeeded, timeout=10_000) as got:
            gate.set()
        assert got.args == ["result"] and seen[-1] == (3, 3, "last") and not runner.running
    finally:
        gate.set()
        runner.wait()


def test_cancel_stops_the_job_and_says_so(qtbot):
    runner = JobRunner()
    ok: list[object] = []
    runner.succeeded.connect(ok.append)
    runner.start(_endless)
    qtbot.waitUntil(lambda: runner.progress is not None and runner.running, timeout=10_000)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000) as got:
        runner.cancel()
    assert isinstance(got.args[0], Cancelled) and ok == [] and not runner.running


def test_a_failure_reaches_the_main_thread(qtbot):
    runner = JobRunner()

    def broken(progress):
        raise LookupError("no such loan")
    with qtbot.waitSignal(runner.failed, timeout=10_000) as got:
        runner.start(broken)
    assert isinstance(got.args[0], LookupError) and not runner.running


def test_a_new_start_cancels_the_old(qtbot):
    runner = JobRunner()
    results: list[object] = []
    runner.succeeded.connect(results.append)
    runner.start(_endless)
    first = runner.progress
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        runner.start(lambda progress: "second")
    runner.wait()
    assert first.cancelled and results == ["second"]


def test_start_job_is_not_modal_and_cancels_from_its_window(qtbot):
    done: list[object] = []
    runner = start_job(None, title="t", label="working", job=_endless, on_done=done.append)
    dlg = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QProgressDialog) and w.objectName() == "jobProgress" and w.isVisible())
    assert QApplication.activeModalWidget() is None          # the desk stays usable
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dlg.findChild(QPushButton).click()                    # what the officer does
    assert done == [] and not dlg.isVisible()


def test_start_job_delivers_the_result(qtbot):
    gate = threading.Event()
    done: list[object] = []
    runner = start_job(None, title="t", label="working", job=_gated_job(gate), on_done=done.append)
    dlg = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QProgressDialog) and w.objectName() == "jobProgress" and w.isVisible())
    qtbot.waitUntil(lambda: dlg.value() == 1 and dlg.maximum() == 3, timeout=10_000)
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        gate.set()
    assert done == ["result"] and not dlg.isVisible()


def test_end_of_day_runs_without_blocking_the_desk(qtbot, desk, monkeypatch, ui_env):
    from workstation.domain import clock
    from workstation.ui.loans import loan_menu
    from workstation.ui.main_window import MainWindow
    w = MainWindow(desk, actor_for(desk, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (clock.today().isoformat(), True)))
    runner = loan_menu.run_end_of_day(w)
    assert QApplication.activeModalWidget() is None
    with qtbot.waitSignal(runner.ended, timeout=120_000):
        pass
    assert any("End of day" in m for m in ui_env), ui_env       # the summary box


def test_import_window_lists_rejects_while_it_runs(qtbot, tmp_path):
    from workstation.store.session import Store
    from workstation.services.setup import ensure_reference_data
    from workstation.ui.queue.import_dialog import ImportDialog
    from tests.test_imports import _actor
    store = Store.open(f"sqlite:///{tmp_path / 'imp.db'}")
    ensure_reference_data(store, None)
    try:
        bad = tmp_path / "bad.jsonl"
        bad.write_bytes((ROOT / "resources" / "samples" / "applications_bad.jsonl").read_bytes())
        dlg = ImportDialog(None, store=store, actor=_actor(store, "officer1", {"officer"}), path=bad, chunk_size=2)
        qtbot.addWidget(dlg)
        during: list[tuple[int, bool, bool]] = []

        def look(_rejects) -> None:     # after the dialog took them in, before the report
            during.append((dlg.rejects_table.rowCount(), dlg.report is None, dlg.cancel_button.isVisible()))
        dlg.runner.partial.connect(look)
        dlg.show()
        assert QApplication.activeModalWidget() is None
        dlg.start()
        qtbot.waitUntil(lambda: dlg.report is not None and not dlg.running, timeout=60_000)
        assert during and during[0][0] > 0 and all(not_yet and cancel for _, not_yet, cancel in during)
        assert dlg.rejects_table.rowCount() == len(dlg.report.rejects) == 7
    finally:
        store.close()
