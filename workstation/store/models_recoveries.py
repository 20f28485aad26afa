"""Recoveries after write-off 核销后收回: cash received on a loan already written off.

The loan's own journal is closed by the write-off (what the borrower owes is nil in the
books, the engine allocates nothing more), so a recovery is posted to a journal of its own.
Each row is one accounting entry, amount in signed fen:

* debit cash (the lender's collection account) / credit recoveries income 核销后收回收入,
* and, off the balance sheet, the written-off receivable memo 已核销贷款备查 falls by the
  same amount (the memo is what was written off less what was recovered).

A mistaken recovery is reversed by a row of the opposite sign pointing at it (``reverses_id``).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, Fen, UTCDateTime, utcnow


class Recovery(Base):
    __tablename__ = "recoveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    value_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    amount: Mapped[Decimal] = mapped_column(Fen)                  # cash in (+), a reversal (-)
    reference: Mapped[str | None] = mapped_column(String(80))
    idem_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("recoveries.id"), unique=True)
    source: Mapped[str] = mapped_column(String(20), default="desk")
    memo: Mapped[str | None] = mapped_column(String(300))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (
        Index("ix_recoveries_loan_value", "loan_id", "value_date"),
        Index("ix_recoveries_value_date", "value_date"),
    )
