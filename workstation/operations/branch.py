"""A branch server (issue 18, part 3): the application's own PostgreSQL role, granted by
the database itself everything the desks need except UPDATE, DELETE and TRUNCATE on the
append-only tables (the audit trail and the loan journal); the triggers stay as a second
guard. Run by the database owner (``workstation db init``), never by a desk."""
from __future__ import annotations

import re

from sqlalchemy import text

from workstation.domain.actor import Actor

from workstation.domain.errors import DomainError

from workstation.store.session import Store

APPEND_ONLY = ("audit_log", "journal")
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_app_role(store: Store, actor: Actor | None, *, role: str, password: str | None) -> list[str]:
    """Create (or update) the login ``role`` the desks connect as and grant it the schema's
    tables; returns the statements run (the password shown as ***). ``actor`` None: the
    database owner at the command line (no desk user exists yet)."""
    if actor is not None:
        actor.require("admin", action="set up the branch database")
    if store.backend != "postgresql":
        raise DomainError("branch_needs_postgresql")
    if not ROLE_NAME.match(role):
        raise DomainError("branch_role_invalid", role=role)
    ran: list[str] = []
    with store.tx(actor) as s:
        schema = s.execute(text("SELECT current_schema()")).scalar()
        exists = s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        verb = "ALTER" if exists else "CREATE"
        pw_sql = ""
        if password:
            quoted = s.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
            pw_sql = f" PASSWORD {quoted}"
        statements = [
            (f'{verb} ROLE "{role}" LOGIN{pw_sql}', f'{verb} ROLE "{role}" LOGIN' + (" PASSWORD ***" if pw_sql else "")),
            (f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"', None),
            (f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"', None),
            (f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{role}"', None),
            (f'REVOKE UPDATE, DELETE, TRUNCATE ON {", ".join(f"{chr(34)}{schema}{chr(34)}.{t}" for t in APPEND_ONLY)} '
             f'FROM "{role}"', None),
            (f'REVOKE CREATE ON SCHEMA "{schema}" FROM "{role}"', None),
        ]
        for sql, shown in statements:
            s.execute(text(sql))
            ran.append(shown or sql)
    return ran


def app_role_rights(store: Store, actor: Actor | None, *, role: str) -> dict[str, set[str]]:
    """What ``role`` may do on each append-only table, as the database says (has_table_privilege)."""
    if actor is not None:
        actor.require("admin", action="set up the branch database")
    out: dict[str, set[str]] = {}
    with store.read(actor) as s:
        schema = s.execute(text("SELECT current_schema()")).scalar()
        for t in APPEND_ONLY:
            out[t] = {p for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
                      if s.execute(text("SELECT has_table_privilege(:r, :t, :p)"),
                                   {"r": role, "t": f'"{schema}".{t}', "p": p}).scalar()}
    return out
