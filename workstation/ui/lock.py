"""Idle lock: an application-wide event filter restarts a timer on every input;
when it runs out the main window shows the lock page instead of the workspace
(the workspace is hidden, not covered, so nothing can be seen or grabbed) until
the signed-in user's password is entered again."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShortcutEvent, QTouchEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workstation.services import auth
from workstation.domain.actor import Actor
from workstation.domain.errors import SessionEnded
from workstation.services.connect import Store
from workstation.ui.session_events import session_events

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut}
# the classes of those events: the filter asks an event its class before its type(), since
# PySide builds a new enum class for every type() of a number Qt's enum does not name
# (internal events, tens of them as a window paints: about 0.5 ms each)
INPUT_CLASSES = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QShortcutEvent)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle)
        self.paused = False
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(max(1, ms))
        if not self.paused:
            self.timer.start()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()

    def stop(self) -> None:
        self.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.paused and isinstance(event, INPUT_CLASSES) and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #2b3440; } QLabel { color: #f0f0f0; }")
        self.title = title = QLabel(self.tr("Session locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.who = who = QLabel(self.tr("Signed in as %1. Enter your password to continue where you left off.")
                     .replace("%1", f"{actor.display_name} ({actor.username})"))
        who.setWordWrap(True)
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.message = QLabel(objectName="unlockMessage")
        self.message.setStyleSheet("color: #ff8a80;")
        self.button = QPushButton(self.tr("Unlock"), objectName="unlock")
        self.button.setMaximumWidth(160)
        self.button.clicked.connect(self._on_unlock_clicked)
        box = QWidget()
        box.setFixedWidth(480)
        lay = QVBoxLayout(box)
        for w in (title, who, self.password, self.button, self.message):
            lay.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.ended = False
        self.close_button = QPushButton(self.tr("Close the workstation"), objectName="endSession")
        self.close_button.setMaximumWidth(240)
        self.close_button.hide()
        self.close_button.clicked.connect(self._on_close_button_clicked)
        lay.addWidget(self.close_button)
        session_events().ended.connect(self._on_session_ended)

    def prepare(self) -> None:
        self.password.clear()
        if not self.ended:
            self.message.clear()
        self.password.setFocus()

    def end_session(self, why: str) -> None:
        """The user was stopped: the desk locks for good, saying why; no unlocking."""
        self.ended = True
        self.password.clear()
        self.password.setEnabled(False)
        self.button.setEnabled(False)
        self.password.hide()
        self.button.hide()
        self.title.setText(self.tr("Session ended"))
        self.who.setText(self.tr("Signed in as %1.").replace("%1", f"{self.actor.display_name} "
                                                                   f"({self.actor.username})"))
        self.message.setText(why)
        self.close_button.show()
        window = self.window()
        if window is not self and hasattr(window, "lock"):
            window.lock()

    def _on_session_ended(self, why: str) -> None:
        self.end_session(why)

    def _on_close_button_clicked(self) -> None:
        self.window().close()

    def _on_unlock_clicked(self) -> None:
        if self.ended:
            return
        try:
            ok = auth.verify_password(self.store, self.actor, self.password.text())
        except SessionEnded as exc:
            from workstation.ui.errors import session_ended_message
            self.end_session(session_ended_message(exc))
            return
        if ok:
            self.password.clear()
            self.message.clear()
            self.unlocked.emit()
        else:
            self.password.clear()
            self.message.setText(self.tr("Wrong password, or the account is locked. Five failures in a row "
                                         "lock the account."))
