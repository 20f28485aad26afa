"""Disbursing a contracted loan: the account chosen from the borrower's verified list
(another account with a reason and a supervisor's password), then a summary to confirm
showing the amount in figures and in Chinese capitals (大写), the account, the date and
what of the contracted amount remains."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QWidget)

from workstation.domain import clock
from workstation.domain.money import MoneyError, fmt, money, to_chinese_upper
from workstation.servicing.disbursement import OTHER, DisbursementOffer, DisbursementRefused, PayAccount


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisburseDialog", text)


def refusal_text(exc: DisbursementRefused) -> str:
    """The desk's words for a refused disbursement (the service's are English)."""
    texts = {
        "account_missing": _tr("Choose the account the money goes to."),
        "account_masked": _tr("The account is stored masked (with *): money cannot be sent to it. "
                              "Choose another account."),
        "reason_missing": _tr("An account not on the borrower's verified list needs a reason."),
        "approver_missing": _tr("An account not on the borrower's verified list needs a supervisor: "
                                "enter the supervisor's user name and password."),
        "approver_rejected": _tr("The supervisor's user name or password is wrong."),
        "approver_not_supervisor": _tr("The person approving is not a supervisor."),
        "approver_self": _tr("The supervisor approving another account must be someone other than you."),
        "no_loan": _tr("This loan no longer exists."),
        "account_too_long": _tr("The account number is too long (at most 60 characters)."),
        "offer_expired": _tr("The offer expired on %1: the rest of the contracted amount can no longer be "
                             "paid out.").replace("%1", str(exc.params.get("expired_on", ""))),
        "above_remainder": _tr("The amount must be more than zero and at most %1, what is left of the "
                               "contract.").replace("%1", str(exc.params.get("remainder", ""))),
        "before_last_tranche": _tr("The value date must not be before the last disbursement under this "
                                   "contract (%1).").replace("%1", str(exc.params.get("last", ""))),
        "contract_not_open": _tr("Nothing more can be paid out under this contract: the case is no longer "
                                 "disbursed."),
        "revolving_line": _tr("This is a revolving line: draw on it from the loan screen."),
    }
    if exc.code in texts:
        return texts[exc.code]
    from workstation.ui.refusals import refusal_text as by_code       # any other code: the catalogue's
    return by_code(exc) or str(exc)


def account_problem(a: PayAccount) -> str:
    return {"masked": _tr("stored masked: cannot be used"), "not_verified": _tr("not real-name verified"),
            "unlisted_bank": _tr("not a listed bank"), "missing": _tr("none on record")}.get(a.problem, a.problem)


@dataclass(frozen=True)
class DisburseAnswer:
    on: date
    amount: Decimal
    account: str
    shown: str                        # the account as the summary shows it
    label: str
    reason: str | None = None
    approver: str | None = None
    approver_password: str | None = None


class DisburseDialog(QDialog):
    """Date, amount and the account (from the list, or another with reason and supervisor)."""

    def __init__(self, offer: DisbursementOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setWindowTitle(self.tr("Disburse the rest of the contract") if offer.tranche > 1
                            else self.tr("Disburse the loan"))
        form = QFormLayout(self)
        form.addRow(self.tr("Contract"), QLabel(offer.contract_no))
        form.addRow(self.tr("Contracted amount"), QLabel(fmt(offer.contracted, symbol=True)))
        if offer.disbursed > 0 and not offer.revolving:
            form.addRow(self.tr("Already paid out"), QLabel(fmt(offer.disbursed, symbol=True)))
        form.addRow(self.tr("Available to disburse"), QLabel(fmt(offer.available, symbol=True)))
        if offer.offer_expires_on:
            form.addRow(self.tr("Offer valid until"), QLabel(offer.offer_expires_on.isoformat()))
        self.on = QDateEdit(QDate(clock.today()), calendarPopup=True, objectName="disburseOn")
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.amount = QLineEdit(f"{offer.available:.2f}", objectName="disburseAmount")
        self.account = QComboBox(objectName="disburseAccount")
        for a in offer.accounts:
            text = f"{a.label}  {a.shown}" if a.usable else f"{a.label}  {a.shown}  ({account_problem(a)})"
            self.account.addItem(text, a)
            if not a.usable:
                self.account.model().item(self.account.count() - 1).setEnabled(False)
        self.account.addItem(self.tr("Another account (needs a reason and a supervisor)..."), OTHER)
        first = next((i for i, a in enumerate(offer.accounts) if a.usable), len(offer.accounts))
        self.account.setCurrentIndex(first)
        self.other = QLineEdit(objectName="otherAccount", placeholderText=self.tr("account or card number in full"),
                               maxLength=60)
        self.reason = QLineEdit(objectName="otherReason")
        self.approver = QLineEdit(objectName="approver")
        self.password = QLineEdit(objectName="approverPassword", echoMode=QLineEdit.Password)
        form.addRow(self.tr("Value date"), self.on)
        form.addRow(self.tr("Amount (CNY)"), self.amount)
        form.addRow(self.tr("Destination account"), self.account)
        self._other_rows = [(self.tr("Other account"), self.other), (self.tr("Reason"), self.reason),
                            (self.tr("Supervisor's user name"), self.approver),
                            (self.tr("Supervisor's password"), self.password)]
        for label, w in self._other_rows:
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._form = form
        self.account.currentIndexChanged.connect(self._on_account_currentIndexChanged)
        self._on_account_currentIndexChanged(self.account.currentIndex())
        self.answer: DisburseAnswer | None = None

    def is_other(self) -> bool:
        return self.account.currentData() == OTHER

    def _on_account_currentIndexChanged(self, _index: int) -> None:
        for _, w in self._other_rows:
            self._form.setRowVisible(w, self.is_other())

    def _problem(self) -> str | None:
        try:
            amount = money(self.amount.text().strip())
        except (MoneyError, TypeError, ValueError):
            return self.tr("Amount: write digits with at most two decimals, e.g. 200000.00.")
        if amount <= 0 or amount > self.offer.available:
            return self.tr("Amount: must be more than zero and at most %1.").replace(
                "%1", fmt(self.offer.available))
        expires = self.offer.offer_expires_on
        if self.offer.tranche > 1 and expires is not None and self.on.date().toPython() > expires:
            return self.tr("Value date: the offer expired on %1; nothing more can be paid out after it.").replace(
                "%1", expires.isoformat())
        if self.on.date().toPython() < self.offer.signed_on:
            return self.tr("Value date: must not be before the contract was signed (%1).").replace(
                "%1", self.offer.signed_on.isoformat())
        if self.is_other():
            if not self.other.text().strip():
                return self.tr("Other account: write the account or card number in full.")
            if "*" in self.other.text() or "＊" in self.other.text():
                return self.tr("Other account: a masked number cannot receive money; write it in full.")
            if not self.reason.text().strip():
                return self.tr("Reason: say why the money goes to an account not on the borrower's list.")
            if not self.approver.text().strip() or not self.password.text():
                return self.tr("A supervisor must approve another account: user name and password.")
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("Disburse the loan"), problem)
            return
        amount = money(self.amount.text().strip())
        if self.is_other():
            acc = self.other.text().strip()
            a = DisburseAnswer(self.on.date().toPython(), amount, acc, acc, self.tr("Other account"),
                               self.reason.text().strip(), self.approver.text().strip(), self.password.text())
        else:
            p: PayAccount = self.account.currentData()
            a = DisburseAnswer(self.on.date().toPython(), amount, p.account, p.shown, p.label)
        if ConfirmDisbursement.ask(self.offer, a, self):
            self.answer = a
            self.accept()

    @classmethod
    def ask(cls, offer: DisbursementOffer, parent=None) -> DisburseAnswer | None:
        d = cls(offer, parent)
        return d.answer if d.exec() == QDialog.Accepted else None


def summary_lines(offer: DisbursementOffer, a: DisburseAnswer) -> list[tuple[str, str]]:
    rest = offer.available - a.amount
    lines = [(_tr("Contract"), offer.contract_no)]
    if offer.tranche > 1 and not offer.revolving:
        lines.append((_tr("Disbursement no."), _tr("%1 (a further tranche with its own receipt and schedule)")
                      .replace("%1", str(offer.tranche))))
    lines += [(_tr("Amount"), fmt(a.amount, symbol=True)),
             (_tr("Amount in words"), "人民币" + to_chinese_upper(a.amount)),
             (_tr("To account"), f"{a.label}  {a.shown}"),
             (_tr("Value date"), a.on.isoformat())]
    if a.reason:
        lines.append((_tr("Reason for another account"), a.reason))
        lines.append((_tr("Approved by"), a.approver or ""))
    if rest > 0:
        if offer.revolving:
            note = _tr("%1 of the limit remains and can be drawn until the line expires.")
        else:
            note = _tr("%1 of the contracted amount remains undisbursed. It can be paid out later under this "
                       "contract, as a further tranche, until the offer expires on %2.")
        lines.append((_tr("Remaining"), note.replace("%1", fmt(rest, symbol=True)).replace(
            "%2", offer.offer_expires_on.isoformat() if offer.offer_expires_on else "—")))
    return lines


class ConfirmDisbursement(QDialog):
    """The last look before the money goes: both the amount and the account, in words."""

    def __init__(self, offer: DisbursementOffer, answer: DisburseAnswer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the disbursement"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Check the amount and the account with the borrower's file before paying out.")))
        for label, value in summary_lines(offer, answer):
            text = QLabel(value, objectName=f"summary_{len(form.children())}", wordWrap=True)
            form.addRow(label, text)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        pay = buttons.addButton(self.tr("Pay out %1").replace("%1", fmt(answer.amount, symbol=True)),
                                QDialogButtonBox.AcceptRole)
        pay.setObjectName("confirmPay")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, offer: DisbursementOffer, answer: DisburseAnswer, parent=None) -> bool:
        return cls(offer, answer, parent).exec() == QDialog.Accepted
