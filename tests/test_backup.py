"""Backups and restores (issue 18, part 1): a backup is checked after it is written and
before it is restored; a bad one is refused and changes nothing; a backup taken while an
import writes in another process restores to a consistent database."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.test_import_crash import _big_file
from workstation.operations import backup as bk
from workstation.operations import backup_check as bc
from workstation.services import audit
from workstation.servicing import reconcile
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.setup import ensure_reference_data
from workstation.store.models import User, UserRole

ROOT = Path(__file__).resolve().parents[1]


def _desk(url: str) -> tuple[Store, Actor]:
    from workstation.demo.demo_build import build_demo
    store = Store.open(url)
    build_demo(store, None, applications=30, seed=3, as_of=date(2026, 11, 20), max_loans=5)
    ensure_reference_data(store, None)
    with store.tx(None) as s:
        u = User(username="ops", display_name="ops", password_hash="-",
                 roles=[UserRole(role="admin"), UserRole(role="officer"), UserRole(role="supervisor")])
        s.add(u)
        s.flush()
        actor = Actor(id=u.id, username="ops", display_name="ops",
                      roles=frozenset({"admin", "officer", "supervisor"}))
    return store, actor


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A demo database with loans, built once and copied for each test."""
    folder = tmp_path_factory.mktemp("base")
    store, actor = _desk(f"sqlite:///{folder / 'base.db'}")
    store.close()
    return folder / "base.db", actor


@pytest.fixture
def desk(base, tmp_path):
    path, actor = base
    live = tmp_path / "live.db"
    src, dst = sqlite3.connect(path), sqlite3.connect(live)
    src.backup(dst)
    src.close(), dst.close()
    store = Store.open(f"sqlite:///{live}")
    yield store, actor
    store.close()


def _users(store: Store) -> int:
    with store.read(None) as s:
        return s.scalar(select(func.count()).select_from(User))


def _add_user(store: Store, actor: Actor, name: str) -> None:
    from workstation.services import auth
    auth.add_user(store, actor, username=name, display_name=name, password="Secret-pass-123", roles=["officer"])


def test_backup_is_checked_and_restore_brings_back_its_content(desk, tmp_path):
    store, actor = desk
    report = bk.backup(store, actor, out=tmp_path / "b" / "one.db")
    manifest = json.loads(bc.manifest_path(report.path).read_text(encoding="utf-8"))
    assert manifest["audit_head"] == report.audit_head == audit.head(store, None)
    assert manifest["counts"]["loans"] == report.counts["loans"] > 0
    assert manifest["sha256"] == bc.sha256_of(report.path)
    assert bk.verify_backup(store, actor, path=report.path).ok

    users_then = _users(store)
    _add_user(store, actor, "later1")
    assert _users(store) == users_then + 1
    r = bk.restore(store, actor, path=report.path)
    assert _users(store) == users_then                  # the later change is gone
    assert r.kept_aside.is_file()                       # ... but kept aside
    aside = sqlite3.connect(r.kept_aside)
    assert aside.execute("SELECT COUNT(*) FROM users WHERE username='later1'").fetchone()[0] == 1
    aside.close()
    v = audit.verify(store, None)                       # checked against the head recorded outside
    assert v.ok, v.problem
    with store.read(None) as s:
        from workstation.store.models_audit import AuditEntry
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last.action == "backup.restored"
    checked, mismatches = reconcile.reconcile(store, None)
    assert checked > 0 and mismatches == []


def test_a_backup_never_overwrites_a_file(desk, tmp_path):
    store, actor = desk
    (tmp_path / "x.db").write_text("mine")
    with pytest.raises(DomainError) as e:
        bk.backup(store, actor, out=tmp_path / "x.db")
    assert e.value.code == "backup_exists" and (tmp_path / "x.db").read_text() == "mine"


