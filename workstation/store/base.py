"""Declarative base, naming convention and the column types the store relies on."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

from workstation.domain.json_values import json_default
from workstation.domain.money import from_fen, money, to_fen

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Fen(TypeDecorator):
    """Money column: Decimal yuan in Python, integer fen in the database.

    SQLite stores ``Numeric`` as a floating-point REAL; integers are exact on
    every backend.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money column refuses float")
        return to_fen(money(value))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return from_fen(int(value))


class DecimalText(TypeDecorator):
    """An exact non-money decimal (a rate, a ratio) stored as text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("decimal column refuses float")
        return str(Decimal(value))

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class JSONText(TypeDecorator):
    """JSON stored as text, the same on SQLite and PostgreSQL; Decimals as strings."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _json_text(value)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)


class TermsColumn(TypeDecorator):
    """A loan's terms (``domain.terms.ApprovedTerms``) as JSON text through its strict
    codec: exact rate fraction, amounts as strings; anything else is refused."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        from workstation.domain.terms import ApprovedTerms
        if value is None:
            return None
        if not isinstance(value, ApprovedTerms):
            raise TypeError(f"terms column takes ApprovedTerms, not {type(value).__name__}")
        return value.to_json()

    def process_result_value(self, value, dialect):
        from workstation.domain.terms import ApprovedTerms
        return None if value is None else ApprovedTerms.from_json(value)


# json.dumps(value, ensure_ascii=False, sort_keys=True, default=json_default) builds this very
# encoder on every call (its arguments are not the defaults): built once, the same text
_json_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=json_default).encode


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def utcnow() -> datetime:
    from workstation.domain import clock       # the demo's simulated time while it builds
    return clock.utcnow()
