"""Who may print what: the rule that opens a case (``queue.visible_clause``) decides
whether a user may print its documents; a document that shows full ID or phone
numbers counts as an unmask (``cases.may_unmask``) and is audited as one. The joint-
guarantee agreement shows in full only the members' IDs the user may unmask; the
others are masked.

A role may be limited to masked copies (setting ``documents.masked_only_roles``, set by
an administrator with ``set_masked_only_roles``, audited): a user all of whose roles are
limited prints contracts and agreements with ID and phone numbers masked, marked as a
masked copy (遮蔽副本), and no unmask is recorded. Every print path (one document from
the desk or the command line, a batch) asks ``authorize``, so every path honours it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import masking
from workstation.services import audit
from workstation.decide.cases import may_unmask
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.decide.queue import visible_clause
from workstation.store.models import Application, Setting
from workstation.store.models_loans import Loan

# document kind -> the personal fields it prints in full
FULL_FIELDS = {"contract": ("id_number", "contact_phone"), "guarantee": ("id_number",)}
MASKED_ONLY_KEY = "documents.masked_only_roles"
LIMITABLE_ROLES = ("officer", "supervisor")     # an administrator sets the rule, so is never limited by it


class AccessSettingRefused(DomainError):
    """A refused change of the access setting; ``code`` for the screens, English message."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


def _masked_only_in(s: Session) -> frozenset[str]:
    row = s.get(Setting, MASKED_ONLY_KEY)
    value = row.value if row is not None else []
    return frozenset(r for r in (value or []) if r in LIMITABLE_ROLES)


def masked_only_roles(store: Store, actor: Actor | None) -> frozenset[str]:
    """The roles limited to masked copies of documents."""
    with store.read(actor) as s:
        return _masked_only_in(s)


def set_masked_only_roles(store: Store, actor: Actor, roles) -> frozenset[str]:
    """Limit ``roles`` (officer, supervisor) to masked copies; administrators only, audited
    with the old and new value."""
    actor.require("admin", action="limit roles to masked copies")
    wanted = [str(r).strip() for r in roles]
    unknown = [r for r in wanted if r not in LIMITABLE_ROLES]
    if unknown:
        raise AccessSettingRefused("role_not_limitable", f"roles that can be limited to masked copies: "
                                   f"{', '.join(LIMITABLE_ROLES)}; not {', '.join(unknown)}", roles=unknown)
    new = frozenset(wanted)
    with store.tx(actor) as s:
        old = _masked_only_in(s)
        row = s.get(Setting, MASKED_ONLY_KEY)
        value = sorted(new)
        if row is None:
            s.add(Setting(key=MASKED_ONLY_KEY, value=value))
        else:
            row.value = value
        audit.record(s, actor=actor, action="setting_changed", entity_type="settings", entity_id=MASKED_ONLY_KEY,
                     details={"old": sorted(old), "new": value})
    return new


def limited_to_masked(s: Session, actor: Actor) -> bool:
    """Whether every role ``actor`` holds is limited to masked copies."""
    limited = _masked_only_in(s)
    return bool(actor.roles) and bool(limited) and set(actor.roles) <= limited


@dataclass(frozen=True)
class Unmask:
    """One case whose personal data a print shows in full."""
    app_no: str
    fields: tuple[str, ...]


def _case_of(s: Session, data: Any) -> tuple[int, str, int | None] | None:
    """(application id, number, officer id) of the case a document belongs to."""
    q = select(Application.id, Application.app_no, Application.officer_id)
    if data.kind in ("approval_memo", "decline_notice"):
        row = s.execute(q.where(Application.app_no == data.application_no)).first()
    else:
        row = s.execute(q.join(Loan, Loan.application_id == Application.id)
                        .where(Loan.contract_no == data.contract_no)).first()
    return tuple(row) if row else None


def _visible(s: Session, actor: Actor, app_id: int) -> bool:
    return s.scalar(select(Application.id).where(Application.id == app_id, visible_clause(actor))) is not None


