"""Printing documents, one or many: build the data (main process, one database
connection), render in a pool of worker processes (spawn-safe: the work function is
module level and takes only picklable data objects), record each print in the main
process (``documents.issue``), write one file per document or one merged PDF.

A document that cannot be built or rendered is reported (which one, why) and the
others are still printed. Cancel (``Progress.cancel``) stops after the document being
recorded: what was printed stays printed and recorded, the result says so.
"""
from __future__ import annotations

import io
import logging
import multiprocessing
from calendar import monthrange
from dataclasses import dataclass, field
from functools import partial
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from workstation.services.visibility import app_clause, check_case, loan_clause
from workstation.printing import document_data as dd
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.printing.document_access import Access, authorize
from workstation.printing.document_data_loans import agreement_no
from workstation.printing.batch_render import render_one, warm_up
from workstation.printing.lender import is_demo, require_printable
from workstation.printing.documents import IssuedDocument, MergedPart, as_frozen, issue, issue_merged
from workstation.services.progress import Cancelled, Progress
from workstation.store.models import Application
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import EodRun, GroupMember, GuaranteeGroup, Loan

log = logging.getLogger(__name__)

LOAN_KINDS = ("contract", "schedule", "statement", "settlement", "receipt")
CASE_KINDS = ("approval_memo", "decline_notice")
KINDS = (*LOAN_KINDS, *CASE_KINDS, "guarantee")
POOL_THRESHOLD = 3          # fewer documents than this render in-process (a pool costs ~1 s to start)


class MonthNotInBooks(DomainError):
    """A statement batch for a month no day of which has been through end of day."""

    def __init__(self, month: str, through: date) -> None:
        super().__init__("month_not_in_books", month=month, through=through)
        self.month, self.through = month, through


@dataclass(frozen=True)
class Job:
    """One document to print. ``ref``: the application number (contract, memo, decline
    notice), the contract number (schedule, statement, settlement) or the group (guarantee)."""
    kind: str
    ref: str
    period_from: date | None = None
    period_to: date | None = None
    through_eod: bool = False       # statement of a month not yet ended: as of the last end of day
    shown: str = ""                 # the number the document carries, where ``ref`` is another (a contract)

    @property
    def label(self) -> str:
        period = f" {self.period_from}..{self.period_to}" if self.period_from else ""
        return f"{self.kind} {self.ref}{period}"


@dataclass
class BatchResult:
    printed: list[tuple[Job, IssuedDocument, Path | None]] = field(default_factory=list)
    failed: list[tuple[Job, str]] = field(default_factory=list)
    skipped: list[tuple[Job, str]] = field(default_factory=list)     # not the user's to see
    merged: Path | None = None
    cancelled: bool = False
    total: int = 0
    merged_record: IssuedDocument | None = None

    def summary(self) -> str:
        text = f"printed {len(self.printed)} of {self.total}"
        if self.failed:
            text += f", {len(self.failed)} failed"
            reasons: dict[str, int] = {}
            for _, why in self.failed:
                reasons[why] = reasons.get(why, 0) + 1
            shown = [f"{why} ({n})" for why, n in sorted(reasons.items(), key=lambda r: -r[1])[:3]]
            more = len(reasons) - len(shown)
            text += ": " + "; ".join(shown) + (f"; {more} other reason(s)" if more > 0 else "")
        if self.skipped:
            text += f", {len(self.skipped)} skipped (cases you may not open)"
        if self.cancelled:
            text += ", cancelled"
        return text


# -- one document --------------------------------------------------------------------------------

def build_document(store: Store, actor: Actor, job: Job) -> Any:
    """The ready-to-print data object for ``job``."""
    if job.kind == "contract":
        return dd.contract_data(store, actor, job.ref)
    if job.kind == "schedule":
        return dd.schedule_data(store, actor, job.ref)
    if job.kind == "statement":
        if job.period_from is None or job.period_to is None:
            raise DomainError("statement_period_missing")
        return dd.statement_data(store, actor, job.ref, period_from=job.period_from, period_to=job.period_to,
                                 through_eod=job.through_eod)
    if job.kind == "settlement":
        return dd.settlement_data(store, actor, job.ref)
    if job.kind == "receipt":
        return dd.receipt_data(store, actor, job.ref)
    if job.kind == "approval_memo":
        return dd.approval_memo_data(store, actor, job.ref)
    if job.kind == "decline_notice":
        return dd.decline_notice_data(store, actor, job.ref)
    if job.kind == "guarantee":
        return dd.guarantee_data(store, actor, job.ref)
    raise DomainError("document_kind_unknown", kind=job.kind, kinds=KINDS)


