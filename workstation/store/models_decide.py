"""Verify and decide: video interviews, consents and recordings, recommendations
(one immutable row per version), sign-off chains and signatures, the authority
matrix, decline reasons, declines, requests for more information, approved offers."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.domain.terms import ApprovedTerms
from workstation.store.base import Base, DecimalText, Fen, JSONText, TermsColumn, UTCDateTime, utcnow


class Interview(Base):
    """A video interview: a draft saved as the officer types, then submitted (read-only)."""
    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(10), default="draft")          # draft | submitted
    planned_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    planned_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    channel: Mapped[str | None] = mapped_column(String(40))
    participants: Mapped[list] = mapped_column(JSONText, default=list)
    red_flags: Mapped[list] = mapped_column(JSONText, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(20))   # verified | not_verified | follow_up
    questionnaire_version: Mapped[str | None] = mapped_column(String(20))
    masking_score: Mapped[int | None] = mapped_column(Integer)
    consistency_score: Mapped[int | None] = mapped_column(Integer)
    discrepancies: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    checks: Mapped[list["InterviewCheck"]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                          order_by="InterviewCheck.id")
    answers: Mapped[list["QuestionnaireAnswer"]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                                order_by="QuestionnaireAnswer.id")
    addenda: Mapped[list["InterviewAddendum"]] = relationship(lazy="selectin", order_by="InterviewAddendum.id")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("state in ('draft','submitted')", name="state_known"),
        CheckConstraint("outcome is null or outcome in ('verified','not_verified','follow_up')",
                        name="outcome_known"),
    )


class InterviewCheck(Base):
    __tablename__ = "interview_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item: Mapped[str] = mapped_column(String(30))
    result: Mapped[str] = mapped_column(String(15), default="not_checked")  # confirmed|discrepancy|not_checked
    note: Mapped[str] = mapped_column(Text, default="")
    stated_value: Mapped[Decimal | None] = mapped_column(DecimalText)  # figure stated in the interview
    __table_args__ = (UniqueConstraint("interview_id", "item", name="uq_interview_checks_interview_item"),
                      CheckConstraint("result in ('confirmed','discrepancy','not_checked')", name="result_known"))


class QuestionnaireAnswer(Base):
    __tablename__ = "questionnaire_answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    question: Mapped[str] = mapped_column(String(20))
    option: Mapped[str] = mapped_column(String(20))
    __table_args__ = (UniqueConstraint("interview_id", "question", name="uq_questionnaire_answers_interview_q"),)


class InterviewAddendum(Base):
    """A dated correction to submitted notes, by a named user (the notes never change)."""
    __tablename__ = "interview_addenda"
    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class Consent(Base):
    """The applicant's separate consent, e.g. to a recording of the video interview."""
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))                  # 'recording'
    reference: Mapped[str] = mapped_column(String(200))            # where the consent is evidenced
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Attachment(Base):
    """A file in the attachment store, with the hash and size it had when stored."""
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id"), index=True)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    kind: Mapped[str] = mapped_column(String(20))                  # 'recording'
    original_name: Mapped[str] = mapped_column(String(260))
    stored_path: Mapped[str] = mapped_column(String(400))          # relative to the attachment store
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    purge_reason: Mapped[str | None] = mapped_column(String(200))


class Recommendation(Base):
    """One version of an officer's recommendation. Never updated: an edit adds the
    next version, so what a supervisor signed stays exactly as it was."""
    __tablename__ = "recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    product_code: Mapped[str] = mapped_column(ForeignKey("products.code"))
    amount: Mapped[Decimal] = mapped_column(Fen)
    term_months: Mapped[int | None] = mapped_column(Integer)
    term_days: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))
    daily_rate_pct: Mapped[Decimal] = mapped_column(DecimalText)   # percent per day, exact
    conditions: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    suggested_limit: Mapped[Decimal | None] = mapped_column(Fen)   # as shown when recommending
    apr_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    warnings: Mapped[list] = mapped_column(JSONText, default=list)
    __table_args__ = (UniqueConstraint("application_id", "version", name="uq_recommendations_app_version"),
                      CheckConstraint("amount > 0", name="amount_positive"))


