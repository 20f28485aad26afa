"""Drafts kept on this computer: what an officer typed in a form, written to a small file
in the user's data folder as it is typed, so that a save refused because the database
server is away (or a desk closed meanwhile) never loses the text. A draft is deleted as
soon as the form is saved to the server.

One JSON file per database, user and form (``key``, e.g. ``interview/42``), named by a
hash of the three (the file name says nothing about the case). The folder is 0700 and each
file 0600, written whole (a temporary file renamed over the old one): the officer's own
words on the officer's own machine, readable by nobody else on it. Not encrypted: a key
kept on the same machine would protect nothing from someone who can read the user's files.

The folder: $WORKSTATION_DRAFTS_DIR, else ``drafts`` in the user's data folder (platformdirs).
These functions never touch the database: they work while the server is away."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workstation.config import APP_NAME
from workstation.domain.actor import Actor
from workstation.store.session import Store

ENV_DRAFTS = "WORKSTATION_DRAFTS_DIR"
Value = str | int | bool | None


@dataclass(frozen=True)
class Draft:
    key: str
    fields: dict[str, Value]
    base: str | None            # the server version the officer started from (None: nothing to compare)
    typed_at: datetime          # UTC, when last written


def drafts_dir() -> Path:
    override = os.environ.get(ENV_DRAFTS)
    if override:
        return Path(override)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "drafts"


def _path(store: Store, actor: Actor, key: str) -> Path:
    database = store.engine.url.render_as_string(hide_password=True)
    name = hashlib.sha256(f"{database}\n{actor.username}\n{key}".encode()).hexdigest()[:40]
    return drafts_dir() / f"{name}.json"


def save_draft(store: Store, actor: Actor, key: str, fields: dict[str, Value], *, base: str | None) -> Path:
    """Write (or replace) the draft of ``key``; readable by the user only."""
    folder = drafts_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = _path(store, actor, key)
    body = json.dumps({"key": key, "user": actor.username, "base": base, "fields": fields,
                       "typed_at": datetime.now(timezone.utc).isoformat()}, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".draft-", suffix=".tmp")   # created 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_draft(store: Store, actor: Actor, key: str) -> Draft | None:
    """The draft of ``key`` kept on this computer, or None (an unreadable file counts as none
    and is left where it is for the officer's support to look at)."""
    path = _path(store, actor, key)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key or data.get("user") != actor.username:
            return None
        return Draft(key=key, fields=dict(data["fields"]), base=data.get("base"),
                     typed_at=datetime.fromisoformat(data["typed_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard_draft(store: Store, actor: Actor, key: str) -> None:
    """Delete the draft of ``key`` (saved to the server, or thrown away by the officer)."""
    _path(store, actor, key).unlink(missing_ok=True)
