"""The idle lock's watcher: a key press, a click, a mouse move, a wheel turn or a shortcut
restarts its timer; other events (paints, timers, Qt's own unnamed event types) do not,
and without input it fires once its time is up."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from workstation.ui.lock import IdleWatcher


def _watch(qtbot, ms):
    w = QLineEdit()
    qtbot.addWidget(w)
    w.show()
    watcher = IdleWatcher(ms)
    fired = []
    watcher.idle.connect(lambda: fired.append(1))
    return w, watcher, fired


def _remaining_after(watcher, poke) -> int:
    watcher.timer.start()
    QTest.qWait(150)
    before = watcher.timer.remainingTime()
    poke()
    return watcher.timer.remainingTime() - before


def test_every_kind_of_input_restarts_the_timer(qtbot):
    w, watcher, fired = _watch(qtbot, 1_000)
    try:
        pokes = {
            "key": lambda: QTest.keyClick(w, Qt.Key.Key_A),
            "click": lambda: QTest.mouseClick(w, Qt.MouseButton.LeftButton),
            "move": lambda: QTest.mouseMove(w, QPoint(5, 5)),
            "wheel": lambda: QApplication.sendEvent(w, QWheelEvent(
                QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)),
        }
        for name, poke in pokes.items():
            assert _remaining_after(watcher, poke) > 20, name        # wound back up (it only runs down otherwise)
    finally:
        watcher.stop()


def test_other_events_leave_the_timer_running_and_it_fires(qtbot):
    w, watcher, fired = _watch(qtbot, 400)
    try:
        def others():
            w.update()
            w.repaint()
            QApplication.sendEvent(w, QEvent(QEvent.Type(1_234)))      # a type Qt's enum does not name
            QApplication.sendEvent(w, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
        assert _remaining_after(watcher, others) <= 5
        qtbot.waitUntil(lambda: fired == [1], timeout=2_000)
    finally:
        watcher.stop()


def test_a_paused_watcher_ignores_input(qtbot):
    w, watcher, fired = _watch(qtbot, 300)
    try:
        watcher.pause()
        QTest.keyClick(w, Qt.Key.Key_A)
        assert not watcher.timer.isActive()
        watcher.resume()
        qtbot.waitUntil(lambda: fired == [1], timeout=2_000)
    finally:
        watcher.stop()
