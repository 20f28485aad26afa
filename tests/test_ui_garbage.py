"""Screens left to Python's garbage collector do not take the desk down.

A window that is not parented to another is owned by its Python wrapper; when the last
reference goes, the cycle collector deletes it, and with it every child widget. With
PySide6 6.12 a child whose ``__dict__`` held a bound method of its window (the portfolio
tile's ``on_open``) crashed the process there (a segmentation fault in
``Shiboken::Object::invalidate`` while the window was deleted from inside the child's
own deallocation). Each screen is built, dropped and collected in a child process, so a
crash fails this test with the screen's name instead of killing the test run.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import faulthandler, gc, sys
    faulthandler.enable()
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from tests.portfolio_support import SERVICED_AS_OF, serviced_book
    from tests.servicing_support import actor, prepare
    from workstation.store.session import Store
    app = QApplication([])
    store = prepare(Store.open("sqlite:///" + sys.argv[1]))
    ids = serviced_book(store)
    from sqlalchemy import select
    from workstation.store.models_loans import Loan
    with store.read() as s:
        case_a = s.scalar(select(Loan.application_id).where(Loan.id == ids["a"]))   # officer1's

    def collect(label, build):
        w = build()
        w.grab()
        w.close()
        del w
        gc.collect()
        print("collected", label, flush=True)

    def portfolio(name):
        from workstation.ui.portfolio.portfolio_view import PortfolioScreen
        return PortfolioScreen(store, actor(store, name), as_of=SERVICED_AS_OF)

    def window(name):
        from workstation.ui.main_window import MainWindow
        w = MainWindow(store, actor(store, name), idle_ms=3_600_000)
        for key in ("actPortfolio", "actSignoffQueue", "actWarningsDesk", "actCollectionsDesk",
                    "actBlacklistDesk"):
            act = w.findChild(QAction, key)
            if act is not None and act.isEnabled():
                act.trigger()
        w.open_case(case_a)
        return w

    for name in ("officer1", "supervisor1", "admin"):
        collect(f"portfolio screen ({name})", lambda: portfolio(name))
        collect(f"main window with its screens ({name})", lambda: window(name))
    print("clean", flush=True)
""")


def test_screens_collected_by_the_garbage_collector_do_not_crash(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "g.db")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    done = [line for line in out.stdout.splitlines() if line.startswith("collected ")]
    if out.returncode != 0 or "clean" not in out.stdout.splitlines():
        pytest.fail(f"the child process ended with {out.returncode} after: {done or 'nothing'}\n"
                    f"{out.stderr[-3000:]}", pytrace=False)
    assert len(done) == 6
