"""Shared fixtures for the UI tests (imported by each tests/test_ui_*.py): a demo
database with 60 applications on SQLite, settings in a temporary directory, the
English interface, and a guard that fails a test if an error dialog would block."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from workstation.services.auth import sign_in
from workstation.store.session import Store
from workstation.domain import clock
from workstation.demo.demo import DEMO_USERS, generate
from workstation.demo.demo_decide import work_the_queue
from workstation.store.models import Application

PASSWORDS = {u[0]: u[4] for u in DEMO_USERS}


@pytest.fixture(autouse=True)
def ui_env(tmp_path, qapp, monkeypatch):
    from workstation.ui import i18n, settings
    settings.use_directory(tmp_path / "settings")
    i18n.install("en")
    shown: list[str] = []

    def fake_box(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return 0
    from PySide6.QtWidgets import QMessageBox
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_box))
    yield shown


@pytest.fixture
def desk(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'ui.db'}")
    generate(store, None, applications=60, seed=3)
    work_the_queue(store, None, seed=3, as_of=clock.today())   # claims and declines, through the services
    yield store
    store.close()


def actor_for(store: Store, username: str):
    return sign_in(store, username, PASSWORDS[username])


def app_ids(store: Store, **where) -> list[int]:
    with store.read() as s:
        stmt = select(Application.id).order_by(Application.id)
        for k, v in where.items():
            stmt = stmt.where(getattr(Application, k) == v if v is not None else getattr(Application, k).is_(None))
        return list(s.scalars(stmt))
