"""Batch printing from the menu: statements for a month, contracts signed on a day or
schedules for a list of contracts, one file each or one merged PDF, with a progress
bar and Cancel. ``print_batch`` runs through the desk's job runner (``ui.jobs``; it
renders in two worker processes); the window is not modal, so the officer keeps
reading the queue while it prints."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.printing import batch_print as bp
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import settings as ui_settings
from workstation.ui.errors import present_error, user_message
from workstation.ui.jobs import JobRunner

MODES = ("statements", "contracts", "schedules")


class BatchPrintDialog(QDialog):
    finished_batch = Signal(object)      # the BatchResult, once a batch ended (also cancelled ones)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None, *, workers: int = 2) -> None:
        super().__init__(parent)
        self.store, self.actor, self.workers = store, actor, workers
        self.result: bp.BatchResult | None = None
        self._runner = JobRunner(self)
        self._runner.progressed.connect(self._on_progress)
        self._runner.succeeded.connect(self._on_outcome)
        self._runner.cancelled.connect(self._on_outcome)
        self._runner.failed.connect(self._on_outcome)
        self.setWindowTitle(self.tr("Batch print"))
        self.mode = QComboBox(objectName="batchMode")
        self.mode.addItems([self.tr("Statements for a month"), self.tr("Contracts signed on a day"),
                            self.tr("Schedules for contracts")])
        today = clock.today()
        last = today.replace(day=1) - timedelta(days=1)
        self.month = QLineEdit(f"{last:%Y-%m}", objectName="batchMonth", placeholderText="YYYY-MM")
        self.day = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True,
                             displayFormat="yyyy-MM-dd", objectName="batchDay")
        self.contracts = QLineEdit(objectName="batchContracts", placeholderText=self.tr("NO,NO,..."))
        self.inputs = QStackedWidget()
        for w in (self.month, self.day, self.contracts):
            self.inputs.addWidget(w)
        self.mode.currentIndexChanged.connect(self.inputs.setCurrentIndex)
        self.out_dir = QLineEdit(str(ui_settings.value("documents/batch_dir", str(Path.home()))),
                                 objectName="batchOutDir")
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_dir, 1)
        out_row.addWidget(browse)
        self.merge = QCheckBox(self.tr("One merged PDF"), objectName="batchMerge")
        form = QFormLayout()
        form.addRow(self.tr("Print"), self.mode)
        form.addRow(self.tr("For"), self.inputs)
        form.addRow(self.tr("Into folder"), out_row)
        form.addRow("", self.merge)
        self.bar = QProgressBar(objectName="batchProgress")
        self.bar.setValue(0)
        self.status = QLabel("", objectName="batchStatus")
        self.report = QPlainTextEdit(objectName="batchReport", readOnly=True)
        self.btn_start = QPushButton(self.tr("&Start"), objectName="batchStart")
        self.btn_cancel = QPushButton(self.tr("Cancel"), objectName="batchCancel")
        self.btn_close = QPushButton(self.tr("Close"))
        self.btn_start.clicked.connect(self._on_start_clicked)
        self.btn_cancel.clicked.connect(self._on_cancel_clicked)
        self.btn_close.clicked.connect(self.reject)
        self.btn_cancel.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.btn_start, self.btn_cancel, self.btn_close):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addWidget(self.report, 1)
        lay.addLayout(buttons)
        self.resize(560, 420)

    @property
    def running(self) -> bool:
        return self._runner.running

    def jobs(self) -> tuple[list[bp.Job], str]:
        mode = MODES[self.mode.currentIndex()]
        if mode == "statements":
            return bp.statement_jobs(self.store, self.actor, self.month.text()), f"statements_{self.month.text().strip()}.pdf"
        if mode == "contracts":
            q = self.day.date()
            day = date(q.year(), q.month(), q.day())
            return bp.contract_jobs(self.store, self.actor, day), f"contracts_{day}.pdf"
        return bp.schedule_jobs(self.contracts.text().split(",")), "schedules.pdf"

    def start(self) -> bool:
        """Start the batch; False (with a message) when there is nothing to print."""
        try:
            jobs, merged_name = self.jobs()
        except bp.MonthNotInBooks as exc:
            self.status.setText(self.tr("Month %1: end of day has run only through %2; no day of the month is "
                                        "in the books yet.").replace("%1", exc.month)
                                .replace("%2", exc.through.isoformat()))
            return False
        except Exception as exc:  # noqa: BLE001 - bad month etc.: shown by the one presenter
            present_error(self, exc)
            return False
        if not jobs:
            self.status.setText(self.tr("Nothing to print: no loan matches."))
            return False
        from workstation.ui.documents.documents_lender import printable_or_explain
        if not printable_or_explain(self, self.store, self.actor):
            return False
        out, merge = Path(self.out_dir.text().strip()), self.merge.isChecked()
        ui_settings.set_value("documents/batch_dir", str(out))
        store, actor, workers = self.store, self.actor, self.workers
        self.report.clear()
        self.bar.setRange(0, len(jobs))
        self.bar.setValue(0)
        self.btn_start.setEnabled(False)
        self.btn_cancel.setEnabled(True)
        self._runner.start(lambda progress: bp.print_batch(store, actor, jobs, out_dir=out, merge=merge,
                                                           progress=progress, workers=workers,
                                                           merged_name=merged_name))
        return True

    def cancel(self) -> None:
        if self._runner.running:
            self._runner.cancel()
            self.status.setText(self.tr("Cancelling after the document being printed..."))

    # -- slots ----------------------------------------------------------------------------------------

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        text = self.tr("Reading %1 of %2") if label == "reading" else self.tr("Printing %1 of %2")
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _on_outcome(self, outcome: object) -> None:
        self.btn_start.setEnabled(True)
        self.btn_cancel.setEnabled(False)
        if isinstance(outcome, BaseException):
            self.status.setText(user_message(outcome))
            present_error(self, outcome)
            return
        self.result = outcome
        lines = [self.tr("Printed %1 of %2.").replace("%1", str(len(outcome.printed)))
                 .replace("%2", str(outcome.total))]
        if outcome.cancelled:
            lines.append(self.tr("Cancelled: the documents printed so far are kept and recorded."))
        if outcome.merged is not None:
            lines.append(self.tr("Merged file: %1").replace("%1", str(outcome.merged)))
        for job, reason in outcome.failed:
            lines.append(self.tr("FAILED %1: %2").replace("%1", job.ref).replace("%2", reason))
        if outcome.skipped:
            lines.append(self.tr("Skipped %1 document(s) of cases you may not open: %2")
                         .replace("%1", str(len(outcome.skipped)))
                         .replace("%2", ", ".join(job.ref for job, _ in outcome.skipped)))
        self.status.setText(lines[0])
        self.report.setPlainText("\n".join(lines))
        self.finished_batch.emit(outcome)

    def _on_start_clicked(self) -> None:
        self.start()

    def _on_cancel_clicked(self) -> None:
        self.cancel()

    def _on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"), self.out_dir.text())
        if path:
            self.out_dir.setText(path)

    def reject(self) -> None:
        if self.running:          # do not leave a batch running behind a closed dialog
            self.cancel()
            return
        super().reject()
