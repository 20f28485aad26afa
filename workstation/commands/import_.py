"""`workstation import <kind> FILE`: import a file exported by the platform.

Each kind is one line in KINDS: (service module, function, help). The function
is called as fn(store, actor, path, progress=...) and returns a report with
``summary()``, ``rejected`` and ``outcome``.
"""
from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from workstation.commands.common import open_store, sign_in_cli
from workstation.domain.errors import DomainError, PermissionDenied

KINDS: dict[str, tuple[str, str, str]] = {
    "applications": ("workstation.intake.imports", "import_applications",
                     "new loan applications (.jsonl or .csv, see docs/import-format.md)"),
    "repayments": ("workstation.servicing.repayment_import", "import_repayments",
                   "the payment channel's repayment file (.csv or .jsonl, see docs/repayments-format.md)"),
    "monitoring": ("workstation.aftercare.monitoring", "import_monitoring",
                   "the platform's monitoring snapshots (.jsonl or .csv, see docs/monitoring-format.md)"),
}
SNAPSHOT_KINDS = ("applications", "monitoring")     # exit status as the application import


def add_arguments(p) -> None:
    p.add_argument("kind", choices=sorted(KINDS), help="what the file holds: " +
                   "; ".join(f"{k}: {v[2]}" for k, v in sorted(KINDS.items())))
    p.add_argument("file", type=Path, help="the file to import")
    p.add_argument("--user", default=os.environ.get("WORKSTATION_USER"),
                   help="who imports (default $WORKSTATION_USER); the password comes from "
                        "$WORKSTATION_PASSWORD or a prompt")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.epilog = ("exit status: 0 all imported (or already there), 1 some records rejected or the file cut "
                "off, 2 nothing imported (every record rejected, or the file could not be read), 3 the import "
                "failed (database, program error), 130 cancelled")


def run(args) -> int:
    from workstation.services.progress import Cancelled, Progress

    if not args.user:
        raise ValueError("who is importing? give --user NAME or set WORKSTATION_USER")

    class Counter(Progress):
        def report(self, done, total, label):
            if not args.quiet:
                print(f"\r{label}: line {done} of {total}", end="", file=sys.stderr, flush=True)

        def waiting(self, message):           # another job holds the same loans: say so, then wait
            print(f"\n{message}", file=sys.stderr, flush=True)
            super().waiting(message)

    module, func, _help = KINDS[args.kind]
    fn = getattr(importlib.import_module(module), func)
    from workstation.services.setup import ensure_reference_data

    store = open_store(args)
    ensure_reference_data(store, None)          # the products a record names must exist
    actor = sign_in_cli(store, args.user)
    progress = Counter()
    try:
        report = fn(store, actor, args.file, progress=progress)
    except Cancelled as exc:
        print(file=sys.stderr)
        print(f"cancelled: {exc}")
        return 130
    except (DomainError, PermissionDenied) as exc:
        if args.kind not in SNAPSHOT_KINDS:
            raise
        print(file=sys.stderr)
        from workstation.cli import refusal_line
        print(f"workstation import: nothing imported: {refusal_line(exc, getattr(args, 'lang', None))}",
              file=sys.stderr)
        return EXIT_NOTHING
    except Exception as exc:  # noqa: BLE001 - reported as a failed import, with the log's traceback
        if args.kind not in SNAPSHOT_KINDS:
            raise
        logging.getLogger(__name__).exception("the import failed")
        print(file=sys.stderr)
        print(f"workstation import: the import failed: {exc.__class__.__name__}; see the log. What was "
              "committed before is kept; import the same file again to resume", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    if not args.quiet:
        print(file=sys.stderr)
    from workstation.cli import chinese
    if args.kind in DESK_REPORTS and chinese(getattr(args, "lang", None)):
        _print_as_the_desk(args.kind, report)
    else:
        _print_english(args, report)
    if args.kind in SNAPSHOT_KINDS:
        return exit_status(report)
    clean = report.rejected == 0 and not getattr(report, "held", 0)
    return 0 if clean and report.outcome == "completed" else 1


# the kinds whose report the desk also shows: on a Chinese command line, its words
DESK_REPORTS = {"repayments": "workstation.ui.loans.repayment_file_dialog",
                "monitoring": "workstation.ui.aftercare.monitoring_file_dialog",
                "applications": "workstation.ui.queue.import_dialog"}


def _print_as_the_desk(kind: str, report) -> None:
    """The report as the desk's window shows it (ui/file_job_dialog.py), in Chinese: its
    lines, then the first 20 refused lines by line, field and reason."""
    from workstation.cli import in_chinese
    with in_chinese():
        from workstation.ui.file_job_dialog import more_refused, refused_line
        desk = importlib.import_module(DESK_REPORTS[kind])
        for line in desk.report_lines(report):
            print(line)
        rows = desk.refused_rows(report)
        for line, field, reason, _raw in sorted(rows, key=lambda r: r[0])[:20]:
            print("  " + refused_line(line, field, reason))
        if len(rows) > 20 and report.rejects_path:
            print("  " + more_refused(report.rejects_path))


def _print_english(args, report) -> None:
    for b in getattr(report, "resumed", ()):
        print(f"batch {b} of this file had been interrupted: this run finished it")
    for line in getattr(report, "interrupted", ()):
        print(line)
    print(report.summary())
    for p in report.rejects[:20]:
        print(f"  rejected: {p}")
    if len(report.rejects) > 20:
        print(f"  ... and more: see {report.rejects_path}")
    if args.kind in SNAPSHOT_KINDS:
        return
    held = getattr(report, "held_lines", [])
    for line in held[:20]:
        print(f"  held: {line}")
    if len(held) > 20:
        print(f"  ... {len(held) - 20} more held lines: workstation held-repayments list")


EXIT_ALL, EXIT_SOME, EXIT_NOTHING, EXIT_FAILED = 0, 1, 2, 3


def exit_status(report) -> int:
    """0 all imported (or already there), 1 some rejected or cut off, 2 nothing imported."""
    if report.rejected == 0 and report.outcome == "completed":
        return EXIT_ALL
    if report.imported == 0 and report.duplicates == 0:
        return EXIT_NOTHING
    return EXIT_SOME
