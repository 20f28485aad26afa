"""The joint-guarantee group screen: members, who is in default, each other member's
exposure to a defaulting member, the demands recorded; record a demand. A banner says
when the group cannot take new loans. ``GroupScreen(store, actor, group_id)``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QTableWidget, QToolBar, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.money import MoneyError, fmt
from workstation.servicing import loan_groups
from workstation.ui.amounts import parse_desk_amount, problem_text
from workstation.ui.errors import act_then_reload, present_error
from workstation.ui.tables import fill_table, read_only_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupScreen", text)


class GroupScreen(QWidget):
    changed = Signal()

    def __init__(self, store, actor, group_id: int, parent=None):
        super().__init__(parent)
        self.store, self.actor, self.group_id = store, actor, group_id
        self.today = clock.today
        lay = QVBoxLayout(self)
        self.header = QLabel(objectName="groupHeader")
        self.banner = QLabel(objectName="groupBanner")
        self.banner.setStyleSheet("color: #b00020; font-weight: bold")
        lay.addWidget(self.header)
        lay.addWidget(self.banner)
        bar = QToolBar()
        self.act_demand = bar.addAction(_tr("Record demand..."), self._on_demand_triggered)
        bar.addAction(_tr("Refresh"), self.load)
        lay.addWidget(bar)
        lay.addWidget(QLabel(_tr("Members")))
        self.members = read_only_table(QTableWidget(objectName="groupMembers"))
        lay.addWidget(self.members)
        lay.addWidget(QLabel(_tr("Exposure to members in default (jointly liable for the whole)")))
        self.exposures = read_only_table(QTableWidget(objectName="groupExposures"))
        lay.addWidget(self.exposures)
        lay.addWidget(QLabel(_tr("Demands made")))
        self.demands = read_only_table(QTableWidget(objectName="groupDemands"))
        lay.addWidget(self.demands)
        self.view: loan_groups.GroupView | None = None
        self.load()

    def load(self) -> None:
        try:
            self.view = g = loan_groups.group_view(self.store, self.actor, self.group_id)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        names = {m.merchant_id: m.name for m in g.members}
        self.header.setText(_tr("%1 - formed %2 - %3 members").replace("%1", g.name)
                            .replace("%2", str(g.formed_on)).replace("%3", str(len(g.members))))
        self.banner.setText("" if g.can_borrow else _tr("The group cannot take new loans: %1")
                            .replace("%1", g.blocked_reason or ""))
        self.banner.setVisible(not g.can_borrow)
        fill_table(self.members, [_tr("Member"), _tr("Loans"), _tr("Outstanding"), _tr("Overdue"), _tr("Days past due"),
                             _tr("In default")],
              [[m.name, ", ".join(m.contract_nos), fmt(m.outstanding), fmt(m.overdue), str(m.dpd),
                _tr("yes") if m.in_default else _tr("no")] for m in g.members], right_from=2)
        fill_table(self.exposures, [_tr("Member"), _tr("Exposed to"), _tr("Jointly liable"), _tr("Equal share")],
              [[names[x.member_merchant_id], names[x.defaulter_merchant_id], fmt(x.jointly_liable),
                fmt(x.equal_share)] for x in g.exposures], right_from=2)
        fill_table(self.demands, [_tr("Date"), _tr("Member"), _tr("Amount"), _tr("Channel"), _tr("Note")],
              [[str(d.made_on), names.get(d.member_merchant_id, str(d.member_merchant_id)), fmt(d.amount),
                d.channel, d.note or ""] for d in g.demands], right_from=2)
        self.act_demand.setEnabled(bool(g.exposures))

    def record_demand(self, *, member_merchant_id: int, defaulting_loan_id: int, amount, channel: str,
                      note: str = "") -> bool:
        return act_then_reload(self, lambda: loan_groups.record_demand(
            self.store, self.actor, self.group_id, defaulting_loan_id=defaulting_loan_id,
            member_merchant_id=member_merchant_id, amount=amount, made_on=self.today(), channel=channel, note=note))

    def _on_demand_triggered(self) -> None:
        if not self.view or not self.view.exposures:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(_tr("Record demand"))
        form = QFormLayout(dlg)
        names = {m.merchant_id: m.name for m in self.view.members}
        pick = QComboBox()
        for x in self.view.exposures:
            pick.addItem(_tr("%1 for %2").replace("%1", names[x.member_merchant_id])
                         .replace("%2", names[x.defaulter_merchant_id]), x)
        amount = QLineEdit(f"{self.view.exposures[0].equal_share:.2f}")
        pick.currentIndexChanged.connect(lambda i: amount.setText(f"{pick.itemData(i).equal_share:.2f}"))
        channel = QComboBox()
        for c in loan_groups.DEMAND_CHANNELS:
            channel.addItem(_tr(c), c)
        note = QLineEdit()
        form.addRow(_tr("Demand to"), pick)
        form.addRow(_tr("Amount"), amount)
        form.addRow(_tr("Channel"), channel)
        form.addRow(_tr("Note"), note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            value = parse_desk_amount(amount.text())
        except MoneyError as exc:
            QMessageBox.warning(self, _tr("Record demand"), problem_text(exc))
            return
        x = pick.currentData()
        self.record_demand(member_merchant_id=x.member_merchant_id, defaulting_loan_id=x.defaulter_loan_id,
                           amount=value, channel=channel.currentData(), note=note.text())
