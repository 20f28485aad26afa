"""The loan screen's Disbursements tab: every payout under the contract (the first and
each further tranche, each a loan of its own with its own receipt and schedule), what
of the contracted amount is left and until when, and "Disburse the rest..." with the
same dialogs as the first disbursement (``disburse_dialog``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget, QVBoxLayout, QWidget

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.servicing import disbursement, loans, tranches
from workstation.servicing.disbursement import DisbursementOffer, DisbursementRefused
from workstation.ui.loans.disburse_dialog import DisburseDialog, refusal_text
from workstation.ui.errors import present_error
from workstation.ui.tables import fill_table, read_only_table

STATUS = {"contracted": "contracted", "active": "active", "closed": "closed", "written_off": "written off"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoanTranches", text)


def can_pay_rest(offer: DisbursementOffer | None) -> bool:
    """A term loan already paid out once with some of the contract left and the offer open."""
    if offer is None or offer.revolving or offer.tranche < 2 or offer.available <= 0:
        return False
    return offer.offer_expires_on is None or clock.today() <= offer.offer_expires_on


class TranchesPanel(QWidget):
    """The payouts of the contract; ``changed`` after a further tranche was paid out."""
    changed = Signal()

    def __init__(self, store, actor, loan_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.loan_id = store, actor, loan_id
        self.ask = DisburseDialog.ask         # tests answer the dialog through this hook
        lay = QVBoxLayout(self)
        self.summary = QLabel(objectName="tranchesSummary", wordWrap=True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(objectName="tranchesTable")
        lay.addWidget(self.table, 1)
        self.pay_rest = QPushButton(_tr("Disburse the rest..."), objectName="disburseRest")
        self.pay_rest.clicked.connect(self._on_pay_rest_clicked)
        lay.addWidget(self.pay_rest)
        self.offer: DisbursementOffer | None = None
        self.rows: list[tranches.Tranche] = []

    def load(self) -> None:
        try:
            self.rows = tranches.tranches(self.store, self.actor, self.loan_id)
            desk = self.actor.has(*loans.DESK)
            self.offer = disbursement.disbursement_offer(self.store, self.actor, self.loan_id) if desk else None
        except Exception as exc:  # noqa: BLE001 - the one presenter decides how to show it
            present_error(self, exc)
            return
        read_only_table(self.table)
        fill_table(self.table, [_tr("No."), _tr("Loan"), _tr("Receipt"), _tr("Value date"), _tr("Amount"),
                           _tr("Principal outstanding"), _tr("Status")],
              [[str(t.seq), t.contract_no, t.receipt_no or "", str(t.value_date or ""), fmt(t.amount),
                fmt(t.principal_outstanding), _tr(STATUS.get(t.status, t.status))] for t in self.rows],
              right_from=4)
        o = self.offer
        if o is None or o.revolving:
            self.summary.setText("")
        elif o.available > 0:
            self.summary.setText(_tr("Contracted %1, paid out %2: %3 can still be paid out under this contract "
                                     "until %4.").replace("%1", fmt(o.contracted, symbol=True))
                                 .replace("%2", fmt(o.disbursed, symbol=True))
                                 .replace("%3", fmt(o.available, symbol=True))
                                 .replace("%4", o.offer_expires_on.isoformat() if o.offer_expires_on else "—"))
        else:
            self.summary.setText(_tr("Contracted %1, paid out %2: nothing more can be paid out under this "
                                     "contract.").replace("%1", fmt(o.contracted, symbol=True))
                                 .replace("%2", fmt(o.disbursed, symbol=True)))
        self.pay_rest.setVisible(can_pay_rest(o))

    def _on_pay_rest_clicked(self) -> None:
        if self.offer is None:
            return
        answer = self.ask(self.offer, self)
        if answer is None:
            return
        try:
            loans.disburse(self.store, self.actor, self.loan_id, on=answer.on, amount=answer.amount,
                           account=answer.account, reason=answer.reason, approver=answer.approver,
                           approver_password=answer.approver_password)
        except DisbursementRefused as exc:
            QMessageBox.warning(self, _tr("Cannot disburse"), refusal_text(exc))
            return
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        self.load()
        self.changed.emit()
