"""`workstation restore FILE`: replace the database's content by a checked backup. A
backup that fails its checks is refused; the current database is copied aside first
(its name is printed) and put back if the restored one does not open."""
from __future__ import annotations

from pathlib import Path

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    p.add_argument("file", type=Path, help="a backup written by 'workstation backup'")


def run(args) -> int:
    from workstation.operations import backup
    store = open_store(args)
    try:
        r = backup.restore(store, None, path=args.file)
    finally:
        store.close()
    print(f"restored from {r.restored_from}; audit head {r.audit_head}")
    print(f"the database as it was is kept in {r.kept_aside}")
    return 0
