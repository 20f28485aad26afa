"""`workstation import repayments FILE`: the payment channel's daily repayment file.

CSV (header row) or JSON Lines, one payment per line (docs/repayments-format.md):
``payment_ref, contract_no, value_date, amount`` and optionally ``kind``
(``repayment`` or ``order_settlement``: the settlement of the orders behind an order
loan) and ``note``. Each line is matched to a loan by contract number.

Never posted twice: the payment reference is unique in ``repayment_import_lines`` (and
as the journal entry's idempotency key), so an import run twice changes nothing; lines
already posted are reported as duplicates, as are repeated references inside the file.
Unmatched contract numbers and bad lines are reported with their line number and field.
Lines dated before the last end of day are applied as of their date and the nights after
are recomputed (the file is the channel's record; no interactive confirmation).
Lines are committed in transactions of ``CHUNK`` lines: a crash loses no committed line
and a rerun posts only the rest. One audit entry records the import.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from workstation.domain import servicing as sv
from workstation.domain.money import MoneyError, money, to_fen
from workstation.domain.workflow import Status
from workstation.services import audit, ledger, workflow
from workstation.services.loans import lock_app
from workstation.services.context import Actor, DomainError, Store
from workstation.services.ledger import Entry
from workstation.services.progress import NullProgress, Progress, paused_gc
from workstation.store.bulk import bulk_insert, raw_table
from workstation.store.models import ImportBatch
from workstation.store.models_loans import Loan, RepaymentLine

CHUNK = 5000
KINDS = ("repayment", "order_settlement")
FIELDS = ("payment_ref", "contract_no", "value_date", "amount")


@dataclass
class Line:
    line_no: int
    payment_ref: str
    contract_no: str
    value_date: date
    amount: Decimal
    kind: str
    loan_id: int | None = None


@dataclass
class RepaymentReport:
    batch_id: int
    file_name: str
    sha256: str
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    unmatched: int = 0
    rejected: int = 0             # unmatched + bad lines + lines for loans that cannot take a payment
    backdated: int = 0
    amount_posted: Decimal = Decimal("0.00")
    rejects: list[str] = field(default_factory=list)
    duplicate_refs: list[str] = field(default_factory=list)
    outcome: str = "completed"
    rejects_path: str | None = None
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.file_name}: {self.read} lines, {self.imported} posted ({self.amount_posted:,.2f}), "
                f"{self.duplicates} duplicates, {self.unmatched} unmatched, {self.rejected} rejected "
                f"({self.backdated} backdated) in {self.seconds:.1f} s")


def read_lines(path: Path, report: RepaymentReport) -> list[Line]:
    """Parse the file; bad lines go to the report, named by line and field."""
    raw = path.read_bytes()
    report.sha256 = hashlib.sha256(raw).hexdigest()
    text = raw.decode("utf-8-sig")
    records: list[tuple[int, dict]] = []
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line, parse_float=Decimal)
            except json.JSONDecodeError as exc:
                _reject(report, n, f"not JSON: {exc.msg}")
                continue
            if not isinstance(obj, dict):
                _reject(report, n, "not a JSON object")
                continue
            records.append((n, obj))
    else:
        reader = csv.DictReader(io.StringIO(text))
        missing = [f for f in FIELDS if f not in (reader.fieldnames or [])]
        if missing:
            raise DomainError(f"{path.name}: the header lacks {', '.join(missing)}")
        for n, row in enumerate(reader, 2):
            records.append((n, row))
    out = []
    for n, rec in records:
        report.read += 1
        try:
            out.append(_line(n, rec))
        except ValueError as exc:
            _reject(report, n, str(exc))
    return out


def _line(n: int, rec: dict) -> Line:
    def text(name: str) -> str:
        v = rec.get(name)
        if v is None or not str(v).strip():
            raise ValueError(f"{name}: required")
        return str(v).strip()
    ref, contract = text("payment_ref"), text("contract_no")
    if len(ref) > 80:
        raise ValueError("payment_ref: longer than 80 characters")
    try:
        value_date = date.fromisoformat(text("value_date"))
    except ValueError:
        raise ValueError(f"value_date: {rec.get('value_date')!r} is not a date (YYYY-MM-DD)") from None
    amount_raw = rec.get("amount")
    if isinstance(amount_raw, float):
        raise ValueError("amount: give it as a string or exact number")
    try:
        amount = money(amount_raw if isinstance(amount_raw, (Decimal, int)) else text("amount"))
    except (MoneyError, InvalidOperation, TypeError) as exc:
        raise ValueError(f"amount: {exc}") from None
    if amount <= 0:
        raise ValueError(f"amount: must be positive, got {amount}")
    kind = str(rec.get("kind") or "repayment").strip()
    if kind not in KINDS:
        raise ValueError(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    return Line(n, ref, contract, value_date, amount, kind)


def _reject(report: RepaymentReport, line_no: int, message: str, *, unmatched: bool = False) -> None:
    report.rejected += 1
    report.unmatched += unmatched
    report.rejects.append(f"line {line_no}: {message}")


def import_repayments(store: Store, actor: Actor, path: Path, *, progress: Progress | None = None,
                      today: date | None = None) -> RepaymentReport:
    actor.require("officer", "supervisor", "admin", action="import repayments")
    progress = progress or NullProgress()
    t0 = time.perf_counter()
    path = Path(path)
    today = today or date.today()
    report = RepaymentReport(batch_id=0, file_name=path.name, sha256="")
    lines = read_lines(path, report)
    with store.tx() as s:
        batch = ImportBatch(kind="repayments", file_name=path.name[:300], file_sha256=report.sha256,
                            user_id=actor.id)
        s.add(batch)
        s.flush()
        report.batch_id = batch.id
    seen: set[str] = set()
    fresh: list[Line] = []
    for ln in lines:                                   # repeated inside the file
        if ln.payment_ref in seen:
            report.duplicates += 1
            report.duplicate_refs.append(f"line {ln.line_no}: {ln.payment_ref} repeated in the file")
        else:
            seen.add(ln.payment_ref)
            fresh.append(ln)
    with store.read() as s:
        known = _existing_refs(s, [ln.payment_ref for ln in fresh])
        contracts = _loan_ids(s, {ln.contract_no for ln in fresh})
    todo: list[Line] = []
    for ln in fresh:
        if ln.payment_ref in known:
            report.duplicates += 1
            report.duplicate_refs.append(f"line {ln.line_no}: {ln.payment_ref} was already posted")
        elif ln.contract_no not in contracts:
            _reject(report, ln.line_no, f"contract_no: no loan {ln.contract_no!r}", unmatched=True)
        else:
            ln.loan_id = contracts[ln.contract_no]
            todo.append(ln)
    with paused_gc():
        for k in range(0, len(todo), CHUNK):
            with store.tx() as s:
                _post_chunk(s, todo[k:k + CHUNK], report=report, actor=actor, batch_id=report.batch_id,
                            today=today)
            progress.update(min(k + CHUNK, len(todo)), len(todo), "repayments")
    report.seconds = time.perf_counter() - t0
    with store.tx() as s:
        batch = s.get(ImportBatch, report.batch_id)
        batch.finished_at = datetime.now(timezone.utc)
        batch.total, batch.imported = report.read, report.imported
        batch.duplicates, batch.rejected = report.duplicates, report.rejected
        batch.outcome = report.outcome
        batch.note = "\n".join(report.rejects[:200] + report.duplicate_refs[:200]) or None
        audit.record(s, actor=actor, action="import.repayments", entity_type="import", entity_id=report.batch_id,
                     details={"file": path.name, "sha256": report.sha256, "read": report.read,
                              "posted": report.imported, "amount": report.amount_posted,
                              "duplicates": report.duplicates, "unmatched": report.unmatched,
                              "rejected": report.rejected, "backdated": report.backdated})
    return report


def _existing_refs(s, refs: list[str]) -> set[str]:
    out: set[str] = set()
    for k in range(0, len(refs), 900):
        out.update(s.scalars(select(RepaymentLine.payment_ref).where(RepaymentLine.payment_ref.in_(refs[k:k + 900]))))
    return out


def _loan_ids(s, contract_nos: set[str]) -> dict[str, int]:
    nos = list(contract_nos)
    out: dict[str, int] = {}
    for k in range(0, len(nos), 900):
        out.update(dict(s.execute(select(Loan.contract_no, Loan.id).where(Loan.contract_no.in_(nos[k:k + 900])))
                        .tuples().all()))
    return out


_LOAN_COLS = ("id", "contract_no", "status", "version", "application_id", "revolving", "method", "terms",
              "frozen_schedule", "disbursed_on",
              "last_eod", "principal_outstanding", "interest_unpaid", "penalty_unpaid", "excess", "inst_sig",
              "product_code")


def _post_chunk(s, lines: list[Line], *, report: RepaymentReport, actor: Actor, batch_id: int, today: date) -> None:
    lt = raw_table("loans")
    ids = sorted({ln.loan_id for ln in lines})
    rows = {r.id: r for r in s.execute(select(*[lt.c[c] for c in _LOAN_COLS]).where(lt.c.id.in_(ids)))}
    since = min(ln.value_date for ln in lines)
    cash = ledger.load_entries(s, ids, kinds=sv.CASH_KINDS | {sv.REVERSAL})
    accr = ledger.load_entries(s, ids, kinds=ledger.ACCRUALS, since=since)
    by_loan: dict[int, list[Line]] = {}
    for ln in lines:
        by_loan.setdefault(ln.loan_id, []).append(ln)
    tiers = ledger.thresholds(s)
    items, posted_lines, closing = [], [], []
    for lid, group in by_loan.items():
        r = rows[lid]
        ok = []
        for ln in group:
            why = _refuse(r, ln, today)
            if why:
                _reject(report, ln.line_no, why)
            else:
                ok.append(ln)
        if not ok:
            continue
        data = ledger.LoanData(id=r.id, contract_no=r.contract_no, status=r.status, version=r.version,
                               terms=ledger.terms_of(r), last_eod=r.last_eod, application_id=r.application_id,
                               revolving=bool(r.revolving))
        entries = cash[lid] + accr[lid]
        first = min(ln.value_date for ln in ok)
        later = any(e.value_date > first for e in ledger.active(cash[lid]) if e.kind in sv.CASH_KINDS)
        back = (r.last_eod is not None and first <= r.last_eod) or later
        fresh = [Entry(None, sv.REPAYMENT, ln.value_date, amount=to_fen(ln.amount), reference=ln.payment_ref,
                       idem_key=f"pay:{ln.payment_ref}", source="settlement" if ln.kind == "order_settlement"
                       else "import", memo=ln.kind if ln.kind != "repayment" else None, user_id=actor.id)
                 for ln in sorted(ok, key=lambda x: (x.value_date, x.line_no))]
        p = ledger.plan(data, entries + fresh, recompute_from=first if back else None, user_id=actor.id,
                        source="import", partial_accruals=True)
        items.append((p, (r.principal_outstanding, r.interest_unpaid, r.penalty_unpaid, r.excess), r.inst_sig))
        report.backdated += len(ok) if back else 0
        posted_lines += ok
        if p.position.state == "closed" and r.status == "active":
            closing.append(r)
    ledger.write_batch(s, items, tiers=tiers)
    keys = {f"pay:{ln.payment_ref}": ln for ln in posted_lines}
    jt = ledger.journal_table()
    ids_by_key = {}
    refs = list(keys)
    for k in range(0, len(refs), 900):
        ids_by_key.update(dict(s.execute(select(jt.c.idem_key, jt.c.id).where(jt.c.idem_key.in_(refs[k:k + 900])))
                               .tuples().all()))
    bulk_insert(s, "repayment_import_lines", [
        dict(payment_ref=ln.payment_ref, batch_id=batch_id, contract_no=ln.contract_no, loan_id=ln.loan_id,
             journal_id=ids_by_key[key], amount=to_fen(ln.amount), value_date=ln.value_date, kind=ln.kind,
             line_no=ln.line_no) for key, ln in keys.items()])
    for r in closing:
        app = lock_app(s, r.application_id)
        if app.status == Status.DISBURSED.value:
            workflow.move(s, app, Status.CLOSED, actor=actor, comment=f"loan {r.contract_no} settled")
    report.imported += len(posted_lines)
    report.amount_posted += sum((ln.amount for ln in posted_lines), Decimal("0.00"))


def _refuse(r, ln: Line, today: date) -> str | None:
    if r.status != "active":
        return f"contract_no: loan {r.contract_no} is {r.status.replace('_', ' ')}"
    if ln.value_date < r.disbursed_on:
        return f"value_date: {ln.value_date} is before the disbursement on {r.disbursed_on}"
    if ln.value_date > today:
        return f"value_date: {ln.value_date} is in the future"
    if ln.kind == "order_settlement" and r.product_code != "ORDER":
        return f"kind: order_settlement on loan {r.contract_no}, which is not an order loan"
    return None
