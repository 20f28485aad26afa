"""Printed borrower documents: what was printed, for what, by whom, with which hashes."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, UTCDateTime, utcnow


class PrintedDocument(Base):
    __tablename__ = "printed_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    document_no: Mapped[str] = mapped_column(String(60), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    loan_ref: Mapped[str | None] = mapped_column(String(60), index=True)   # contract number of the loan
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    font: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FrozenDocument(Base):
    """The exact data of a document whose terms may not change once signed
    (a contract, a guarantee agreement): reprints render from this."""
    __tablename__ = "frozen_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    document_no: Mapped[str] = mapped_column(String(60))
    canonical_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (Index("uq_frozen_documents_kind_no", "kind", "document_no", unique=True),)
