"""Disbursements: each payment of a contract's money to the borrower, with the loan
receipt 借款借据 it produces (receipt number, account as stored, its own schedule) and,
when the money went to an account not on the borrower's verified list, the reason
and the supervisor who allowed it."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, DecimalText, Fen, JSONText, UTCDateTime, utcnow

ACCOUNT_KINDS = ("payment_account", "bank_card", "other")


class Disbursement(Base):
    __tablename__ = "disbursements"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)                       # 1, 2, ... per contract
    receipt_no: Mapped[str] = mapped_column(String(60), unique=True)
    value_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Fen)
    account_kind: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(80))                # as stored, never masked
    account_label: Mapped[str] = mapped_column(String(120))         # 支付宝 / 招商银行 ...
    off_list_reason: Mapped[str | None] = mapped_column(String(300))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    schedule: Mapped[list] = mapped_column(JSONText)                # [[period, due, principal_fen, interest_fen]]
    apr_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (
        UniqueConstraint("loan_id", "seq", name="uq_disbursements_loan_seq"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("account_kind in ('payment_account','bank_card','other')", name="account_kind_known"),
        CheckConstraint("account_kind <> 'other' or (off_list_reason is not null and approved_by is not null)",
                        name="other_account_approved"),
    )