@dataclass(frozen=True)
class Access:
    """How ``actor`` may print a document: ``present`` masks what they may not see
    (None: print as it is); ``unmasks`` are the cases shown in full."""
    present: Callable[[Any], Any] | None = None
    unmasks: tuple[Unmask, ...] = ()

    def show(self, data: Any) -> Any:
        return data if self.present is None else self.present(data)


def authorize(store: Store, actor: Actor, data: Any) -> Access:
    """How ``actor`` may print ``data``: what to mask, which unmasks it carries; raises
    ``PermissionDenied`` for a case the actor may not open (or whose full personal data
    a contract would show to someone who may not unmask it)."""
    with store.read(actor) as s:
        masked_only = limited_to_masked(s, actor)
        if data.kind == "guarantee":
            access = _guarantee(s, actor, data)
            if masked_only:
                every = frozenset(m.contract_no for m in data.members)
                return Access(present=partial(mask_members, contract_nos=every))
            return access
        case = _case_of(s, data)
        if case is None:              # not a case document (nothing of a case to protect)
            return Access()
        app_id, app_no, officer_id = case
        if not _visible(s, actor, app_id):
            raise PermissionDenied("print_other_team", user=actor.username, app_no=app_no)
        fields = FULL_FIELDS.get(data.kind, ())
        if fields and masked_only:
            return Access(present=mask_contract)
        if fields and not may_unmask(actor, officer_id):
            raise PermissionDenied("print_full_id_refused", user=actor.username, kind=data.kind, app_no=app_no)
        return Access(unmasks=(Unmask(app_no, fields),) if fields else ())


def _guarantee(s: Session, actor: Actor, data: Any) -> Access:
    nos = [m.contract_no for m in data.members]
    rows = {r.contract_no: r for r in s.execute(
        select(Loan.contract_no, Application.id, Application.app_no, Application.officer_id)
        .join(Application, Application.id == Loan.application_id).where(Loan.contract_no.in_(nos)))}
    if not any(_visible(s, actor, r.id) for r in rows.values()) and not actor.has("admin"):
        raise PermissionDenied("print_agreement_not_visible", user=actor.username, document_no=data.document_no)
    masked, unmasks = set(), []
    for m in data.members:
        row = rows.get(m.contract_no)
        if may_unmask(actor, row.officer_id if row else None):
            if row is not None:
                unmasks.append(Unmask(row.app_no, FULL_FIELDS["guarantee"]))
        else:
            masked.add(m.contract_no)
    return Access(present=partial(mask_members, contract_nos=frozenset(masked)) if masked else None,
                  unmasks=tuple(unmasks))


def mask_members(data: Any, *, contract_nos: frozenset[str]) -> Any:
    """The agreement with the ID numbers of the members of ``contract_nos`` masked (a
    masked copy, marked so)."""
    members = tuple(dataclasses.replace(m, legal_rep_id_no=masking.mask_id(m.legal_rep_id_no))
                    if m.contract_no in contract_nos else m for m in data.members)
    return dataclasses.replace(data, members=members, masked_copy=True)


def mask_contract(data: Any) -> Any:
    """The contract with the borrower's ID and phone numbers masked (the payment account
    too: it is often the phone number), marked as a masked copy."""
    b = data.borrower
    borrower = dataclasses.replace(b, legal_rep_id_no=masking.mask_id(b.legal_rep_id_no),
                                   phone=masking.mask_phone(b.phone),
                                   payment_account=masking.mask_account(b.payment_account))
    return dataclasses.replace(data, borrower=borrower, masked_copy=True)


def record_unmasks(s: Session, actor: Actor, unmasks: tuple[Unmask, ...], *, kind: str, document_no: str) -> None:
    """Audit each case whose personal data the print shows, as an unmask (in the print's
    transaction)."""
    for u in unmasks:
        audit.record(s, actor=actor, action="unmask", entity_type="application", entity_id=u.app_no,
                     details={"fields": list(u.fields), "document": kind, "document_no": document_no})
