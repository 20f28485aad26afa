"""The `workstation` command: no arguments opens the desktop application;
a subcommand does headless work."""
from __future__ import annotations

import argparse
import importlib
from contextlib import contextmanager
import logging
import sys

from workstation import __version__

# subcommand name -> module with add_arguments(parser) and run(args) -> int
COMMANDS: dict[str, tuple[str, str]] = {
    "quote": ("workstation.commands.quote", "print a repayment schedule for given terms"),
    "demo": ("workstation.commands.demo", "fill the database with deterministic demo data"),
    "db": ("workstation.commands.db", "database: upgrade to the newest schema, show where it is"),
    "users": ("workstation.commands.users", "add, list, reset and deactivate users"),
    "audit": ("workstation.commands.audit", "verify the audit trail's hash chain, print its head"),
    "verify-document": ("workstation.commands.verify_document",
                        "check a printed PDF or a scanned page against the record of documents issued"),
    "import": ("workstation.commands.import_", "import a platform export file: import applications FILE"),
    "screenshot": ("workstation.commands.screenshot", "render a named screen offscreen to a PNG"),
    "eod": ("workstation.commands.eod", "end of day: accrue interest and penalties, overdue, classes, offers"),
    "held-repayments": ("workstation.commands.held",
                        "repayment-file lines held for an officer: list, post or return them"),
    "reconcile": ("workstation.commands.reconcile", "recompute loan balances from the journal, report differences"),
    "print": ("workstation.commands.print_", "print borrower documents (contract, schedule, statement, ...) to PDF"),
    "lender": ("workstation.commands.lender", "show or set the lender's details printed on documents"),
    "backup": ("workstation.commands.backup", "write a verified backup of the database, or check one"),
    "setup": ("workstation.commands.setup", "first-run setup of a real database: lender, capital, products, administrator"),
    "restore": ("workstation.commands.restore", "replace the database by a checked backup (the current one kept aside)"),
    "report": ("workstation.commands.report", "the monthly portfolio report to PDF, CSV or XLSX"),
}


def command_in(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (None: the desktop application, or not a command)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in ("--database", "--lang"):
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def build_parser(command: str | None = "*") -> argparse.ArgumentParser:
    """The parser; a subcommand's options are added (its module imported) only for
    ``command`` ("*": all of them), so the desktop start imports no command module."""
    parser = argparse.ArgumentParser(prog="workstation", description="Loan officer workstation")
    parser.add_argument("--version", action="version", version=f"workstation {__version__}")
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL (default: $WORKSTATION_DATABASE_URL or local_db/workstation.db)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if command in ("*", name):
            importlib.import_module(module).add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pypdf").setLevel(logging.ERROR)     # a damaged PDF's details: its verdict says it
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(command_in(argv)).parse_args(argv)
    if not args.command:
        from workstation.ui.app import run_gui
        return run_gui(args)
    from workstation.domain.errors import DomainError, PermissionDenied
    from workstation.store.db import StoreError
    try:
        return importlib.import_module(args._module).run(args)
    except (DomainError, PermissionDenied, StoreError, ValueError) as exc:
        print(f"workstation {args.command}: {refusal_line(exc, args.lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def chinese(lang: str | None) -> bool:
    """Whether the command speaks Chinese: ``--lang``, else the system's language."""
    from workstation.ui import i18n
    return (lang if lang in i18n.LANGUAGES else i18n.system_language()) == "zh_CN"


@contextmanager
def in_chinese():
    """The desk's Chinese translation installed for the block. Translators need an
    application object (no display): one made here is shut down after, so that a desk
    (or a test) making its QApplication later in this process still can."""
    from PySide6.QtCore import QCoreApplication
    from workstation.ui import i18n
    made = QCoreApplication([]) if QCoreApplication.instance() is None else None
    before = i18n.current()
    try:
        i18n.install("zh_CN")
        yield
    finally:
        i18n.install(before)        # a caller in the same process keeps its language
        if made is not None:
            made.shutdown()


def refusal_line(exc: BaseException, lang: str | None) -> str:
    """A command's refusal in the interface language (``--lang``, else the system's): in
    Chinese the desk's own translation of its code (``ui.refusals``), else its English text."""
    if not isinstance(getattr(exc, "code", None), str) or not chinese(lang):
        return str(exc)
    with in_chinese():
        from workstation.ui.refusals import refusal_text
        return refusal_text(exc) or str(exc)


if __name__ == "__main__":
    sys.exit(main())