def record_keys(store: Store, actor: Actor, data: Any) -> dict:
    """What a print is recorded against: the application and/or the loan."""
    with store.read(actor) as s:
        if data.kind in LOAN_KINDS:
            row = s.execute(select(Loan.application_id, Loan.contract_no)
                            .where(Loan.contract_no == data.contract_no)).first()
            return {"application_id": row[0] if row else None, "loan_ref": data.contract_no}
        if data.kind in CASE_KINDS:
            app_id = s.scalar(select(Application.id).where(Application.app_no == data.application_no))
            return {"application_id": app_id, "loan_ref": None}
    return {"application_id": None, "loan_ref": data.document_no}


def print_document(store: Store, actor: Actor, job: Job, *, pdf: bytes | None = None, data: Any = None,
                   path: Path | str | None = None, access: Access | None = None) -> IssuedDocument:
    """Build (unless given), render (unless given) and record one document; with
    ``path``, the file is completely written before the print is recorded. The user
    must be one who may open the case (``document_access.authorize``); ``pdf``, when
    given, renders what ``access`` shows."""
    actor.require("officer", "supervisor", "admin", action="print documents")
    data = data if data is not None else build_document(store, actor, job)
    access = access if access is not None else authorize(store, actor, data)
    return issue(store, actor, data, pdf=pdf, path=path, present=access.present, unmasks=access.unmasks,
                 **record_keys(store, actor, data))


def file_stem(data: Any) -> str:
    number = (getattr(data, "statement_no", None) or getattr(data, "certificate_no", None)
              or getattr(data, "notice_no", None) or data.document_no)
    return f"{data.kind}_{number}".replace("/", "-").replace("\\", "-")


# -- job lists -----------------------------------------------------------------------------------

def month_bounds(month: str) -> tuple[date, date]:
    try:
        year, mon = (int(x) for x in month.strip().split("-"))
        return date(year, mon, 1), date(year, mon, monthrange(year, mon)[1])
    except (ValueError, TypeError):
        raise DomainError("month_invalid", month=month) from None


def last_end_of_day(store: Store, actor: Actor | None) -> date | None:
    """The last business day end of day completed, or None when it never ran."""
    with store.read(actor) as s:
        return s.scalar(select(func.max(EodRun.run_date)).where(EodRun.status == "complete"))


def statement_jobs(store: Store, actor: Actor, month: str) -> list[Job]:
    """A statement for every loan active at some time during ``month``. A month not yet
    ended in the books (end of day has not run through its last day) is stated as of
    the last end of day, each statement saying so; loans disbursed after it wait for
    the next batch. Only loans ``actor`` may see are listed."""
    first, last = month_bounds(month)
    done = last_end_of_day(store, actor)
    through_eod = done is not None and done < last
    if through_eod and done < first:
        raise MonthNotInBooks(f"{first:%Y-%m}", done)
    cutoff = done if through_eod else last
    with store.read(actor) as s:
        rows = s.scalars(select(Loan.contract_no).where(
            loan_clause(s, actor), Loan.disbursed_on.is_not(None), Loan.disbursed_on <= cutoff,
            or_(Loan.status != "active", Loan.last_eod >= Loan.disbursed_on, Loan.last_eod >= cutoff),
            or_(Loan.closed_on.is_(None), Loan.closed_on >= first),
            or_(Loan.written_off_on.is_(None), Loan.written_off_on >= first)).order_by(Loan.contract_no)).all()
    return [Job("statement", c, first, cutoff, through_eod) for c in rows]


