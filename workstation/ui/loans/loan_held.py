"""Tools > Held repayments...: repayment-file lines larger than the loan's payoff on their
value date, held by the import for an officer, who posts one (the excess is kept to
refund) or records that the money is returned, with a reason. Installed through the
screen hooks (``install(window)``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.domain.money import fmt
from workstation.servicing import repayment_held as rh
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error


def refusal_text(exc: rh.HeldLineRefused) -> str:
    texts = {
        "not_found": QCoreApplication.translate("HeldRepayments", "This held line no longer exists."),
        "not_held": QCoreApplication.translate("HeldRepayments",
                                               "This line was already posted or returned (by someone else?)."),
        "loan_not_active": QCoreApplication.translate(
            "HeldRepayments", "The loan is no longer active (closed or written off): return the money instead."),
        "future": QCoreApplication.translate("HeldRepayments", "The value date is in the future."),
        "reason_required": QCoreApplication.translate("HeldRepayments", "Say why the money is returned."),
    }
    return texts.get(exc.code, QCoreApplication.translate("HeldRepayments", "Cannot do this."))


class HeldRepaymentsDialog(QDialog):
    """Entry point: ``HeldRepaymentsDialog.ask(store, actor, parent)``."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Held repayments"))
        self.setMinimumWidth(760)
        self.rows: list[rh.HeldLine] = []
        self.intro = QLabel(self.tr("Lines of the repayment file larger than the loan's payoff on their value "
                                    "date. Post one (the amount beyond the payoff is kept to refund) or "
                                    "return the money."), wordWrap=True)
        self.table = QTableWidget(0, 6, objectName="heldTable")
        self.table.setHorizontalHeaderLabels([self.tr("Payment reference"), self.tr("Contract"),
                                              self.tr("Value date"), self.tr("Amount"), self.tr("Payoff then"),
                                              self.tr("File line")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.post_button = QPushButton(self.tr("&Post..."), objectName="heldPost")
        self.return_button = QPushButton(self.tr("&Return..."), objectName="heldReturn")
        close = QPushButton(self.tr("Close"))
        self.post_button.clicked.connect(self._on_post_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    @classmethod
    def ask(cls, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        cls(store, actor, parent).exec()

    def reload(self) -> None:
        self.rows = rh.held_lines(self.store, self.actor)
        self.table.setRowCount(len(self.rows))
        for r, h in enumerate(self.rows):
            cells = (h.payment_ref, h.contract_no, h.value_date.isoformat(), fmt(h.amount), fmt(h.payoff),
                     str(h.line_no))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if self.rows:
            self.table.selectRow(0)
        for b in (self.post_button, self.return_button):
            b.setEnabled(bool(self.rows))

    def selected(self) -> rh.HeldLine | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _act(self, fn) -> bool:
        try:
            fn()
        except rh.HeldLineRefused as exc:
            QMessageBox.warning(self, self.tr("Held repayments"), refusal_text(exc))
            self.reload()
            return False
        except Exception as exc:  # noqa: BLE001 - the one error presenter
            present_error(self, exc)
            return False
        self.reload()
        return True

    def _on_post_button_clicked(self) -> None:
        h = self.selected()
        if h is None:
            return
        text = (self.tr("Post %1 to loan %2 as of %3? The payoff then was %4; the rest is kept to refund.")
                .replace("%1", fmt(h.amount)).replace("%2", h.contract_no)
                .replace("%3", h.value_date.isoformat()).replace("%4", fmt(h.payoff)))
        if QMessageBox.question(self, self.tr("Post held repayment"), text) != QMessageBox.StandardButton.Yes:
            return
        self._act(lambda: rh.post_held(self.store, self.actor, h.id))

    def _on_return_button_clicked(self) -> None:
        h = self.selected()
        if h is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Return held repayment"),
                                          self.tr("Why is the money returned?"))
        if ok:
            self._act(lambda: rh.return_held(self.store, self.actor, h.id, reason=reason))


def install(window) -> None:
    """Tools > Held repayments... for officers, supervisors and administrators."""
    if not window.actor.has(*rh.ROLES):
        return
    tools = window.menus.get("tools")
    if tools is None:
        return
    act = tools.addAction(QCoreApplication.translate("HeldRepayments", "&Held repayments..."))
    act.setObjectName("actHeldRepayments")
    act.triggered.connect(lambda: HeldRepaymentsDialog.ask(window.store, window.actor, window))
