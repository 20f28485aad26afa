"""Crashes leave nothing behind: the checking process of a parallel import ends when
the importing process is killed (SIGKILL); a batch left running by a crash is marked
interrupted at the next start and the same file resumes it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.test_import_hardening import NOW, SAMPLES, _desk  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
GOOD = [json.loads(x) for x in (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def _big_file(path: Path, n: int = 60) -> Path:
    lines = []
    for k in range(n):
        r = json.loads(json.dumps(GOOD[k % len(GOOD)]))
        r["external_id"] = f"K{k}-{r['external_id']}"
        lines.append(json.dumps(r, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


IMPORTER = textwrap.dedent("""
    import multiprocessing, os, sys, time
    from datetime import datetime, timezone
    from workstation.domain.actor import Actor
    from workstation.store.session import Store
    from workstation.intake.imports import import_applications
    from workstation.services.progress import Progress

    class Stall(Progress):
        def report(self, done, total, label):
            kids = multiprocessing.active_children()
            if kids:
                print("CHILD", kids[0].pid, flush=True)
                time.sleep(3600)         # killed here, the checker blocked on a full queue
    store = Store.open(sys.argv[1])
    actor = Actor(id=int(sys.argv[3]), username="importer", display_name="importer", roles=frozenset({"officer"}))
    import_applications(store, actor, sys.argv[2], parallel=True, chunk_size=2, progress=Stall(),
                        now=datetime(2026, 11, 25, 4, tzinfo=timezone.utc))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_checker_process_dies_with_a_killed_importer(tmp_path):
    store, actor = _desk(f"sqlite:///{tmp_path / 'k.db'}")
    path = _big_file(tmp_path / "big.jsonl")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(store.engine.url), str(path), str(actor.id)],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline().split()
        assert line and line[0] == "CHILD", line
        child = int(line[1])
        assert _alive(child)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child), "the checking process outlived the killed importer"
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()


def test_a_killed_import_is_marked_interrupted_and_the_same_file_resumes_it(tmp_path):
    from sqlalchemy import func, select

    from workstation.intake.imports import import_applications
    from workstation.store.models import Application, ImportBatch
    store, actor = _desk(f"sqlite:///{tmp_path / 'r.db'}")
    path = _big_file(tmp_path / "big.jsonl", n=30)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(store.engine.url), str(path), str(actor.id)],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().startswith("CHILD")        # a chunk is committed, the import stalls
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        with store.read() as s:
            (old,) = s.scalars(select(ImportBatch)).all()
            assert old.outcome == "running"
            kept = s.scalar(select(func.count(Application.id)))
        assert 0 < kept < 30
        report = import_applications(store, actor, path, now=NOW)       # the next start
        assert report.outcome == "completed" and report.imported + report.duplicates == 30
        assert report.duplicates == kept
        with store.read() as s:
            old = s.get(ImportBatch, old.id)
            assert old.outcome == "interrupted" and f"resumed by batch {report.batch_id}" in old.note
            assert s.scalar(select(func.count(Application.id))) == 30
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()


def test_a_batch_running_in_a_live_process_is_left_alone(tmp_path):
    from datetime import datetime, timezone

    from workstation.intake.imports_batches import mark_interrupted, running_note
    from workstation.store.models import ImportBatch
    store, actor = _desk(f"sqlite:///{tmp_path / 'l.db'}")
    with store.tx() as s:
        s.add(ImportBatch(kind="applications", file_name="x", file_sha256="0" * 64, user_id=actor.id,
                          started_at=datetime.now(timezone.utc), outcome="running", note=running_note()))
    assert mark_interrupted(store, None) == []
    store.close()