def contract_jobs(store: Store, actor: Actor, day: date) -> list[Job]:
    """The contract of every loan signed on ``day`` that ``actor`` may see."""
    with store.read(actor) as s:
        rows = s.scalars(select(Application.app_no).join(Loan, Loan.application_id == Application.id)
                         .where(Loan.signed_on == day, Loan.tranche_seq == 1, app_clause(s, actor)).order_by(Loan.contract_no)).all()
    return [Job("contract", a) for a in rows]


def schedule_jobs(contract_nos: list[str]) -> list[Job]:
    return [Job("schedule", c.strip()) for c in contract_nos if c.strip()]


# -- the batch -----------------------------------------------------------------------------------

def _reason(exc: Exception) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    log.exception("document data failed")
    return f"{type(exc).__name__}: {exc}"


def print_batch(store: Store, actor: Actor, jobs: list[Job], *, out_dir: Path | str, merge: bool,
                progress: Progress, workers: int = 2, merged_name: str = "documents.pdf") -> BatchResult:
    """Print ``jobs``: one PDF per document in ``out_dir``, or (``merge``) one merged
    PDF ``out_dir/merged_name``. Returns what was printed, what failed and why.
    Progress runs twice: "reading" (data from the database), then "printing"."""
    actor.require("officer", "supervisor", "admin", action="print documents")
    out = Path(out_dir)
    result = BatchResult(total=len(jobs))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:        # nothing can be written: nothing is recorded
        why = f"cannot write to {out}: {exc.strerror or exc}"
        result.failed = [(job, why) for job in jobs]
        return result
    try:
        with store.read(actor) as s:
            require_printable(s)
    except DomainError as exc:    # e.g. the lender's details are placeholders: nothing can print
        result.failed = [(job, str(exc)) for job in jobs]
        return result
    parts: list[tuple[Job, MergedPart]] = []
    pool = None
    if workers > 1 and len(jobs) >= POOL_THRESHOLD:     # workers start while the data is read
        pool = multiprocessing.get_context("spawn").Pool(processes=workers, initializer=warm_up)
    try:
        built: list[tuple[Job, Any, Access]] = []
        for n, job in enumerate(jobs, 1):
            try:
                data = build_document(store, actor, job)
                built.append((job, data, authorize(store, actor, data)))
            except PermissionDenied as exc:   # printed only what the user may see
                result.skipped.append((job, str(exc)))
            except Exception as exc:  # noqa: BLE001 - one bad loan must not stop the batch
                result.failed.append((job, _reason(exc)))
            progress.update(n, len(jobs), "reading")
        datas = [a.show(d) for _, d, a in built]
        work = partial(render_one, sample=is_demo(store, actor))
        rendered = pool.imap(work, datas, chunksize=2) if pool else (work(d) for d in datas)
        _record_all(store, actor, built, rendered, out=out, merge=merge, progress=progress, result=result,
                    parts=parts)
    except Cancelled:
        result.cancelled = True
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    if merge and parts:
        _write_merged(store, actor, parts, path=out / merged_name, result=result)
    return result


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    from pypdf import PdfWriter
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _write_merged(store: Store, actor: Actor, parts: list[tuple[Job, MergedPart]], *, path: Path,
                  result: BatchResult) -> None:
    """The merged file first, then one record per document plus the file's own."""
    try:
        issued, whole = issue_merged(store, actor, [p for _, p in parts], path=path,
                                     merged_pdf=merge_pdfs([p.pdf for _, p in parts]))
    except Exception as exc:  # noqa: BLE001 - every document of the file failed with it
        why = _reason(exc)
        result.failed.extend((job, why) for job, _ in parts)
        return
    result.merged, result.merged_record = path, whole
    result.printed.extend((job, one, None) for (job, _), one in zip(parts, issued))


