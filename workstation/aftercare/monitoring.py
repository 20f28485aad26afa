"""``workstation import monitoring FILE``: the platform's periodic snapshots of each
merchant (format: docs/monitoring-format.md), JSON Lines or CSV.

Parsing is the application import's bounded reader (line, field, number and nesting
sizes); every value goes through the one money parser. A bad line is rejected with its
line number and field into ``<file>.rejects.csv`` and the rest is imported. A snapshot
already stored for the same merchant and date is a duplicate (nothing is stored twice);
one that differs from the stored one is rejected, never overwritten. After the import
the merchants it touched are evaluated against the warning rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, tuple_

from workstation.domain import clock
from workstation.domain.money import MoneyError, parse_amount, parse_date, parse_decimal, parse_whole, to_fen
from workstation.domain.warning_rules import SHOP_STATUSES, Snapshot
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.intake.imports_format import LINE, RejectsFile, file_digest, reader_for, scrub
from workstation.services.progress import NullProgress, Progress
from workstation.store.bulk import bulk_insert, raw_table
from workstation.store.models import Merchant
from workstation.aftercare.snapshots import SNAP_COLS, load_snapshots

ROLES = ("officer", "supervisor", "admin")
CHUNK = 2000
FIELDS = ("member_id", "date", "logins", "days_since_login", "orders", "gmv", "refunds", "disputes", "ad_spend",
          "traffic", "rating", "shop_status", "inflow", "outflow", "unrelated_outflow")
COUNTS = {"logins": 10_000, "days_since_login": 10_000, "orders": 100_000_000, "refunds": 100_000_000,
          "disputes": 100_000_000, "traffic": 1_000_000_000}
AMOUNTS = ("gmv", "ad_spend", "inflow", "outflow", "unrelated_outflow")


class BadField(ValueError):
    """A field of a snapshot refused: its name, a reason code (the desk translates it:
    ui/aftercare/monitoring_file_dialog.py) and the English reason."""
    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.code, self.reason = field, code, reason


@dataclass(frozen=True)
class Refused:
    """A refused line as the desk shows it (the rejects file has them all)."""
    line: int
    field: str
    code: str
    reason: str
    raw: str


@dataclass
class MonitoringReport:
    file: str
    lines: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    outcome: str = "completed"              # completed | truncated
    refused: list[Refused] = field(default_factory=list)     # the first 200 refused lines, with their codes
    rejects_path: Path | None = None
    merchants: set[int] = field(default_factory=set)
    warnings_raised: int = 0

    @property
    def rejects(self) -> list[str]:
        """The refused lines as the command line prints them (English)."""
        return [f"line {r.line}, {r.field}: {r.reason}" for r in self.refused]

    def summary(self) -> str:
        cut = "; the file is cut off" if self.outcome == "truncated" else ""
        return (f"{self.file}: {self.imported} snapshots imported, {self.duplicates} already there, "
                f"{self.rejected} rejected{cut}; {self.warnings_raised} warnings raised")


def parse_record(rec: dict) -> tuple[str, dict]:
    """(member id, snapshot row with money as fen) or BadField naming the field."""
    unknown = sorted(k for k in rec if k not in FIELDS)
    if unknown:
        raise BadField(str(unknown[0])[:60], "unknown_field", "unknown field")
    for name in FIELDS:
        if rec.get(name) in (None, ""):
            raise BadField(name, "missing", "missing")
    member = rec["member_id"]
    if not isinstance(member, str) or not 1 <= len(member.strip()) <= 40:
        raise BadField("member_id", "member_id", "must be the platform member id (text, at most 40 characters)")
    row: dict = {}
    try:
        row["snap_date"] = parse_date(str(rec["date"]))
    except MoneyError as exc:
        raise BadField("date", "date", f"not a date YYYY-MM-DD: {exc}") from None
    for name, hi in COUNTS.items():
        try:
            row[name] = parse_whole(_plain(rec[name]), lo=0, hi=hi)
        except MoneyError as exc:
            raise BadField(name, "whole_number", f"must be a whole number 0 to {hi}: {exc}") from None
    for name in AMOUNTS:
        try:
            row[name] = to_fen(parse_amount(_plain(rec[name])))
        except MoneyError as exc:
            raise BadField(name, exc.code, f"not an amount in yuan: {exc}") from None
    try:
        rating = parse_decimal(_plain(rec["rating"]), places=2, limit=Decimal(5))
    except MoneyError as exc:
        raise BadField("rating", "rating", f"must be 0 to 5 with at most two decimals: {exc}") from None
    row["rating_centi"] = int(rating * 100)
    status = str(rec["shop_status"]).strip().lower()
    if status not in SHOP_STATUSES:
        raise BadField("shop_status", "shop_status", f"must be one of {', '.join(SHOP_STATUSES)}")
    row["shop_status"] = status
    if row["unrelated_outflow"] > row["outflow"]:
        raise BadField("unrelated_outflow", "unrelated_above_outflow", "is more than the whole outflow")
    return member.strip(), row


def _plain(value: object) -> object:
    """A JSON number arrives as int or Decimal (never float); CSV as text."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise MoneyError(f"not a number: {str(value)[:40]!r}", code="not_a_number", value=value)
    return value if not isinstance(value, str) else value.strip()


