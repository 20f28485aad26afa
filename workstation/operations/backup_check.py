"""Checking a SQLite backup file on its own: integrity, the audit chain, row counts.

Used after writing a backup and before restoring one; works on the file without
migrating it (a copy is never upgraded by being checked)."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_SUFFIX = ".manifest.json"


@dataclass(frozen=True)
class Check:
    """What a backup file holds and whether it is whole: ``problems`` empty means good."""
    path: Path
    audit_head: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    revision: str = ""
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    bad = [] if rows == ["ok"] else [f"integrity check: {r}" for r in rows[:5]]
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        bad.append(f"foreign keys: {len(fk)} rows point at missing rows (first in table {fk[0][0]})")
    return bad


def _revision(conn: sqlite3.Connection) -> str:
    try:
        return ",".join(sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version")))
    except sqlite3.DatabaseError:
        return ""


def _audit(path: Path) -> tuple[str, list[str]]:
    """(head, problems): the chain walked by the audit service over the file, read only."""
    from workstation.services import audit
    from workstation.store.session import Store
    from workstation.store.db import session_factory
    from sqlalchemy import create_engine
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        store = Store(url=str(engine.url), engine=engine, factory=session_factory(engine))
        result = audit.verify(store, None, recorded=False)   # the system checks a file it holds
    except Exception as exc:  # noqa: BLE001 - an unreadable chain is a problem to report, not a crash
        return "", [f"audit chain: cannot be read ({exc.__class__.__name__}: {str(exc).splitlines()[0]})"]
    finally:
        engine.dispose()
    return result.head, ([] if result.ok else [f"audit chain: {result.problem}"])


def check_file(path: Path, *, expect: dict | None = None) -> Check:
    """Check the SQLite file ``path``; with ``expect`` (its manifest) also that the file,
    its audit head and its row counts are the ones recorded when it was written."""
    path = Path(path)
    if not path.is_file():
        return Check(path, problems=(f"{path} does not exist",))
    problems: list[str] = []
    if expect is not None and not all(expect.get(k) for k in ("sha256", "audit_head", "counts")):
        problems.append("its manifest lacks the SHA-256, audit head or row counts recorded when it was written")
    if expect is not None and expect.get("sha256") and sha256_of(path) != expect["sha256"]:
        problems.append("the file is not the one written (its SHA-256 differs from the manifest's)")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems += _integrity(conn)
            counts = table_counts(conn)
            revision = _revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Check(path, problems=(f"not a readable SQLite database ({exc})",))
    if "audit_log" not in counts:
        return Check(path, counts=counts, revision=revision,
                     problems=tuple(problems + ["not a workstation database (no audit trail)"]))
    head, bad = _audit(path)
    problems += bad
    if expect is not None:
        if expect.get("audit_head") and head != expect["audit_head"]:
            problems.append(f"audit head {head} is not the one recorded beside the backup "
                            f"({expect['audit_head']})")
        want = expect.get("counts") or {}
        diff = sorted(t for t in set(want) | set(counts) if want.get(t) != counts.get(t))
        if diff:
            problems.append("row counts differ from the manifest in: " + ", ".join(diff[:8]))
    return Check(path, audit_head=head, counts=counts, revision=revision, problems=tuple(problems))


def read_manifest(backup: Path) -> dict | None:
    p = manifest_path(backup)
    if not p.is_file():
        return None
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"unreadable": True}


@dataclass(frozen=True)
class BackupReport:
    path: Path
    audit_head: str
    counts: dict[str, int]
    size: int
