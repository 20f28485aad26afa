"""The desktop application: QApplication, the interface language (asked on the very
first start, kept in the settings), the database (created with demo data on the very
first run, its progress in named steps that only move forward), sign-in, the main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout)

from workstation import __version__, logfile
from workstation.config import first_run_file, resolve_database_url
from workstation.services.progress import Progress
from workstation.ui import i18n, settings
from workstation.ui.extensions import ScreenError

log = logging.getLogger(__name__)
FIRST_RUN_APPLICATIONS = 2000


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Loan Officer Workstation")
    app.setStyle("Fusion")
    return app


def is_first_run(url: str) -> Path | None:
    """The default SQLite file when it does not exist yet, else None."""
    return first_run_file(url)


# The first run's steps: which progress labels belong to each, and its share of the bar.
FIRST_RUN_STEPS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("Creating merchants and applications", ("merchants", "applications"), 15),
    ("Deciding cases through the desk's services", (), 35),
    ("Opening and servicing the demo loans", ("demo loans",), 25),
    ("Running end of day to today", ("end of day",), 10),
    ("Scoring the open cases", ("score",), 15),
)
SCALE = 1000


class FirstRunProgress(Progress):
    """One bar for the whole first run. Each stage of the demo build counts from 0 to its
    own total; here every report becomes a position on one scale (0..SCALE) that never
    moves back, with the step's name ("Step 2 of 5: ..."). Cancel goes to ``inner``."""

    def __init__(self, inner: Progress) -> None:
        super().__init__()
        self.inner = inner
        self.step = 0
        self.position = 0
        self._starts = []
        at = 0
        total = sum(w for _n, _l, w in FIRST_RUN_STEPS)
        for _name, _labels, weight in FIRST_RUN_STEPS:
            self._starts.append((at * SCALE // total, (at + weight) * SCALE // total))
            at += weight

    def cancel(self) -> None:
        self.inner.cancel()

    @property
    def cancelled(self) -> bool:
        return self.inner.cancelled

    def check(self) -> None:
        self.inner.check()

    def report(self, done: int, total: int, label: str) -> None:
        step = next((i for i, (_n, labels, _w) in enumerate(FIRST_RUN_STEPS) if label in labels), self.step)
        if step < self.step:
            step = self.step          # a stage reporting late never pulls the bar back
        self.step = step
        lo, hi = self._starts[step]
        pos = lo + (hi - lo) * min(done, total) // max(total, 1)
        if step == 0 and total and done >= total:
            # the applications are in: the next (silent) step decides them
            self.step, pos = 1, self._starts[1][0]
        self.position = max(self.position, pos)
        self.inner.report(self.position, SCALE, str(self.step))

    @staticmethod
    def describe(key: str) -> str:
        """The text shown for a step key (called on the main thread)."""
        try:
            i = int(key)
        except ValueError:
            return key
        name = QCoreApplication.translate("App", FIRST_RUN_STEPS[i][0])
        return (QCoreApplication.translate("App", "Step %1 of %2: %3").replace("%1", str(i + 1))
                .replace("%2", str(len(FIRST_RUN_STEPS))).replace("%3", name))


def _step_names_for_lupdate() -> None:  # pragma: no cover - lupdate reads the texts from here
    QCoreApplication.translate("App", "Creating merchants and applications")
    QCoreApplication.translate("App", "Deciding cases through the desk's services")
    QCoreApplication.translate("App", "Opening and servicing the demo loans")
    QCoreApplication.translate("App", "Running end of day to today")
    QCoreApplication.translate("App", "Scoring the open cases")


def open_database(url: str, parent=None):
    """Open (and upgrade) the store; on the first run fill it with demo data."""
    from workstation.services.connect import Store
    fresh = is_first_run(url)
    store = Store.open(url)
    if fresh is not None:
        from workstation.demo.demo_build import build_demo
        from workstation.ui.jobs import run_job

        def job(progress):
            # applications, decisions through the services, loans to today, open cases scored
            build_demo(store, None, applications=FIRST_RUN_APPLICATIONS, seed=1,  # nobody signed in yet
                       progress=FirstRunProgress(progress))

        label = QCoreApplication.translate("App", "Creating the demo database with %1 applications...")
        try:
            run_job(parent, title=QCoreApplication.translate("App", "First start"),
                    label=label.replace("%1", str(FIRST_RUN_APPLICATIONS)), job=job, cancellable=False,
                    describe=FirstRunProgress.describe)
        except BaseException:
            # half a demo database must not pass for a first run next time
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(fresh) + suffix).unlink(missing_ok=True)
            raise
    return store


class LanguageDialog(QDialog):
    """The first start's question: which language the desk speaks (View > Language changes it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle("语言 / Language")
        self.setMinimumWidth(380)
        text = QLabel("请选择界面语言。以后可在“视图 > 语言”中更改。\n"
                      "Choose the interface language. View > Language changes it later.")
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            b = QPushButton(label, objectName=f"lang_{code}")
            b.clicked.connect(lambda _=False, c=code: self._on_language_clicked(c))
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.AcceptRole)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.buttons)

    def _on_language_clicked(self, code: str) -> None:
        self.choice = code
        self.accept()

    @classmethod
    def ask(cls, parent=None) -> str | None:
        dlg = cls(parent)
        return dlg.choice if dlg.exec() == QDialog.DialogCode.Accepted else None


def choose_language(args_lang: str | None) -> str | None:
    """The language to start in: --lang, else the one kept, else (first start) asked once."""
    if args_lang:
        return args_lang
    if not settings.value("ui/language_asked"):
        chosen = LanguageDialog.ask()
        settings.set_value("ui/language_asked", True)
        if chosen:
            settings.set_language(chosen)
    return settings.language()


def _log_uncaught(kind, value, tb) -> None:
    """An exception no slot caught: into the log file (scrubbed), the desk goes on."""
    log.error("uncaught %s", kind.__name__, exc_info=(kind, value, tb))


def _preload_window_screens() -> None:
    """Import the main window and its screens once the sign-in dialog is up, so that the
    queue appears soon after the password is accepted. A screen that cannot be imported
    is left for the main window to report (by name, stopping the start)."""
    from workstation.ui import extensions
    try:
        import workstation.ui.main_window  # noqa: F401
        for name in extensions.WINDOW_SCREENS:
            extensions.load(name, "install")
    except Exception:  # noqa: BLE001 - reported when the main window is built
        log.warning("preloading the screens failed; the main window will say why")


def _cannot_open(exc: BaseException) -> int:
    from workstation.services.connect import StoreError
    from workstation.ui.errors import user_message
    if not isinstance(exc, StoreError):
        raise exc
    log.error("%s", exc)                         # the driver's own words, for whoever reads the log
    text = QCoreApplication.translate("App", "The database cannot be opened:\n\n%1")
    QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                         text.replace("%1", user_message(exc)))
    return 2


def _setup_and_sign_in(store) -> tuple[int, object | None]:
    """A database without users is set up first (its first administrator); then sign-in.
    (exit code, the actor signed in or None)."""
    from workstation.services.auth import users_exist
    if not users_exist(store):
        from workstation.ui.operations.operations_setup import SetupWizard     # first run of a real database
        if SetupWizard.ask(store) is None:
            text = QCoreApplication.translate("App", "This database has no users yet. Create the first administrator with:\n\n%1")
            QMessageBox.critical(None, QCoreApplication.translate("App", "No users"),
                                 text.replace("%1", "workstation setup"))
            return 2, None
    from workstation.ui.signin import SignInDialog
    QTimer.singleShot(0, _preload_window_screens)      # while the officer types the password
    return 0, SignInDialog.ask(store)


def run_gui(args) -> int:
    logfile.setup()
    if sys.excepthook is sys.__excepthook__:    # (a test harness keeps its own)
        sys.excepthook = _log_uncaught
    log.info("workstation %s starting", __version__)
    app = make_app()
    i18n.install(choose_language(getattr(args, "lang", None)))
    url = resolve_database_url(getattr(args, "database", None))
    if is_first_run(url):
        actor, store = None, None                   # the demo database is built first (slow anyway)
    else:                                           # the sign-in window at once, the database behind it
        from workstation.ui.start import sign_in_while_loading
        outcome = sign_in_while_loading(url, preload=_preload_window_screens)
        outcome.finish_loading()                    # (quick by now; never a thread left importing)
        if outcome.error is not None:
            return _cannot_open(outcome.error)
        actor, store = outcome.actor, outcome.store
        if actor is None and not outcome.needs_setup:
            if store is not None:
                store.close()
            return 0
    if actor is None:
        try:
            store = store if store is not None else open_database(url)
        except Exception as exc:  # noqa: BLE001 - StoreError: said in the desk's words
            return _cannot_open(exc)
        code, actor = _setup_and_sign_in(store)
        if actor is None:
            store.close()
            return code
    try:
        from workstation.ui.main_window import MainWindow
        window = MainWindow(store, actor)
    except ScreenError as exc:        # a broken installation stops here, by name, never a missing menu
        log.error("%s", exc, exc_info=exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "The desk cannot start"),
                             QCoreApplication.translate("App", "A part of the desk is missing or broken:\n\n%1")
                             .replace("%1", str(exc)))
        store.close()
        return 3
    window.show()
    code = app.exec()
    store.close()
    return code
