"""The lender's details printed on every borrower document, set once by an
administrator; and whether this database is the demo (its documents carry a 样本
mark) or a real one (no document prints while a placeholder remains)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from stdnum.cn import uscc

from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models import Setting

DEMO_KEY = "demo"
# setting key -> (keyword of set_lender_details, required)
FIELDS: dict[str, tuple[str, bool]] = {
    "lender.name": ("name", True),
    "lender.licence": ("licence", True),
    "lender.address": ("address", True),
    "lender.credit_code": ("credit_code", True),
    "lender.seal_name": ("seal_name", True),
    "lender.phone": ("phone", False),
    "lender.legal_rep": ("legal_rep", False),
    "lender.regulator": ("regulator", False),
}
PLACEHOLDER_MARKS = ("XX", "某某")


class LenderRefused(DomainError):
    """A refusal with a code for the screens; the message is English."""


def is_placeholder(value: object) -> bool:
    text = str(value or "").strip()
    return not text or any(mark in text.upper() for mark in PLACEHOLDER_MARKS)


def _values(s) -> dict[str, str]:
    rows = {r.key: r.value for r in s.scalars(select(Setting).where(Setting.key.like("lender.%")))}
    return {key: str(rows.get(key, DEFAULT_SETTINGS.get(key, "")) or "") for key in FIELDS}


def lender_details(store: Store, actor: Actor | None) -> dict[str, str]:
    """The details as set (keyword -> value)."""
    with store.read(actor) as s:
        return {FIELDS[k][0]: v for k, v in _values(s).items()}


def placeholders_in(s) -> list[str]:
    """The required details (keywords) still empty or a placeholder, in a session."""
    return [FIELDS[k][0] for k, v in _values(s).items() if FIELDS[k][1] and is_placeholder(v)]


def is_demo_in(s) -> bool:
    row = s.get(Setting, DEMO_KEY)
    return bool(row is not None and row.value is True)


def is_demo(store: Store, actor: Actor | None) -> bool:
    with store.read(actor) as s:
        return is_demo_in(s)


def mark_demo(store: Store, actor: Actor | None) -> None:
    """Called by the demo generator: this database is the demo."""
    with store.tx(actor) as s:
        row = s.get(Setting, DEMO_KEY)
        if row is None:
            s.add(Setting(key=DEMO_KEY, value=True))
        else:
            row.value = True


def require_printable(s) -> bool:
    """Before printing a borrower document: True for the demo (documents carry the 样本
    mark); raises ``LenderRefused`` (code ``lender_placeholder``) on a real database
    whose lender details still hold a placeholder."""
    if is_demo_in(s):
        return True
    missing = placeholders_in(s)
    if missing:
        raise LenderRefused("lender_placeholder", fields=tuple(missing))
    return False


@dataclass(frozen=True)
class LenderProblem:
    field: str
    message: str


def printable(store: Store, actor: Actor | None) -> bool:
    """``require_printable`` in its own read: True for the demo, False for a real database
    whose details are set; raises ``LenderRefused`` while they are placeholders."""
    with store.read(actor) as s:
        return require_printable(s)


def check_details(values: dict[str, str]) -> list[LenderProblem]:
    """Problems with the details (keyword -> value): every required one present and no
    placeholder; the credit code a valid 18-character 统一社会信用代码."""
    problems = []
    for key, (word, required) in FIELDS.items():
        value = values.get(word, "")
        if required and is_placeholder(value):
            problems.append(LenderProblem(word, f"{word}: give the real value (not empty, no XX or 某某)"))
        elif len(value) > 200:
            problems.append(LenderProblem(word, f"{word}: at most 200 characters"))
    code = values.get("credit_code", "")
    if code and not is_placeholder(code) and not uscc.is_valid(code):
        problems.append(LenderProblem("credit_code", f"credit_code: {code!r} is not a valid 18-character "
                                      "unified social credit code"))
    return problems


def set_lender_details(store: Store, actor: Actor, *, name: str, licence: str, address: str, credit_code: str,
                       seal_name: str, phone: str | None = None, legal_rep: str | None = None,
                       regulator: str | None = None) -> dict[str, str]:
    """Set the lender's details (administrators only), audited with old and new values.
    Optional details left ``None`` keep their value."""
    actor.require("admin", action="set the lender's details")
    given = {"name": name, "licence": licence, "address": address, "credit_code": credit_code,
             "seal_name": seal_name, "phone": phone, "legal_rep": legal_rep, "regulator": regulator}
    given = {k: (v.strip() if isinstance(v, str) else v) for k, v in given.items()}
    with store.tx(actor) as s:
        old = {FIELDS[k][0]: v for k, v in _values(s).items()}
        new = {k: (old[k] if v is None else v) for k, v in given.items()}
        problems = check_details(new)
        if problems:
            raise LenderRefused("lender_invalid", fields=tuple(p.field for p in problems))
        changed = {}
        for key, (word, _) in FIELDS.items():
            if new[word] == old[word] and s.get(Setting, key) is not None:
                continue
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=new[word]))
            else:
                row.value = new[word]
            changed[word] = {"old": old[word], "new": new[word]}
        audit.record(s, actor=actor, action="lender_details_set", entity_type="settings", entity_id="lender",
                     details={"changed": changed})
        return new
