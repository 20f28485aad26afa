"""Developer tool: autogenerate a migration against a scratch SQLite database at head.

    python -m workstation.store.makemigration "message"
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from workstation.store.db import alembic_config, make_engine, upgrade_to_head


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        upgrade_to_head(engine)
        command.revision(alembic_config(engine), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "change")
