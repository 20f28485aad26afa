"""Importing new loan applications from the platform's export file.

``import_applications`` reads the file record by record (imports_format),
validates each record with the pure rules (imports_rules) and stores the good
ones in chunks. Each chunk is ONE transaction holding whole records only
(person, merchant, platform months, application, declared financials, the
initial status row) plus the batch's counters and one audit entry, so a cancel
or a crash keeps the chunks already committed and never leaves half a record.
Re-importing is safe: the platform's ``external_id`` identifies an application,
so what is already stored is counted as a duplicate and skipped; importing the
same file again completes a cancelled run.
"""
from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from workstation.domain import clock, scoring
from workstation.domain.history_texts import EVENTS
from workstation.domain.products import Product
from workstation.domain.refusals import english
from workstation.domain.workflow import Status
from workstation.services import audit, retry
from workstation.decide import bulk_scores
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.bulk import bind_processor, select_in
from workstation.store.session import Store
from workstation.intake.imports_batches import mark_interrupted, running_note
from workstation.intake.imports_format import RejectsFile, file_digest
from workstation.intake.imports_pipeline import Checked, CheckedSource
from workstation.intake.imports_rules import CleanRecord, Problem, RuleContext
from workstation.intake.imports_rows import (_APPLICATION_COLUMNS, _APPLICATION_ROW, _DECLARED_COLUMNS,
                                              _DECLARED_ROW, _HISTORY_COLUMNS, _MERCHANT_COLUMNS, _MERCHANT_ROW,
                                              _PERSON_COLUMNS, _PERSON_ROW, _RECEIVED_COLUMNS, _allocate_ids,
                                              _bulk_insert, _insert_months, _new_months, _sort_people,
                                              app_number)
from workstation.intake.imports_scores import SCORE_TEXTS, UNSCORED, InlineScorer
from workstation.services.progress import Cancelled, NullProgress, Progress
from workstation.services.workflow import history_event
from workstation.store.models import Application, DeclaredFinancials, ImportBatch, Merchant, Person, StatusChange
from workstation.store.models import Product as ProductRow

log = logging.getLogger(__name__)

CHUNK = 5000              # records per transaction (fewer, bigger commits: see _commit_chunk)
REPORT_LIMIT = 500        # rejects listed in the report; the rejects file has them all
_PG_IMPORT_LOCK = 0x1A0B  # advisory lock: two desks' import chunks never interleave


@dataclass(frozen=True)
class ImportReport:
    batch_id: int
    file_name: str
    sha256: str
    format: str
    outcome: str                     # completed | truncated | cancelled
    read: int                        # whole records read
    imported: int
    duplicates: int
    rejected: int
    rejects: tuple[Problem, ...]     # the first REPORT_LIMIT problems
    rejects_path: str | None
    truncated_at: int | None         # the line where a cut-off file stopped
    truncation: str | None
    stopped_at: int | None           # the last line read when cancelled
    seconds: float
    scored: int = 0                  # applications scored as they were stored (or found unscored)
    blacklisted: int = 0             # imported applications whose borrower is on the blacklist

    def summary(self) -> str:
        parts = [f"{self.imported} imported", f"{self.duplicates} duplicates", f"{self.rejected} rejected"]
        if self.blacklisted:
            parts.append(f"{self.blacklisted} on the blacklist")
        text_ = f"{self.file_name}: " + ", ".join(parts)
        if self.rejects_path:
            text_ += f"; rejects in {self.rejects_path}"
        if self.truncated_at is not None:
            text_ += f"; the file is cut off at line {self.truncated_at} ({self.truncation}): " \
                     "everything before it was imported"
        if self.outcome == "cancelled":
            text_ += f"; cancelled after line {self.stopped_at}: the {self.imported} applications " \
                     "committed before the cancel are kept (import the file again to add the rest)"
        return text_


