"""The desk survives its PostgreSQL server going away and coming back: a throwaway cluster
(initdb/pg_ctl on a spare port) is stopped and started under a running desk; the banner
shows, the open window stays as it was, and the desk works again without a restart."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixtures

BINS = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
pytestmark = pytest.mark.skipif(not BINS, reason="initdb/pg_ctl not installed (PostgreSQL server package)")


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _spare_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    bindir = Path(BINS[-1]).parent
    data = Path(f"/tmp/ws-cluster-{os.getpid()}-{tmp_path.name}")
    data.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = _spare_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
                   check=True, capture_output=True)
    ctl = _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(data / "log"),
                        "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1"])

    def start():
        subprocess.run([*ctl, "start"], check=True, capture_output=True)

    def stop():
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-m", "fast", "stop"]),
                       check=True, capture_output=True)
    start()
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", start, stop
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def test_desk_shows_a_banner_while_the_server_is_down_and_reconnects(qtbot, cluster):
    from workstation.services import auth
    from workstation.store.session import Store
    from workstation.services.setup import ensure_reference_data
    from workstation.ui.operations import operations_server
    from workstation.ui.main_window import MainWindow
    url, start, stop = cluster
    store = Store.open(url)
    ensure_reference_data(store, None)
    admin = auth.add_user(store, None, username="chief", display_name="chief", password="Chief-2026-pass",
                          roles={"admin", "supervisor", "officer"})
    w = MainWindow(store, admin, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    assert operations_server.check(w) and not w._server_banner.isVisible()
    stop()
    assert not operations_server.check(w)
    assert w._server_banner.isVisible() and "cannot be reached" in w._server_banner.label.text()
    w.grab().save(str(Path(os.environ.get("TMPDIR", "/tmp")) / "ops-server-banner.png"))
    start()
    qtbot.waitUntil(lambda: operations_server.check(w), timeout=20_000)
    assert not w._server_banner.isVisible()
    assert [u["username"] for u in auth.list_users(store, admin)] == ["chief"]      # works again, same window
    store.close()


def test_a_note_typed_during_the_outage_reaches_the_server_after_reconnect(qtbot, cluster, ui_env):  # noqa: F811
    from datetime import timedelta
    from tests.servicing_support import actor, open_loan, prepare
    from tests.test_ui_collections import _daytime
    from workstation.aftercare import collections
    from workstation.domain import clock
    from workstation.servicing import eod
    from workstation.store.session import Store
    from workstation.ui.operations import operations_server
    from workstation.ui.aftercare.collections_desk import CollectionsDesk
    from workstation.ui.main_window import MainWindow
    url, start, stop = cluster
    store = prepare(Store.open(url))
    off = actor(store, "officer1")
    loan = open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                     start=clock.today() - timedelta(days=45), term_months=6)
    eod.run_eod(store, None, clock.today() - timedelta(days=1))
    w = MainWindow(store, off, idle_ms=3_600_000)
    qtbot.addWidget(w)
    desk = CollectionsDesk(store, off)
    qtbot.addWidget(desk)
    desk.select_row(0)
    d = desk.detail
    d.now = _daytime(10)
    stop()
    d.note.setText("The owner will pay on Friday; stock is moving again.")
    d.log_btn.click()                                       # refused: the server is away
    assert "cannot be reached" in ui_env[-1]
    assert d.note.text().startswith("The owner will pay") and "kept on this computer" in d.kept.notice.label.text()
    assert not operations_server.check(w)
    start()
    qtbot.waitUntil(lambda: operations_server.check(w), timeout=20_000)
    assert d.kept.notice.save_button.isVisibleTo(d)        # offered to save now
    d.kept.notice.save_button.click()
    assert [c.note for c in collections.contacts(store, off, loan)] == [
        "The owner will pay on Friday; stock is moving again."]
    assert not d.kept.notice.isVisibleTo(d) and d.note.text() == ""
    store.close()
