"""Case-file actions from approval to loan: record the borrower's signing of the
contract (approved cases), then the disbursement (contracted cases; the dialogs are in
``disburse_dialog``)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QMessageBox, QWidget)

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.servicing import contracting, disbursement, loan_views, loans
from workstation.decide import decisions
from workstation.domain.errors import DomainError
from workstation.servicing.disbursement import DisbursementRefused
from workstation.ui.loans.disburse_dialog import DisburseDialog, refusal_text
from workstation.ui.errors import present_error


class ContractDialog(QDialog):
    """Date, channel and (optional) contract number of the borrower's signature."""

    def __init__(self, terms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record contract signing"))
        form = QFormLayout(self)
        form.addRow(self.tr("Approved amount"), QLineEdit(fmt(terms.amount, symbol=True), readOnly=True))
        form.addRow(self.tr("Offer valid until"), QLineEdit(terms.offer_expires_on.isoformat(), readOnly=True))
        self.signed_on = QDateEdit(QDate(clock.today()), calendarPopup=True, objectName="signedOn")
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.channel = QComboBox(objectName="channel")
        for code, label in (("online", self.tr("Online (e-signature)")), ("app", self.tr("Mobile app")),
                            ("branch", self.tr("At the branch"))):
            self.channel.addItem(label, code)
        self.contract_no = QLineEdit(objectName="contractNo", placeholderText=self.tr("assigned automatically"))
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Contract number"), self.contract_no)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, terms, parent=None) -> tuple[date, str, str | None] | None:
        d = cls(terms, parent)
        if d.exec() != QDialog.Accepted:
            return None
        return d.signed_on.date().toPython(), d.channel.currentData(), d.contract_no.text().strip() or None


def install_case(case_file) -> None:
    if not case_file.actor.has("officer", "supervisor", "admin"):
        return
    sign = QAction(case_file.tr("Record contract signing..."), case_file, objectName="actSignContract")
    sign.triggered.connect(lambda: _sign(case_file))
    pay = QAction(case_file.tr("Disburse..."), case_file, objectName="actDisburse")
    pay.triggered.connect(lambda: _disburse(case_file))
    case_file.toolbar.addAction(sign)
    case_file.toolbar.addAction(pay)

    def sync() -> None:   # the case moves on: show the action its status allows
        sign.setVisible(case_file.profile.status == "approved")
        pay.setVisible(case_file.profile.status == "contracted")

    sync()
    case_file.changed.connect(sync)


def _sign(case_file) -> None:
    try:
        terms = decisions.approved_terms(case_file.store, case_file.actor, case_file.app_id)
        if terms is None:
            raise DomainError("as_shown", text=case_file.tr("This application has no approved offer."))
        answer = ContractDialog.ask(terms, case_file)
        if answer is None:
            return
        signed_on, channel, contract_no = answer
        contracting.sign_contract(case_file.store, case_file.actor, case_file.app_id, signed_on=signed_on,
                                  channel=channel, contract_no=contract_no)
    except Exception as exc:  # noqa: BLE001 - the one error presenter decides how to show it
        present_error(case_file, exc)
        return
    case_file.reload()


def _disburse(case_file) -> None:
    try:
        loan_id = loan_views.loan_id_of_application(case_file.store, case_file.actor, case_file.app_id)
        if loan_id is None:
            raise DomainError("as_shown", text=case_file.tr("No contract is recorded for this application."))
        offer = disbursement.disbursement_offer(case_file.store, case_file.actor, loan_id)
        answer = DisburseDialog.ask(offer, case_file)
        if answer is None:
            return
        loans.disburse(case_file.store, case_file.actor, loan_id, on=answer.on, amount=answer.amount,
                       account=answer.account, reason=answer.reason, approver=answer.approver,
                       approver_password=answer.approver_password)
    except DisbursementRefused as exc:
        QMessageBox.warning(case_file, case_file.tr("Cannot disburse"), refusal_text(exc))
        return
    except Exception as exc:  # noqa: BLE001
        present_error(case_file, exc)
        return
    case_file.reload()      # the Loan tab mounts on the change (loan_screen.install_case)
