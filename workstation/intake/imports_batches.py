"""Import batches left behind by a crash: a batch still "running" whose process is
gone is marked "interrupted"; importing the same file again resumes it (what is
already stored counts as duplicates) and the old batch's note says by which batch."""
from __future__ import annotations

import os
import socket
from datetime import datetime

from sqlalchemy import select, update

from workstation.domain import clock
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.models import ImportBatch

STALE_ELSEWHERE = 12 * 3600     # a batch another machine left "running" this long ago is not running


def running_note() -> str:
    return f"running on {socket.gethostname()[:60]} pid {os.getpid()}"


def _gone(note: str | None, started_at: datetime, now: datetime) -> bool:
    """Whether the process named by a running batch's note is gone: on this machine
    by its pid, elsewhere after STALE_ELSEWHERE."""
    parts = (note or "").split()
    if len(parts) >= 5 and parts[:2] == ["running", "on"] and parts[3] == "pid" and parts[4].isdigit():
        if parts[2] == socket.gethostname()[:60]:
            pid = int(parts[4])
            if pid == os.getpid():
                return False
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                return False
            return False
    return (now - started_at).total_seconds() > STALE_ELSEWHERE


def mark_interrupted(store: Store, actor: Actor | None, *, now: datetime | None = None) -> list[int]:
    """Batches left "running" by a crash (their process is gone) become "interrupted";
    importing the same file again resumes them (what is stored counts as duplicates).
    Called before every import; the desk may call it at start (``actor`` None: the system)."""
    now = now or clock.utcnow()
    with store.tx(actor) as s:
        rows = s.execute(select(ImportBatch.id, ImportBatch.note, ImportBatch.started_at)
                         .where(ImportBatch.outcome == "running")).all()
        gone = [r.id for r in rows if _gone(r.note, r.started_at, now)]
        if gone:
            s.execute(update(ImportBatch).where(ImportBatch.id.in_(gone)).values(
                outcome="interrupted", finished_at=now,
                note="interrupted: the program stopped during the import; import the same file again to resume"))
    return gone
