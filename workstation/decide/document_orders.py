"""The orders behind an order loan (订单贷款), recorded on its application so the contract
can name them (order numbers, platform and shop, total order value) and repayment can be
deducted from their settlement.

``record_orders`` takes the order lines as the platform's application data gives them
(order number, amount, shipped date), checks every line (problems name the line and the
field, nothing is stored if any line is wrong), and replaces what was recorded before --
only until the contract is signed: a signed contract names the orders it was signed on.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.documents.data import BackingOrder, OrderBacking
from workstation.domain.money import MoneyError, parse_amount, parse_date
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.visibility import check_case
from workstation.store.models import Application
from workstation.store.models_loans import Loan
from workstation.store.models_orders import ApplicationOrder

PLATFORM_ZH = {"taobao": "淘宝", "tmall": "天猫", "1688": "1688"}
MAX_ORDERS = 500
_ORDER_NO_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")


@dataclass(frozen=True)
class OrderProblem:
    line: int             # 1-based position in the list given
    field: str            # order_no / amount / shipped_on
    code: str             # for the screens' translated text
    message: str          # English, for logs and the command line


class OrdersRefused(DomainError):
    """Order lines that cannot be recorded; ``problems`` names each line and field."""

    def __init__(self, code: str, message: str, problems: tuple[OrderProblem, ...] = (), **params: object) -> None:
        super().__init__(message)
        self.code, self.problems, self.params = code, problems, params


def check_orders(lines: Iterable[Mapping[str, object]]) -> tuple[list[BackingOrder], list[OrderProblem]]:
    """Pure: the order lines as values, and every problem (line, field, code, message)."""
    orders: list[BackingOrder] = []
    problems: list[OrderProblem] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, start=1):
        if n > MAX_ORDERS:
            problems.append(OrderProblem(n, "order_no", "too_many", f"at most {MAX_ORDERS} orders"))
            break
        no = str(line.get("order_no") or "").strip()
        bad = len(problems)
        if not no:
            problems.append(OrderProblem(n, "order_no", "required", "order_no: required"))
        elif len(no) > 40 or not set(no) <= _ORDER_NO_CHARS:
            problems.append(OrderProblem(n, "order_no", "order_no_format",
                                         "order_no: at most 40 letters, digits, '-' or '_'"))
        elif no in seen:
            problems.append(OrderProblem(n, "order_no", "duplicate", f"order_no: {no} is listed twice"))
        seen.add(no)
        try:
            amount = parse_amount(line.get("amount"))
            if amount <= 0:
                raise MoneyError("must be positive", code="too_small")
        except MoneyError as exc:
            problems.append(OrderProblem(n, "amount", exc.code, f"amount: {exc}"))
            amount = None
        shipped = line.get("shipped_on")
        try:
            shipped = parse_date(shipped) if shipped not in (None, "") else None
        except MoneyError as exc:
            problems.append(OrderProblem(n, "shipped_on", exc.code, f"shipped_on: {exc}"))
        if len(problems) == bad:
            orders.append(BackingOrder(order_no=no, amount=amount, shipped_on=shipped))
    return orders, problems


def _app(s: Session, actor: Actor, application_no: str) -> Application:
    app = s.scalar(select(Application).where(Application.app_no == str(application_no).strip()))
    if app is None:
        raise OrdersRefused("unknown_application", f"no application numbered {application_no!r}",
                            application_no=application_no)
    check_case(s, actor, app.id)
    return app


def record_orders(store: Store, actor: Actor, application_no: str,
                  lines: Iterable[Mapping[str, object]]) -> OrderBacking:
    """Record (replace) the orders behind an order-loan application; audited. Refused for
    another product, once the contract is signed, or with any bad line (``problems``)."""
    actor.require("officer", "supervisor", "admin", action="record the orders behind an order loan")
    orders, problems = check_orders(list(lines))
    if problems:
        raise OrdersRefused("orders_invalid", "; ".join(f"line {p.line}: {p.message}" for p in problems),
                            tuple(problems))
    if not orders:
        raise OrdersRefused("orders_empty", "no order given")
    with store.tx(actor) as s:
        app = _app(s, actor, application_no)
        if app.product_code != "ORDER":
            raise OrdersRefused("not_order_loan", f"application {app.app_no} is not an order loan "
                                f"({app.product_code})", application_no=app.app_no)
        if s.scalar(select(Loan.id).where(Loan.application_id == app.id, Loan.signed_on.is_not(None))):
            raise OrdersRefused("contract_signed", f"the contract of {app.app_no} is signed: its orders are fixed",
                                application_no=app.app_no)
        before = [r.order_no for r in s.scalars(select(ApplicationOrder).where(
            ApplicationOrder.application_id == app.id).order_by(ApplicationOrder.id))]
        s.execute(delete(ApplicationOrder).where(ApplicationOrder.application_id == app.id))
        for o in orders:
            s.add(ApplicationOrder(application_id=app.id, order_no=o.order_no, amount=o.amount,
                                   shipped_on=o.shipped_on, recorded_by=actor.id))
        total = sum((o.amount for o in orders), Decimal("0.00"))
        audit.record(s, actor=actor, action="orders_recorded", entity_type="application", entity_id=app.app_no,
                     details={"orders": [o.order_no for o in orders], "total": total, "replaced": before})
        return backing_in(s, app)


def backing_in(s: Session, app: Application) -> OrderBacking | None:
    """The orders behind an order-loan application (None for other products), in a session."""
    if app.product_code != "ORDER":
        return None
    rows = list(s.scalars(select(ApplicationOrder).where(ApplicationOrder.application_id == app.id)
                          .order_by(ApplicationOrder.id)))
    orders = tuple(BackingOrder(order_no=r.order_no, amount=r.amount, shipped_on=r.shipped_on) for r in rows)
    m = app.merchant
    return OrderBacking(platform=PLATFORM_ZH.get(m.platform, m.platform), shop_name=m.shop_name, orders=orders,
                        total=sum((o.amount for o in orders), Decimal("0.00")) if orders else None)


def orders_for(store: Store, actor: Actor, application_no: str) -> OrderBacking | None:
    """The orders recorded behind an application (None: not an order loan)."""
    with store.read(actor) as s:
        return backing_in(s, _app(s, actor, application_no))
