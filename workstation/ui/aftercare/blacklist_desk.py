"""黑名单 — the blacklist desk: listings by status, a proposal form (who, identifiers,
reason, source, evidence), the second person's signature or refusal, and credit
restoration (a plan of conditions with a deadline; confirmed met by another person, it
lifts the listing). Installed through the screen hooks: ``install(window)`` adds its
entry to the 贷后 menu."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.aftercare import blacklist
from workstation.domain import clock
from workstation.domain.masking import mask_account, mask_id, mask_phone
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.aftercare.blacklist import LISTING_REASONS, LISTING_SOURCES
from workstation.ui import drafts
from workstation.ui.errors import present_error

STATUSES = ("pending", "active", "refused", "lifted", None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Blacklist", text)


def reason_name(code: str) -> str:
    return {"malicious_default": _tr("Malicious default (恶意违约)"), "fraud": _tr("Fraud"),
            "false_information": _tr("False information"), "fund_misuse": _tr("Loan used for other purposes"),
            "other": _tr("Other")}.get(code, code)


def source_name(code: str) -> str:
    return {"collections": _tr("Collections"), "warning": _tr("Early warning"), "credit_review": _tr("Credit review"),
            "court": _tr("Court judgment"), "platform": _tr("Platform notice"), "other": _tr("Other")}.get(code, code)


def status_name(code: str | None) -> str:
    return {"pending": _tr("Awaiting signature"), "active": _tr("In force"), "refused": _tr("Refused"),
            "lifted": _tr("Lifted"), None: _tr("All")}.get(code, code or "")


CODES = ("required", "no_identifier", "too_long", "not_pending", "own_proposal", "not_active", "date_in_past",
         "date_in_future", "no_listing")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class BlacklistDesk(QWidget):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("blacklistDesk")
        self.views: list[blacklist.ListingView] = []
        signer = actor.has(*blacklist.SIGNERS)
        self.status = QComboBox(objectName="listingStatus")
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        self.search = QLineEdit(objectName="listingSearch")
        self.search.setPlaceholderText(self.tr("Search: name, listing number, or an identifier"))
        self.search.returnPressed.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 6, objectName="listingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Listing"), self.tr("Name"), self.tr("Reason"), self.tr("Source"),
                                              self.tr("Status"), self.tr("Published")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._show())
        # proposal
        self.f_name, self.f_code, self.f_id, self.f_phone, self.f_account = (
            QLineEdit(objectName=n) for n in ("subjectName", "creditCode", "idNumber", "phone", "paymentAccount"))
        self.f_reason, self.f_source = QComboBox(objectName="reason"), QComboBox(objectName="source")
        for c in LISTING_REASONS:
            self.f_reason.addItem(reason_name(c), c)
        for c in LISTING_SOURCES:
            self.f_source.addItem(source_name(c), c)
        self.f_evidence = QPlainTextEdit(objectName="evidence")
        self.f_evidence.setFixedHeight(60)
        self.propose_btn = QPushButton(self.tr("Propose listing"), objectName="btn_propose")
        self.propose_btn.clicked.connect(self._on_propose_clicked)
        prop = QGroupBox(self.tr("Propose a listing (a second person signs it)"))
        pf = QFormLayout(prop)
        for label, w in ((self.tr("Name (company or person)"), self.f_name), (self.tr("Credit code"), self.f_code),
                         (self.tr("ID number"), self.f_id), (self.tr("Phone"), self.f_phone),
                         (self.tr("Payment account"), self.f_account), (self.tr("Reason"), self.f_reason),
                         (self.tr("Source"), self.f_source), (self.tr("Evidence (what proves it)"), self.f_evidence)):
            pf.addRow(label, w)
        pf.addRow(self.propose_btn)
        # the selected listing
        self.facts = QLabel(objectName="listingFacts", wordWrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit(objectName="decisionNote")
        self.note.setPlaceholderText(self.tr("Comment, or the reason for a refusal"))
        self.approve_btn = QPushButton(self.tr("Sign"), objectName="btn_approve")
        self.refuse_btn = QPushButton(self.tr("Refuse"), objectName="btn_refuse")
        self.approve_btn.clicked.connect(lambda: self._act("approve"))
        self.refuse_btn.clicked.connect(lambda: self._act("refuse"))
        for b in (self.approve_btn, self.refuse_btn):
            b.setVisible(signer)
        self.conditions = QPlainTextEdit(objectName="conditions")
        self.conditions.setPlaceholderText(self.tr("One condition a line, e.g. repay everything owed"))
        self.conditions.setFixedHeight(60)
        self.deadline = QDateEdit(objectName="deadline", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.deadline.setDate(_qdate(clock.today() + timedelta(days=180)))
        self.plan_btn = QPushButton(self.tr("Add restoration plan"), objectName="btn_plan")
        self.plan_btn.clicked.connect(lambda: self._act("plan"))
        self.met_on = QDateEdit(objectName="metOn", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.met_on.setDate(_qdate(clock.today()))
        self.confirm_btn = QPushButton(self.tr("Conditions met: lift"), objectName="btn_confirm")
        self.confirm_btn.clicked.connect(lambda: self._act("confirm"))
        self.confirm_btn.setVisible(signer)
        rest = QGroupBox(self.tr("Credit restoration"))
        rf = QFormLayout(rest)
        rf.addRow(self.tr("Restoration conditions"), self.conditions)
        row = QHBoxLayout()
        row.addWidget(self.deadline)
        row.addWidget(self.plan_btn)
        rf.addRow(self.tr("Deadline"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.met_on)
        row2.addWidget(self.confirm_btn)
        rf.addRow(self.tr("Met on"), row2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.facts)
        decide = QHBoxLayout()
        decide.addWidget(self.note, 1)
        decide.addWidget(self.approve_btn)
        decide.addWidget(self.refuse_btn)
        rl.addLayout(decide)
        rl.addWidget(rest)
        rl.addWidget(prop)
        rl.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(bar)
        ll.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 640])
        QVBoxLayout(self).addWidget(split)
        self.refresh()
        self.kept = drafts.keep(self, store, actor, "blacklist/proposal", dict(
            name=self.f_name, code=self.f_code, id=self.f_id, phone=self.f_phone, account=self.f_account,
            reason=self.f_reason, source=self.f_source, evidence=self.f_evidence), resend=self._on_propose_clicked)

    def refresh(self, select_id: int | None = None) -> None:
        try:
            self.views = blacklist.listings(self.store, self.actor, status=self.status.currentData(),
                                            search=self.search.text())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            self.views = []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.views))
        for i, v in enumerate(self.views):
            for j, text in enumerate((v.listing_no, v.subject_name, reason_name(v.reason), source_name(v.source),
                                      status_name(v.status), v.published_on.isoformat() if v.published_on else "")):
                self.table.setItem(i, j, QTableWidgetItem(text))
        row = next((i for i, v in enumerate(self.views) if v.id == select_id), 0 if self.views else -1)
        self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._show()

    def current(self) -> blacklist.ListingView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self) -> None:
        v = self.current()
        for b in (self.approve_btn, self.refuse_btn):
            b.setEnabled(v is not None and v.status == "pending" and v.added_by != self.actor.display_name)
        self.plan_btn.setEnabled(v is not None and v.status == "active")
        open_plan = v is not None and any(p.status == "open" for p in v.plans)
        self.confirm_btn.setEnabled(v is not None and v.status == "active" and open_plan)
        if v is None:
            self.facts.setText(self.tr("No listing selected"))
            return
        ids = [f"{label}: {value}" for label, value in (     # personal data masked, as everywhere on the desk
            (self.tr("Credit code"), v.credit_code), (self.tr("ID number"), v.id_number and mask_id(v.id_number)),
            (self.tr("Phone"), v.phone and mask_phone(v.phone)),
            (self.tr("Payment account"), v.payment_account and mask_account(v.payment_account))) if value]
        lines = [f"{v.listing_no}  {v.subject_name}  —  {status_name(v.status)}", "; ".join(ids),
                 self.tr("Reason: %1; source: %2").replace("%1", reason_name(v.reason)).replace("%2", source_name(v.source)),
                 self.tr("Evidence: %1").replace("%1", v.evidence),
                 self.tr("Proposed by %1 on %2").replace("%1", v.added_by or "").replace("%2", clock.local_text(v.added_at))]
        if v.decided_by:
            lines.append(self.tr("Decided by %1%2").replace("%1", v.decided_by)
                         .replace("%2", f": {v.decision_note}" if v.decision_note else ""))
        if v.published_on:
            lines.append(self.tr("Malicious-default mark published on %1").replace("%1", v.published_on.isoformat()))
        for p in v.plans:
            lines.append(self.tr("Restoration plan (by %1, %2): %3").replace("%1", p.deadline.isoformat())
                         .replace("%2", {"open": self.tr("open"), "met": self.tr("met")}.get(p.status, p.status))
                         .replace("%3", "; ".join(p.conditions)))
        if v.lifted_on:
            lines.append(self.tr("Lifted on %1: %2").replace("%1", v.lifted_on.isoformat()).replace("%2", v.lift_note or ""))
        self.facts.setText("\n".join(lines))

    def _on_propose_clicked(self) -> None:
        try:
            lid = blacklist.propose(self.store, self.actor, subject_name=self.f_name.text(),
                                    credit_code=self.f_code.text(), id_number=self.f_id.text(),
                                    phone=self.f_phone.text(), payment_account=self.f_account.text(),
                                    reason=self.f_reason.currentData(), source=self.f_source.currentData(),
                                    evidence=self.f_evidence.toPlainText())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        for w in (self.f_name, self.f_code, self.f_id, self.f_phone, self.f_account):
            w.clear()
        self.f_evidence.clear()
        self.kept.saved()
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData("pending"))
        self.status.blockSignals(False)
        self.refresh(lid)

    def _act(self, what: str) -> None:
        v = self.current()
        if v is None:
            return
        try:
            if what == "approve":
                blacklist.approve(self.store, self.actor, v.id, note=self.note.text())
            elif what == "refuse":
                blacklist.refuse(self.store, self.actor, v.id, reason=self.note.text())
            elif what == "plan":
                blacklist.add_restoration_plan(self.store, self.actor, v.id,
                                               conditions=self.conditions.toPlainText().splitlines(),
                                               deadline=_pydate(self.deadline.date()))
            elif what == "confirm":
                plan = next(p for p in v.plans if p.status == "open")
                blacklist.confirm_restoration(self.store, self.actor, plan.id, met_on=_pydate(self.met_on.date()),
                                              note=self.note.text())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        self.note.clear()
        self.refresh(v.id)


def open_desk(window) -> None:
    from workstation.ui.aftercare.aftercare_parts import open_desk as open_tab
    open_tab(window, BlacklistDesk, _tr("Blacklist"), reload="refresh")


def install(window) -> None:
    """After the loan > Blacklist, for every desk role."""
    if not window.actor.has(*blacklist.DESK):
        return
    from workstation.ui.aftercare.aftercare_parts import aftercare_menu
    act = aftercare_menu(window).addAction(_tr("&Blacklist"))
    act.setObjectName("actBlacklistDesk")
    act.triggered.connect(lambda: open_desk(window))
