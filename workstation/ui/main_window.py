"""The main window: queue navigation with live counts, the queue and case tabs,
menus and shortcuts, status bar, idle lock, remembered window state."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QSplitter, QStackedWidget, QTabWidget, QWidget)

from workstation import __version__
from workstation.decide import queue, queue_open, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import extensions, i18n, settings
from workstation.ui.errors import present_error
from workstation.ui.lock import IdleWatcher, LockScreen
from workstation.ui.queue import queue_model
from workstation.ui.queue.queue_view import QueuePanel

log = logging.getLogger(__name__)
COUNT_REFRESH_MS = 60_000
IDLE_MINUTES = "session.idle_lock_minutes"


def _is_case_file(widget) -> bool:
    """A case file tab (the module is imported with the first case opened, not at start)."""
    module = sys.modules.get("workstation.ui.case.case_file")
    return module is not None and isinstance(widget, module.CaseFile)


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, store: Store, actor: Actor, *, idle_ms: int | None = None) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.setObjectName("mainWindow")
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._focus_before_lock: QWidget | None = None
        self.menus: dict[str, object] = {}
        self.stack = QStackedWidget(objectName="mainStack")
        self.setCentralWidget(self.stack)
        # made now: it hears a session ended elsewhere (session_events) and locks the desk
        self.lock_screen = LockScreen(store, actor)
        self.lock_screen.unlocked.connect(self.unlock)
        self._build()
        self.stack.addWidget(self.lock_screen)
        minutes = int(self._opening.settings[IDLE_MINUTES] or 5)
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.count_timer = QTimer(self, interval=COUNT_REFRESH_MS)
        self.count_timer.timeout.connect(self.refresh_counts)
        self.count_timer.start()
        self.resize(1400, 860)
        settings.restore_geometry(self, "main")
        self._install_screens()

    def _install_screens(self) -> None:
        """The screens' menus and actions; Help stays the last menu, after the screens' own."""
        extensions.install_window(self)
        bar, help_action = self.menuBar(), self.menus["help"].menuAction()
        bar.removeAction(help_action)
        bar.addAction(help_action)

    # --- building (again after a language switch) -----------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Loan Officer Workstation - %1").replace("%1", self.actor.display_name))
        self.nav = QListWidget(objectName="queueNav")
        self.nav.setMaximumWidth(240)
        self.nav.setMinimumWidth(170)
        self.nav.setStyleSheet("QListWidget#queueNav { font-size: 11pt; } "
                               "QListWidget#queueNav::item { padding: 7px 6px; }")
        self._queue_titles = {"mine": self.tr("My cases"), "unassigned": self.tr("Unassigned"),
                              "signoff": self.tr("Awaiting sign-off"), "all": self.tr("All applications")}
        for key in queue.QUEUES:
            item = QListWidgetItem(self._queue_titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        start = "mine" if self.actor.has("officer") else "signoff" if self.actor.has("supervisor") else "all"
        # a work queue opens with the longest-waiting cases first; all applications with the newest
        first = QueueQuery(queue=start, sort="days_waiting", descending=start != "all")
        # the filter choices, the counts and the first queue's first page in one read
        self._opening = opening = queue_open.open_queue(self.store, self.actor, first,
                                                        limit=queue_model.PAGE, settings=(IDLE_MINUTES,))
        self.queue_panel = QueuePanel(self.store, self.actor, options=opening.options)
        self.queue_panel.open_case.connect(self.open_case)
        self.queue_panel.changed.connect(self.refresh_counts)
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.queue_panel, self.tr("Queue"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tabCloseRequested)
        self.workspace = QSplitter(objectName="workspace")
        self.workspace.addWidget(self.nav)
        self.workspace.addWidget(self.tabs)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([200, 1200])
        self.stack.insertWidget(0, self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._build_menus()
        self._build_status()
        self.queue_panel.set_queue(start, opening=opening)
        self.nav.setCurrentRow(queue.QUEUES.index(start))
        self.nav.currentRowChanged.connect(self._on_nav_currentRowChanged)
        self._show_counts(opening.counts)

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        act = QAction(text, self)
        if name:
            act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _extra_keys(self, key: QKeySequence.StandardKey, slot) -> None:
        act = QAction(self)
        act.setShortcuts([k for k in QKeySequence.keyBindings(key) if k.toString() not in ("Ctrl+W", "F5")])
        act.triggered.connect(slot)
        self.addAction(act)
        self._extras.append(act)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        for act in getattr(self, "_extras", []):
            self.removeAction(act)
        self._extras: list[QAction] = []
        m = self.menus
        m.clear()                  # the screens' menus went with bar.clear(): they add theirs again
        m["file"] = f = bar.addMenu(self.tr("&File"))
        self.act_import = self._action(f, self.tr("&Import applications..."), lambda: None, "Ctrl+I", "actImport")
        self.act_import.setEnabled(False)        # connected by the import screen's install(window)
        f.addSeparator()
        self.act_lock = self._action(f, self.tr("&Lock session"), self.lock, "Ctrl+L", "actLock")
        self._action(f, self.tr("&Quit"), self.close, "Ctrl+Q", "actQuit")
        m["edit"] = e = bar.addMenu(self.tr("&Edit"))
        self._action(e, self.tr("&Find in queue"), self._find, "Ctrl+F", "actFind")
        self._action(e, self.tr("&Clear filters"), self.queue_panel.clear_filters, "Ctrl+Shift+F")
        # the usual platform keys as well (Ctrl+F4 closes a tab on Windows, Ctrl+R refreshes)
        self._extra_keys(QKeySequence.StandardKey.Close, self.close_current_case)
        self._extra_keys(QKeySequence.StandardKey.Refresh, self.refresh)
        m["view"] = v = bar.addMenu(self.tr("&View"))
        self._action(v, self.tr("&Refresh"), self.refresh, "F5", "actRefresh")
        v.addSeparator()
        for i, key in enumerate(queue.QUEUES):
            self._action(v, self._queue_titles[key], lambda _=False, k=key: self.show_queue(k), f"Ctrl+{i + 1}")
        v.addSeparator()
        lang = v.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = settings.language()
        for code, text in ((None, self.tr("System default")), ("zh_CN", "中文（简体）"), ("en", "English")):
            act = QAction(text, self, checkable=True)
            act.setChecked(current == code)
            act.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(act)
            lang.addAction(act)
        m["case"] = c = bar.addMenu(self.tr("&Case"))
        self._action(c, self.tr("&Open selected case\tEnter"), self._open_selected, None, "actOpen")
        if self.actor.has("officer"):
            self._action(c, self.tr("C&laim selected case"), self.queue_panel._on_claim_clicked, "Ctrl+Shift+C")
        if self.actor.has("supervisor"):
            self._action(c, self.tr("&Reassign selected case..."), self.queue_panel._on_reassign_clicked,
                         "Ctrl+Shift+R")
        c.addSeparator()
        self._action(c, self.tr("&Close case tab"), self.close_current_case, "Ctrl+W",
                     "actCloseTab")
        self._action(c, self.tr("&Next tab"), lambda: self._step_tab(1), "Ctrl+Tab")
        self._action(c, self.tr("&Previous tab"), lambda: self._step_tab(-1), "Ctrl+Shift+Tab")
        m["tools"] = t = bar.addMenu(self.tr("&Tools"))
        if self.actor.has("admin"):
            self._action(t, self.tr("&Users..."), self.show_users, None, "actUsers")
        if self.actor.has("supervisor", "admin"):
            self.act_score_all = self._action(t, self.tr("&Score unscored applications..."), self.score_unscored,
                                              None, "actScoreAll")
        self._action(t, self.tr("Change my &password..."), self.change_password)
        m["help"] = h = bar.addMenu(self.tr("&Help"))
        self._action(h, self.tr("Desk &guide"), self.show_guide, "F1", "actGuide")
        from workstation.ui import help as help_pages
        help_pages.install_menu(self, h)
        h.addSeparator()
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Shift+F1")
        self._action(h, self.tr("&About"), self.show_about)

    def _build_status(self) -> None:
        sb = self.statusBar()
        for w in getattr(self, "_status_widgets", []):
            sb.removeWidget(w)
        roles = {"officer": self.tr("officer"), "supervisor": self.tr("supervisor"), "admin": self.tr("administrator")}
        user = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", self.actor.display_name)
                      .replace("%2", ", ".join(roles[r] for r in sorted(self.actor.roles))), objectName="statusUser")
        db = QLabel(self.tr("Database: %1").replace("%1", self.store.describe()), objectName="statusDb")
        sb.addWidget(user)
        sb.addPermanentWidget(db)
        self._status_widgets = [user, db]

    # --- queues and cases -------------------------------------------------------------
    def show_queue(self, key: str) -> None:
        self.nav.setCurrentRow(queue.QUEUES.index(key))
        self.tabs.setCurrentIndex(0)

    def _on_nav_currentRowChanged(self, row: int) -> None:
        if 0 <= row < len(queue.QUEUES):
            self.queue_panel.set_queue(queue.QUEUES[row])
            self.tabs.setCurrentIndex(0)

    def refresh_counts(self) -> None:
        try:
            counts = queue_pages.queue_counts(self.store, self.actor)
        except Exception as exc:  # noqa: BLE001 - a dropped connection must not kill the timer
            log.warning("queue counts not refreshed: %s", exc)
            from workstation.domain.refusals import Coded
            from workstation.ui.errors import user_message
            self.statusBar().showMessage(
                user_message(exc) if isinstance(exc, Coded) else
                self.tr("The queue counts could not be refreshed: the database did not answer. They are tried "
                        "again shortly."), 10_000)
            return
        self._show_counts(counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        for i, key in enumerate(queue.QUEUES):
            self.nav.item(i).setText(f"{self._queue_titles[key]}  ({counts[key]})")

    def refresh(self) -> None:
        self.queue_panel.refresh()
        w = self.tabs.currentWidget()
        if _is_case_file(w):
            w.reload()
        self.refresh_counts()

    def open_case(self, app_id: int):
        """The case file tab of ``app_id`` (opened now if need be), None when refused."""
        from workstation.ui.case.case_file import CaseFile      # with the case screens, on the first case
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if _is_case_file(w) and w.app_id == app_id:
                self.tabs.setCurrentIndex(i)
                return w
        try:
            cf = CaseFile(self.store, self.actor, app_id)
        except extensions.ScreenError as exc:     # a broken case screen, by name: never a missing tab
            log.error("%s", exc, exc_info=exc)
            QMessageBox.critical(self, self.tr("A part of the desk is broken"),
                                 self.tr("The case cannot be opened: a part of the desk is missing or broken:\n\n%1")
                                 .replace("%1", str(exc)))
            return None
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return None
        cf.changed.connect(self._on_case_changed)
        cf.open_case.connect(self.open_case)
        self.tabs.setCurrentIndex(self.tabs.addTab(cf, cf.title))
        return cf

    def case_files(self) -> list:
        return [w for i in range(self.tabs.count()) if _is_case_file(w := self.tabs.widget(i))]

    def _on_case_changed(self) -> None:
        self.queue_panel.refresh()
        self.refresh_counts()

    def _open_selected(self) -> None:
        self.queue_panel._open_row(self.queue_panel.table.currentIndex().row())

    def close_current_case(self) -> None:
        i = self.tabs.currentIndex()
        if i > 0:
            self._on_tabs_tabCloseRequested(i)

    def _on_tabs_tabCloseRequested(self, index: int) -> None:
        if index > 0:
            w = self.tabs.widget(index)
            self.tabs.removeTab(index)
            w.deleteLater()

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.queue_panel.focus_search()

    # --- lock -------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        self._focus_before_lock = QApplication.focusWidget()
        app = QApplication.instance()
        for w in app.topLevelWidgets():
            if w is self or not w.isVisible():
                continue
            if isinstance(w, (QMessageBox,)) or (isinstance(w, QDialog) and w.isModal()):
                w.reject()           # a transient question: asked again after unlocking
            else:
                self._hidden_windows.append(w)
                w.hide()
        self.menuBar().setEnabled(False)          # its actions' shortcuts go quiet with it
        for act in self._extras:
            act.setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.menuBar().setEnabled(True)
        for act in self._extras:
            act.setEnabled(True)
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        self.locked = False
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self.idle.resume()

    # --- language, dialogs, closing --------------------------------------------------------
    def switch_language(self, lang: str | None) -> None:
        settings.set_language(lang or "")
        settings.set_value("ui/language_asked", True)
        used = i18n.install(lang)
        open_ids = [cf.app_id for cf in self.case_files()]
        current = self.tabs.currentIndex()
        row = self.nav.currentRow()
        old = self.workspace
        self.stack.removeWidget(old)
        old.deleteLater()
        self._build()
        self.nav.setCurrentRow(row)
        for app_id in open_ids:
            self.open_case(app_id)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self._install_screens()
        self.language_changed.emit(used)

    def score_unscored(self):
        """Tools > Score unscored: a non-modal job (ui/score_job.py); returns its runner."""
        from workstation.ui.score_job import start_scoring
        return start_scoring(self)

    def show_users(self) -> None:
        from workstation.ui.operations.users_dialog import UsersDialog
        UsersDialog.show_for(self.store, self.actor, self)

    def change_password(self) -> None:
        from workstation.ui.operations.users_dialog import ChangePasswordDialog
        ChangePasswordDialog.ask(self.store, self.actor, self)

    def show_shortcuts(self) -> None:
        lines = [self.tr("Ctrl+F: search the queue"), self.tr("Enter or double-click: open the selected case"),
                 self.tr("F5: refresh"), self.tr("Ctrl+1 to Ctrl+4: my cases, unassigned, awaiting sign-off, all"),
                 self.tr("Ctrl+W: close the case tab"), self.tr("Ctrl+Tab: next tab"),
                 self.tr("Ctrl+L: lock the session"), self.tr("Ctrl+Q: quit")]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_guide(self) -> None:
        from workstation.ui.help import GuideDialog
        GuideDialog.show_for(self)

    def about_text(self) -> str:
        """Version, database URL (password masked) and log file, for Help > About and support."""
        from workstation import logfile
        path = logfile.log_file()
        return (self.tr("Loan Officer Workstation %1\n\nDatabase: %2\nLog file: %3")
                .replace("%1", __version__)
                .replace("%2", self.store.engine.url.render_as_string(hide_password=True))
                .replace("%3", str(path) if path else self.tr("none (the log folder cannot be written)")))

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_geometry(self, "main")
        self.idle.stop()
        self.count_timer.stop()
        super().closeEvent(event)
