"""The cold start: the sign-in window shows before the database layer is imported, takes
the officer's keys while it loads behind, and a Sign in clicked before the database is
open waits for it and then signs in; a database that cannot be opened ends the start
with the desk's message."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.test_ui_fixtures import PASSWORDS, desk, ui_env  # noqa: F401 - fixtures
from workstation.ui import start

ROOT = Path(__file__).resolve().parents[1]

FIRST_WINDOW = """
import sys
from workstation.ui.app import make_app
from workstation.ui.signin import SignInDialog
from workstation.ui import i18n, start, errors, jobs, extensions, help
app = make_app()
i18n.install("zh_CN")
d = SignInDialog(None, description="SQLite /tmp/x.db")
d.show()
app.processEvents()
heavy = [m for m in ("sqlalchemy", "workstation.store", "workstation.services.connect", "reportlab", "alembic")
         if m in sys.modules]
print("heavy:", heavy)
"""


def test_the_sign_in_window_needs_no_database_layer():
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_WINDOW], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300).stdout
    assert "heavy: []" in out, out


def _type_and_sign_in(username: str, password: str, seen: dict) -> None:
    """As soon as the sign-in window is up: type and click (before the database is open)."""
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "signInDialog" and w.isVisible():
            seen["store_at_click"] = w.store
            w.username.setText(username)
            w.password.setText(password)
            w.buttons.accepted.emit()
            seen["message"] = w.message.text()
            return
    QTimer.singleShot(5, lambda: _type_and_sign_in(username, password, seen))


def test_sign_in_clicked_while_loading_waits_and_signs_in(qtbot, desk):
    seen: dict = {}
    QTimer.singleShot(0, lambda: _type_and_sign_in("officer1", PASSWORDS["officer1"], seen))
    preloaded: list[bool] = []
    out = start.sign_in_while_loading(str(desk.engine.url.render_as_string(hide_password=False)),
                                      preload=lambda: preloaded.append(True))
    out.finish_loading()
    try:
        assert seen["store_at_click"] is None and seen["message"] == "Opening the database..."
        assert out.error is None and not out.needs_setup
        assert out.actor is not None and out.actor.username == "officer1"
        assert out.store is not None and out.store.describe().endswith("ui.db")
    finally:
        out.store.close()


def test_a_database_that_cannot_be_opened_ends_the_start(qtbot, ui_env):
    from argparse import Namespace

    from workstation.ui.app import run_gui
    code = run_gui(Namespace(database="postgresql+psycopg://nobody@127.0.0.1:1/none", lang="en"))
    assert code == 2 and any("cannot be opened" in m for m in ui_env)


def test_a_database_without_users_goes_to_the_setup_wizard(qtbot, tmp_path):
    from workstation.services.connect import Store
    url = f"sqlite:///{tmp_path / 'real.db'}"
    Store.open(url).close()                     # a real database, its schema made, nobody in it
    out = start.sign_in_while_loading(url)      # the window closes itself once that is known
    out.finish_loading()
    try:
        assert out.needs_setup and out.actor is None and out.error is None and out.store is not None
    finally:
        out.store.close()
