"""PostgreSQL backups through ``pg_dump``/``pg_restore`` (custom format), when on the PATH."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from workstation.operations import backup_check as bc
from workstation.operations.backup_check import BackupReport
from workstation.domain.errors import DomainError
from workstation.store.session import Store


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DomainError("pg_tool_missing", tool=name)
    return found


def _conninfo(store: Store) -> tuple[list[str], dict[str, str]]:
    """Connection options for the tools (the password through the environment only)."""
    import os
    u = store.engine.url
    args = ["--host", u.host or "localhost", "--port", str(u.port or 5432), "--username", u.username or "postgres",
            "--dbname", u.database or "postgres"]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return args, env


def _schema(store: Store) -> str | None:
    options = (store.engine.dialect.create_connect_args(store.engine.url)[1] or {}).get("options", "")
    from sqlalchemy import text
    with store.engine.connect() as c:
        schema = c.execute(text("SELECT current_schema()")).scalar()
    return schema if (schema and (schema != "public" or "search_path" in options)) else None


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise DomainError("pg_tool_failed", tool=what, message=(done.stderr.strip().splitlines() or ["?"])[-1])


def dump(store: Store, actor, out: Path):
    """``actor`` was checked by the caller (operations.backup)."""
    from workstation.services import audit
    exe = tool("pg_dump")
    args, env = _conninfo(store)
    schema = _schema(store)
    head = audit.head(store, None)   # the system reads the head it writes beside the dump
    tmp = out.with_name(out.name + ".partial")
    _run([exe, "--format=custom", "--no-owner", "--file", str(tmp), *args,
          *(["--schema", schema] if schema else [])], env, "pg_dump")
    check = bc_check(tmp)
    if check.problems:
        tmp.unlink(missing_ok=True)
        raise DomainError("backup_failed_check", problems="; ".join(check.problems))
    tmp.replace(out)
    bc.manifest_path(out).write_text(
        '{"format": "workstation-pg-dump/1", "audit_head_at_start": "%s", "schema": "%s", "sha256": "%s"}'
        % (head, schema or "", bc.sha256_of(out)), encoding="utf-8")
    return BackupReport(out, head, {}, out.stat().st_size)


def bc_check(path: Path) -> bc.Check:
    """A dump is whole when pg_restore can list it and it holds the audit trail."""
    exe = tool("pg_restore")
    done = subprocess.run([exe, "--list", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        return bc.Check(path, problems=(f"pg_restore cannot read it: {done.stderr.strip()[:200]}",))
    if "audit_log" not in done.stdout:
        return bc.Check(path, problems=("not a workstation database (no audit trail)",))
    return bc.Check(path)


def check(path: Path) -> bc.Check:
    if not Path(path).is_file():
        return bc.Check(Path(path), problems=(f"{path} does not exist",))
    c = bc_check(Path(path))
    import json
    try:
        m = json.loads(bc.manifest_path(Path(path)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return bc.Check(c.path, problems=c.problems + ("its manifest is missing or unreadable",))
    if m.get("sha256") != bc.sha256_of(Path(path)):
        return bc.Check(c.path, problems=c.problems + ("the file is not the one written (SHA-256 differs)",))
    return c


def restore(store: Store, actor, path: Path) -> None:
    """``actor`` was checked by the caller (operations.backup)."""
    exe = tool("pg_restore")
    args, env = _conninfo(store)
    store.engine.dispose()
    _run([exe, "--clean", "--if-exists", "--no-owner", "--single-transaction", *args, str(path)], env, "pg_restore")
