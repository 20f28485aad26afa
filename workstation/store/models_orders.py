"""The platform orders an order loan (订单贷款) is made against, as recorded on its
application: the contract names them and the repayment comes from their settlement."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base, Fen, UTCDateTime, utcnow


class ApplicationOrder(Base):
    __tablename__ = "application_orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    order_no: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(Fen)
    shipped_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("application_id", "order_no", name="uq_application_orders_app_order"),
                      CheckConstraint("amount > 0", name="amount_positive"))
