"""Rule lift over the book (domain/lift.py): for an application field or a scorecard
input, the matured loans' first-payment default by bin and what rejecting the worst bin
would do to the approval rate and to first-payment default."""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select

from workstation.domain import lift as dl
from workstation.portfolio import measures as m
from workstation.portfolio.service import _check, scope_clause
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.bulk import raw_table

NUMERIC_FIELDS = ("amount_requested", "score_total", "term_months", "suggested_limit")
CATEGORY_FIELDS = ("grade", "province", "platform", "product_code")
INPUT_PREFIX = "input:"          # a scorecard input, e.g. "input:months_on_platform"


def fields(store: Store, actor: Actor | None) -> list[str]:
    """The fields lift can split by: application fields and every stored scorecard input."""
    _check(actor)
    at = raw_table("applications")
    with store.read(actor) as s:
        raw = s.scalar(select(at.c.score_inputs).where(at.c.score_inputs.is_not(None)).limit(1))
    import json
    inputs = sorted(k for k, v in (json.loads(raw) if isinstance(raw, str) else (raw or {})).items()
                    if isinstance(v, (int, float)) and not isinstance(v, bool))
    return list(NUMERIC_FIELDS) + list(CATEGORY_FIELDS) + [INPUT_PREFIX + k for k in inputs]


def rule_lift(store: Store, actor: Actor | None, as_of: date, field: str, *, bins: int = 5,
              bad_days: int = 30, since: date | None = None) -> dl.Lift:
    """Lift of ``field`` among the matured loans of ``actor``'s book as of ``as_of`` (bad: the
    first installment ``bad_days`` or more days overdue); the approval rate over the
    applications decided (approved or declined) up to ``as_of`` (from ``since``)."""
    _check(actor)
    if field not in NUMERIC_FIELDS + CATEGORY_FIELDS and not field.startswith(INPUT_PREFIX):
        raise ValueError(f"unknown field {field!r}")
    at, sh = raw_table("applications"), raw_table("status_history")
    col = at.c.score_inputs if field.startswith(INPUT_PREFIX) else at.c[field]
    with store.read(actor) as s:
        matured = m.fpd_loans(s, as_of, scope_clause(actor), bad_days=bad_days)
        from workstation.portfolio.measures_flow import end_of
        decided_q = (select(sh.c.application_id, func.max(case((sh.c.to_status == "approved", 1), else_=0)))
            .where(sh.c.to_status.in_(("approved", "declined")), sh.c.at < end_of(as_of))
            .group_by(sh.c.application_id))
        if since is not None:
            decided_q = decided_q.where(sh.c.at >= end_of(since))
        decided = {r[0]: bool(r[1]) for r in s.execute(decided_q)}
        want = {a for _, a, _ in matured} | set(decided)
        values = {}
        app_ids = sorted(want)
        for k in range(0, len(app_ids), 5000):
            chunk = app_ids[k:k + 5000]
            values.update(s.execute(select(at.c.id, col).where(at.c.id.in_(chunk),
                                                               scope_clause(actor, at.c.officer_id))).all())
    values = {k: _value(v, field) for k, v in values.items()}
    numeric = field not in CATEGORY_FIELDS
    return dl.lift(field, [(values.get(a), bad) for _, a, bad in matured],
                   [(values[a], ok) for a, ok in decided.items() if a in values], bins=bins, numeric=numeric)


def _value(v, field: str):
    if field.startswith(INPUT_PREFIX):
        import json
        d = json.loads(v) if isinstance(v, str) else (v or {})
        x = d.get(field[len(INPUT_PREFIX):])
        return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None
    if field in ("amount_requested", "suggested_limit") and v is not None:
        return int(v) // 100          # whole yuan (fen in the table)
    return v