def import_monitoring(store: Store, actor: Actor, path: Path | str, *, progress: Progress | None = None,
                      evaluate: bool = True, as_of: date | None = None) -> MonitoringReport:
    """Import the snapshots of ``path`` (see the module docstring)."""
    actor.require(*ROLES, action="import monitoring data")
    path = Path(path)
    progress = progress or NullProgress()
    if not path.is_file():
        raise DomainError("file_not_found", path=path)
    reader = reader_for(path, key_column="member_id", format_doc="docs/monitoring-format.md")
    digest, total = file_digest(path)          # streamed: a large file is never read whole
    report = MonitoringReport(file=path.name)
    rejects = RejectsFile(path)
    pending: list[tuple[int, str, str, dict]] = []

    def reject(line: int, fld: str, code: str, reason: str, raw: str) -> None:
        report.rejected += 1
        rejects.add(line=line, field=fld, reason=reason, raw=raw)
        if len(report.refused) < 200:
            report.refused.append(Refused(line, fld, code, reason, scrub(raw)[:500]))

    try:
        for rec in reader:
            report.lines = rec.line
            if rec.data is None:
                reject(rec.line, LINE, "unreadable", rec.problem or "unreadable", rec.raw)
                continue
            try:
                member, row = parse_record(rec.data)
            except BadField as exc:
                reject(rec.line, exc.field, exc.code, exc.reason, rec.raw)
                continue
            pending.append((rec.line, rec.raw, member, row))
            if len(pending) >= CHUNK:
                _store_chunk(store, actor, pending, report, reject, digest)
                pending = []
                progress.update(rec.line, total, "monitoring")
        if pending:
            _store_chunk(store, actor, pending, report, reject, digest)
        if reader.truncated_at is not None:     # before the rejects file is closed: it would be written anew
            report.outcome = "truncated"
            reject(reader.truncated_at, LINE, "truncated", reader.truncation or "cut off", "")
        progress.update(total, total, "monitoring")
    finally:
        report.rejects_path = rejects.close()
    with store.tx(actor) as s:
        audit.record(s, actor=actor, action="monitoring.import", entity_type="import", entity_id=path.name,
                     details={"sha256": digest, "imported": report.imported, "duplicates": report.duplicates,
                              "rejected": report.rejected})
    if evaluate and report.merchants:
        from workstation.aftercare.evaluation import evaluate_borrowers
        report.warnings_raised = evaluate_borrowers(store, actor, sorted(report.merchants),
                                                    as_of=as_of or clock.today()).raised
    return report


def _store_chunk(store: Store, actor: Actor, pending: list, report: MonitoringReport, reject, digest: str) -> None:
    snaps = raw_table("monitoring_snapshots")
    with store.tx(actor) as s:
        members = {m: i for m, i in s.execute(select(Merchant.member_id, Merchant.id).where(
            Merchant.member_id.in_({p[2] for p in pending})))}
        keys = {(members[p[2]], p[3]["snap_date"]) for p in pending if p[2] in members}
        have: dict[tuple[int, date], tuple] = {}
        for r in s.execute(select(snaps.c.merchant_id, *[snaps.c[c] for c in SNAP_COLS]).where(
                tuple_(snaps.c.merchant_id, snaps.c.snap_date).in_(list(keys)))) if keys else ():
            have[(r[0], r[1])] = tuple(r[1:])
        fresh = []
        for line, raw, member, row in pending:
            mid = members.get(member)
            if mid is None:
                reject(line, "member_id", "no_merchant", "no merchant with this platform member id", raw)
                continue
            key = (mid, row["snap_date"])
            mine = tuple(row[c] for c in SNAP_COLS)
            if key in have:
                if have[key] == mine:
                    report.duplicates += 1
                else:
                    reject(line, "date", "other_snapshot", "a different snapshot of this merchant for this date is "
                           "already stored", raw)
                continue
            have[key] = mine
            fresh.append({"merchant_id": mid, "source": digest, **row})
            report.merchants.add(mid)
        bulk_insert(s, "monitoring_snapshots", fresh)
        report.imported += len(fresh)


def snapshots(store: Store, actor: Actor, merchant_id: int) -> list[Snapshot]:
    """The merchant's snapshots, oldest first (for the desk's charts)."""
    from workstation.services.visibility import check_merchant
    with store.read(actor) as s:
        check_merchant(s, actor, merchant_id)
        return load_snapshots(s, [merchant_id]).get(merchant_id, [])