@pytest.mark.parametrize("damage", ["audit_row", "loan_row", "manifest_missing", "not_sqlite"])
def test_restore_refuses_a_backup_that_fails_its_checks_and_changes_nothing(desk, tmp_path, damage):
    store, actor = desk
    b = bk.backup(store, actor, out=tmp_path / "b.db").path
    if damage == "audit_row":
        c = sqlite3.connect(b)          # a tamperer drops the append-only triggers first
        for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'").fetchall():
            c.execute(f'DROP TRIGGER "{t}"')
        c.execute("UPDATE audit_log SET details = '{\"x\": 1}' WHERE seq = 2")
        c.commit(), c.close()
    elif damage == "loan_row":
        c = sqlite3.connect(b)
        for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='journal'").fetchall():
            c.execute(f'DROP TRIGGER "{t}"')
        c.execute("DELETE FROM journal WHERE id = (SELECT MAX(id) FROM journal)")
        c.commit(), c.close()
    elif damage == "manifest_missing":
        bc.manifest_path(b).unlink()
    else:
        b.write_bytes(b"not a database at all" * 100)
    _add_user(store, actor, "kept")
    with pytest.raises(DomainError) as e:
        bk.restore(store, actor, path=b)
    assert e.value.code == "backup_invalid"
    assert "fails its checks" in str(e.value)
    with store.read(None) as s:
        assert s.scalar(select(func.count()).select_from(User).where(User.username == "kept")) == 1
    assert not list(tmp_path.glob("live.before-restore-*"))


def test_only_administrators_restore_and_officers_do_not_back_up_by_hand(desk, tmp_path):
    from workstation.domain.errors import PermissionDenied
    store, actor = desk
    officer = Actor(id=actor.id, username="ops", display_name="ops", roles=frozenset({"officer"}))
    with pytest.raises(PermissionDenied):
        bk.backup(store, officer, out=tmp_path / "o.db")
    sup = Actor(id=actor.id, username="ops", display_name="ops", roles=frozenset({"supervisor"}))
    b = bk.backup(store, sup, out=tmp_path / "s.db").path
    with pytest.raises(PermissionDenied):
        bk.restore(store, sup, path=b)


def test_daily_backup_keeps_the_newest_n_and_leaves_other_files(desk, tmp_path):
    store, actor = desk
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    for day in range(1, 6):
        assert bk.auto_backup(store, actor, folder=folder, keep=3, today=date(2026, 11, day)) is not None
    assert bk.auto_backup(store, actor, folder=folder, keep=3, today=date(2026, 11, 5)) is None
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["notes.txt",
                     "workstation-2026-11-03.db", "workstation-2026-11-03.db.manifest.json",
                     "workstation-2026-11-04.db", "workstation-2026-11-04.db.manifest.json",
                     "workstation-2026-11-05.db", "workstation-2026-11-05.db.manifest.json"]
    with pytest.raises(DomainError) as e:
        bk.auto_backup(store, actor, folder=folder, keep=0)
    assert e.value.code == "backup_keep_invalid"


IMPORTER = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from workstation.domain.actor import Actor
    from workstation.store.session import Store
    from workstation.intake.imports import import_applications
    from workstation.services.progress import Progress

    class Say(Progress):
        def report(self, done, total, label):
            print("CHUNK", done, flush=True)
    store = Store.open(sys.argv[1])
    actor = Actor(id=int(sys.argv[3]), username="ops", display_name="ops", roles=frozenset({"officer"}))
    r = import_applications(store, actor, sys.argv[2], parallel=False, chunk_size=5, progress=Say(),
                            now=datetime(2026, 11, 25, 4, tzinfo=timezone.utc))
    print("DONE", flush=True)
