"""Helpers shared by the subcommands."""
from __future__ import annotations

import getpass
import os
import sys

from workstation.config import resolve_database_url
from workstation.domain.actor import Actor
from workstation.store.session import Store


def open_store(args) -> Store:
    return Store.open(resolve_database_url(getattr(args, "database", None)))


def sign_in_cli(store: Store, username: str) -> Actor:
    """Sign in for a command: the password from $WORKSTATION_PASSWORD or a prompt.

    A temporary password is refused (``workstation users change-password USER`` first)."""
    from workstation.services.auth import PasswordChangeRequired, sign_in
    try:
        return sign_in(store, username, current_password(username))
    except PasswordChangeRequired as exc:
        raise PasswordChangeRequired("password_temporary_cli", username=username) from None


def current_password(username: str) -> str:
    password = os.environ.get("WORKSTATION_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise ValueError("no password: set WORKSTATION_PASSWORD or run in a terminal")
        password = getpass.getpass(f"password for {username}: ")
    return password


def iso_date(text: str):
    """argparse type: a calendar date written YYYY-MM-DD, with a message naming the fault."""
    import argparse
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD, e.g. 2026-11-27") from None
