"""The queue's search: what a typed text finds (an application number's start, an ID
number's last digits, a name or part of one) and the text as it reaches the database.
A text of three characters or more is looked for inside the names through the substring
index (SQLite's FTS5 trigram table ``applications_fts``, PostgreSQL's pg_trgm indexes)."""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import String, and_, bindparam, literal_column, or_, select, table
from sqlalchemy.sql.elements import ColumnElement

from workstation.store.models import Application

_APP_NO = re.compile(r"^[Aa]\d*$")
_DIGITS = re.compile(r"^\d{1,6}[Xx]?$")

SEARCH_MAX = 100      # longer than any searched column: a longer text cannot match anything more


def clean_search(text: str) -> str:
    """The search text as it reaches the database: control characters (NUL included),
    format characters (bidi, zero-width) and lone surrogates dropped, spaces collapsed,
    at most SEARCH_MAX characters."""
    text = "".join(" " if ch.isspace() else ch for ch in (text or "")[: SEARCH_MAX * 4]
                   if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    return " ".join(text.split())[:SEARCH_MAX].strip()


FTS_MIN = 3          # the trigram index finds texts of three characters or more


def search_clause(text: str, *, dialect: str = "sqlite") -> ColumnElement[bool] | None:
    """Application number (prefix), last digits of an ID number, or a name.

    A text of three characters or more is looked for anywhere in the merchant's and the
    legal representative's names through the substring index (SQLite: the FTS5 trigram
    table ``applications_fts``; PostgreSQL: ILIKE served by the pg_trgm GIN indexes),
    case-insensitively. One or two characters match the start of either name (index
    ranges): the trigram index cannot hold anything shorter than three characters.
    """
    text = clean_search(text)
    if not text:
        return None
    if _APP_NO.match(text) and len(text) > 1:
        return _prefix(Application.app_no, text.upper())
    if _DIGITS.match(text):
        tail = text.upper()
        if len(tail) >= 4:
            return Application.id_last4 == tail[-4:]
        return Application.id_last4.like(f"%{tail}")
    if len(text) >= FTS_MIN:
        if dialect == "sqlite":
            phrase = '"' + text.replace('"', '""') + '"'
            fts = select(literal_column("rowid")).select_from(table("applications_fts")).where(
                literal_column("applications_fts").op("MATCH")(bindparam("fts_phrase", phrase, type_=String)))
            return Application.id.in_(fts)
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return or_(Application.merchant_name.ilike(pattern, escape="\\"),
                   Application.legal_rep_name.ilike(pattern, escape="\\"))
    return or_(_prefix(Application.legal_rep_name, text), _prefix(Application.merchant_name, text))


def _prefix(column, text: str) -> ColumnElement[bool]:
    # a range instead of LIKE: uses the plain index on SQLite and PostgreSQL alike
    return and_(column >= text, column < text + "\U0010ffff")
