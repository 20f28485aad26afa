"""Where things live: the default database and the log folder (the shipped resources:
:mod:`workstation.assets`)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
ENV_DATABASE = "WORKSTATION_DATABASE_URL"
ENV_HOME = "WORKSTATION_HOME"
ENV_LOG_DIR = "WORKSTATION_LOG_DIR"
APP_NAME = "workstation"


def is_source_checkout() -> bool:
    """Running from the repository (a clone, an editable install), not from an installed wheel."""
    return (ROOT_DIR / "pyproject.toml").is_file() and (ROOT_DIR / "workstation").is_dir()


def default_db_dir() -> Path:
    """$WORKSTATION_HOME, else the repository's local_db/ in a checkout, else the user's data folder."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override)
    if is_source_checkout():
        return ROOT_DIR / "local_db"
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """$WORKSTATION_LOG_DIR, else the user's log folder (platformdirs)."""
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override)
    from platformdirs import user_log_dir
    return Path(user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_db_dir() / 'workstation.db'}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """--database beats WORKSTATION_DATABASE_URL beats the default database file."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_DATABASE)
    if env:
        return env
    return default_database_url()


def describe_url(url: str) -> str:
    """The database in a few words ("SQLite /path/x.db", "PostgreSQL host:5432/name"), read
    from the URL alone: the sign-in window names it before the database layer is loaded."""
    from urllib.parse import urlsplit
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ":memory:"
        return f"SQLite {path or ':memory:'}"
    parts = urlsplit(url)
    return f"PostgreSQL {parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def first_run_file(url: str) -> Path | None:
    """The default SQLite file when ``url`` is the default database and the file does not
    exist yet (the very first start), else None."""
    if url != default_database_url():
        return None
    path = Path(url.split(":///", 1)[1])
    return None if path.exists() else path
