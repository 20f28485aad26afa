"""What end of day keeps so that the portfolio can be answered "as of" any date quickly.

* ``portfolio_loans``: one row per disbursed loan with what never changes and every
  dimension the portfolio groups by (copied once: product, platform, province, officer,
  grade, merchant, disbursement month, first due date).
* ``portfolio_positions``: the history of each loan's position as intervals of days
  (``valid_from_day`` <= day < ``valid_to_day``, days as proleptic ordinals so that every
  database does the arithmetic the same way). A new interval starts only when the
  principal, the overdue principal, the start of the overdue run or the status changes:
  days past due on day D are ``D - overdue_anchor`` while the run lasts, so a loan that
  stays overdue adds no rows night after night.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base

OPEN_END = 99_999_999      # valid_to_day of the current interval


class PortfolioLoan(Base):
    __tablename__ = "portfolio_loans"
    loan_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)   # loans.id (a cache: no key)
    application_id: Mapped[int] = mapped_column(Integer, index=True)
    merchant_id: Mapped[int] = mapped_column(Integer, index=True)
    product_code: Mapped[str] = mapped_column(String(30))
    platform: Mapped[str] = mapped_column(String(10))
    province: Mapped[str] = mapped_column(String(20))
    officer_id: Mapped[int | None] = mapped_column(Integer, index=True)
    grade: Mapped[str | None] = mapped_column(String(1))
    disbursed_day: Mapped[int] = mapped_column(Integer, index=True)
    disbursed_month: Mapped[str] = mapped_column(String(7), index=True)      # YYYY-MM
    first_due_day: Mapped[int | None] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(BigInteger)


class PortfolioPosition(Base):
    __tablename__ = "portfolio_positions"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("portfolio_loans.loan_id"))
    valid_from_day: Mapped[int] = mapped_column(Integer)
    valid_to_day: Mapped[int] = mapped_column(Integer, default=OPEN_END)
    principal_fen: Mapped[int] = mapped_column(BigInteger)
    overdue_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    overdue_anchor: Mapped[int | None] = mapped_column(Integer)    # day - anchor = days past due
    status: Mapped[str] = mapped_column(String(20))               # active | closed | written_off
    written_off: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        Index("ix_portfolio_positions_days", "valid_to_day", "valid_from_day"),
        Index("ix_portfolio_positions_loan", "loan_id", "valid_to_day"),
    )
