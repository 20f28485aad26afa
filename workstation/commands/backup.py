"""`workstation backup --out FILE` / `backup --auto FOLDER --keep N` / `backup check FILE`:
a verified backup of the database (SQLite: the online backup API; PostgreSQL: pg_dump).
Run by whoever holds the database (the system); exit 0 written and checked, 1 a check
failed, 2 refused."""
from __future__ import annotations

from pathlib import Path

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--out", type=Path, help="write one backup to this file (never over an existing one)")
    g.add_argument("--auto", type=Path, metavar="FOLDER", nargs="?", const=Path(""),
                   help="today's automatic backup in FOLDER (default: the folder set in the settings), "
                        "if not there yet")
    g.add_argument("--check", type=Path, metavar="FILE", help="check a backup against its manifest")
    p.add_argument("--keep", type=int, help="with --auto: automatic backups kept (default: the settings', 14)")


def run(args) -> int:
    from workstation.operations import backup
    store = open_store(args)
    try:
        if args.check:
            c = backup.verify_backup(store, None, path=args.check)
            print(f"{c.path}: {'good' if c.ok else 'BAD'}; audit head {c.audit_head or '-'}; "
                  f"{sum(c.counts.values())} rows in {len(c.counts)} tables")
            for problem in c.problems:
                print(f"  {problem}")
            return 0 if c.ok else 1
        if args.auto is not None:
            from workstation.operations.backup_settings import backup_settings
            current = backup_settings(store, None)
            folder = args.auto if str(args.auto) not in ("", ".") or current.folder is None else current.folder
            if str(folder) in ("", "."):
                print("no backup folder: give one (--auto FOLDER) or set it in Settings > Automatic backups")
                return 2
            r = backup.auto_backup(store, None, folder=folder, keep=args.keep or current.keep)
            if r is None:
                print(f"today's backup is in {folder} already")
                return 0
        else:
            r = backup.backup(store, None, out=args.out)
        print(f"backup written and checked: {r.path} ({r.size} bytes); audit head {r.audit_head}")
        return 0
    finally:
        store.close()