class SignoffChain(Base):
    """One submission of a recommendation version for sign-off, and its outcome."""
    __tablename__ = "signoff_chains"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"))
    submitted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="open", index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signoffs: Mapped[list["Signoff"]] = relationship(lazy="selectin", order_by="Signoff.id")
    __table_args__ = (CheckConstraint("state in ('open','approved','returned','declined','superseded')",
                                      name="state_known"),)


class Signoff(Base):
    """A supervisor's signed decision on one recommendation version."""
    __tablename__ = "signoffs"
    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("signoff_chains.id"), index=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"))
    recommendation_version: Mapped[int] = mapped_column(Integer)
    signer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decision: Mapped[str] = mapped_column(String(15))      # approve | approve_lower | return | decline
    limit_approved: Mapped[Decimal | None] = mapped_column(Fen)
    comment: Mapped[str] = mapped_column(Text, default="")
    reason_codes: Mapped[list] = mapped_column(JSONText, default=list)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "password re-verified at <time>" plus the SHA-256 of what was signed
    signature: Mapped[str] = mapped_column(String(200))
    __table_args__ = (UniqueConstraint("chain_id", "signer_id", name="uq_signoffs_chain_signer"),
                      CheckConstraint("decision in ('approve','approve_lower','return','decline')",
                                      name="decision_known"))


class AuthorityRule(Base):
    """Who may sign off what: per role and product (null = any product)."""
    __tablename__ = "authority_matrix"
    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    product_code: Mapped[str | None] = mapped_column(ForeignKey("products.code"))
    max_limit: Mapped[Decimal] = mapped_column(Fen)
    dual_above: Mapped[Decimal | None] = mapped_column(Fen)     # above this, two sign-offs
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("role", "product_code", name="uq_authority_matrix_role_product"),)


class DeclineReason(Base):
    __tablename__ = "decline_reasons"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    text_zh: Mapped[str] = mapped_column(String(100))
    text_en: Mapped[str] = mapped_column(String(150))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Decline(Base):
    __tablename__ = "declines"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    stage: Mapped[str] = mapped_column(String(10))             # officer | signoff
    reason_codes: Mapped[list] = mapped_column(JSONText)
    comment: Mapped[str] = mapped_column(Text, default="")


class InfoRequest(Base):
    __tablename__ = "info_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    what: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answer_note: Mapped[str | None] = mapped_column(Text)


class ApprovedOffer(Base):
    """The approved terms as plain data, written once when a chain approves;
    servicing builds the contract and the loan from this row."""
    __tablename__ = "approved_offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"))
    chain_id: Mapped[int] = mapped_column(ForeignKey("signoff_chains.id"))
    product_code: Mapped[str] = mapped_column(ForeignKey("products.code"))
    amount: Mapped[Decimal] = mapped_column(Fen)
    term_months: Mapped[int | None] = mapped_column(Integer)
    term_days: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))
    daily_rate_pct: Mapped[Decimal] = mapped_column(DecimalText)
    conditions: Mapped[str] = mapped_column(Text, default="")
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offer_expires_on: Mapped[date] = mapped_column(Date)
    # the one terms value (domain.terms.ApprovedTerms), built once at approval
    terms: Mapped[ApprovedTerms | None] = mapped_column(TermsColumn)


class PolicyException(Base):
    """A request to lift one hard policy rule for one application, with the reason; granted
    when the sign-off chain approves with one more signature than the amount alone needs,
    refused when the case is declined at sign-off, withdrawn by the officer."""
    __tablename__ = "policy_exceptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    rule: Mapped[str] = mapped_column(String(20))              # domain.policy code: 'membership', ...
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(10), default="requested")
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("signoff_chains.id"))   # the chain that decided
    granted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    granted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)                # refused or withdrawn
    __table_args__ = (CheckConstraint("state in ('requested','granted','refused','withdrawn')",
                                      name="state_known"),
                      CheckConstraint("state != 'granted' or granted_by is not null", name="granted_has_signer"))
