"""The Documents panel of a case or a loan: the documents that apply to it now (memo,
decline notice, contract, schedule, statement with its period, settlement certificate,
guarantee agreement) and the ones printed before. Opening one prints it (records it:
type, number, hashes, who, when) and shows it in the preview, from where it can go to
a printer or a file.

Mounting: ``install_case(case_file)`` adds a Documents tab to every case file;
``install(window)`` adds Documents > Batch print... to the main window. A loan screen
can embed ``DocumentsPanel(store, actor, contract_no=...)``.
"""
from __future__ import annotations

from datetime import date, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.domain.actor import Actor

from workstation.services.connect import Store
from workstation.printing.documents import KIND_NAMES, documents_for
from workstation.ui.errors import present_error

CHINA = timezone(timedelta(hours=8))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsPanel", text)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DocumentsPanel(QWidget):
    printed = Signal(str)          # the kind of document just printed

    def __init__(self, store: Store, actor: Actor, *, application_id: int | None = None,
                 contract_no: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if application_id is None and contract_no is None:
            raise ValueError("DocumentsPanel needs an application id or a contract number")
        self.store, self.actor = store, actor
        self.application_id, self.contract_no = application_id, contract_no
        self.jobs: list = []             # batch_print.Job (document data and reportlab load on first use)
        self.previews: list = []
        self.available = QListWidget(objectName="availableDocuments")
        self.available.itemDoubleClicked.connect(self._on_available_itemDoubleClicked)
        self.btn_open = QPushButton(self.tr("&Open (print to preview)"), objectName="openDocument")
        self.btn_open.clicked.connect(self._on_open_clicked)
        self.period_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="statementFrom")
        self.period_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="statementTo")
        self.period_row = QWidget()
        row = QHBoxLayout(self.period_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Statement period")))
        row.addWidget(self.period_from)
        row.addWidget(QLabel("–"))
        row.addWidget(self.period_to)
        row.addStretch(1)
        self.history = QTableWidget(0, 5, objectName="printedDocuments")
        self.history.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Document number"), self.tr("Printed at"),
                                                self.tr("By"), self.tr("Content hash")])
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.verticalHeader().setVisible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Documents for this case")))
        lay.addWidget(self.available, 1)
        lay.addWidget(self.period_row)
        lay.addWidget(self.btn_open)
        lay.addWidget(QLabel(self.tr("Printed before")))
        lay.addWidget(self.history, 1)

    # -- loading ------------------------------------------------------------------------------------

    def load(self) -> None:
        from workstation.printing import batch_print as bp
        self.jobs = bp.available_jobs(self.store, self.actor, application_id=self.application_id,
                                      contract_no=self.contract_no)
        self.available.clear()
        for job in self.jobs:
            self.available.addItem(QListWidgetItem(f"{KIND_NAMES.get(job.kind, job.kind)}　{job.shown or job.ref}"))
        statement = next((j for j in self.jobs if j.kind == "statement"), None)
        self.period_row.setVisible(statement is not None)
        if statement is not None:
            self.period_from.setDate(_qdate(statement.period_from))
            self.period_to.setDate(_qdate(statement.period_to))
        if self.jobs:
            self.available.setCurrentRow(0)
        self.load_history()

    def load_history(self) -> None:
        rows = []
        if self.application_id is not None:
            rows = documents_for(self.store, self.actor, application_id=self.application_id)
        elif self.contract_no is not None:
            rows = documents_for(self.store, self.actor, loan_ref=self.contract_no)
        self.history.setRowCount(len(rows))
        for r, d in enumerate(rows):
            at = d["printed_at"]
            at = at.replace(tzinfo=at.tzinfo or timezone.utc).astimezone(CHINA)
            for c, text in enumerate([d["name"], d["document_no"], f"{at:%Y-%m-%d %H:%M}", d["username"],
                                      d["content_hash"][:16] + "…"]):
                self.history.setItem(r, c, QTableWidgetItem(text))

    @property
    def available_kinds(self) -> list[str]:
        return [j.kind for j in self.jobs]

    # -- opening --------------------------------------------------------------------------------------

    def open_document(self, kind: str, ref: str | None = None):
        """Print the document of ``kind`` (the one numbered ``ref`` where a loan has several,
        as its receipts) and show it, recorded; None when it failed."""
        from workstation.printing import batch_print as bp
        from workstation.ui.documents.documents_preview import PdfPreviewDialog
        job = next(j for j in self.jobs if j.kind == kind and ref in (None, j.ref))
        if kind == "statement":
            job = bp.Job(kind, job.ref, _pydate(self.period_from.date()), _pydate(self.period_to.date()))
        from workstation.ui.documents.documents_lender import printable_or_explain
        if not printable_or_explain(self, self.store, self.actor):
            return None
        try:
            issued = bp.print_document(self.store, self.actor, job)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return None
        title = f"{KIND_NAMES.get(kind, kind)} {issued.document_no}"
        dlg = PdfPreviewDialog(issued.pdf, title=title, suggested_name=f"{kind}_{issued.document_no}.pdf",
                               parent=self.window())
        self.previews = [p for p in self.previews if p.isVisible()] + [dlg]
        dlg.show()
        self.load_history()
        self.printed.emit(kind)
        return dlg

    def _on_open_clicked(self) -> None:
        row = self.available.currentRow()
        if 0 <= row < len(self.jobs):
            self.open_document(self.jobs[row].kind, self.jobs[row].ref)

    def _on_available_itemDoubleClicked(self, item: QListWidgetItem) -> None:
        job = self.jobs[self.available.row(item)]
        self.open_document(job.kind, job.ref)


# -- mounting ----------------------------------------------------------------------------------------

def install_case(case_file) -> None:
    """A Documents tab in every case file (lazy: filled when first shown)."""
    panel = DocumentsPanel(case_file.store, case_file.actor, application_id=case_file.app_id)
    case_file.add_tab(panel, _tr("Documents"))


def install(window) -> None:
    """Documents > Batch print... in the main window (the dialog and the printing code load when used)."""
    menu = window.menuBar().addMenu(_tr("&Documents"))
    window.menus["documents"] = menu

    def open_batch() -> None:     # not modal: the desk stays readable while a batch prints
        from workstation.ui.documents.documents_batch import BatchPrintDialog
        dlg = BatchPrintDialog(window.store, window.actor, window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
    menu.addAction(_tr("&Batch print..."), open_batch)

