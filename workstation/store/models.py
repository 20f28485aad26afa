"""Core records: people, merchants, applications, platform metrics, declared
financials, products, users and roles, settings, status history, imports."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.store.base import Base, DecimalText, Fen, JSONText, UTCDateTime, utcnow


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    roles: Mapped[list["UserRole"]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (CheckConstraint("role in ('officer','supervisor','admin')", name="role_known"),)


class Setting(Base):
    """Configurable business data (lending capacity, thresholds, lender details)."""
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Product(Base):
    __tablename__ = "products"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    definition: Mapped[dict] = mapped_column(JSONText)   # domain.products.Product.to_dict()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Person(Base):
    """A natural person: a legal representative or actual operator."""
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    id_last4: Mapped[str] = mapped_column(String(4), index=True)
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    citizen: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)


class Merchant(Base):
    __tablename__ = "merchants"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[str] = mapped_column(String(40), unique=True)   # platform member id
    name: Mapped[str] = mapped_column(String(120))
    platform: Mapped[str] = mapped_column(String(10))
    shop_name: Mapped[str] = mapped_column(String(120))
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    province: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(String(200))
    member_since: Mapped[date] = mapped_column(Date)
    legal_rep_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    applicant_is_legal_rep: Mapped[bool] = mapped_column(Boolean, default=True)
    contact_phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    payment_account: Mapped[str] = mapped_column(String(60))
    real_name_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    bank_name: Mapped[str] = mapped_column(String(40))
    bank_card: Mapped[str] = mapped_column(String(19), index=True)
    bank_listed: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_rep: Mapped[Person] = relationship(lazy="joined")
    __table_args__ = (CheckConstraint("platform in ('taobao','tmall','1688')", name="platform_known"),)


class BlacklistEntry(Base):
    __tablename__ = "blacklist"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))     # id_number | credit_code | member_id | phone | payment_account
    value: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the signed listing (aftercare.blacklist) this identifier came from; None: older rows
    listing_id: Mapped[int | None] = mapped_column(Integer, index=True)
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_blacklist_kind_value"),)


class PlatformMonth(Base):
    __tablename__ = "platform_metrics"
    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    month: Mapped[date] = mapped_column(Date)
    sales: Mapped[Decimal] = mapped_column(Fen)
    orders: Mapped[int] = mapped_column(Integer)
    refunds: Mapped[int] = mapped_column(Integer)
    refund_amount: Mapped[Decimal] = mapped_column(Fen)
    disputes: Mapped[int] = mapped_column(Integer)
    rating_centi: Mapped[int] = mapped_column(Integer)      # buyer rating x 100 (485 = 4.85)
    login_days: Mapped[int] = mapped_column(Integer)
    ad_spend: Mapped[Decimal] = mapped_column(Fen)
    listings: Mapped[int] = mapped_column(Integer)
    favourites: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("merchant_id", "month", name="uq_platform_metrics_merchant_month"),)


class Application(Base):
    """A loan application. Queue columns are denormalised from the merchant so the
    queue of a million rows sorts, filters and searches in one indexed table."""
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    app_no: Mapped[str] = mapped_column(String(20), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(60), unique=True)  # platform's id, for idempotent imports
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    product_code: Mapped[str] = mapped_column(ForeignKey("products.code"))
    amount_requested: Mapped[Decimal] = mapped_column(Fen)      # indexed by models_queue's ix_q_amount
    term_months: Mapped[int | None] = mapped_column(Integer)
    term_days: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), index=True)
    status_note: Mapped[str | None] = mapped_column(String(500))   # e.g. what more information is awaited
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # indexed by models_queue's ix_q_received
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offer_expires_on: Mapped[date | None] = mapped_column(Date)
    # denormalised for the queue
    merchant_name: Mapped[str] = mapped_column(String(120), index=True)
    legal_rep_name: Mapped[str] = mapped_column(String(60), index=True)
    id_last4: Mapped[str] = mapped_column(String(4), index=True)
    platform: Mapped[str] = mapped_column(String(10))
    province: Mapped[str] = mapped_column(String(20))
    # the score as computed, with what it was computed from
    score_total: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(1))
    suggested_limit: Mapped[Decimal | None] = mapped_column(Fen)
    score_version: Mapped[str | None] = mapped_column(String(20))
    score_inputs: Mapped[dict | None] = mapped_column(JSONText)
    score_result: Mapped[dict | None] = mapped_column(JSONText)
    version: Mapped[int] = mapped_column(Integer, default=1)

    merchant: Mapped[Merchant] = relationship(lazy="joined")
    declared: Mapped["DeclaredFinancials | None"] = relationship(back_populates="application", uselist=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("amount_requested > 0", name="amount_positive"),
        Index("ix_applications_status_received", "status", "received_at"),
        Index("ix_applications_officer_status", "officer_id", "status"),
    )


class DeclaredFinancials(Base):
    __tablename__ = "declared_financials"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sales: Mapped[Decimal] = mapped_column(Fen)
    operating_cost: Mapped[Decimal] = mapped_column(Fen)
    net_margin_pct: Mapped[Decimal] = mapped_column(DecimalText)
    inventory: Mapped[Decimal] = mapped_column(Fen)
    total_assets: Mapped[Decimal] = mapped_column(Fen)
    total_liabilities: Mapped[Decimal] = mapped_column(Fen)
    receivables: Mapped[Decimal] = mapped_column(Fen)
    platform_share_pct: Mapped[Decimal] = mapped_column(DecimalText)
    customer1_name: Mapped[str | None] = mapped_column(String(120))
    customer1_years: Mapped[int | None] = mapped_column(Integer)
    customer1_share_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    customer2_name: Mapped[str | None] = mapped_column(String(120))
    customer2_years: Mapped[int | None] = mapped_column(Integer)
    customer2_share_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    application: Mapped[Application] = relationship(back_populates="declared")


class StatusChange(Base):
    __tablename__ = "status_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[str | None] = mapped_column(Text)
    # what the program recorded by itself: {"code": ..., "params": {...}} (domain/history_texts.py),
    # translated by the interface; ``comment`` then holds its English text, or the person's words
    event: Mapped[dict | None] = mapped_column(JSONText)


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20), default="running")
    note: Mapped[str | None] = mapped_column(Text)
