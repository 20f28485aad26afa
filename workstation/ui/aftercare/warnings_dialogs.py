"""The one dialog of the warnings desk's actions: a note (or reason) always; a new limit
for a limit cut; the due date for an early recall; the password for a signature.
Entry point: ``ActionDialog.ask(kind, parent, current_limit=...)`` -> dict or None."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.money import MoneyError, fmt
from workstation.ui import drafts
from workstation.ui.amounts import parse_desk_amount, problem_text


class ActionDialog(QDialog):
    def __init__(self, kind: str, parent: QWidget | None = None, *, current_limit: Decimal | None = None,
                 draft: tuple | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningActionDialog")
        self.kind = kind
        titles = {"call": self.tr("Call note"), "visit": self.tr("Visit note"),
                  "ask_info": self.tr("Ask for information"), "close": self.tr("Close as false alarm"),
                  "freeze": self.tr("Request: freeze the line"), "limit_cut": self.tr("Request: reduce the limit"),
                  "recall": self.tr("Request: early recall"), "sign": self.tr("Sign the request"),
                  "refuse": self.tr("Refuse the request")}
        labels = {"call": self.tr("What was said"), "visit": self.tr("What was seen"),
                  "ask_info": self.tr("What is asked for"), "sign": self.tr("Comment (optional)")}
        self.setWindowTitle(titles.get(kind, kind))
        self.note = QPlainTextEdit(objectName="note")
        self.note.setFixedHeight(90)
        self.amount = QLineEdit(objectName="amount")
        self.date = QDateEdit(objectName="dueDate", calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        first = clock.today() + timedelta(days=15)
        self.date.setDate(QDate(first.year, first.month, first.day))
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(objectName="problem", styleSheet="color: #b00020;")
        form = QFormLayout()
        if kind == "limit_cut":
            if current_limit is not None:
                form.addRow(self.tr("Current limit"), QLabel(fmt(current_limit)))
            form.addRow(self.tr("New limit"), self.amount)
        if kind == "recall":
            form.addRow(self.tr("Whole balance due on"), self.date)
            form.addRow(QLabel(self.tr("A supervisor signs the recall; then the notice can be printed.")))
        if kind in ("freeze", "limit_cut", "recall"):
            form.addRow(QLabel(self.tr("Another supervisor must sign before this takes effect.")))
        form.addRow(labels.get(kind, self.tr("Reason")), self.note)
        if kind == "sign":
            form.addRow(self.tr("Your password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.answer: dict | None = None
        if draft is not None:           # (store, actor, key): the note kept on this computer until saved
            self.kept = drafts.keep(self, *draft, {"note": self.note, "amount": self.amount}, resend=None)

    def _on_buttons_accepted(self) -> None:
        note = self.note.toPlainText().strip()
        out: dict = {"note": note}
        if not note and self.kind != "sign":
            self.problem.setText(self.tr("Write the reason (or the note): it is required."))
            return
        if self.kind == "limit_cut":
            try:
                out["amount"] = parse_desk_amount(self.amount.text())
            except MoneyError as exc:
                self.problem.setText(problem_text(exc))
                return
        if self.kind == "recall":
            q = self.date.date()
            from datetime import date
            out["date"] = date(q.year(), q.month(), q.day())
        if self.kind == "sign":
            if not self.password.text():
                self.problem.setText(self.tr("Type your password to sign."))
                return
            out["password"] = self.password.text()
        self.answer = out
        self.accept()

    @classmethod
    def ask(cls, kind: str, parent: QWidget | None = None, *, current_limit: Decimal | None = None,
            draft: tuple | None = None) -> dict | None:
        d = cls(kind, parent, current_limit=current_limit, draft=draft)
        return d.answer if d.exec() == QDialog.DialogCode.Accepted else None
