"""催收 — the collections desk: overdue loans by bucket (M1, M2, M3+) over a lazy table;
the selected loan's overdue figures, contact log and promises; logging a contact under
the contact rules (shown: the hours and today's attempts against the limit); recording a
promise to pay; the reminder letter and the formal demand (催收函) previewed; and, for
supervisors, the deduction request file. Installed through the screen hooks:
``install(window)`` adds its entry to the 贷后 menu."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from workstation.aftercare import collections, deduction
from workstation.domain import clock
from workstation.domain.money import MoneyError, fmt
from workstation.servicing import loan_views
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.aftercare.collections import CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_PERSONS
from workstation.ui import drafts
from workstation.ui.amounts import parse_desk_amount, problem_text
from workstation.ui.aftercare.collections_model import ID_ROLE, CollectionsModel
from workstation.ui.aftercare.collections_texts import channel_name, outcome_name, person_name, promise_status_name
from workstation.ui.aftercare import aftercare_parts
from workstation.ui.aftercare.aftercare_parts import (QueueDesk, aftercare_menu, button_rows, detail_header, fill_records,
                                            record_table)
from workstation.ui.errors import present_error, server_away

FILTERS = (None, "M1", "M2", "M3+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Collections", text)


class CollectionDetail(QWidget):
    """One overdue loan: figures, the contact rules, the log, promises and letters."""
    changed = Signal()

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.now = clock.now            # the desk's clock (tests set it)
        self.loan_id: int | None = None
        self.preview = None
        self.title, self.facts = detail_header("collection")
        self.rules = QLabel(objectName="contactRules")
        # contact form
        self.channel, self.person, self.outcome = (QComboBox(objectName=n) for n in ("channel", "person", "outcome"))
        for box, codes, name in ((self.channel, CONTACT_CHANNELS, channel_name),
                                 (self.person, CONTACT_PERSONS, person_name),
                                 (self.outcome, CONTACT_OUTCOMES, outcome_name)):
            for c in codes:
                box.addItem(name(c), c)
        self.note = QLineEdit(objectName="contactNote")
        self.note.setPlaceholderText(self.tr("What was said (optional)"))
        self.buttons, (log_row, promise_row, letters) = button_rows(
            [[("log", self.tr("Log contact"))], [("promise", self.tr("Record promise"))],
             [("reminder", self.tr("Reminder letter")), ("demand", self.tr("Formal demand (催收函)"))]],
            self._on_button_clicked)
        self.log_btn, self.promise_btn = self.buttons["log"], self.buttons["promise"]
        self.reminder_btn, self.demand_btn = self.buttons["reminder"], self.buttons["demand"]
        contact = QGroupBox(self.tr("Contact"))
        cf = QFormLayout(contact)
        row = QHBoxLayout()
        for w in (self.channel, self.person, self.outcome):
            row.addWidget(w)
        cf.addRow(row)
        cf.addRow(self.tr("Note"), self.note)
        cf.addRow(self.rules)
        cf.addRow(log_row)
        # promise form
        self.amount = QLineEdit(objectName="promiseAmount")
        self.amount.setPlaceholderText(self.tr("yuan"))
        self.pdate = QDateEdit(objectName="promiseDate", calendarPopup=True)
        self.pdate.setDisplayFormat("yyyy-MM-dd")
        first = clock.today() + timedelta(days=3)          # before a loan is chosen too: never 2000-01-01
        self.pdate.setDate(QDate(first.year, first.month, first.day))
        self.problem = QLabel(objectName="problem", styleSheet="color: #b00020;")
        prom = QGroupBox(self.tr("Promise to pay"))
        pl = QHBoxLayout(prom)
        pl.addWidget(QLabel(self.tr("Amount")))
        pl.addWidget(self.amount)
        pl.addWidget(QLabel(self.tr("by")))
        pl.addWidget(self.pdate)
        pl.addLayout(promise_row)
        self.log = record_table([self.tr("Time"), self.tr("Channel"), self.tr("Person reached"), self.tr("Result of the contact"),
                           self.tr("Officer"), self.tr("Note")], "contactLog")
        self.promises = record_table([self.tr("Promised on"), self.tr("Amount"), self.tr("Due by"), self.tr("Status"),
                                self.tr("Paid")], "promiseList")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addWidget(contact)
        lay.addWidget(prom)
        lay.addWidget(self.problem)
        lay.addWidget(QLabel(self.tr("Contact log")))
        lay.addWidget(self.log)
        lay.addWidget(QLabel(self.tr("Promises to pay")))
        lay.addWidget(self.promises)
        lay.addLayout(letters)
        lay.addStretch(1)
        self.show_loan(None)

    def show_loan(self, loan_id: int | None) -> None:
        self.loan_id = loan_id
        self.problem.setText("")
        enabled = loan_id is not None
        for w in self.buttons.values():
            w.setEnabled(enabled)
        if loan_id is None:
            self.title.setText(self.tr("Select an overdue loan"))
            self.facts.setText("")
            self.rules.setText("")
            self.log.setRowCount(0)
            self.promises.setRowCount(0)
            return
        v = loan_views.loan_view(self.store, self.actor, loan_id)
        b = v.balances
        [row] = collections.queue_rows(self.store, self.actor, [loan_id]) or [None]
        name = row.merchant_name if row else ""
        self.title.setText(f"{v.contract_no}  {name}")
        self.facts.setText("\n".join([
            self.tr("%1 days past due (bucket %2)").replace("%1", str(b.dpd))
            .replace("%2", collections.bucket_of(b.dpd) or "M0"),
            self.tr("Overdue principal %1, overdue interest %2, penalty %3: overdue in all %4")
            .replace("%1", fmt(b.overdue_principal)).replace("%2", fmt(b.overdue_interest))
            .replace("%3", fmt(b.penalty)).replace("%4", fmt(b.overdue_principal + b.overdue_interest + b.penalty)),
            self.tr("Principal outstanding %1; figures as of the last end of day (%2)")
            .replace("%1", fmt(b.principal)).replace("%2", v.last_eod.isoformat() if v.last_eod else "—")]))
        self._show_rules()
        fill_records(self.log, [(clock.local_text(c.contacted_at), channel_name(c.channel), person_name(c.person),
                          outcome_name(c.outcome), c.officer or "", c.note or "")
                         for c in collections.contacts(self.store, self.actor, loan_id)])
        fill_records(self.promises, [(p.made_on.isoformat(), fmt(p.amount), p.promised_on.isoformat(),
                               promise_status_name(p.status), fmt(p.paid) if p.paid is not None else "")
                              for p in collections.promises(self.store, self.actor, loan_id)])
        first = clock.today() + timedelta(days=3)
        self.pdate.setDate(QDate(first.year, first.month, first.day))
        drafts.follow(self, f"contact/{loan_id}", {"note": self.note}, resend=self._on_log_clicked)

    def _show_rules(self) -> None:
        r = collections.contact_rules(self.store, self.actor, self.loan_id, at=self.now())
        text = (self.tr("Contact hours %1:00-%2:00 (Beijing time); attempts today %3 of %4.")
                .replace("%1", str(r.start_hour)).replace("%2", str(r.end_hour))
                .replace("%3", str(r.attempts_today)).replace("%4", str(r.limit)))
        if not r.within_hours:
            text += " " + self.tr("Outside the contact hours now.")
        elif not r.allowed:
            text += " " + self.tr("No more attempts today.")
        self.rules.setText(text)
        self.rules.setStyleSheet("" if r.allowed else "color: #b00020;")

    def _on_button_clicked(self, key: str) -> None:
        if key == "log":
            self._on_log_clicked()
        elif key == "promise":
            self._on_promise_clicked()
        else:
            self._on_letter_clicked(key)

    def _on_log_clicked(self) -> None:
        if self.loan_id is None:
            return
        try:
            collections.log_contact(self.store, self.actor, self.loan_id, channel=self.channel.currentData(),
                                    person=self.person.currentData(), outcome=self.outcome.currentData(),
                                    note=self.note.text(), at=self.now())
        except Exception as exc:  # noqa: BLE001 - the one error presenter decides how to show it
            present_error(self, exc)
            if not server_away(exc):            # nothing more to ask while the server is away
                self._show_rules()
            return
        self.note.clear()
        self.kept.saved()
        self.show_loan(self.loan_id)
        self.changed.emit()

    def _on_promise_clicked(self) -> None:
        if self.loan_id is None:
            return
        try:
            amount = parse_desk_amount(self.amount.text(), positive=True)
        except MoneyError as exc:
            self.problem.setText(self.tr("Amount: %1").replace("%1", problem_text(exc)))
            return
        q = self.pdate.date()
        try:
            collections.promise(self.store, self.actor, self.loan_id, amount=amount,
                                promised_on=date(q.year(), q.month(), q.day()))
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        self.amount.clear()
        self.show_loan(self.loan_id)
        self.changed.emit()

    def _on_letter_clicked(self, letter: str) -> None:
        if self.loan_id is None:
            return
        try:
            from workstation.aftercare import collection_letters  # with reportlab, when a letter is printed
            doc = collection_letters.print_letter(self.store, self.actor, self.loan_id, letter)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        from workstation.ui.documents.documents_preview import PdfPreviewDialog
        title = self.tr("Reminder letter") if letter == "reminder" else self.tr("Formal demand (催收函)")
        self.preview = PdfPreviewDialog(doc.pdf, title=title, suggested_name=f"{doc.document_no}.pdf", parent=self)
        self.preview.show()


class CollectionsDesk(QueueDesk):
    """The tab: bucket filter, search, the lazy queue and the selected loan."""
    ID_ROLE = ID_ROLE

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("collectionsDesk")
        self.model = CollectionsModel(store, actor, self)
        self.bucket = QComboBox(objectName="collectionBucket")
        self.search = self._search_box("collectionSearch", self.tr("Search: contract number, merchant"))
        self.count = QLabel(objectName="collectionCount")
        self.deduct_btn = QPushButton(self.tr("Deduction file..."), objectName="btn_deduction")
        self.deduct_btn.setVisible(actor.has("supervisor", "admin"))
        self.deduct_btn.clicked.connect(lambda: self.write_deduction_file(None))
        self.detail = CollectionDetail(store, actor, self)
        self._fill_buckets()
        self._lay_out("collectionTable", [self.bucket, self.search, self.count, self.deduct_btn], [600, 600])
        self.bucket.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def _show(self, key) -> None:
        self.detail.show_loan(key)

    def _shown(self):
        return self.detail.loan_id

    def _fill_buckets(self) -> None:
        counts = collections.bucket_counts(self.store, self.actor)
        current = self.bucket.currentData()
        self.bucket.blockSignals(True)
        self.bucket.clear()
        for code in FILTERS:
            text = self.tr("All overdue (%1)").replace("%1", str(sum(counts.values()))) if code is None else \
                f"{code} ({counts.get(code, 0)})"
            self.bucket.addItem(text, code)
        self.bucket.setCurrentIndex(max(0, self.bucket.findData(current)))
        self.bucket.blockSignals(False)

    def apply_filters(self) -> None:
        q = replace(self.model.query, bucket=self.bucket.currentData(), search=self.search.text())
        try:
            self.model.set_query(q)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.count.setText(self.tr("%n loan(s)", "", self.model.rowCount()))
        self.detail.show_loan(None)

    def write_deduction_file(self, path: str | Path | None) -> deduction.DeductionFile | None:
        """Write the deduction request file of the bucket shown (asks where when ``path`` is None)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Deduction request file"),
                                                  f"DK{clock.today():%Y%m%d}.csv", self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            out = deduction.write_deduction_file(self.store, self.actor, path, bucket=self.bucket.currentData())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return None
        QMessageBox.information(self, self.tr("Deduction request file"),
                                self.tr("Batch %1: %2 line(s), %3 yuan in all, written to %4.")
                                .replace("%1", out.batch_no).replace("%2", str(out.lines))
                                .replace("%3", fmt(out.total)).replace("%4", str(out.path)))
        return out


def open_desk(window) -> None:
    aftercare_parts.open_desk(window, CollectionsDesk, _tr("Collections"))


def install(window) -> None:
    """After the loan > Collections desk, for every desk role."""
    if not window.actor.has(*collections.DESK):
        return
    act = aftercare_menu(window).addAction(_tr("&Collections desk"))
    act.setObjectName("actCollectionsDesk")
    act.setShortcut("Ctrl+Shift+K")
    act.triggered.connect(lambda: open_desk(window))
    from workstation.ui.aftercare.collections_good import open_panel
    good = aftercare_menu(window).addAction(QCoreApplication.translate("GoodBorrowers", "&Good borrowers"))
    good.setObjectName("actGoodBorrowers")
    good.triggered.connect(lambda: open_panel(window))
