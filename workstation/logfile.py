"""The desk's log file: rotating, in the user's log folder (platformdirs; tests and
support set $WORKSTATION_LOG_DIR), and free of personal data.

The log is written for the people who maintain the desk, in English. Whatever a record
carries from the database or the user is scrubbed before it is written: Chinese text
(names, shop names, addresses: the log's own texts are English), resident ID numbers,
mobile numbers, card and account numbers and e-mail addresses. Application, contract
and document numbers (a letter prefix and digits) stay, so a case can still be found.
"""
from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workstation.config import log_dir

LOG_NAME = "workstation.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_NOT_WORD = r"(?<![0-9A-Za-z_])"
_END = r"(?![0-9A-Za-z_])"
_SCRUB: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(_NOT_WORD + r"\d{17}[\dXx]" + _END), "[id-number]"),
    (re.compile(_NOT_WORD + r"(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}" + _END), "[phone]"),
    (re.compile(_NOT_WORD + r"\d(?:[ -]?\d){11,22}" + _END), "[number]"),     # cards, accounts, old IDs
    (re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"), "[text]"),
)
_state: dict[str, Path | None] = {"file": None}


def scrub(text: str) -> str:
    """``text`` with personal data replaced by a bracketed kind."""
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual (message, traceback, stack), then scrubs the whole text."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup(level: int = logging.INFO) -> Path | None:
    """Send the ``workstation`` loggers (and warnings from libraries) to the rotating log
    file; returns its path, or None when the folder cannot be written (the desk still runs)."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_workstation_log", False):
            root.removeHandler(h)
            h.close()
    path = log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s: %s)", type(exc).__name__, exc)
        _state["file"] = None
        return None
    handler._workstation_log = True            # type: ignore[attr-defined]
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    for h in root.handlers:          # the console keeps its own (quieter) level
        if h is not handler and h.level == logging.NOTSET:
            h.setLevel(logging.WARNING)
    _state["file"] = path
    return path


def log_file() -> Path | None:
    """The log file being written, None when there is none."""
    return _state["file"]


def shutdown() -> None:
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_workstation_log", False):
            root.removeHandler(h)
            h.close()
    _state["file"] = None
