"""The English text of the errors below the business rules that can still reach a
screen (the database cannot be opened, a rate, a schedule, terms or a quote the domain
cannot compute), by code: filed under the translation context "Refusals" and merged
into ``refusal_texts.CATALOGUE``, so the desk translates them like every refusal."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ERRORS: dict[str, str] = {
    # store/db.StoreError
    "db_network_share": QT_TRANSLATE_NOOP(
        "Refusals", "The database {path} is on a network share. SQLite cannot be shared that way; use a local "
                    "disk, or a PostgreSQL server URL for a shared branch."),
    "db_network_fs": QT_TRANSLATE_NOOP(
        "Refusals", "The database {path} is on a network file system ({fstype}). SQLite cannot be shared that "
                    "way; use a local disk, or a PostgreSQL server URL for a shared branch."),
    "db_cannot_open": QT_TRANSLATE_NOOP(
        "Refusals", "Cannot open the database {url}: {error}"),
}
