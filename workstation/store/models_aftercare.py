"""After the loan (贷后): the platform's monitoring snapshots, the versioned warning rule
sets, the warnings raised from them and the actions taken on each warning.

``warning_actions`` is where later desks attach (collections, blacklist proposals): a
row per thing done on a warning, with its own state for the ones that need a
supervisor's sign-off (freeze, limit cut, early recall).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, DecimalText, Fen, JSONText, UTCDateTime, utcnow

WARNING_STATUSES = ("new", "assigned", "acting", "closed")
ACTION_KINDS = ("assign", "call", "visit", "ask_info", "freeze", "limit_cut", "recall", "close")
ACTION_STATES = ("done", "pending", "signed", "refused")


class MonitoringSnapshot(Base):
    """One periodic snapshot of a merchant from the platform; (merchant, date) is unique,
    so importing a file twice stores nothing twice."""
    __tablename__ = "monitoring_snapshots"
    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    snap_date: Mapped[date] = mapped_column(Date)
    logins: Mapped[int] = mapped_column(Integer)
    days_since_login: Mapped[int] = mapped_column(Integer)
    orders: Mapped[int] = mapped_column(Integer)
    gmv: Mapped[Decimal] = mapped_column(Fen)
    refunds: Mapped[int] = mapped_column(Integer)
    disputes: Mapped[int] = mapped_column(Integer)
    ad_spend: Mapped[Decimal] = mapped_column(Fen)
    traffic: Mapped[int] = mapped_column(Integer)
    rating_centi: Mapped[int] = mapped_column(Integer)
    shop_status: Mapped[str] = mapped_column(String(12))
    inflow: Mapped[Decimal] = mapped_column(Fen)
    outflow: Mapped[Decimal] = mapped_column(Fen)
    unrelated_outflow: Mapped[Decimal] = mapped_column(Fen)
    source: Mapped[str | None] = mapped_column(String(64))       # SHA-256 of the file it came in
    __table_args__ = (
        UniqueConstraint("merchant_id", "snap_date", name="uq_monitoring_snapshots_merchant_date"),
        CheckConstraint("shop_status in ('open','restricted','closed')", name="shop_status_known"),
    )


class WarningRuleSet(Base):
    """A version of the warning rules (data, see domain.warning_rules); never edited once
    stored: an administrator's change is a new version."""
    __tablename__ = "warning_rule_sets"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    rules: Mapped[dict] = mapped_column(JSONText)
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Warning(Base):
    """A warning raised for a borrower by one rule. ``open_key`` ("merchant:rule") is set
    while the warning is open and cleared when it closes: the unique index keeps a
    second open warning of the same rule for the same borrower out."""
    __tablename__ = "warnings"
    id: Mapped[int] = mapped_column(primary_key=True)
    warning_no: Mapped[str] = mapped_column(String(24), unique=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    rule: Mapped[str] = mapped_column(String(30))
    rule_version: Mapped[int] = mapped_column(Integer)
    severity: Mapped[str] = mapped_column(String(10))
    suggested_action: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="new", index=True)
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    snapshot_on: Mapped[date] = mapped_column(Date)
    metric: Mapped[str | None] = mapped_column(String(30))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    threshold: Mapped[Decimal] = mapped_column(DecimalText)
    detail: Mapped[dict] = mapped_column(JSONText)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    open_key: Mapped[str | None] = mapped_column(String(60), unique=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status in ('new','assigned','acting','closed')", name="status_known"),
    )


class WarningAction(Base):
    """Something done on a warning. Freeze, limit cut and recall are requested
    (``pending``) and take effect only when a supervisor other than the requester signs
    (``signed``) or are refused (``refused``)."""
    __tablename__ = "warning_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    warning_id: Mapped[int] = mapped_column(ForeignKey("warnings.id"))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10), default="done")
    note: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Fen)          # new limit; recall: the balance due
    due_date: Mapped[date | None] = mapped_column(Date)          # recall: the whole balance falls due
    details: Mapped[dict | None] = mapped_column(JSONText)
    document_no: Mapped[str | None] = mapped_column(String(60))  # recall notice
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sign_note: Mapped[str | None] = mapped_column(String(300))
    __table_args__ = (
        Index("ix_warning_actions_warning", "warning_id", "id"),
        CheckConstraint("state in ('done','pending','signed','refused')", name="state_known"),
    )


