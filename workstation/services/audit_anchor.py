"""What keeps the audit chain honest from outside the database: the HMAC key and
the append-only file of chain heads.

- The key: ``WORKSTATION_AUDIT_KEY`` (hex, at least 32 digits, given by the
  administrator), else the key file ``WORKSTATION_AUDIT_KEY_FILE``, else
  ``audit.key`` in the user's configuration folder, created on first use with
  0600 permissions. Every desk writing to one database needs the same key: copy
  the file (or set the variable) on a branch server's desks. Keys replaced by
  ``audit rekey`` are kept beside it as ``audit.key.<key id>`` so older entries
  can still be checked.
- The heads: one line per recorded head (end of day, ``audit head --record``) in
  ``heads/<database id>.log`` of the data folder, opened for append only.

``WORKSTATION_AUDIT_DIR`` puts both in one folder (tests, portable installs)."""
from __future__ import annotations

import hashlib
import os
import secrets
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workstation.store.db import StoreError

ENV_KEY = "WORKSTATION_AUDIT_KEY"
ENV_KEY_FILE = "WORKSTATION_AUDIT_KEY_FILE"
ENV_DIR = "WORKSTATION_AUDIT_DIR"
APP = "loan-workstation"


class AuditKeyError(StoreError):
    """The audit key is missing, unreadable or not the one the chain uses."""


def _platform_dir(kind: str) -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":  # pragma: no cover - Windows desks
        base = os.environ.get("APPDATA") if kind == "config" else os.environ.get("LOCALAPPDATA")
        return Path(base or home / "AppData" / "Roaming") / APP
    if sys.platform == "darwin":  # pragma: no cover - macOS desks
        return home / "Library" / "Application Support" / APP
    env = "XDG_CONFIG_HOME" if kind == "config" else "XDG_DATA_HOME"
    default = home / ".config" if kind == "config" else home / ".local" / "share"
    return Path(os.environ.get(env) or default) / APP


def key_path() -> Path:
    return Path(os.environ.get(ENV_KEY_FILE) or _platform_dir("config") / "audit.key")


def key_id(key: bytes) -> str:
    """A public name for a key (never the key): 16 hex digits."""
    return hashlib.sha256(b"workstation audit key id\x00" + key).hexdigest()[:16]


def _parse(text: str, where: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        raise AuditKeyError(f"the audit key in {where} is not hexadecimal") from None
    if len(key) < 16:
        raise AuditKeyError(f"the audit key in {where} is too short: at least 32 hex digits")
    return key


def load_key(*, create: bool) -> bytes | None:
    """This desk's key; created (0600) on first use when ``create``, else None if absent."""
    env = os.environ.get(ENV_KEY)
    if env:
        return _parse(env, ENV_KEY)
    path = key_path()
    try:
        return _parse(path.read_text(encoding="ascii"), str(path))
    except FileNotFoundError:
        if not create:
            return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditKeyError(f"cannot read the audit key {path}: {exc.__class__.__name__}") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:                       # another process made it first
        return _parse(path.read_text(encoding="ascii"), str(path))
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_hex(32) + "\n")
    return _parse(path.read_text(encoding="ascii"), str(path))


def known_keys() -> dict[str, bytes]:
    """Every key this desk holds, by key id: the current one and the retired ones."""
    keys: dict[str, bytes] = {}
    current = load_key(create=False)
    if current is not None:
        keys[key_id(current)] = current
    folder = key_path().parent
    if folder.is_dir():
        for p in sorted(folder.glob(key_path().name + ".*")):
            try:
                k = _parse(p.read_text(encoding="ascii"), str(p))
            except (AuditKeyError, OSError, UnicodeDecodeError):
                continue
            keys.setdefault(key_id(k), k)
    return keys


def retire_key() -> Path | None:
    """Keep the current key file as audit.key.<id> and remove it (rekey makes a new one)."""
    path = key_path()
    if os.environ.get(ENV_KEY) or not path.exists():
        return None
    old = _parse(path.read_text(encoding="ascii"), str(path))
    target = path.with_name(f"{path.name}.{key_id(old)}")
    os.replace(path, target)
    return target


# -- heads kept outside the database ----------------------------------------------------------

@dataclass(frozen=True)
class RecordedHead:
    at: str
    seq: int
    hash: str
    key_id: str


def heads_file(database_id: str) -> Path:
    safe = hashlib.sha256(database_id.encode("utf-8")).hexdigest()[:20]
    return _platform_dir("data") / "heads" / f"{safe}.log"


def append_head(database_id: str, *, seq: int, hash_: str, key: str, at: datetime | None = None) -> Path:
    path = heads_file(database_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="ascii") as f:
        f.write(f"{stamp}\t{seq}\t{hash_}\t{key}\t{database_id}\n")
        f.flush()
        os.fsync(f.fileno())
    return path


def last_head(database_id: str) -> RecordedHead | None:
    path = heads_file(database_id)
    try:
        lines = path.read_text(encoding="ascii", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    for line in reversed(lines):
        parts = line.split("\t")
        if len(parts) >= 4 and parts[1].isdigit():
            return RecordedHead(parts[0], int(parts[1]), parts[2], parts[3])
    return None
