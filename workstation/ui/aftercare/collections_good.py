"""优质客户 — good borrowers: those the rules (setting ``good_borrowers.rules``) offer a
repeat loan or a limit increase, best standing first; an officer opens a pre-filled
application from a row. Opened from After the loan > Good borrowers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.aftercare import good_borrowers
from workstation.domain.money import fmt
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoodBorrowers", text)


def offer_name(code: str | None) -> str:
    return {"repeat_loan": _tr("Repeat loan"), "limit_increase": _tr("Limit increase")}.get(code or "", code or "")


class GoodBorrowersPanel(QWidget):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("goodBorrowers")
        self.rows: list[good_borrowers.GoodBorrowerRow] = []
        self.table = QTableWidget(0, 7, objectName="goodTable")
        self.table.setHorizontalHeaderLabels([self.tr("Merchant"), self.tr("Standing"), self.tr("On time"),
                                              self.tr("Late"), self.tr("Offer"), self.tr("Amount"),
                                              self.tr("Last contract")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.count = QLabel(objectName="goodCount")
        self.open_btn = QPushButton(self.tr("Open pre-filled application"), objectName="btn_prefill")
        self.open_btn.setVisible(actor.has("officer", "supervisor"))
        self.open_btn.clicked.connect(self._on_open_clicked)
        refresh = QPushButton(self.tr("Refresh"), objectName="btn_refresh")
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(refresh)
        bar.addWidget(self.open_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        self.created: int | None = None
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = good_borrowers.eligible(self.store, self.actor)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            self.rows = []
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for j, text in enumerate((r.merchant_name, str(r.standing), str(r.on_time), str(r.late),
                                      offer_name(r.offer), fmt(r.amount) if r.amount is not None else "",
                                      r.last_contract)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.count.setText(self.tr("%n borrower(s) eligible", "", len(self.rows)))
        if self.rows:
            self.table.selectRow(0)

    def _on_open_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        try:
            self.created = good_borrowers.prefill_application(self.store, self.actor, r.merchant_id)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Application opened"),
                                self.tr("An application for %1 (%2, %3) is open in your queue.")
                                .replace("%1", r.merchant_name).replace("%2", offer_name(r.offer))
                                .replace("%3", fmt(r.amount)))


def open_panel(window) -> None:
    from workstation.ui.aftercare.aftercare_parts import open_desk
    open_desk(window, GoodBorrowersPanel, _tr("Good borrowers"), reload="refresh")
