"""The loan screen's Recoveries tab, shown once a loan is written off: what was written
off, what was recovered since (核销后收回) and the memo balance left, each recovery posted,
and "Post recovery..." (``servicing.recoveries``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.servicing import loans, recoveries
from workstation.ui.errors import act_then_reload, present_error
from workstation.ui.tables import fill_table, read_only_table

SOURCE = {"desk": "desk", "import": "repayment file", "demo": "desk"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoanRecoveries", text)


class RecoveriesPanel(QWidget):
    """``ask()`` returns (amount, value date) or None: the loan screen's dialog (tests answer it)."""
    changed = Signal()

    def __init__(self, store, actor, loan_id: int, *, ask, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.loan_id, self.ask = store, actor, loan_id, ask
        self.today = clock.today
        lay = QVBoxLayout(self)
        self.summary = QLabel(objectName="recoveriesSummary", wordWrap=True)
        lay.addWidget(self.summary)
        self.table = read_only_table(QTableWidget(objectName="recoveriesTable"))
        lay.addWidget(self.table, 1)
        self.post = QPushButton(_tr("Post recovery..."), objectName="postRecovery")
        self.post.clicked.connect(self._on_post_clicked)
        self.post.setVisible(actor.has(*loans.DESK))
        lay.addWidget(self.post)
        self.state: recoveries.RecoveryState | None = None

    def load(self) -> None:
        try:
            self.state = st = recoveries.loan_recoveries(self.store, self.actor, self.loan_id)
        except Exception as exc:  # noqa: BLE001 - the one presenter decides how to show it
            present_error(self, exc)
            return
        self.summary.setText(_tr("Written off %1; recovered since %2; left on the written-off memo %3.")
                             .replace("%1", fmt(st.written_off, symbol=True))
                             .replace("%2", fmt(st.recovered, symbol=True))
                             .replace("%3", fmt(st.memo_balance, symbol=True)))
        fill_table(self.table, [_tr("Entry no."), _tr("Value date"), _tr("Amount"), _tr("Reference"), _tr("Source"),
                                _tr("Note")],
                   [[str(r.id), r.value_date.isoformat(), fmt(r.amount), r.reference or "",
                     _tr(SOURCE.get(r.source, r.source)),
                     _tr("reversal") if r.amount < 0 else (_tr("reversed") if r.reversed else "")]
                    for r in st.lines], right_from=2)
        self.post.setEnabled(st.memo_balance > 0)

    def post_recovery(self, amount, value_date) -> bool:
        return act_then_reload(self, lambda: loans.post_repayment(self.store, self.actor, self.loan_id, amount=amount,
                                                                  value_date=value_date, today=self.today()))

    def _on_post_clicked(self) -> None:
        got = self.ask()
        if got:
            self.post_recovery(*got)
