"""Evaluating the warning rules for every active borrower (end of day, and the merchants
a monitoring import touched). A warning is not raised again while an open one of the
same rule for the same borrower exists (``warnings.open_key``, unique while open)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from workstation.aftercare import rule_figures, rulesets
from workstation.domain import warning_rules as wr
from workstation.services import audit, retry
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress
from workstation.store.bulk import bulk_insert, raw_table
from workstation.store.models_aftercare import Warning

CHUNK = 2000
HISTORY_DAYS = 400          # a year of snapshots and the weeks before the loan


@dataclass(frozen=True)
class EvaluationResult:
    as_of: date
    borrowers: int
    raised: int
    seconds: float


def _active(s, merchant_ids: list[int] | None) -> list[tuple]:
    """(merchant, loan, application, disbursed_on, disbursed fen, purpose) of each borrower's
    newest active loan (the highest id), by merchant: chosen in the database."""
    lt, at = raw_table("loans"), raw_table("applications")
    newest = (select(func.max(lt.c.id))
              .where(lt.c.status == "active", lt.c.disbursed_on.is_not(None)).group_by(lt.c.merchant_id))
    if merchant_ids is not None:
        newest = newest.where(lt.c.merchant_id.in_(merchant_ids))
    q = (select(lt.c.merchant_id, lt.c.id, lt.c.application_id, lt.c.disbursed_on, lt.c.disbursed_amount,
                at.c.purpose)
         .join(at, at.c.id == lt.c.application_id).where(lt.c.id.in_(newest)).order_by(lt.c.merchant_id))
    return [tuple(r) for r in s.execute(q)]


def _related_overdue(s, merchant_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Contract numbers of overdue loans of the other members of each merchant's joint-guarantee groups."""
    gm, lt = raw_table("group_members"), raw_table("loans")
    groups: dict[int, set[int]] = {}
    for g, m in s.execute(select(gm.c.group_id, gm.c.merchant_id).where(gm.c.group_id.in_(
            select(gm.c.group_id).where(gm.c.merchant_id.in_(merchant_ids))))):
        groups.setdefault(g, set()).add(m)
    if not groups:
        return {}
    members = set().union(*groups.values())
    overdue: dict[int, list[str]] = {}
    for m, no in s.execute(select(lt.c.merchant_id, lt.c.contract_no).where(
            lt.c.merchant_id.in_(members), lt.c.status == "active", lt.c.dpd > 0)):
        overdue.setdefault(m, []).append(no)
    out: dict[int, tuple[str, ...]] = {}
    for mset in groups.values():
        for m in mset:
            others = tuple(sorted(no for o in mset if o != m for no in overdue.get(o, ())))
            if others:
                out[m] = tuple(sorted(set(out.get(m, ())) | set(others)))
    return out


def findings_for(s, rows: list[tuple], rules: wr.RuleSet, *, as_of: date) -> list[tuple[tuple, wr.Finding]]:
    """The findings of the borrowers ``rows`` (see :func:`_active`) on their snapshots up to
    ``as_of``: the rules' figures come from SQL aggregates (``rule_figures``), one row per
    borrower; the decisions are the domain's (``warning_checks``)."""
    ids = [r[0] for r in rows]
    # the rules look back at most their longest window before the loan: read no older rows
    back = max([int(v) for x in rules.rules for k, v in x.params.items() if "weeks" in k] + [1]) + 1
    first = min((r[3] for r in rows), default=as_of)
    since = max(as_of - timedelta(days=HISTORY_DAYS), first - timedelta(weeks=back))
    figs = rule_figures.figures(s, [(r[0], r[3]) for r in rows], rules, as_of=as_of, since=since)
    related = _related_overdue(s, ids)
    out = []
    for r in rows:
        fig = figs.get(r[0])
        if fig is None and r[0] not in related:
            continue
        b = wr.Borrower(disbursed_on=r[3], disbursed_fen=int(r[4] or 0), for_business=wr.is_business_purpose(r[5]),
                        related_overdue=related.get(r[0], ()))
        # no platform data yet: only the group rule can speak, about today
        out += [(r, f) for f in wr.evaluate_figures(rules, fig or {"related_overdue": (as_of,)}, b)]
    return out


def _raise(s, found: list[tuple[tuple, wr.Finding]], *, as_of: date, version: int) -> int:
    if not found:
        return 0
    wt = raw_table("warnings")
    keys = [f"{r[0]}:{f.rule}" for r, f in found]
    open_now = set(s.scalars(select(wt.c.open_key).where(wt.c.open_key.in_(keys))))
    next_id = (s.scalar(select(func.max(wt.c.id))) or 0) + 1
    rows = []
    for (r, f), key in zip(found, keys):
        if key in open_now:
            continue
        open_now.add(key)
        rows.append({"warning_no": f"YJ{as_of:%Y%m%d}-{next_id + len(rows):07d}", "merchant_id": r[0],
                     "loan_id": r[1], "application_id": r[2], "rule": f.rule, "rule_version": version,
                     "severity": f.severity, "suggested_action": f.action, "status": "new", "raised_on": as_of,
                     "snapshot_on": f.on, "metric": f.metric, "value": str(f.value), "threshold": str(f.threshold),
                     "detail": dict(f.detail), "open_key": key, "version": 1})
    if rows:
        bulk_insert(s, "warnings", rows)
    return len(rows)


def evaluate_borrowers(store: Store, actor: Actor | None, merchant_ids: list[int] | None, *, as_of: date,
                       progress: Progress | None = None) -> EvaluationResult:
    """Evaluate the rules for the active borrowers among ``merchant_ids`` (None: all) and
    raise the warnings that are not already open."""
    if actor is not None:
        actor.require("officer", "supervisor", "admin", action="evaluate warning rules")
    progress = progress or NullProgress()
    t0 = time.perf_counter()
    with store.tx(actor) as s:
        rules = rulesets.current_in(s)
    with store.read(actor) as s:
        borrowers = _active(s, merchant_ids)
    raised = 0
    for k in range(0, len(borrowers), CHUNK):
        chunk = borrowers[k:k + CHUNK]
        raised += retry.in_tx(store, actor, lambda s, c=chunk: _raise(
            s, findings_for(s, c, rules, as_of=as_of), as_of=as_of, version=rules.version),
            what=f"warnings {as_of}", progress=progress, unique=True)
        progress.update(k + len(chunk), len(borrowers), "warnings")
    if raised or merchant_ids is None:
        with store.tx(actor) as s:
            audit.record(s, actor=actor, action="warnings.evaluate", entity_type="warnings",
                         entity_id=as_of.isoformat(), details={"borrowers": len(borrowers), "raised": raised,
                                                               "rule_version": rules.version})
    return EvaluationResult(as_of, len(borrowers), raised, time.perf_counter() - t0)


def evaluate_all(store: Store, actor: Actor | None, as_of: date, progress: Progress | None = None) -> EvaluationResult:
    """End of day: every active borrower."""
    return evaluate_borrowers(store, actor, None, as_of=as_of, progress=progress)


__all__ = ["EvaluationResult", "evaluate_all", "evaluate_borrowers", "findings_for", "Warning"]
