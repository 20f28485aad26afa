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
    from workstation.ui import operations_server
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
