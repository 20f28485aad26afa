"""Repayment-file lines held for an officer: a line larger than the loan's payoff on its
value date (plus the tolerance setting) is not posted by the import but kept here with a
status, until an officer posts it or returns the money."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, Fen, UTCDateTime, utcnow

HELD_STATUSES = ("held", "posted", "returned")


class HeldRepayment(Base):
    __tablename__ = "repayment_held_lines"
    __table_args__ = (CheckConstraint("status IN ('held', 'posted', 'returned')", name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_ref: Mapped[str] = mapped_column(String(80), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    contract_no: Mapped[str] = mapped_column(String(40))
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Fen)
    payoff: Mapped[Decimal] = mapped_column(Fen)            # the payoff on value_date when it was held
    value_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    line_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="held", index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("journal.id"))
    reason: Mapped[str | None] = mapped_column(Text)
