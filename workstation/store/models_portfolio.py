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
        Index("ix_portfolio_positions_open_principal", "valid_to_day", "principal_fen"),   # drill-downs
        Index("ix_portfolio_positions_open_anchor", "valid_to_day", "overdue_anchor"),
    )


class PortfolioDayStat(Base):
    """The book at the end of a day, summed: loans and principal by officer, disbursement
    month, bucket, tier and bucket at the end of the month before ("" : not live then;
    a loan live then and gone now is counted with bucket "closed" and no principal).
    Kept by end of day (portfolio/stats.py) so that the dashboard reads a few thousand
    rows, not the book."""
    __tablename__ = "portfolio_day_stats"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int | None] = mapped_column(Integer)
    disbursed_month: Mapped[str] = mapped_column(String(7))
    bucket: Mapped[str] = mapped_column(String(6))
    tier: Mapped[str] = mapped_column(String(4))
    prev_bucket: Mapped[str] = mapped_column(String(6))
    loans: Mapped[int] = mapped_column(Integer)
    principal_fen: Mapped[int] = mapped_column(BigInteger)
    prev_principal_fen: Mapped[int] = mapped_column(BigInteger, default=0)    # at the end of the month before
    __table_args__ = (Index("ix_portfolio_day_stats_day", "day", "officer_id"),)


class PortfolioDayDim(Base):
    """The book at the end of a day by officer and one dimension (product, platform,
    province, grade): loans and principal outstanding."""
    __tablename__ = "portfolio_day_dims"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int | None] = mapped_column(Integer)
    dim: Mapped[str] = mapped_column(String(20))
    value: Mapped[str | None] = mapped_column(String(30))
    loans: Mapped[int] = mapped_column(Integer)
    principal_fen: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (Index("ix_portfolio_day_dims_day", "day", "dim"),)


class PortfolioDayFpd(Base):
    """First-payment default kept with the day (default bad: 30 days): matured and bad
    loans and amounts by officer and disbursement month."""
    __tablename__ = "portfolio_day_fpd"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[int] = mapped_column(Integer, index=True)
    bad_days: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int | None] = mapped_column(Integer)
    disbursed_month: Mapped[str] = mapped_column(String(7))
    matured: Mapped[int] = mapped_column(Integer)
    bad: Mapped[int] = mapped_column(Integer)
    matured_fen: Mapped[int] = mapped_column(BigInteger)
    bad_fen: Mapped[int] = mapped_column(BigInteger)


class PortfolioDayFunnel(Base):
    """The application funnel kept with the day: the applications received from the first
    of the month two months before to the day, by officer and month received, per step."""
    __tablename__ = "portfolio_day_funnel"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[int] = mapped_column(Integer, index=True)
    officer_id: Mapped[int | None] = mapped_column(Integer)
    received_month: Mapped[str] = mapped_column(String(7))
    step: Mapped[str] = mapped_column(String(12))
    count: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    gaps: Mapped[int] = mapped_column(Integer)
    gap_seconds: Mapped[int] = mapped_column(BigInteger)
