"""SQLite: reads begin deferred and never wait for a writer in another process;
writes still begin IMMEDIATE."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import pytest
from sqlalchemy import func, select, text

from workstation.store.session import Store
from workstation.store.models import Setting

HOLDER = textwrap.dedent("""
    import sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
    c.execute("BEGIN IMMEDIATE")
    c.execute("CREATE TABLE held_probe (x INTEGER)")
    print("holding", flush=True)
    sys.stdin.readline()          # keep the write lock until told
    c.execute("COMMIT")
""")


@pytest.fixture
def sqlite_store(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'r.db'}")
    yield store, tmp_path / "r.db"
    store.close()


def test_read_returns_while_another_process_holds_the_write_lock(sqlite_store):
    store, path = sqlite_store
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "holding"
        t0 = time.perf_counter()
        with store.read() as s:
            n = s.scalar(select(func.count()).select_from(Setting))
            held = s.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'held_probe'")).scalar()
        elapsed = time.perf_counter() - t0
        assert proc.poll() is None, "the writer must still hold its lock during the read"
        assert held == 0            # the uncommitted row is not seen: a snapshot read
        assert n >= 0
        # the busy timeout is 30 s: a read that waited would take at least seconds
        assert elapsed < 0.5, f"read waited {elapsed:.3f} s behind a writer"
        # a write transaction still begins IMMEDIATE: it waits until the writer commits
        done = threading.Event()

        def write():
            with store.tx() as s:
                s.execute(text("SELECT 1"))
            done.set()
        th = threading.Thread(target=write)
        th.start()
        assert not done.wait(0.5), "a write must wait for the other writer's lock"
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=10)
    th.join(timeout=30)
    assert done.is_set()
