"""贷后预警 — the warnings desk: the queue of warnings (new, assigned, acting, closed) over a
lazy table, the selected warning with the borrower's monitoring chart and the rule's
threshold drawn on it, the actions taken, and the buttons to act. Freeze, limit cut and
early recall are requested here and signed by another supervisor (Sign... / Refuse...).
Installed through the screen hooks: ``install(window)`` adds the 贷后 menu."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.aftercare import actions, desk, monitoring
from workstation.domain import warning_rules as wr
from workstation.domain.money import fmt
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.aftercare import aftercare_parts
from workstation.ui.aftercare.aftercare_parts import QueueDesk, aftercare_menu, button_rows, detail_header, fill_records, record_table
from workstation.ui.errors import present_error, server_away
from workstation.ui.aftercare.warnings_chart import threshold_chart
from workstation.ui import drafts
from workstation.ui.aftercare.warnings_dialogs import ActionDialog
from workstation.ui.aftercare.warnings_model import ID_ROLE, WarningsModel
from workstation.ui.aftercare.warnings_texts import (action_name, metric_name, rule_name, severity_name, state_name,
                                           status_name)

FILTERS = (None, "new", "assigned", "acting", "closed", "signoff")
OVERVIEW = ("gmv", "days_since_login", "refund_share", "rating")      # the small charts beside the rule's


def _amount_date(a: desk.ActionView) -> str:
    extra = fmt(a.amount) if a.amount is not None else ""
    if a.due_date:
        extra = f"{extra} / {a.due_date.isoformat()}" if extra else a.due_date.isoformat()
    return extra


class WarningDetail(QWidget):
    """One warning: what the rule saw, the chart, what was done, and the actions."""
    changed = Signal()

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.view: desk.WarningView | None = None
        self.preview = None
        self.title, self.facts = detail_header("warning")
        self.chart_box = QVBoxLayout()
        self.history = record_table([self.tr("Action"), self.tr("State"), self.tr("Note"), self.tr("Amount / date"),
                                     self.tr("By"), self.tr("Signed by")], "warningActions", stretch=2, max_height=150)
        self.buttons, (row1, row2) = button_rows(
            [[("take", self.tr("Take")), ("call", self.tr("Call note...")), ("visit", self.tr("Visit note...")),
              ("ask_info", self.tr("Ask for information...")), ("close", self.tr("Close as false alarm..."))],
             [("freeze", self.tr("Freeze line...")), ("limit_cut", self.tr("Reduce limit...")),
              ("recall", self.tr("Early recall...")), ("sign", self.tr("Sign...")), ("refuse", self.tr("Refuse...")),
              ("notice", self.tr("Recall notice"))]], self._on_action_clicked)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addLayout(self.chart_box, 1)
        lay.addWidget(QLabel(self.tr("What was done")))
        lay.addWidget(self.history)
        lay.addLayout(row1)
        lay.addLayout(row2)
        self.show_warning(None)

    # --- showing ------------------------------------------------------------------------------
    def show_warning(self, warning_id: int | None) -> None:
        while self.chart_box.count():
            item = self.chart_box.takeAt(0)
            w = item.widget()
            if w is not None:          # off the screen now, not at the next event loop turn
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.chart = None
        self.view = desk.warning_view(self.store, self.actor, warning_id) if warning_id else None
        v = self.view
        if v is None:
            self.title.setText(self.tr("Select a warning"))
            self.facts.setText("")
            self.history.setRowCount(0)
            self._sync_buttons()
            return
        r = v.row
        self.title.setText(f"{r.warning_no}  {r.merchant_name}  —  {rule_name(r.rule)}")
        facts = [self.tr("Severity: %1").replace("%1", severity_name(r.severity)),
                 self.tr("Status: %1").replace("%1", status_name(r.status)),
                 self.tr("Suggested action: %1").replace("%1", action_name(r.suggested_action)),
                 self.tr("Seen %1 (threshold %2) in the snapshot of %3")
                 .replace("%1", str(r.value)).replace("%2", str(r.threshold)).replace("%3", v.snapshot_on.isoformat()),
                 self.tr("Loan %1, principal outstanding %2; rule set version %3")
                 .replace("%1", r.contract_no).replace("%2", fmt(v.principal_outstanding))
                 .replace("%3", str(v.rule_version))]
        if v.revolving:
            facts.append(self.tr("Revolving line: limit %1, %2").replace("%1", fmt(v.line_limit))
                         .replace("%2", self.tr("frozen") if v.line_frozen else self.tr("open for draws")))
        if v.close_reason:
            facts.append(self.tr("Closed: %1").replace("%1", v.close_reason))
        self.facts.setText("\n".join(facts))
        snaps = None
        if v.metric:
            snaps = monitoring.snapshots(self.store, self.actor, r.merchant_id)
            borrower = wr.Borrower(disbursed_on=v.disbursed_on, disbursed_fen=0) if v.disbursed_on else None
            self.chart = threshold_chart(metric_name(v.metric), [s.on for s in snaps],
                                         wr.series(v.metric, snaps, borrower), r.threshold, loan_day=v.disbursed_on)
            self.chart.setObjectName("warningChart")
            self.chart_box.addWidget(self.chart, 3)
        if snaps := (monitoring.snapshots(self.store, self.actor, r.merchant_id) if not v.metric else snaps):
            row = QWidget(objectName="overviewCharts")
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            for metric in OVERVIEW:
                if metric != v.metric:
                    lay.addWidget(threshold_chart(metric_name(metric), [s.on for s in snaps],
                                                  wr.series(metric, snaps), None, loan_day=v.disbursed_on,
                                                  small=True))
            self.chart_box.addWidget(row, 2)
        fill_records(self.history, [(action_name(a.kind), state_name(a.state), a.note or "", _amount_date(a),
                                     a.requested_by or "", a.signed_by or "") for a in v.actions],
                     [a.id for a in v.actions])
        self._sync_buttons()

    def _pending(self) -> desk.ActionView | None:
        if self.view is None:
            return None
        pend = [a for a in self.view.actions if a.state == "pending"]
        row = self.history.currentRow()
        if 0 <= row < len(self.view.actions) and self.view.actions[row].state == "pending":
            return self.view.actions[row]
        return pend[0] if pend else None

    def _signed_recall(self) -> desk.ActionView | None:
        if self.view is None:
            return None
        return next((a for a in self.view.actions if a.kind == "recall" and a.state == "signed"), None)

    def _sync_buttons(self) -> None:
        v = self.view
        is_open = v is not None and v.row.status != "closed"
        signer = self.actor.has("supervisor", "admin")
        for key, b in self.buttons.items():
            b.setEnabled(is_open)
        self.buttons["freeze"].setEnabled(is_open and v.revolving and not v.line_frozen)
        self.buttons["limit_cut"].setEnabled(is_open and v.revolving)
        self.buttons["sign"].setVisible(signer)
        self.buttons["refuse"].setVisible(signer)
        self.buttons["sign"].setEnabled(is_open and self._pending() is not None)
        self.buttons["refuse"].setEnabled(is_open and self._pending() is not None)
        self.buttons["notice"].setEnabled(v is not None and self._signed_recall() is not None)

    # --- acting -------------------------------------------------------------------------------
    def _on_action_clicked(self, key: str) -> None:
        v = self.view
        if v is None:
            return
        wid = v.row.id
        try:
            if key == "take":
                actions.assign(self.store, self.actor, wid)
            elif key == "notice":
                from workstation.aftercare import recall  # with reportlab, when a notice is printed
                doc = recall.print_notice(self.store, self.actor, self._signed_recall().id)
                from workstation.ui.documents.documents_preview import PdfPreviewDialog
                self.preview = PdfPreviewDialog(doc.pdf, title=self.tr("Recall notice"),
                                                suggested_name=f"{doc.document_no}.pdf", parent=self)
                self.preview.show()
                return
            else:
                pending = self._pending()
                kept = (self.store, self.actor, f"warning/{wid}/{key}")     # the note, until the server has it
                answer = ActionDialog.ask(key, self, current_limit=v.line_limit, draft=kept)
                if answer is None:
                    return
                if key in ("call", "visit"):
                    actions.record_contact(self.store, self.actor, wid, kind=key, note=answer["note"])
                elif key == "ask_info":
                    actions.ask_information(self.store, self.actor, wid, what=answer["note"])
                elif key == "close":
                    actions.close_false_alarm(self.store, self.actor, wid, reason=answer["note"])
                elif key == "freeze":
                    actions.request_freeze(self.store, self.actor, wid, reason=answer["note"])
                elif key == "limit_cut":
                    actions.request_limit_cut(self.store, self.actor, wid, new_limit=answer["amount"],
                                           reason=answer["note"])
                elif key == "recall":
                    actions.request_recall(self.store, self.actor, wid, due_date=answer["date"], reason=answer["note"])
                elif key == "sign" and pending is not None:
                    actions.sign(self.store, self.actor, pending.id, password=answer["password"], note=answer["note"])
                elif key == "refuse" and pending is not None:
                    actions.refuse(self.store, self.actor, pending.id, reason=answer["note"])
                drafts.forget(*kept)
        except Exception as exc:  # noqa: BLE001 - the one error presenter decides how to show it
            present_error(self, exc)
            if server_away(exc):            # nothing more to ask while the server is away
                return
        self.show_warning(wid)
        self.changed.emit()


class WarningsDesk(QueueDesk):
    """The tab: filters, the lazy queue and the selected warning."""
    ID_ROLE = ID_ROLE

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("warningsDesk")
        self.model = WarningsModel(store, actor, self)
        self.status = QComboBox(objectName="warningStatus")
        for code in FILTERS:
            text = {None: self.tr("All open"), "signoff": self.tr("Awaiting sign-off")}.get(code) or status_name(code)
            self.status.addItem(text, code)
        self.mine = QCheckBox(self.tr("Mine only"), objectName="warningMine")
        self.search = self._search_box("warningSearch", self.tr("Search: warning number, merchant, rule"))
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.mine.toggled.connect(lambda _b: self.apply_filters())
        self.count = QLabel(objectName="warningCount")
        self.detail = WarningDetail(store, actor, self)
        self._lay_out("warningTable", [self.status, self.mine, self.search, self.count], [520, 680])

    def _show(self, key) -> None:
        self.detail.show_warning(key)

    def _shown(self):
        return self.detail.view.row.id if self.detail.view else None

    def _counted(self) -> None:
        self.count.setText(self.tr("%n warning(s)", "", self.model.rowCount()))

    def apply_filters(self) -> None:
        code = self.status.currentData()
        q = replace(self.model.query, status=None if code == "signoff" else code, awaiting_signoff=code == "signoff",
                    mine=self.mine.isChecked(), search=self.search.text())
        try:
            self.model.set_query(q)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.count.setText(self.tr("%n warning(s)", "", self.model.rowCount()))


def open_desk(window) -> None:
    aftercare_parts.open_desk(window, WarningsDesk, QCoreApplication.translate("Warnings", "Warnings"))


def install(window) -> None:
    """The 贷后 (After the loan) menu: Warnings desk, for every desk role; the platform's
    monitoring data imported from the desk by supervisors and administrators."""
    if not window.actor.has(*desk.DESK):
        return
    menu = aftercare_menu(window)
    act = menu.addAction(QCoreApplication.translate("Warnings", "&Warnings desk"))
    act.setObjectName("actWarningsDesk")
    act.setShortcut("Ctrl+Shift+W")
    act.triggered.connect(lambda: open_desk(window))
    from workstation.ui.aftercare import monitoring_file_dialog as monitoring
    if window.actor.has(*monitoring.ROLES):
        imp = menu.addAction(QCoreApplication.translate("Warnings", "Import &monitoring data..."))
        imp.setObjectName("actImportMonitoring")
        imp.triggered.connect(lambda: monitoring.open_dialog(window))
    if window.actor.has("admin"):
        from workstation.ui.aftercare.warnings_rules import RulesDialog
        rules = menu.addAction(QCoreApplication.translate("Warnings", "Warning &rules..."))
        rules.setObjectName("actWarningRules")
        rules.triggered.connect(lambda: RulesDialog.ask(window.store, window.actor, window))
