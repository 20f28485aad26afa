"""Where things live: the repository's resources, the default database."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = ROOT_DIR / "resources"
ENV_DATABASE = "WORKSTATION_DATABASE_URL"


def default_db_dir() -> Path:
    override = os.environ.get("WORKSTATION_HOME")
    return Path(override) if override else ROOT_DIR / "local_db"


def default_database_url() -> str:
    return f"sqlite:///{default_db_dir() / 'workstation.db'}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """--database beats WORKSTATION_DATABASE_URL beats local_db/workstation.db."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DATABASE)
    if env:
        return env
    return default_database_url()
