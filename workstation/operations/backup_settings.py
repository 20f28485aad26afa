"""Where the daily automatic backup goes and how many are kept (database settings, so
the command line's ``backup --auto`` and every desk agree); changes audited."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.domain.refusals import os_error
from workstation.store.session import Store
from workstation.store.models import Setting

FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep"
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None
    keep: int


def backup_settings(store: Store, actor: Actor | None) -> BackupSettings:
    """Any signed-in user (the desk takes the daily backup for whoever is signed in)."""
    with store.read(actor) as s:
        folder = s.get(Setting, FOLDER_KEY)
        keep = s.get(Setting, KEEP_KEY)
        return BackupSettings(Path(folder.value) if folder and folder.value else None,
                              int(keep.value) if keep else DEFAULT_KEEP)


def set_backup_settings(store: Store, actor: Actor | None, *, folder: str | Path | None, keep: int) -> None:
    """Administrators (``actor`` None: first-run setup / the command line)."""
    if actor is not None:
        actor.require("admin", action="set the automatic backups")
    if keep < 1:
        raise DomainError("backup_keep_invalid", keep=keep)
    text = str(Path(folder).expanduser().resolve()) if folder else ""
    if text:
        try:
            Path(text).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DomainError("backup_folder_unusable", path=text, os_error=os_error(exc)) from None
    with store.tx(actor) as s:
        old = backup_settings_in(s)
        for key, value in ((FOLDER_KEY, text), (KEEP_KEY, keep)):
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        audit.record(s, actor=actor, action="backup_settings_set", entity_type="settings", entity_id="backup",
                     details={"old": old, "new": {"folder": text, "keep": keep}})


def backup_settings_in(s) -> dict:
    folder, keep = s.get(Setting, FOLDER_KEY), s.get(Setting, KEEP_KEY)
    return {"folder": folder.value if folder else "", "keep": keep.value if keep else DEFAULT_KEEP}
