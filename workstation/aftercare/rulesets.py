"""The warning rule sets: versioned data like the scorecard. Version 1 is seeded from
``resources/warning_rules``; an administrator stores a new version (never edits an old
one), and each warning records the version it was raised under."""
from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import warning_rules as wr
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models_aftercare import WarningRuleSet


class RulesRefused(DomainError):
    """A rule set that cannot be stored; ``problems`` name rule and field (codes)."""

    def __init__(self, problems: list[wr.Problem]) -> None:
        p = problems[0]
        super().__init__("warning_rules_invalid", rule=p.rule, rule_field=p.field, problem=p.code)
        self.problems = problems


def current_in(s: Session) -> wr.RuleSet:
    """The newest stored rule set; version 1 (shipped) is stored on first use."""
    row = s.scalar(select(WarningRuleSet).order_by(WarningRuleSet.version.desc()).limit(1))
    if row is None:
        data = wr.default_data()
        s.add(WarningRuleSet(version=1, rules=wr.to_data(wr.from_data(data, version=1)), note="shipped version 1"))
        s.flush()
        return wr.from_data(data, version=1)
    return wr.from_data(row.rules, version=row.version)


def current(store: Store, actor: Actor) -> wr.RuleSet:
    """The rule set in force (every desk role reads it: the desk shows each rule)."""
    with store.tx(actor) as s:
        return current_in(s)


def versions(store: Store, actor: Actor) -> list[tuple[int, str | None]]:
    with store.read(actor) as s:
        return [(r.version, r.note) for r in s.scalars(select(WarningRuleSet).order_by(WarningRuleSet.version))]


def store_version(store: Store, actor: Actor, raw: Mapping[str, Any], *, note: str) -> int:
    """An administrator stores a new version of the rules; returns its number."""
    actor.require("admin", action="edit the warning rules")
    problems = wr.validate(raw)
    if problems:
        raise RulesRefused(problems)
    with store.tx(actor) as s:
        current_in(s)
        version = (s.scalar(select(func.max(WarningRuleSet.version))) or 0) + 1
        data = wr.to_data(wr.from_data(raw, version=version))
        s.add(WarningRuleSet(version=version, rules=data, note=(note or "").strip()[:300] or None,
                             created_by=actor.id))
        audit.record(s, actor=actor, action="warning_rules.version", entity_type="warning_rules",
                     entity_id=str(version), details={"rules": data, "note": note})
        return version
