"""Reading and checking an import file, chunk by chunk, optionally in a second
process so that parsing and validation (pure work) overlap with the database
writes of the chunk before.

:class:`CheckedSource` yields lists of :class:`Checked` records (each with its
clean values or its problems); after the iteration ``truncated_at`` /
``truncation`` say where a cut-off file stopped. The database is never touched
here: duplicates and what else needs the database are decided by the service.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import queue as queue_mod
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from workstation.intake.imports_format import LINE, RawRecord, detect_format, reader_for
from workstation.intake.imports_rules import CleanRecord, Problem, RuleContext, check_record

log = logging.getLogger(__name__)

PARALLEL_FROM_BYTES = 8 * 1024 * 1024     # smaller files: starting a process costs more than it saves
# records per chunk handed over by a checking process: the importing process writes one
# while the next is checked (one chunk of a whole small file would leave nothing to overlap)
PARALLEL_CHUNK = 500


def spare_core() -> bool:
    """A second core the desk is not already using: checking in a second process then
    pays (2 idle cores: 100k records 26.8 s against 37 s); on busy cores it costs."""
    n = os.cpu_count() or 1
    if n < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (OSError, AttributeError):      # no load average (Windows): trust 4+ cores only
        return n >= 4
    return load < n - 0.5
QUEUE_CHUNKS = 4                          # how far the checking process may run ahead


class Checked:
    """One record read and checked: its clean values or its problems, and the line's text
    (``raw``, for the rejects file). Sent by a checking process with the text as UTF-8
    bytes, decoded only when read (a rejected record): see ``__reduce__``."""
    __slots__ = ("line", "external_id", "clean", "problems", "_raw")

    def __init__(self, line: int, external_id: str | None, clean: CleanRecord | None, problems: list[Problem],
                 raw: str | bytes) -> None:
        self.line = line
        self.external_id = external_id
        self.clean = clean
        self.problems = problems
        self._raw = raw

    @property
    def raw(self) -> str:
        raw = self._raw
        if type(raw) is bytes:
            raw = self._raw = raw.decode("utf-8", "surrogatepass")
        return raw

    def __reduce__(self):
        # pickled as the constructor's arguments (no attribute dictionary to build on the other
        # side), the text as bytes: a str is decoded from UTF-8 as it is unpickled, 6 kB a record
        raw = self._raw
        return Checked, (self.line, self.external_id, self.clean, self.problems,
                         raw.encode("utf-8", "surrogatepass") if type(raw) is str else raw)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Checked):
            return NotImplemented
        return (self.line, self.external_id, self.clean, self.problems, self.raw) == \
            (other.line, other.external_id, other.clean, other.problems, other.raw)

    __hash__ = None  # type: ignore[assignment] - as the dataclass it was

    def __repr__(self) -> str:
        return (f"Checked(line={self.line!r}, external_id={self.external_id!r}, clean={self.clean!r}, "
                f"problems={self.problems!r}, raw={self.raw!r})")


def check_raw(rec: RawRecord, ctx: RuleContext) -> Checked:
    if rec.data is None:
        return Checked(rec.line, None, None,
                       [Problem(rec.line, LINE, rec.problem or "unreadable", "import_line_unreadable")], rec.raw)
    ext = rec.data.get("external_id")
    ext = ext.strip() if isinstance(ext, str) else None
    clean, problems = check_record(rec.data, line=rec.line, ctx=ctx)
    # the line's bytes when the reader has them: a checking process sends them without encoding the text
    return Checked(rec.line, ext, clean, problems, rec.raw if rec.encoded is None else rec.encoded)


def _die_with(parent_pid: int) -> None:
    """In the checking process: end it as soon as the importing process is gone (even
    killed with SIGKILL), instead of staying blocked on a full queue holding its memory.
    Linux: the kernel's parent-death signal; everywhere: a watchdog thread."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)           # PR_SET_PDEATHSIG
        except (OSError, AttributeError):                         # pragma: no cover - no libc
            pass

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(3)
            time.sleep(0.5)
    if os.getppid() != parent_pid:         # the parent died before the signal was armed
        os._exit(3)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def with_score(c: Checked, ctx: RuleContext, scores: tuple) -> Checked:
    """``c`` with the score columns of its own months (CleanRecord.score, its JSON columns as
    their text: imports_values.score_texts); ``scores`` is (as_of, scorecard) as the importing
    process will score."""
    clean = c.clean
    if clean is not None:
        from workstation.intake.imports_values import score_columns, score_texts
        as_of, card = scores
        try:
            clean.score = score_texts(score_columns(
                clean.months, declared=clean.declared, member_since=clean.merchant["member_since"], as_of=as_of,
                card=card, product_max=ctx.products[clean.application["product_code"]].amount_max, now=""))
        except (ArithmeticError, ValueError, TypeError, KeyError):   # left to the importing process
            clean.score = None
    return c


