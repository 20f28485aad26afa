"""The floor for a benchmark: the same SQL statements, replayed in bare sqlite3.

``Recorder`` makes every SQLite connection opened while it is installed record what
it sends to the database (statement, parameters, executemany, commit, rollback);
``replay`` runs the recorded statements again, in the same order and transactions,
on a copy of the database taken before the timed work (``snapshot``), through a
plain ``sqlite3`` connection with the application's settings (WAL, synchronous FULL,
foreign keys), fetching every result row. The time it takes is what the database
itself needs for the work; the application's time beyond it is Python around the
database. Used by ``benchmarks/eod.py`` and ``benchmarks/repayments.py``.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

_connect = sqlite3.connect


class _Cursor(sqlite3.Cursor):
    def execute(self, sql, params=()):
        log = self.connection.log
        if log is not None:
            log.append(("x", sql, params))
        return super().execute(sql, params)

    def executemany(self, sql, seq):
        log = self.connection.log
        if log is not None:
            seq = list(seq)
            log.append(("m", sql, seq))
        return super().executemany(sql, seq)


class _Conn(sqlite3.Connection):
    log: list | None = None

    def cursor(self, factory=_Cursor):
        return super().cursor(factory)

    def execute(self, sql, params=()):
        return self.cursor().execute(sql, params)

    def executemany(self, sql, seq):
        return self.cursor().executemany(sql, seq)

    def commit(self):
        if self.log is not None and self.in_transaction:
            self.log.append(("c", None, None))
        return super().commit()

    def rollback(self):
        if self.log is not None and self.in_transaction:
            self.log.append(("r", None, None))
        return super().rollback()


class Recorder:
    """Install before the store is opened; ``start()``/``stop()`` around the timed work."""

    def __init__(self) -> None:
        self.conns: list[_Conn] = []
        self.log: list = []

    def install(self) -> "Recorder":
        def connect(*args, **kw):
            kw["factory"] = _Conn
            c = _connect(*args, **kw)
            self.conns.append(c)
            return c
        sqlite3.connect = sqlite3.dbapi2.connect = connect
        return self

    def start(self) -> None:
        self.log = []
        for c in self.conns:
            c.log = self.log
        _Conn.log = self.log           # connections opened meanwhile

    def stop(self) -> list:
        for c in self.conns:
            c.log = None
        _Conn.log = None
        return self.log


def snapshot(src: Path, dst: Path) -> None:
    """A consistent copy of the database ``src`` (WAL included) at ``dst``."""
    a, b = _connect(str(src)), _connect(str(dst))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def measure(rec: Recorder, db: Path, work, *, scratch: Path):
    """Run ``work()`` recording its statements, then replay them on a copy of ``db``
    taken before: (result, Timing)."""
    copy = scratch / "floor.db"
    snapshot(db, copy)
    rec.start()
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        out = work()
    finally:
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        log = rec.stop()
    c0 = time.process_time()
    floor, n = replay(copy, log)
    floor_cpu = time.process_time() - c0
    for p in scratch.glob("floor.db*"):
        p.unlink()
    return out, Timing(took, cpu, floor, floor_cpu, n)


@dataclass
class Timing:
    wall: float
    cpu: float
    floor_wall: float
    floor_cpu: float
    statements: int

    def line(self, what: str, goal: float) -> str:
        rw, rc = self.wall / self.floor_wall, self.cpu / self.floor_cpu
        return (f"{what}: {self.wall:.2f} s wall, {self.cpu:.2f} s CPU; the same {self.statements:,} statements "
                f"replayed in sqlite3: {self.floor_wall:.2f} s wall, {self.floor_cpu:.2f} s CPU; ratio "
                f"{rw:.2f}x wall, {rc:.2f}x CPU (goal < {goal:g}x: {'met' if max(rw, rc) < goal else 'NOT met'})")


def replay(db: Path, log: list) -> tuple[float, int]:
    """Run ``log`` on ``db``; (seconds, statements)."""
    conn = _connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    cur = conn.cursor()
    n = 0
    t0 = time.perf_counter()
    for op, sql, params in log:
        if op == "x":
            cur.execute(sql, params).fetchall()
            n += 1
        elif op == "m":
            cur.executemany(sql, params)
            n += len(params)
        elif op == "c":
            if conn.in_transaction:
                conn.execute("COMMIT")
        elif conn.in_transaction:
            conn.execute("ROLLBACK")
    took = time.perf_counter() - t0
    conn.close()
    return took, n
