"""Case file > Orders behind the loan...: record the platform orders an order loan
(订单贷款) is made against, so the contract names them (order numbers, shop, total) and
the repayment is deducted from their settlement. One line per order, as the platform's
order list gives it: ``order number, amount[, shipped date YYYY-MM-DD]``. Problems name
the line and the field; nothing is stored while any line is wrong. Until the contract
is signed (``services.document_orders``).

Mounting: ``install_case(case_file)`` adds the action to order-loan cases."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workstation.decide import document_orders as orders
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.settings_form import SaveDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersDialog", text)


FIELD_NAMES = {"order_no": "order number", "amount": "amount", "shipped_on": "shipped date"}
PROBLEMS = {
    "required": "missing",
    "order_no_format": "at most 40 letters, digits, '-' or '_'",
    "duplicate": "listed twice",
    "too_many": "too many orders (at most 500)",
    "date": "not a date (YYYY-MM-DD)",
    "date_range": "outside the dates allowed",
}


def parse_lines(text: str) -> list[dict[str, str]]:
    """The typed or pasted lines as order lines (commas, tabs or Chinese commas between fields)."""
    out = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        parts = [p.strip() for p in raw.replace("\t", ",").replace("，", ",").split(",")]
        out.append({"order_no": parts[0], "amount": parts[1] if len(parts) > 1 else "",
                    "shipped_on": parts[2] if len(parts) > 2 else ""})
    return out


def refusal_text(exc: orders.OrdersRefused) -> str:
    """A refusal in the interface language, each problem with its line and field."""
    if exc.code == "orders_invalid":
        lines = []
        for p in exc.problems:
            why = _tr(PROBLEMS[p.code]) if p.code in PROBLEMS else _tr("not a valid amount")
            lines.append(_tr("Line %1, %2: %3").replace("%1", str(p.line))
                         .replace("%2", _tr(FIELD_NAMES[p.field])).replace("%3", why))
        return "\n".join(lines)
    return {"orders_empty": _tr("Give at least one order."),
            "not_order_loan": _tr("This application is not an order loan."),
            "contract_signed": _tr("The contract is signed: the orders it names can no longer change."),
            }.get(exc.code, _tr("The orders could not be recorded."))


class OrdersDialog(SaveDialog):
    """Edit the orders; ``save()`` returns True when stored."""
    refused = (orders.OrdersRefused,)

    def __init__(self, store: Store, actor: Actor, app_no: str, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent, message_name="ordersMessage")
        self.app_no = app_no
        self.setWindowTitle(self.tr("Orders behind the loan"))
        self.intro.setText(self.tr("One order per line: order number, amount, shipped date (YYYY-MM-DD, "
                                   "optional). The contract names these orders; repayment is deducted when "
                                   "the platform settles them."))
        current = orders.orders_for(store, actor, app_no)
        self.edit = QPlainTextEdit(objectName="ordersText")
        if current is not None:
            self.edit.setPlainText("\n".join(
                f"{o.order_no},{o.amount}" + (f",{o.shipped_on.isoformat()}" if o.shipped_on else "")
                for o in current.orders))
        self.body.addWidget(self.edit)

    def store_values(self) -> None:
        orders.record_orders(self.store, self.actor, self.app_no, parse_lines(self.edit.toPlainText()))

    def refusal_text(self, exc: BaseException) -> str:
        return refusal_text(exc)


def install_case(case_file) -> None:
    """The action on an order-loan case, until the contract is signed."""
    if not case_file.actor.has("officer", "supervisor", "admin"):
        return
    act = QAction(_tr("Orders behind the loan..."), case_file, objectName="actOrders")
    act.triggered.connect(lambda: OrdersDialog(case_file.store, case_file.actor, case_file.profile.app_no,
                                               case_file).exec())
    case_file.toolbar.addAction(act)

    def sync() -> None:
        p = getattr(case_file, "profile", None)
        act.setVisible(bool(p and p.product_code == "ORDER" and p.status not in
                            ("contracted", "disbursed", "closed", "declined", "withdrawn", "offer_expired")))

    sync()
    case_file.changed.connect(sync)