def _produce(path: str, ctx: RuleContext, chunk_size: int, out, stop, parent_pid: int | None = None,
             scores: tuple | None = None, skip: int = 0) -> None:
    """In the checking process: read, check (and score for ``scores``: see with_score), send
    chunks; then the end or the error. The first ``skip`` records are read, not sent (the
    importing process checks them itself while this one starts)."""
    if parent_pid is not None:
        _die_with(parent_pid)
    gc.disable()     # this process only makes acyclic dicts and tuples: reference counting frees them
    try:
        reader = reader_for(Path(path))
        chunk: list[Checked] = []
        for rec in reader:
            if skip:
                skip -= 1
                continue
            c = check_raw(rec, ctx)
            chunk.append(c if scores is None else with_score(c, ctx, scores))
            if len(chunk) >= chunk_size:
                out.put(("chunk", chunk, reader.line))
                chunk = []
                if stop.is_set():
                    return
        if chunk:
            out.put(("chunk", chunk, reader.line))
        out.put(("end", reader.truncated_at, reader.truncation, reader.line))
    except BaseException as exc:  # noqa: BLE001 - handed to the importing process
        out.put(("error", exc))


class CheckedSource:
    """Chunks of checked records from ``path``; ``parallel`` None means: a second
    process for files of PARALLEL_FROM_BYTES or more when a core is spare."""

    def __init__(self, path: Path, *, ctx: RuleContext, chunk_size: int, parallel: bool | None = None,
                 scores: tuple | None = None) -> None:
        self.path = path
        self.kind = detect_format(path)
        self.ctx = ctx
        self.chunk_size = chunk_size
        if parallel is None:
            parallel = path.stat().st_size >= PARALLEL_FROM_BYTES and spare_core()
        self.parallel = parallel
        self.scores = scores     # (as_of, scorecard) a checking process scores for (None: it does not)
        self.line = 0
        self.truncated_at: int | None = None
        self.truncation: str | None = None

    def __iter__(self) -> Iterator[list[Checked]]:
        if self.parallel:
            try:
                yield from self._in_process_pair()
                return
            except _NoProcess as exc:
                log.warning("checking in this process instead: %s", exc)
        yield from self._here()

    def _here(self) -> Iterator[list[Checked]]:
        reader = reader_for(self.path)
        chunk: list[Checked] = []
        for rec in reader:
            chunk.append(check_raw(rec, self.ctx))
            if len(chunk) >= self.chunk_size:
                self.line = reader.line
                yield chunk
                chunk = []
        self.line = reader.line
        if chunk:
            yield chunk
        self.truncated_at, self.truncation = reader.truncated_at, reader.truncation

    def _in_process_pair(self) -> Iterator[list[Checked]]:
        size = min(self.chunk_size, PARALLEL_CHUNK)
        try:
            mp = multiprocessing.get_context("spawn")
            out = mp.Queue(maxsize=QUEUE_CHUNKS)
            stop = mp.Event()
            proc = mp.Process(target=_produce, args=(str(self.path), self.ctx, size, out, stop, os.getpid(),
                                                     self.scores, size),
                              name="import-checker", daemon=True)
            with _main_module_hidden():
                proc.start()
        except Exception as exc:  # noqa: BLE001 - e.g. a frozen build without freeze_support
            raise _NoProcess(f"{exc.__class__.__name__}: {exc}") from exc
        try:
            # the first chunk checked here while the checking process starts (a third of a
            # second: its interpreter and modules), which reads past it; the same chunks
            yield from self._first(size)
            while True:
                msg = self._next(out, proc)
                if msg[0] == "chunk":
                    self.line = msg[2]
                    yield msg[1]
                elif msg[0] == "end":
                    self.truncated_at, self.truncation, self.line = msg[1], msg[2], msg[3]
                    return
                else:
                    raise msg[1]
        finally:
            stop.set()
            _drain(out)
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=5)
            out.close()

    def _first(self, size: int) -> Iterator[list[Checked]]:
        """The first ``size`` records, checked in this process (the end of the file, if it
        comes first, is the checking process's to report)."""
        reader = reader_for(self.path)
        chunk: list[Checked] = []
        for rec in reader:
            chunk.append(check_raw(rec, self.ctx))
            if len(chunk) >= size:
                break
        self.line = reader.line
        if chunk:
            yield chunk

    @staticmethod
    def _next(out, proc):
        while True:
            try:
                return out.get(timeout=1)
            except queue_mod.Empty:
                if not proc.is_alive():
                    try:
                        return out.get(timeout=1)
                    except queue_mod.Empty:
                        raise RuntimeError(f"the checking process ended unexpectedly "
                                           f"(exit code {proc.exitcode})") from None


class _NoProcess(RuntimeError):
    pass


@contextmanager
def _main_module_hidden():
    """While a checking process is spawned: the checker needs nothing from the program's main
    module (the desk's window, a command, a benchmark), so it is not imported again there
    (multiprocessing's spawn would, a second or more before the first chunk)."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    try:
        main.__dict__.pop("__file__", None)
        main.__spec__ = None
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _drain(out) -> None:
    try:
        while True:
            out.get_nowait()
    except (queue_mod.Empty, OSError, ValueError):
        pass
