"""Loan servicing records: loans, their frozen installments, the append-only
transaction journal, revolving lines, joint-guarantee groups, demands, end-of-day
runs and imported repayment lines.

The journal is the source of truth. The balance columns on ``loans`` and the paid
columns on ``installments`` are a cache that ``workstation reconcile`` recomputes from
the journal and compares.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from workstation.domain.terms import ApprovedTerms
from workstation.store.base import Base, DecimalText, Fen, JSONText, TermsColumn, UTCDateTime, utcnow

LOAN_STATUSES = ("contracted", "active", "closed", "written_off")
JOURNAL_KINDS = ("disbursement", "draw", "repayment", "interest_accrual", "penalty_accrual", "waiver",
                 "reversal", "write_off")


class Loan(Base):
    __tablename__ = "loans"
    id: Mapped[int] = mapped_column(primary_key=True)
    contract_no: Mapped[str] = mapped_column(String(40), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    # a contract's further disbursements (tranches) are loans of their own, each with its own
    # schedule from its own date: ``parent_loan_id`` names the contract's first loan row and
    # ``tranche_seq`` counts 1 (that row), 2, 3, ... (services.tranches)
    parent_loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), index=True)
    tranche_seq: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    product_code: Mapped[str] = mapped_column(ForeignKey("products.code"))
    # the approved terms (domain.terms.ApprovedTerms), frozen when the contract is signed;
    # amount, method, term and revolving are copied into columns for queries only
    terms: Mapped[ApprovedTerms] = mapped_column(TermsColumn)
    approved_amount: Mapped[Decimal] = mapped_column(Fen)
    method: Mapped[str] = mapped_column(String(20))
    term_months: Mapped[int | None] = mapped_column(Integer)
    term_days: Mapped[int | None] = mapped_column(Integer)
    revolving: Mapped[bool] = mapped_column(Boolean, default=False)
    # contract
    signed_on: Mapped[date] = mapped_column(Date)
    sign_channel: Mapped[str] = mapped_column(String(20))
    # disbursement (schedule frozen here)
    disbursed_on: Mapped[date | None] = mapped_column(Date, index=True)
    disbursed_amount: Mapped[Decimal | None] = mapped_column(Fen)
    destination_account: Mapped[str | None] = mapped_column(String(60))
    maturity_date: Mapped[date | None] = mapped_column(Date)
    accelerated_on: Mapped[date | None] = mapped_column(Date)      # early recall: all falls due that day
    frozen_schedule: Mapped[list | None] = mapped_column(JSONText)  # [[period, due, principal_fen, interest_fen]]
    apr_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    status: Mapped[str] = mapped_column(String(20), default="contracted", index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    written_off_on: Mapped[date | None] = mapped_column(Date)
    # cached position (see module docstring)
    principal_outstanding: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    interest_unpaid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    penalty_unpaid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    excess: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    overdue_principal: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    overdue_interest: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    dpd: Mapped[int] = mapped_column(Integer, default=0, index=True)
    bucket: Mapped[str] = mapped_column(String(4), default="M0")
    tier: Mapped[str] = mapped_column(String(4), default="正常")
    position_date: Mapped[date | None] = mapped_column(Date)      # the cache describes the start of this day
    last_eod: Mapped[date | None] = mapped_column(Date, index=True)  # accruals posted through this night
    inst_sig: Mapped[str | None] = mapped_column(String(16))       # fingerprint of the installment cache
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    # read-only views of ``terms`` for readers written before it (no stored copy)
    @property
    def daily_rate(self) -> str:
        return str(self.terms.daily_rate)

    @property
    def monthly_rate(self) -> str:
        return str(self.terms.monthly_rate)

    @property
    def rate_text(self) -> str:
        return self.terms.rate.text()

    @property
    def penalty_multiplier(self) -> Decimal:
        return self.terms.penalty_multiplier

    @property
    def allocation_order(self) -> list:
        return list(self.terms.allocation)

    __table_args__ = (
        CheckConstraint("status in ('contracted','active','closed','written_off')", name="status_known"),
        CheckConstraint("approved_amount > 0", name="amount_positive"),
        CheckConstraint("(tranche_seq = 1) = (parent_loan_id is null)", name="tranche_has_parent"),
        UniqueConstraint("application_id", "tranche_seq", name="uq_loans_application_tranche"),
    )


class Installment(Base):
    __tablename__ = "installments"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    period: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    # frozen at disbursement
    principal: Mapped[Decimal] = mapped_column(Fen)
    interest: Mapped[Decimal] = mapped_column(Fen)
    # current (after prepayments, payoff, daily interest) and what was paid
    principal_due: Mapped[Decimal] = mapped_column(Fen)
    interest_due: Mapped[Decimal] = mapped_column(Fen)
    principal_paid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    interest_paid: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    interest_waived: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    principal_written_off: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    status: Mapped[str] = mapped_column(String(20))
    days_overdue: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("loan_id", "period", name="uq_installments_loan_period"),)


class JournalEntry(Base):
    """Append-only. Amounts are the effect on what the borrower owes (signed fen):
    a disbursement adds principal, a repayment subtracts its split, a reversal
    negates the entry it reverses. ``excess`` is cash received beyond what was owed."""
    __tablename__ = "journal"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    kind: Mapped[str] = mapped_column(String(20))
    value_date: Mapped[date] = mapped_column(Date)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    amount: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))       # cash moved
    principal: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    interest: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    penalty: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    excess: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))
    reference: Mapped[str | None] = mapped_column(String(80))
    idem_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("journal.id"), unique=True)
    origin_id: Mapped[int | None] = mapped_column(Integer)        # first posting of a re-posted event
    source: Mapped[str] = mapped_column(String(20), default="desk")
    memo: Mapped[str | None] = mapped_column(String(300))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (
        CheckConstraint("kind in ('disbursement','draw','repayment','interest_accrual','penalty_accrual',"
                        "'waiver','reversal','write_off')", name="kind_known"),
        Index("ix_journal_loan_value", "loan_id", "value_date"),
        Index("ix_journal_kind_loan", "kind", "loan_id"),
    )


class CreditLine(Base):
    """A revolving line 循环贷: the loan row carries the balances, this its limit."""
    __tablename__ = "credit_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), unique=True)
    limit: Mapped[Decimal] = mapped_column(Fen)
    expiry: Mapped[date] = mapped_column(Date)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    freeze_reason: Mapped[str | None] = mapped_column(String(300))
    frozen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    frozen_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drawn: Mapped[Decimal] = mapped_column(Fen, default=Decimal("0.00"))     # cache: principal outstanding


class GuaranteeGroup(Base):
    """A joint-guarantee group 联保小组: three or more member firms, jointly liable."""
    __tablename__ = "guarantee_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    formed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class GroupMember(Base):
    __tablename__ = "group_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("guarantee_groups.id"))
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("group_id", "merchant_id", name="uq_group_members_group_merchant"),)


class Demand(Base):
    """A demand made to a member for a defaulting member's overdue amount."""
    __tablename__ = "group_demands"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("guarantee_groups.id"), index=True)
    defaulting_loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    member_merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    amount: Mapped[Decimal] = mapped_column(Fen)
    made_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EodRun(Base):
    __tablename__ = "eod_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_date: Mapped[date] = mapped_column(Date, unique=True)
    status: Mapped[str] = mapped_column(String(12))      # running | complete
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    loans: Mapped[int] = mapped_column(Integer, default=0)
    offers_expired: Mapped[int] = mapped_column(Integer, default=0)


class RepaymentLine(Base):
    """A posted line of the payment channel's repayment file: the unique payment
    reference is what makes an import run twice change nothing."""
    __tablename__ = "repayment_import_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_ref: Mapped[str] = mapped_column(String(80), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    contract_no: Mapped[str] = mapped_column(String(40))
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("journal.id"))
    amount: Mapped[Decimal] = mapped_column(Fen)
    value_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))        # repayment | order_settlement
    line_no: Mapped[int] = mapped_column(Integer)