def _record_all(store: Store, actor: Actor, built: list[tuple[Job, Any, Access]], rendered, *, out: Path,
                merge: bool,
                progress: Progress, result: BatchResult, parts: list[tuple[Job, MergedPart]]) -> None:
    """Write and record each rendered document, in job order (one database writer); for
    a merged file, collect the parts (recorded once the merged file is written)."""
    for n, ((job, data, access), (ok, value)) in enumerate(zip(built, rendered), 1):
        if not ok:
            result.failed.append((job, value))
        elif merge:
            try:
                parts.append((job, _merged_part(store, actor, data, value, access)))
            except Exception as exc:  # noqa: BLE001 - reported per document
                result.failed.append((job, _reason(exc)))
        else:
            try:
                issued = print_document(store, actor, job, pdf=value, data=data, access=access,
                                        path=out / f"{file_stem(data)}.pdf")
            except Exception as exc:  # noqa: BLE001 - recorded per document
                result.failed.append((job, _reason(exc)))
            else:
                result.printed.append((job, issued, issued.path))
        progress.update(n, len(built), "printing")


def _merged_part(store: Store, actor: Actor, data: Any, pdf: bytes, access: Access) -> MergedPart:
    data, pdf, _ = as_frozen(store, actor, data, pdf)
    if pdf is None:
        from workstation.printing.documents import render_pdf
        pdf = render_pdf(access.show(data), sample=is_demo(store, actor))
    return MergedPart(data=data, pdf=pdf, present=access.present, unmasks=access.unmasks,
                      **record_keys(store, actor, data))


# -- what can be printed for a case or a loan ------------------------------------------------------

def default_statement_period(*, disbursed_on: date, last_eod: date | None, closed_on: date | None,
                             today: date) -> tuple[date, date] | None:
    """The last ended period the books hold: last month when it is complete in the books,
    else the month of the last booked day up to that day (the day end of day last ran, or
    the day the loan closed), never later. None while nothing since disbursement is booked."""
    booked = closed_on or last_eod
    if booked is None or booked < disbursed_on:
        return None
    booked = min(booked, today)
    end = min(today.replace(day=1) - timedelta(days=1), booked)
    if end < disbursed_on:
        return None
    return max(end.replace(day=1), disbursed_on), end


def available_jobs(store: Store, actor: Actor, *, application_id: int | None = None,
                   contract_no: str | None = None, today: date | None = None) -> list[Job]:
    """The documents that apply to a case or a loan in its present state."""
    from workstation.domain import clock      # business time (Asia/Shanghai), not the machine's
    today = today or clock.today()
    with store.read(actor) as s:
        if application_id is None and contract_no is not None:
            application_id = s.scalar(select(Loan.application_id).where(Loan.contract_no == contract_no))
        app = s.get(Application, application_id) if application_id is not None else None
        if app is None:
            raise DomainError("case_or_loan_not_found", ref=contract_no or application_id)
        check_case(s, actor, app.id)
        jobs = [Job("approval_memo", app.app_no)]
        if app.status == "declined":
            jobs.append(Job("decline_notice", app.app_no))
        loan = s.scalar(select(Loan).where(Loan.application_id == app.id, Loan.tranche_seq == 1))
        if loan is None:
            return jobs
        jobs.append(Job("contract", app.app_no, shown=loan.contract_no))
        tranches = s.scalars(select(Loan).where(Loan.parent_loan_id == loan.id).order_by(Loan.tranche_seq))
        for one in [loan, *tranches]:          # each tranche: its own schedule, statement and receipt
            if one.disbursed_on is None:
                continue
            jobs.append(Job("schedule", one.contract_no))
            period = default_statement_period(disbursed_on=one.disbursed_on, last_eod=one.last_eod,
                                              closed_on=one.closed_on, today=today)
            if period is not None:
                jobs.append(Job("statement", one.contract_no, *period))
            jobs += [Job("receipt", no) for no in s.scalars(select(Disbursement.receipt_no)
                                                            .where(Disbursement.loan_id == one.id)
                                                            .order_by(Disbursement.seq))]
        if loan.status == "closed":
            jobs.append(Job("settlement", loan.contract_no))
        group = s.scalar(select(GuaranteeGroup).join(GroupMember, GroupMember.group_id == GuaranteeGroup.id)
                         .where(GroupMember.merchant_id == loan.merchant_id).order_by(GroupMember.id).limit(1))
        if group is not None:
            jobs.append(Job("guarantee", agreement_no(group)))
        return jobs
