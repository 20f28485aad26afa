"""The engine's state per loan, kept between nights (servicing/engine_state.py): a cache,
never a source of truth. A row serves only while its fingerprint still matches the
loan's journal and terms; anything else replays the loan from its journal."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base


class LoanEngineState(Base):
    __tablename__ = "loan_engine_states"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), primary_key=True)
    as_of: Mapped[date] = mapped_column(Date)              # the state is at the start of this day
    fingerprint: Mapped[str] = mapped_column(String(32))   # of the loan's cash journal and terms
    state: Mapped[bytes] = mapped_column(LargeBinary)      # domain.servicing_state.dump
