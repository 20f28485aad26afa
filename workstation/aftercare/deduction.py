"""The deduction request file (代扣请求文件) for the payment channel: one line per overdue
loan asking the channel to take what is overdue on the file's date from the borrower's
payment account. Format: docs/deduction-format.md. The channel's results come back in
its ordinary repayment file (``workstation import repayments``), each collected amount
with ``payment_ref`` = the request's ``request_no``, and are posted like any repayment."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workstation.aftercare.collections import BUCKETS, DESK, CollectionQuery, CollectionRefused, _base
from workstation.domain import clock
from workstation.domain import servicing as sv
from workstation.domain.money import from_fen
from workstation.services import audit
from workstation.servicing import ledger
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.printing.documents import write_atomic
from workstation.store.models import Application
from workstation.store.models_aftercare import DeductionRequest
from workstation.store.models_loans import Loan

HEADER = ("request_no", "contract_no", "payment_account", "account_name", "amount", "currency", "requested_on")


@dataclass(frozen=True)
class DeductionFile:
    batch_no: str
    path: Path
    lines: int
    total: Decimal


def write_deduction_file(store: Store, actor: Actor, path: Path | str, *, bucket: str | None = None,
                         on: date | None = None) -> DeductionFile:
    """Write the requests for every overdue loan the actor sees (``bucket``: only that
    bucket) with what is overdue at the start of ``on`` (today by default), record them
    and audit the file. Supervisors and administrators only: it moves borrowers' money."""
    actor.require("supervisor", "admin", action="write a deduction request file")
    if bucket is not None and bucket not in BUCKETS:
        raise CollectionRefused("collection_bad_choice", field_name="bucket",
                                field="bucket", value=bucket)
    on = on or clock.today()
    with store.tx(actor) as s:
        prefix = f"DK{on:%Y%m%d}"
        n = len(set(s.scalars(select(DeductionRequest.batch_no).where(DeductionRequest.batch_no.like(f"{prefix}%")))))
        batch_no = f"{prefix}-{n + 1:03d}"
        ids = list(s.scalars(_base(s, actor, CollectionQuery(bucket=bucket)).order_by(Loan.id)))
        loans = {l.id: l for l in s.scalars(select(Loan).where(Loan.id.in_(ids)))} if ids else {}
        cash = ledger.load_entries(s, ids, kinds=sv.CASH_KINDS | {sv.REVERSAL}) if ids else {}
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(HEADER)
        total, k = Decimal("0.00"), 0
        for lid in ids:
            loan = loans[lid]
            pos = sv.replay(ledger.loan_data(loan).terms, ledger.events_of(cash[lid]), as_of=on)
            owed = pos.overdue_principal + pos.overdue_interest + pos.penalty_unpaid
            if pos.state != "active" or owed <= 0:
                continue
            k += 1
            m = s.get(Application, loan.application_id).merchant
            req = DeductionRequest(request_no=f"{batch_no}-{k:05d}", batch_no=batch_no, loan_id=lid,
                                   amount=from_fen(owed), requested_on=on, created_by=actor.id)
            s.add(req)
            w.writerow((req.request_no, loan.contract_no, m.payment_account, m.name, f"{req.amount:.2f}", "CNY",
                        on.isoformat()))
            total += req.amount
        written = write_atomic(path, out.getvalue().encode("utf-8"))
        audit.record(s, actor=actor, action="collection.deduction_file", entity_type="deduction_batch",
                     entity_id=batch_no, details={"lines": k, "total": total, "bucket": bucket, "on": on.isoformat()})
    return DeductionFile(batch_no, Path(written), k, total)


def requests_of(store: Store, actor: Actor, loan_id: int) -> list[tuple[str, Decimal, date]]:
    """(request number, amount, date) of the deductions asked for the loan."""
    actor.require(*DESK, action="read the collections queue")
    from workstation.services.visibility import check_loan
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        return [(r.request_no, r.amount, r.requested_on) for r in s.scalars(
            select(DeductionRequest).where(DeductionRequest.loan_id == loan_id).order_by(DeductionRequest.id))]