class ImportCancelled(Cancelled):
    """Cancelled by the user; ``report`` says what was kept."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report.summary())
        self.report = report


@dataclass
class _Run:
    """Counters and caches of one import run."""
    batch_id: int
    actor: Actor
    file_name: str
    ctx: RuleContext
    rejects: RejectsFile
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    blacklisted: int = 0             # stored applications whose borrower is on the blacklist
    blacklisted_now: int = 0         # ... in the chunk being written
    listed: list[Problem] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)      # external ids stored by this run
    scored: int = 0
    score_version: str = ""
    scores_sent: tuple | None = None     # (as_of, scorecard) of CleanRecord.score
    scored_now: list[str] = field(default_factory=list)   # ... scored as the chunk being written stores them
    score_later: list[str] = field(default_factory=list)  # ... to score after its commit (by external id)

    def reject(self, rec: Checked, problems: list[Problem]) -> None:
        self.rejected += 1
        for p in problems:
            self.rejects.add(line=p.line, field=p.field, reason=p.message, raw=rec.raw)
            if len(self.listed) < REPORT_LIMIT:
                self.listed.append(p)


def import_applications(store: Store, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                        chunk_size: int = CHUNK, now: datetime | None = None,
                        parallel: bool | None = None) -> ImportReport:
    """Import the applications in ``path`` (.jsonl or .csv). Raises ImportCancelled
    (with the report) when ``progress`` is cancelled, DomainError for a file that
    cannot be imported at all. ``parallel``: check records in a second process
    (None: for big files)."""
    actor.require("officer", "supervisor", "admin", action="import applications")
    progress = progress or NullProgress()
    path = Path(path)
    if not path.is_file():
        raise DomainError("file_not_found", path=path)
    t0 = time.perf_counter()
    sha, lines = file_digest(path)
    now = now or clock.utcnow()
    ctx = RuleContext(products=_active_products(store, actor), now=now)
    scores = (clock.today(), scoring.load_scorecard())     # what a checking process scores for
    source = CheckedSource(path, ctx=ctx, chunk_size=chunk_size, parallel=parallel, scores=scores)
    mark_interrupted(store, actor)
    with store.tx(actor) as s:
        batch = ImportBatch(kind="applications", file_name=path.name, file_sha256=sha, user_id=actor.id,
                            started_at=now, outcome="running", note=running_note())
        s.add(batch)
        s.flush()
        batch_id = batch.id
        resumes = [b.id for b in s.scalars(select(ImportBatch).where(
            ImportBatch.file_sha256 == sha, ImportBatch.outcome.in_(("interrupted", "cancelled", "failed")),
            ImportBatch.kind == "applications"))]
        for old in resumes:
            s.execute(update(ImportBatch).where(ImportBatch.id == old).values(
                note=func.coalesce(ImportBatch.note, "") + f"; resumed by batch {batch_id}"))
    run = _Run(batch_id=batch_id, actor=actor, file_name=path.name, ctx=ctx, rejects=RejectsFile(path),
               scores_sent=scores)
    outcome, failure = "failed", None
    chunks = iter(source)
    # millions of short-lived acyclic dicts and tuples: reference counting frees them, while the
    # cyclic collector would keep rescanning each chunk in flight (a fifth of the time)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for chunk in chunks:
            progress.check()
            listed = len(run.listed)
            later = _commit_chunk(store, run, chunk)
            # scored as they are stored, so that no view has to: most in the chunk's own INSERT
            # (imports_scores); those of merchants stored before, and stored ones of an earlier,
            # cancelled run of this file, in bulk now; a cancel keeps what is scored
            if later:
                run.scored += bulk_scores.score_imported(store, actor, later)
            if len(run.listed) > listed:
                progress.partial(tuple(run.listed[listed:]))     # rejects shown while the import runs
            progress.update(source.line, lines, "importing")
        outcome = "truncated" if source.truncated_at is not None else "completed"
        progress.report(lines, lines, "done")
    except Cancelled:
        outcome = "cancelled"
    except DomainError as exc:          # e.g. a CSV that is not UTF-8: say so in the batch
        failure = str(exc)
        raise
    finally:
        if collecting:
            gc.enable()
        chunks.close()                  # stops a checking process
        rejects_path = run.rejects.close()
        report = ImportReport(
            batch_id=batch_id, file_name=path.name, sha256=sha, format=source.kind, outcome=outcome,
            read=run.read, imported=run.imported, duplicates=run.duplicates, rejected=run.rejected,
            rejects=tuple(run.listed), rejects_path=str(rejects_path) if rejects_path else None,
            truncated_at=source.truncated_at, truncation=source.truncation,
            stopped_at=source.line if outcome == "cancelled" else None, seconds=time.perf_counter() - t0,
            scored=run.scored, blacklisted=run.blacklisted)
        _finish_batch(store, run, report, failure=failure)
    if outcome == "cancelled":
        raise ImportCancelled(report)
    return report


def _active_products(store: Store, actor: Actor) -> dict[str, Product]:
    with store.read(actor) as s:
        rows = s.scalars(select(ProductRow).where(ProductRow.active.is_(True))).all()
        return {r.code: Product.from_dict(r.definition) for r in rows}


def _finish_batch(store: Store, run: _Run, report: ImportReport, *, failure: str | None) -> None:
    """Record the outcome in its own transaction (also after a failure)."""
    note = report.summary() if report.outcome != "failed" else \
        f"the import failed: {failure or 'see the application log'}"
    try:
        with store.tx(run.actor) as s:
            s.execute(update(ImportBatch).where(ImportBatch.id == run.batch_id).values(
                finished_at=clock.utcnow(), outcome=report.outcome, total=report.read,
                imported=report.imported, duplicates=report.duplicates, rejected=report.rejected, note=note))
            audit.record(s, actor=run.actor, action="import", entity_type="import_batch", entity_id=run.batch_id,
                         details={"stage": "finished", "outcome": report.outcome, "file": run.file_name,
                                  "sha256": report.sha256, "imported": report.imported,
                                  "duplicates": report.duplicates, "rejected": report.rejected,
                                  "truncated_at": report.truncated_at})
    except Exception:  # noqa: BLE001 - the original error (if any) matters more; this one is logged
        log.exception("could not record the outcome of import batch %s", run.batch_id)


def _commit_chunk(store: Store, run: _Run, chunk: list[Checked]) -> list[str]:
    """Validate and store one chunk in one transaction (run again when the database gives
    it up: services.retry); counters move only after the commit. Returns the external
    ids to score after the commit (see import_applications)."""
    tried: set[str] = set()

    def work(s):
        run.seen.difference_update(tried)          # an earlier attempt's records: not stored after all
        tried.clear()
        run.blacklisted_now = 0
        run.scored_now, run.score_later = [], []
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_IMPORT_LOCK})
        good, dups, bad, stored_dups = _sort_chunk(s, run, chunk)
        tried.update(clean.external_id for _, clean in good)
        run.score_later.extend(stored_dups)
        return (good, dups, bad, *_write_chunk(s, run, chunk, good, dups, bad))
    lines = f"lines {chunk[0].line}-{chunk[-1].line}" if chunk else "an empty chunk"
    _, dups, bad, stored, more_bad = retry.in_tx(store, run.actor, work, what=f"{run.file_name}, {lines}")
    # the counters move only once the chunk is committed
    for rec, _problems in more_bad:
        run.seen.discard(rec.external_id)    # refused here: a later copy may still come
    run.read += len(chunk)
    run.imported += len(stored)
    run.duplicates += dups
    run.blacklisted += run.blacklisted_now
    run.scored += len(run.scored_now)
    for rec, problems in bad:
        run.reject(rec, problems)
    run.rejects.flush()
    return run.score_later


def _write_chunk(s: Session, run: _Run, chunk: list[Checked], good, dups: int, bad: list):
    stored, more_bad = _store_records(s, run, good)
    bad.extend(more_bad)
    s.execute(update(ImportBatch).where(ImportBatch.id == run.batch_id).values(
        total=run.read + len(chunk), imported=run.imported + len(stored), duplicates=run.duplicates + dups,
        rejected=run.rejected + len(bad)))
    if stored:
        # the chunk's entries (which records, which batch, who) under one lock of the chain's head
        entries = [("import", "import_batch", run.batch_id,
                    {"stage": "chunk", "file": run.file_name, "applications": len(stored), "first": stored[0],
                     "last": stored[-1], "lines": [chunk[0].line, chunk[-1].line]})]
        from workstation.aftercare.blacklist import hits_among      # flagged now; the policy rule refuses later
        hits = hits_among(s, stored)
        if hits:
            entries.append(("import.blacklist_hit", "import_batch", run.batch_id, {"applications": hits}))
            run.blacklisted_now = len(hits)
        if run.scored_now:
            entries.append(("score", "applications", f"{run.scored_now[0]}..{run.scored_now[-1]}",
                            {"version": run.score_version, "applications": len(run.scored_now),
                             "first": run.scored_now[0], "last": run.scored_now[-1]}))
        audit.record_many(s, actor=run.actor, entries=entries)
    return stored, more_bad


_STORED_IDS = f"SELECT external_id FROM {Application.__tablename__} WHERE external_id IN ({{ids}})"


def _sort_chunk(s: Session, run: _Run, chunk: list[Checked]):
    """Split a chunk into valid new records, a count of duplicates and rejects. A
    record already stored (or earlier in the file) is a duplicate whatever its checks say."""
    ids = {c.external_id for c in chunk if c.external_id}
    # straight from the driver (store.bulk.select_in): SQLAlchemy's expansion of an IN list of a
    # chunk's thousands of values cost more than the query (the same rows: tests/test_imports*)
    stored = {r[0] for r in select_in(s, _STORED_IDS, list(ids))} if ids else set()
    good: list[tuple[Checked, CleanRecord]] = []
    bad: list[tuple[Checked, list[Problem]]] = []
    dups = 0
    this_chunk: set[str] = set()
    for c in chunk:
        ext = c.external_id
        if ext is not None and (ext in stored or ext in run.seen or ext in this_chunk):
            dups += 1
        elif c.problems:
            bad.append((c, c.problems))
        else:
            this_chunk.add(c.clean.external_id)
            good.append((c, c.clean))
    run.seen |= this_chunk
    return good, dups, bad, sorted(stored)


def _store_records(s: Session, run: _Run, good: list[tuple[Checked, CleanRecord]]):
    """Insert whole records; returns (application numbers stored, records refused
    because of what the database already holds)."""
    if not good:
        return [], []
    people, merchants, new_people, new_merchants, accepted, bad = _sort_people(s, good)
    if not accepted:
        return [], bad

    for pid, row in zip(_allocate_ids(s, Person, len(new_people)), new_people.values()):
        row["id"] = pid
        row["_key"] = (pid, row["name"])
        people[row["id_number"]] = row["_key"]
    if new_people:
        _bulk_insert(s, Person, list(map(_PERSON_ROW, new_people.values())), columns=_PERSON_COLUMNS)
    for mid, row in zip(_allocate_ids(s, Merchant, len(new_merchants)), new_merchants.values()):
        row["id"] = mid
        row["legal_rep_id"] = people[row["_person"]][0]
    if new_merchants:
        _bulk_insert(s, Merchant, list(map(_MERCHANT_ROW, new_merchants.values())), columns=_MERCHANT_COLUMNS)

    fresh: dict[int, list[tuple]] = {}           # a new merchant's id -> its months inserted now
    months = _new_months(s, accepted, merchants=merchants, new_merchants=new_merchants,
                         old_ids={m.id for m in merchants.values()}, fresh=fresh)
    if months:
        _insert_months(s, months)
    scorer = InlineScorer(s, as_of=clock.today(), sent=run.scores_sent, products=run.ctx.products)
    run.score_version = scorer.card.version

    apps, declared, history, numbers = [], [], [], []
    app_ids = _allocate_ids(s, Application, len(accepted))
    event = history_event("imported", {"file": run.file_name, "batch": run.batch_id})
    comment = english("imported", event["params"], EVENTS)
    received_status, user_id = Status.RECEIVED.value, run.actor.id
    # the instant received goes in three columns (received, status changed, the history's): bound once
    bind = bind_processor(Application.__table__.c.received_at, s.get_bind().dialect) or _as_is
    for app_id, (c, id_number, member_id) in zip(app_ids, accepted):
        new_m = new_merchants.get(member_id)
        m = merchants.get(member_id)
        m = (m.id, m.name, m.platform, m.province) if m is not None else \
            (new_m["id"], new_m["name"], new_m["platform"], new_m["province"])
        a = c.application
        received = bind(a["received_at"])
        app_no = app_number(a["received_at"], app_id)
        numbers.append(app_no)
        if new_m is not None:        # scored now; version 2: stored, then scored (as by the bulk scorer)
            months = fresh.get(new_m["id"], [])
            # scored beside (imports_pipeline): valid when the merchant's months are this record's
            score, version = scorer.values(merchant=new_m, months=months, declared=c.declared,
                                           product_code=a["product_code"],
                                           ready=c.score if months is c.months else None), 2
            run.scored_now.append(app_no)
        else:                        # a merchant stored before: its stored months count too
            score, version = UNSCORED, 1
            run.score_later.append(c.external_id)
        apps.append((app_id, app_no, m[0], *_APPLICATION_ROW(a), received_status, received, received, m[1],
                     c.person["name"], id_number[-4:], m[2], m[3], version, None, None, *score))
        if c.declared is not None:
            declared.append((app_id, *_DECLARED_ROW(c.declared)))
        history.append((app_id, None, received_status, user_id, received, comment, event))
    _bulk_insert(s, Application, apps, columns=_APPLICATION_COLUMNS, ready=_RECEIVED_COLUMNS + SCORE_TEXTS)
    if declared:
        _bulk_insert(s, DeclaredFinancials, declared, columns=_DECLARED_COLUMNS)
    _bulk_insert(s, StatusChange, history, columns=_HISTORY_COLUMNS, ready=("at",))
    return numbers, bad


def _as_is(value):
    return value


__all__ = ["ImportReport", "ImportCancelled", "import_applications", "mark_interrupted", "CHUNK"]
