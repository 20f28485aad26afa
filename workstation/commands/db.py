"""`workstation db upgrade|info`, and `workstation db init` for a branch server: the schema,
the application's role (``--app-role``, password from $WORKSTATION_APP_PASSWORD) without
UPDATE/DELETE on the audit trail and the journal, and the first administrator (``--admin``,
password from $WORKSTATION_PASSWORD)."""
from __future__ import annotations

import os

from workstation.commands.common import current_password, open_store


def add_arguments(p) -> None:
    p.add_argument("action", choices=["upgrade", "info", "init"])
    p.add_argument("--app-role", help="init: the login role the desks connect as (e.g. workstation_app)")
    p.add_argument("--admin", help="init: the first administrator's user name (skipped when users exist)")
    p.add_argument("--admin-name", help="init: the first administrator's full name")


def run(args) -> int:
    store = open_store(args)  # opening upgrades to head
    from sqlalchemy import text
    with store.engine.connect() as c:
        head = c.execute(text("select version_num from alembic_version")).scalar()
    print(f"{store.describe()}: schema at {head}")
    if args.action != "init":
        return 0
    from workstation.operations import branch
    from workstation.services import auth
    from workstation.services.setup import ensure_reference_data
    if store.backend != "postgresql":
        from workstation.domain.errors import DomainError
        raise DomainError("branch_needs_postgresql")
    ensure_reference_data(store, None)
    if args.app_role:
        for sql in branch.grant_app_role(store, None, role=args.app_role,
                                         password=os.environ.get("WORKSTATION_APP_PASSWORD")):
            print(f"  {sql}")
        rights = branch.app_role_rights(store, None, role=args.app_role)
        for table, granted in rights.items():
            print(f"  {args.app_role} on {table}: {', '.join(sorted(granted))}")
    if args.admin and not auth.users_exist(store):
        auth.add_user(store, None, username=args.admin, display_name=args.admin_name or args.admin,
                      password=current_password(args.admin), roles={"admin"})
        print(f"first administrator {args.admin} added; finish the setup with 'workstation setup' or the desk")
    return 0
