"""The case file's policy tab (hard rules and related cases) and history tab
(status changes and the case's audit entries)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from workstation.domain.money import fmt
from workstation.decide import cases
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.case.case_history import action_name, details_text, event_text
from workstation.ui.case.case_profile import local_dt
from workstation.ui.i18n import pick, status_name
from workstation.ui.tables import RecordsModel, make_table


class PolicyTab(QWidget):
    open_case = Signal(int)

    def __init__(self, store: Store, actor: Actor, app_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, app_id
        self.summary = QLabel(objectName="policySummary")
        self.checks_model = RecordsModel([self.tr("Rule"), self.tr("Result"), self.tr("Reason")], parent=self)
        self.related_model = RecordsModel([self.tr("Number"), self.tr("Merchant"), self.tr("Status"),
                                           self.tr("Amount asked"), self.tr("Same")], right=[3], parent=self)
        self.related_table = make_table(self.related_model, stretch=1, name="relatedTable")
        self.related_table.doubleClicked.connect(self._on_related_table_doubleClicked)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.summary)
        tl.addWidget(make_table(self.checks_model, stretch=2, name="policyTable"))
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("Related cases (same legal representative ID, phone, address or bank card)")))
        bl.addWidget(self.related_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 220])
        QVBoxLayout(self).addWidget(split)

    def load(self) -> None:
        checks = cases.policy_checks(self.store, self.actor, self.app_id)
        ok, fail = self.tr("pass"), self.tr("FAIL")
        self.checks_model.set_rows([[pick(c.name_zh, c.name_en), ok if c.passed else fail,
                                     pick(c.reason_zh, c.reason_en)] for c in checks],
                                   colours={(i, 1): "#1b7f3b" if c.passed else "#b00020"
                                            for i, c in enumerate(checks)})
        failed = sum(1 for c in checks if not c.passed)
        self.summary.setText(self.tr("All %1 rules pass.").replace("%1", str(len(checks))) if not failed else
                             self.tr("%1 of %2 rules fail.").replace("%1", str(failed)).replace("%2", str(len(checks))))
        self.summary.setStyleSheet("font-weight: 600; color: %s;" % ("#1b7f3b" if not failed else "#b00020"))
        words = {"legal_rep_id": self.tr("legal representative"), "phone": self.tr("phone"),
                 "address": self.tr("address"), "bank_card": self.tr("bank card")}
        rel = cases.related_cases(self.store, self.actor, self.app_id)
        self.related_model.set_rows([[r.app_no, r.merchant_name, status_name(r.status), fmt(r.amount_requested),
                                      pick("、", ", ").join(words[m] for m in r.matched_on)] for r in rel],
                                    ids=[r.id for r in rel])

    def _on_related_table_doubleClicked(self, index) -> None:
        app_id = self.related_model.row_id(index.row())
        if app_id is not None:
            self.open_case.emit(app_id)


class HistoryTab(QWidget):
    def __init__(self, store: Store, actor: Actor, app_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, app_id
        self.changes_model = RecordsModel([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"),
                                           self.tr("Comment")], parent=self)
        self.audit_model = RecordsModel([self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Details")],
                                        parent=self)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, model, name in ((self.tr("Status changes"), self.changes_model, "changesTable"),
                                   (self.tr("Audit log of this case"), self.audit_model, "auditTable")):
            w = QWidget()
            lay = QVBoxLayout(w)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(title))
            lay.addWidget(make_table(model, stretch=model.columnCount() - 1, name=name))
            split.addWidget(w)
        QVBoxLayout(self).addWidget(split)

    def load(self) -> None:
        changes, entries = cases.history(self.store, self.actor, self.app_id)
        system = self.tr("(system)")
        self.changes_model.set_rows([[local_dt(c.at), status_name(c.from_status) if c.from_status else "—",
                                      status_name(c.to_status), c.user_name or system, event_text(c.event, c.comment)]
                                     for c in changes])
        self.audit_model.set_rows([[local_dt(e.at), e.username, action_name(e.action), details_text(e.details)]
                                   for e in entries])
