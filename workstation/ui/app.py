"""The desktop application: QApplication, translations, the database (created
with demo data on the very first run), sign-in, the main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation.config import default_database_url, resolve_database_url
from workstation.services.context import Store
from workstation.store.db import StoreError, normalise_url
from workstation.ui import i18n, settings

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
    if url != default_database_url():
        return None
    path = Path(normalise_url(url).database or "")
    return None if path.exists() else path


def open_database(url: str, parent=None) -> Store:
    """Open (and upgrade) the store; on the first run fill it with demo data."""
    fresh = is_first_run(url)
    store = Store.open(url)
    if fresh is not None:
        from workstation.services.demo_build import build_demo
        from workstation.ui.jobs import run_job

        def job(progress):
            # applications, decisions through the services, loans to today, open cases scored
            build_demo(store, applications=FIRST_RUN_APPLICATIONS, seed=1, progress=progress)

        label = QCoreApplication.translate("App", "Creating the demo database with %1 applications...")
        try:
            run_job(parent, title=QCoreApplication.translate("App", "First start"),
                    label=label.replace("%1", str(FIRST_RUN_APPLICATIONS)), job=job, cancellable=False)
        except BaseException:
            # half a demo database must not pass for a first run next time
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(fresh) + suffix).unlink(missing_ok=True)
            raise
    return store


def run_gui(args) -> int:
    app = make_app()
    i18n.install(getattr(args, "lang", None) or settings.language())
    url = resolve_database_url(getattr(args, "database", None))
    try:
        store = open_database(url)
    except StoreError as exc:
        text = QCoreApplication.translate("App", "The database cannot be opened:\n\n%1")
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"),
                             text.replace("%1", str(exc)))
        return 2
    from workstation.services.auth import users_exist
    if not users_exist(store):
        text = QCoreApplication.translate("App", "This database has no users yet. Create the first administrator with:\n\n%1")
        QMessageBox.critical(None, QCoreApplication.translate("App", "No users"),
                             text.replace("%1", "workstation users add admin --roles admin"))
        return 2
    from workstation.ui.main_window import MainWindow
    from workstation.ui.signin import SignInDialog
    actor = SignInDialog.ask(store)
    if actor is None:
        return 0
    window = MainWindow(store, actor)
    window.show()
    code = app.exec()
    store.close()
    return code
