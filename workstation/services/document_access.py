"""Who may print what: the rule that opens a case (``queue.visible_clause``) decides
whether a user may print its documents; a document that shows full ID or phone
numbers counts as an unmask (``cases.may_unmask``) and is audited as one. The joint-
guarantee agreement shows in full only the members' IDs the user may unmask; the
others are masked.
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
from workstation.services.cases import may_unmask
from workstation.services.context import Actor, PermissionDenied, Store
from workstation.services.queue import visible_clause
from workstation.store.models import Application
from workstation.store.models_loans import Loan

# document kind -> the personal fields it prints in full
FULL_FIELDS = {"contract": ("id_number", "contact_phone"), "guarantee": ("id_number",)}


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
        if data.kind == "guarantee":
            return _guarantee(s, actor, data)
        case = _case_of(s, data)
        if case is None:              # not a case document (nothing of a case to protect)
            return Access()
        app_id, app_no, officer_id = case
        if not _visible(s, actor, app_id):
            raise PermissionDenied("print_other_team", user=actor.username, app_no=app_no)
        fields = FULL_FIELDS.get(data.kind, ())
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
    """The agreement with the ID numbers of the members of ``contract_nos`` masked."""
    members = tuple(dataclasses.replace(m, legal_rep_id_no=masking.mask_id(m.legal_rep_id_no))
                    if m.contract_no in contract_nos else m for m in data.members)
    return dataclasses.replace(data, members=members)


def record_unmasks(s: Session, actor: Actor, unmasks: tuple[Unmask, ...], *, kind: str, document_no: str) -> None:
    """Audit each case whose personal data the print shows, as an unmask (in the print's
    transaction)."""
    for u in unmasks:
        audit.record(s, actor=actor, action="unmask", entity_type="application", entity_id=u.app_no,
                     details={"fields": list(u.fields), "document": kind, "document_no": document_no})
