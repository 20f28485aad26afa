from __future__ import annotations

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    p.add_argument("action", choices=["upgrade", "info"])


def run(args) -> int:
    store = open_store(args)  # opening upgrades to head
    from sqlalchemy import text
    with store.engine.connect() as c:
        head = c.execute(text("select version_num from alembic_version")).scalar()
    print(f"{store.describe()}: schema at {head}")
    return 0
