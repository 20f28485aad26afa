"""Backups and restores of the database (issue 18, part 1).

SQLite: the online backup API copies a consistent snapshot while desks and imports keep
writing; the copy is checked (integrity, audit chain, row counts) before it gets its final
name, and a manifest beside it records its audit head, counts and SHA-256. A restore
checks the backup against its manifest, copies the current database aside first, writes
the backup into the database through the same API and opens the result; if that fails
the copy set aside is put back.

PostgreSQL: ``pg_dump``/``pg_restore`` when on the PATH; otherwise a refusal that says so."""
from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from workstation.domain import clock
from workstation.operations import backup_check as bc
from workstation.operations import backup_pg
from workstation.operations.backup_check import BackupReport
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store

AUTO_NAME = re.compile(r"^workstation-(\d{4}-\d{2}-\d{2})\.(db|dump)$")


def _require(actor: Actor | None, *roles: str, action: str) -> None:
    """``actor`` None: the system (the command line run by whoever holds the database)."""
    if actor is not None:
        actor.require(*roles, action=action)


def _sqlite_path(store: Store) -> Path:
    db = store.engine.url.database
    if not db or db == ":memory:":
        raise DomainError("backup_no_file")
    return Path(db).resolve()


def backup(store: Store, actor: Actor | None, *, out: Path) -> BackupReport:
    """Write a verified backup of the whole database to ``out`` (never over an existing file)."""
    _require(actor, "supervisor", "admin", action="back up the database")
    with store.read(actor):
        pass                                  # the actor re-checked in the database
    out = Path(out)
    if out.exists():
        raise DomainError("backup_exists", path=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    if store.backend != "sqlite":
        return backup_pg.dump(store, actor, out)
    tmp = out.with_name(out.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{_sqlite_path(store)}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)                       # one step: a single consistent snapshot
        dst.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
    finally:
        dst.close()
        src.close()
    check = bc.check_file(tmp)
    if not check.ok:
        tmp.unlink(missing_ok=True)
        raise DomainError("backup_failed_check", problems="; ".join(check.problems))
    manifest = {"format": "workstation-sqlite-backup/1", "written_at": datetime.now(timezone.utc).isoformat(),
                "business_date": clock.today().isoformat(), "source": str(_sqlite_path(store)),
                "revision": check.revision, "audit_head": check.audit_head, "counts": check.counts,
                "sha256": bc.sha256_of(tmp), "by": actor.username if actor else "system"}
    mtmp = bc.manifest_path(out).with_name(bc.manifest_path(out).name + ".partial")
    mtmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out)
    os.replace(mtmp, bc.manifest_path(out))
    return BackupReport(out, check.audit_head, check.counts, out.stat().st_size)


def verify_backup(store: Store, actor: Actor | None, *, path: Path) -> bc.Check:
    """Check a backup file against the manifest written beside it (no manifest: a problem)."""
    _require(actor, "supervisor", "admin", action="back up the database")
    path = Path(path)
    if store.backend != "sqlite":
        return backup_pg.check(path)
    manifest = bc.read_manifest(path)
    if manifest is None or manifest.get("unreadable"):
        c = bc.check_file(path)
        return bc.Check(path, c.audit_head, c.counts, c.revision,
                        c.problems + (f"its manifest {bc.manifest_path(path).name} is missing or unreadable",))
    return bc.check_file(path, expect=manifest)


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    kept_aside: Path
    audit_head: str


def restore(store: Store, actor: Actor | None, *, path: Path) -> RestoreReport:
    """Replace the database's content by the backup ``path``. Refused (``backup_invalid``)
    when the backup fails its checks; the current database is first copied aside (and
    checked), and put back if the restored one does not open."""
    _require(actor, "admin", action="restore a backup")
    path = Path(path)
    check = verify_backup(store, actor, path=path)
    if not check.ok:
        raise DomainError("backup_invalid", path=str(path), problems="; ".join(check.problems))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    if store.backend != "sqlite":
        aside = path.with_name(f"before-restore-{stamp}.dump")
        backup_pg.dump(store, actor, aside)
        backup_pg.restore(store, actor, path)
        return RestoreReport(path, aside, check.audit_head)
    live = _sqlite_path(store)
    aside = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
    _copy(live, aside)
    kept = bc.check_file(aside)
    if not kept.ok and kept.counts == {}:
        aside.unlink(missing_ok=True)
        raise DomainError("restore_aside_failed", path=str(aside), problems="; ".join(kept.problems))
    store.engine.dispose()
    _copy(path, live)
    try:
        reopened = Store.open(store.url)
        try:
            from workstation.services import audit
            result = audit.verify(reopened, None, recorded=False)
            if not result.ok:
                raise DomainError("backup_invalid", path=str(path), problems=str(result.problem))
            _record_restore(reopened, actor, path=path, aside=aside, head=check.audit_head)
        finally:
            reopened.close()
    except Exception:
        store.engine.dispose()
        _copy(aside, live)                    # put the database we had back
        raise
    store.engine.dispose()                    # the desk's pool reconnects to the restored content
    return RestoreReport(path, aside, check.audit_head)


def _record_restore(store: Store, actor: Actor | None, *, path: Path, aside: Path, head: str) -> None:
    """The restore in the restored chain, and its new head recorded outside the database (the
    heads recorded before belong to the content that was replaced)."""
    from workstation.services import audit
    with store.tx(None) as s:             # the actor's account may not exist in the backup
        audit.record(s, actor=None, action="backup.restored", entity_type="database", entity_id="-",
                     details={"from": path.name, "backup_head": head, "kept_aside": aside.name,
                              "by": actor.username if actor else "system"})
    audit.anchor_head(store, None)


def _copy(src: Path, dst: Path) -> None:
    """Copy database ``src`` onto ``dst`` through the backup API (dst may be open elsewhere)."""
    s = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
    d = sqlite3.connect(dst, timeout=30)
    try:
        s.backup(d)
    finally:
        d.close()
        s.close()


# -- daily automatic backup -------------------------------------------------------------------------------------

def auto_backup(store: Store, actor: Actor | None, *, folder: Path, keep: int,
                today: date | None = None) -> BackupReport | None:
    """Today's backup in ``folder`` unless it is there already (None then); afterwards only
    the newest ``keep`` automatic backups stay (files this function named, nothing else)."""
    _require(actor, "officer", "supervisor", "admin", action="back up the database")
    if keep < 1:
        raise DomainError("backup_keep_invalid", keep=keep)
    folder = Path(folder)
    today = today or clock.today()
    ext = "db" if store.backend == "sqlite" else "dump"
    target = folder / f"workstation-{today.isoformat()}.{ext}"
    report = None
    if not target.exists():
        report = backup(store, None, out=target)   # any signed-in desk keeps the daily copy
    prune(store, actor, folder=folder, keep=keep)
    return report


def prune(store: Store, actor: Actor | None, *, folder: Path, keep: int) -> list[Path]:
    """Remove automatic backups older than the newest ``keep``; returns what was removed."""
    _require(actor, "officer", "supervisor", "admin", action="back up the database")
    found = sorted((m.group(1), p) for p in Path(folder).glob("workstation-*")
                   if (m := AUTO_NAME.match(p.name)))
    removed = []
    for _day, p in found[:max(0, len(found) - keep)]:
        p.unlink(missing_ok=True)
        bc.manifest_path(p).unlink(missing_ok=True)
        removed.append(p)
    return removed
