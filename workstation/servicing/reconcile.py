"""``workstation reconcile``: recompute every loan from its journal and report where
the stored balances (the cache) or the journal itself disagree with the replay."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from workstation.domain.money import from_fen
from workstation.servicing import ledger, ledger_write
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress
from workstation.store.bulk import raw_table

CHUNK = 500
_CACHED = ("principal_outstanding", "interest_unpaid", "penalty_unpaid", "excess", "overdue_principal",
           "overdue_interest", "dpd", "bucket", "tier", "status")
_MONEY = {"principal_outstanding", "interest_unpaid", "penalty_unpaid", "excess", "overdue_principal",
          "overdue_interest"}


@dataclass(frozen=True)
class Mismatch:
    loan_id: int
    contract_no: str
    what: str
    stored: object
    computed: object

    def __str__(self) -> str:
        return f"{self.contract_no}: {self.what}: stored {self.stored}, from the journal {self.computed}"


def reconcile(store: Store, actor: Actor | None, progress: Progress | None = None) -> tuple[int, list[Mismatch]]:
    """(loans checked, mismatches). Read-only. The whole book: supervisors and
    administrators (``actor`` None: the command line, run by whoever holds the database)."""
    if actor is not None:
        actor.require("supervisor", "admin", action="reconcile the loan book")
    progress = progress or NullProgress()
    lt = raw_table("loans")
    with store.read(actor) as s:
        ids = list(s.scalars(select(lt.c.id).where(lt.c.status != "contracted").order_by(lt.c.id)))
        tiers = ledger.thresholds(s)
    out: list[Mismatch] = []
    for k in range(0, len(ids), CHUNK):
        chunk = ids[k:k + CHUNK]
        with store.read(actor) as s:
            rows = s.execute(select(lt).where(lt.c.id.in_(chunk))).all()
            entries = ledger.load_entries(s, chunk)
        for r in rows:
            out += check_loan(r, entries[r.id], tiers)
        progress.update(min(k + CHUNK, len(ids)), len(ids), "reconcile")
    return len(ids), out


def check_loan(row, entries: list[ledger.Entry], tiers: dict) -> list[Mismatch]:
    data = ledger.loan_data(row)
    p = ledger.plan(data, entries, recompute_from=data.terms.start)
    out = []
    for e in p.new:
        if e.kind == "reversal":
            continue
        out.append(Mismatch(row.id, row.contract_no, f"journal: {e.kind} of {e.value_date} should be "
                            f"{from_fen(e.principal + e.interest + e.penalty)}", "missing or different",
                            "recomputed"))
    want = ledger_write.loan_update(p, tiers, ledger.totals(entries))
    for col in _CACHED:
        have = getattr(row, col)
        if have != want[col]:
            show = (lambda v: from_fen(v)) if col in _MONEY else (lambda v: v)
            out.append(Mismatch(row.id, row.contract_no, col, show(have), show(want[col])))
    return out