""")


def test_a_backup_taken_while_an_import_writes_restores_consistent(desk, tmp_path):
    store, actor = desk
    path = _big_file(tmp_path / "big.jsonl", n=400)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(store.engine.url), str(path), str(actor.id)],
                            stdout=subprocess.PIPE, text=True, env=env)
    taken = []
    try:
        for line in proc.stdout:
            if line.startswith("CHUNK") and len(taken) < 3:
                b = bk.backup(store, actor, out=tmp_path / f"mid{len(taken)}.db")
                # the import was still writing while the backup was taken
                still = proc.poll() is None
                taken.append((b, still))
        assert proc.wait(timeout=300) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    mid = [b for b, still in taken if still]
    assert mid, "no backup was taken while the import was running"
    with store.read(None) as s:
        from workstation.store.models import Application
        final_apps = s.scalar(select(func.count()).select_from(Application))
    for b in mid:
        assert b.counts["applications"] < final_apps      # a snapshot from the middle
        fresh = Store.open(f"sqlite:///{tmp_path / ('r-' + b.path.name)}")
        try:
            bk.restore(fresh, None, path=b.path)
            with fresh.read(None) as s:
                from workstation.store.models import Application
                assert s.scalar(select(func.count()).select_from(Application)) == b.counts["applications"]
            v = audit.verify(fresh, None)
            assert v.ok, v.problem
            checked, mismatches = reconcile.reconcile(fresh, None)
            assert checked > 0 and mismatches == []
        finally:
            fresh.close()


def test_postgresql_without_pg_dump_says_so(monkeypatch, tmp_path):
    from workstation.operations import backup_pg
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DomainError) as e:
        backup_pg.tool("pg_dump")
    assert e.value.code == "pg_tool_missing" and "not on the PATH" in str(e.value)


def test_command_line_backup_check_and_restore(desk, tmp_path, capsys):
    from workstation.cli import main
    store, _actor = desk
    url = str(store.engine.url)
    out = tmp_path / "cli.db"
    assert main(["--database", url, "backup", "--out", str(out)]) == 0
    assert "written and checked" in capsys.readouterr().out
    assert main(["--database", url, "backup", "--check", str(out)]) == 0
    assert main(["--database", url, "backup", "--out", str(out)]) == 2          # never over a file
    assert "exists already" in capsys.readouterr().err
    assert main(["--database", url, "backup", "--auto"]) == 2                   # no folder set anywhere
    assert main(["--database", url, "backup", "--auto", str(tmp_path / "auto"), "--keep", "2"]) == 0
    assert len(list((tmp_path / "auto").glob("workstation-*.db"))) == 1
    assert main(["--database", url, "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "restored from" in printed and "kept in" in printed
    bc.manifest_path(out).write_text("{}")
    assert main(["--database", url, "backup", "--check", str(out)]) == 1        # an empty manifest proves nothing
    assert "manifest lacks" in capsys.readouterr().out
    out.write_bytes(out.read_bytes()[:4096])
    assert main(["--database", url, "restore", str(out)]) == 2
    assert "restore refused" in capsys.readouterr().err


@pytest.mark.postgresql
def test_postgresql_backup_and_restore_through_pg_dump(db_url, tmp_path):
    import shutil
    url, schema = db_url
    if schema is None:
        pytest.skip("the PostgreSQL variant only")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on the PATH of this machine")
    store = Store.open(url, schema=schema)
    try:
        ensure_reference_data(store, None)
        from workstation.services import auth
        admin = auth.add_user(store, None, username="boss", display_name="boss", password="Secret-pass-123",
                              roles=["admin"])
        b = bk.backup(store, admin, out=tmp_path / "pg.dump")
        assert b.path.is_file() and bk.verify_backup(store, admin, path=b.path).ok
        auth.add_user(store, admin, username="later", display_name="later", password="Secret-pass-123",
                      roles=["officer"])
        assert _users(store) == 2
        r = bk.restore(store, admin, path=b.path)
        assert _users(store) == 1 and r.kept_aside.is_file()
        assert audit.verify(store, None, recorded=False).ok
        b.path.write_bytes(b"garbage")
        with pytest.raises(DomainError) as e:
            bk.restore(store, admin, path=b.path)
        assert e.value.code == "backup_invalid"
    finally:
        store.close()
