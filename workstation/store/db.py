"""Engines, sessions and schema upgrades for SQLite and PostgreSQL by URL."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from workstation.domain.refusals import Coded

if TYPE_CHECKING:      # Alembic is imported only when a schema is migrated (cold start)
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ncpfs", "9p", "fuse.sshfs",
              "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.rclone", "lustre", "gpfs"}


class StoreError(Coded, RuntimeError):
    """The database cannot be used as asked (wrong place, unreachable, ...): a code of
    ``domain/error_texts.py`` and its params; ``str()`` is the English text."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(self._coded(code, None, params))


def normalise_url(url: str) -> URL:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def _mount_fstype(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux), else None."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mnt = parts[1].replace("\\040", " ")
        if (target == mnt or target.startswith(mnt.rstrip("/") + "/")) and len(mnt) >= len(best):
            best, fstype = mnt, parts[2]
    return fstype


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows desks only
        import ctypes
        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return False


def check_sqlite_path(path: Path, *, fstype_lookup=_mount_fstype) -> None:
    """Refuse a database on a network share: SQLite's WAL needs shared memory
    on one machine and corrupts across network file systems."""
    if _windows_remote(path):
        raise StoreError("db_network_share", path=str(path))
    probe = path if path.exists() else path.parent
    fstype = fstype_lookup(probe)
    if fstype and (fstype in NETWORK_FS or fstype.startswith("nfs")):
        raise StoreError("db_network_fs", path=str(path), fstype=fstype)


def make_engine(url: str, *, schema: str | None = None, echo: bool = False) -> Engine:
    u = normalise_url(url)
    if u.get_backend_name() == "sqlite":
        return _sqlite_engine(u, echo=echo)
    connect_args = {}
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    return create_engine(u, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_engine(u: URL, *, echo: bool) -> Engine:
    db = u.database
    if db and db != ":memory:":
        path = Path(db)
        check_sqlite_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(u, echo=echo, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None      # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A write takes the write lock up front: two desks never interleave a write.
        # A read (Store.read, through read_engine) begins deferred: in WAL it reads its
        # snapshot at once and never waits for a writer.
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql("BEGIN DEFERRED" if mode == "DEFERRED" else "BEGIN IMMEDIATE")

    return engine


BEGIN_OPTION = "workstation_sqlite_begin"


def read_engine(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin deferred on SQLite: for reads only."""
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command
    command.upgrade(alembic_config(engine), "head")


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([0-9A-Za-z_]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([0-9A-Za-z_]+)['\"]")


def head_revisions() -> frozenset[str]:
    """The heads of the migration scripts, read from their text: the revisions no other
    script revises. Cheap (no Alembic import, no script run); a test checks it equals
    Alembic's own ``ScriptDirectory.get_heads()``."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if (rev := _REVISION.search(text)) is None:
            continue
        revisions.add(rev.group(1))
        if (down := _DOWN_REVISION.search(text)) is not None:
            revised.update(_QUOTED.findall(down.group(1)))
    return frozenset(revisions - revised)


def stored_revisions(engine: Engine) -> frozenset[str]:
    """The revisions the database says it is at (none for an empty database)."""
    with read_engine(engine).connect() as conn:
        try:
            return frozenset(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))
        except DBAPIError:          # no alembic_version table: nothing migrated yet
            return frozenset()


def ensure_schema(engine: Engine) -> bool:
    """Upgrade to the newest schema when the stored revision differs from the scripts'
    head; True when an upgrade ran. A current database costs one small query."""
    if stored_revisions(engine) == head_revisions():
        return False
    upgrade_to_head(engine)
    return True


def open_store(url: str, *, schema: str | None = None) -> tuple[Engine, sessionmaker]:
    """Engine for ``url`` upgraded to the newest schema, and its session factory."""
    engine = make_engine(url, schema=schema)
    try:
        ensure_schema(engine)
    except StoreError:
        raise
    except Exception as exc:  # connection refused, permission denied, ...
        raise StoreError("db_cannot_open", url=normalise_url(url).render_as_string(hide_password=True),
                         error=f"{exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc
    return engine, session_factory(engine)
