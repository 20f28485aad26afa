"""Reading the audit trail: the entries of one record, through the visibility rule.
(Apart from ``audit``, which every service writes through, so that the writer needs
nothing above it.)"""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.services import visibility
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.models_audit import AuditEntry
from workstation.store.models_documents import PrintedDocument


def entries_for(store: Store, actor: Actor, *, entity_type: str, entity_id: object) -> list[dict]:
    """The audit entries of one record, oldest first. Entries of a case, its loan, its
    papers or a group follow the queue's visibility rule; of anything else (users, the
    authority matrix, imports, end of day) are for supervisors and administrators."""
    with store.read(actor) as s:
        _check_entity(s, actor, entity_type, str(entity_id))
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == entity_type,
                                                  AuditEntry.entity_id == str(entity_id))
                         .order_by(AuditEntry.seq)).all()
        return [dict(seq=e.seq, at=e.at, username=e.username, action=e.action, details=json.loads(e.details))
                for e in rows]


def _check_entity(s: Session, actor: Actor, entity_type: str, entity_id: str) -> None:
    if entity_type == "application":
        visibility.check_case_no(s, actor, entity_id)
    elif entity_type == "loan":
        visibility.check_contract(s, actor, entity_id)
    elif entity_type == "document":
        for app_id in set(s.scalars(select(PrintedDocument.application_id)
                                    .where(PrintedDocument.document_no == entity_id))):
            visibility.check_case(s, actor, app_id)
    elif entity_type == "group" and entity_id.isdigit():
        visibility.check_group(s, actor, int(entity_id))
    else:
        actor.require("supervisor", "admin", action="read the audit entries of this kind of record")