class LoanAcceleration(Base):
    """An early recall in force (提前收贷): the whole balance of the loan falls due on
    ``due_date``. One per loan."""
    __tablename__ = "loan_accelerations"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), unique=True)
    warning_action_id: Mapped[int] = mapped_column(ForeignKey("warning_actions.id"))
    declared_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    amount_due: Mapped[Decimal] = mapped_column(Fen)
    notice_no: Mapped[str] = mapped_column(String(60), unique=True)


# -- collections (催收) ------------------------------------------------------------------------

CONTACT_CHANNELS = ("phone", "sms", "wechat", "visit", "letter")
CONTACT_PERSONS = ("borrower", "legal_rep", "guarantor", "contact", "none")
CONTACT_OUTCOMES = ("reached", "no_answer", "refused", "promised", "wrong_number", "disputed")
PROMISE_STATUSES = ("open", "kept", "broken")


class CollectionContact(Base):
    """One collection attempt on an overdue loan: when (UTC), by which channel, who was
    reached and what came of it."""
    __tablename__ = "collection_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True))
    local_day: Mapped[date] = mapped_column(Date)           # the Asia/Shanghai day of the attempt
    channel: Mapped[str] = mapped_column(String(12))
    person: Mapped[str] = mapped_column(String(12))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (Index("ix_collection_contacts_loan_day", "loan_id", "local_day"),)


class PromiseToPay(Base):
    """A borrower's promise to pay ``amount`` by ``promised_on``; end of day marks it kept
    (the repayments from ``made_on`` through ``promised_on`` reach it) or broken."""
    __tablename__ = "promises_to_pay"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("collection_contacts.id"))
    amount: Mapped[Decimal] = mapped_column(Fen)
    made_on: Mapped[date] = mapped_column(Date)
    promised_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(8), default="open", index=True)
    paid: Mapped[Decimal | None] = mapped_column(Fen)      # repaid in the window, when checked
    checked_on: Mapped[date | None] = mapped_column(Date)
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (CheckConstraint("status in ('open','kept','broken')", name="promise_status_known"),)


class DeductionRequest(Base):
    """A line of a deduction request file sent to the payment channel; the channel's
    result comes back as a repayment whose ``payment_ref`` is ``request_no``."""
    __tablename__ = "deduction_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_no: Mapped[str] = mapped_column(String(40), unique=True)
    batch_no: Mapped[str] = mapped_column(String(40), index=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Fen)
    requested_on: Mapped[date] = mapped_column(Date)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True), default=utcnow)


# -- blacklist (黑名单) and credit restoration (信用修复) ----------------------------------------

LISTING_REASONS = ("malicious_default", "fraud", "false_information", "fund_misuse", "other")
LISTING_SOURCES = ("collections", "warning", "credit_review", "court", "platform", "other")
LISTING_STATUSES = ("pending", "active", "refused", "lifted")


class BlacklistListing(Base):
    """A proposed blacklist entry with its reason, source and evidence; it takes effect
    (its identifiers go into ``blacklist``, which the policy rule reads) only when a
    second person signs it. A malicious default (恶意违约) is published at sign-off.
    A restoration plan met lifts it, with a record."""
    __tablename__ = "blacklist_listings"
    id: Mapped[int] = mapped_column(primary_key=True)
    listing_no: Mapped[str] = mapped_column(String(30), unique=True)
    subject_name: Mapped[str] = mapped_column(String(120))
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(20))
    payment_account: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True), default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(timezone=True))
    decision_note: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[date | None] = mapped_column(Date)        # malicious-default mark made public
    lifted_on: Mapped[date | None] = mapped_column(Date)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lift_note: Mapped[str | None] = mapped_column(String(300))
    __table_args__ = (CheckConstraint("status in ('pending','active','refused','lifted')", name="listing_status_known"),)


class RestorationPlan(Base):
    """信用修复: the conditions a blacklisted borrower must meet (e.g. repay in full, six
    months without new default) by ``deadline``; met on ``met_on``, confirmed by
    ``confirmed_by``, which lifts the listing."""
    __tablename__ = "restoration_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("blacklist_listings.id"), index=True)
    conditions: Mapped[list] = mapped_column(JSONText)
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")      # open, met, lapsed
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True), default=utcnow)
    met_on: Mapped[date | None] = mapped_column(Date)
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirm_note: Mapped[str | None] = mapped_column(String(300))
