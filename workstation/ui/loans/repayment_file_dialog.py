"""Loans > Import repayment file...: the payment channel's daily repayment file posted from
the desk (supervisors and administrators, as end of day), through the same service as
``workstation import repayments`` (servicing/repayment_import.py), behind a progress bar.

The report speaks the interface language: the counts, the amounts posted and held, and
each refused line with its line number, field and reason (by the reason's code on the
Chinese desk; the service's English text on the English one) beside the line as read
(personal data masked). Lines above the loan's payoff are held for an officer (Tools >
Held repayments). The window is not modal; it cannot be closed while the file is being
posted (each chunk of lines commits whole, so a desk that is killed meanwhile leaves a
batch the next run of the same file finishes).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from workstation.domain.actor import Actor
from workstation.servicing.repayment_file import KINDS, LINE
from workstation.servicing.repayment_import import RepaymentReport, import_repayments
from workstation.store.session import Store
from workstation.ui import settings
from workstation.ui.errors import present_error, user_message
from workstation.ui.i18n import is_zh
from workstation.ui.jobs import JobRunner

ROLES = ("supervisor", "admin")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RepaymentFile", text)


def field_text(name: str) -> str:
    """A field of the file as the desk names it."""
    return {
        LINE: _tr("(whole line)"),
        "payment_ref": _tr("Payment reference"),
        "contract_no": _tr("Contract number"),
        "value_date": _tr("Value date"),
        "amount": _tr("Amount"),
        "kind": _tr("Kind"),
    }.get(name, name)


def _reasons() -> dict[str, str]:
    """Every reason code the repayment file's reader and import give (REASON_CODES), in
    the interface language."""
    return {
        "json": _tr("Not a valid JSON record: the line is not posted."),
        "csv": _tr("Not valid CSV: the file was not read beyond this line."),
        "quotes": _tr("A quoted value is not closed: nothing of this record is posted."),
        "columns": _tr("The number of values differs from the header (a comma inside an unquoted value?)."),
        "required": _tr("Required, missing."),
        "too_long": _tr("Too long."),
        "date": _tr("Not a date (YYYY-MM-DD)."),
        "date_range": _tr("The date is outside 1900 to 2100."),
        "not_positive": _tr("The amount must be more than zero."),
        "unknown": _tr("Not a known kind: %1.").replace("%1", ", ".join(KINDS)),
        "unmatched": _tr("No loan has this contract number."),
        "loan_contracted": _tr("The loan is not disbursed yet."),
        "loan_closed": _tr("The loan is closed (settled), perhaps by an earlier line of this file."),
        "loan_written_off": _tr("The loan is written off."),
        "before_disbursement": _tr("The value date is before the disbursement."),
        "future": _tr("The value date is in the future."),
        "not_order_loan": _tr("An order settlement on a loan that is not an order loan."),
        "duplicate_in_file": _tr("The payment reference is repeated in the file: the first line counts."),
        # a line for a written-off loan is posted as a recovery (servicing/recoveries.refusal)
        "loan_not_open": _tr("The loan is not open for this payment."),
        "amount_not_positive": _tr("The amount must be more than zero."),
        "recovery_before_write_off": _tr("A recovery dated before the write-off."),
        "value_date_future": _tr("The value date is in the future."),
        "recovery_exceeds_written_off": _tr("More than is left of the written-off amount: the line is not posted."),
    }


# the money parser's codes (ui.amounts.reason_text) besides these
REASON_CODES = frozenset(("json", "csv", "quotes", "columns", "required", "too_long", "date", "date_range",
                          "not_positive", "unknown", "unmatched", "loan_contracted", "loan_closed",
                          "loan_written_off", "before_disbursement", "future", "not_order_loan",
                          "duplicate_in_file", "loan_not_open", "amount_not_positive",
                          "recovery_before_write_off", "value_date_future", "recovery_exceeds_written_off"))
MONEY_CODES = frozenset(("exponent", "underscore", "decimal_comma", "grouping", "bad_grouping", "not_finite",
                         "not_a_number", "decimals", "negative", "sign", "too_large"))


def reject_reason(code: str, english: str) -> str:
    """A refused line's reason: by its code on the Chinese desk (a code not known here
    says so with the code, never in English), the service's text on the English one."""
    if not is_zh():
        return english
    text = _reasons().get(code)
    if text is None and code in MONEY_CODES:
        from workstation.ui.amounts import reason_text
        text = reason_text(code)
    return text if text is not None else _tr("Cannot be posted (reason %1).").replace("%1", code)


def report_lines(report: RepaymentReport) -> list[str]:
    """The report's summary, in the interface language."""
    out = [_tr("Lines read: %1").replace("%1", f"{report.read:,}"),
           _tr("Posted: %1 lines, %2 yuan (%3 of them backdated, the nights after them recomputed)")
           .replace("%1", f"{report.imported:,}").replace("%2", f"{report.amount_posted:,.2f}")
           .replace("%3", f"{report.backdated:,}"),
           _tr("Held for an officer (above the loan's payoff): %1 lines, %2 yuan; see Tools > Held repayments")
           .replace("%1", f"{report.held:,}").replace("%2", f"{report.amount_held:,.2f}"),
           _tr("Duplicates (posted or held before, or repeated in the file), not posted again: %1")
           .replace("%1", f"{report.duplicates:,}"),
           _tr("Refused: %1 (of them with no such contract: %2)")
           .replace("%1", f"{report.rejected:,}").replace("%2", f"{report.unmatched:,}")]
    if report.rejects_path:
        out.append(_tr("The refused lines, with line, field and reason, are also in %1")
                   .replace("%1", report.rejects_path))
    for b in report.resumed:
        out.append(_tr("An earlier run of this file (batch %1) had been interrupted: this run finished it.")
                   .replace("%1", str(b)))
    for b, name in report.interrupted_files:
        out.append(_tr("Batch %1 (file %2) was interrupted: import that file again to finish it.")
                   .replace("%1", str(b)).replace("%2", name))
    return out


class RepaymentFileDialog(QDialog):
    """Posts one repayment file and shows its report. Entry point: ``RepaymentFileDialog.run``."""
    finished_report = Signal(object)         # the RepaymentReport once the file is posted

    def __init__(self, parent: QWidget | None, *, store: Store, actor: Actor, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import repayment file"))
        self.setMinimumWidth(680)
        self.store, self.actor, self.path = store, actor, Path(path)
        self.report: RepaymentReport | None = None
        self.error: BaseException | None = None
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_failed)

        self.file_label = QLineEdit(str(self.path), objectName="repaymentFile", readOnly=True)
        self.file_label.setCursorPosition(0)
        self.file_label.setToolTip(str(self.path))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(_tr("File:")))
        file_row.addWidget(self.file_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.status_label = QLabel(_tr("Reading the file and posting its lines..."), objectName="repaymentStatus")
        self.status_label.setWordWrap(True)
        self.report_text = QPlainTextEdit(objectName="repaymentReport", readOnly=True)
        self.report_text.setVisible(False)
        self.rejects_table = QTableWidget(0, 4, objectName="repaymentRejects")
        self.rejects_table.setHorizontalHeaderLabels([_tr("Line"), _tr("Field"), _tr("Reason"), _tr("As read")])
        header = self.rejects_table.horizontalHeader()
        for col in (0, 1, 2):                   # the line as read takes the rest (its tooltip: all of it)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rejects_table.verticalHeader().setVisible(False)
        self.rejects_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejects_table.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.setToolTip(_tr("The file is being posted: each chunk of lines commits whole."))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        for w, stretch in ((self.progress_bar, 0), (self.status_label, 0), (self.report_text, 1),
                           (self.rejects_table, 2)):
            layout.addWidget(w, stretch)
        layout.addWidget(self.buttons)
        settings.restore_geometry(self, "repayment_file_dialog")

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, actor: Actor, path: str | Path | None = None
            ) -> RepaymentFileDialog | None:
        """Ask for the file (unless given) and post it in a window of its own (not modal);
        None when no file was chosen."""
        if path is None:
            last = settings.value("repayments/last_dir", "")
            chosen, _ = QFileDialog.getOpenFileName(parent, _tr("Import repayment file"), str(last),
                                                    _tr("Repayment file (*.csv *.jsonl *.ndjson *.json);;All files (*)"))
            if not chosen:
                return None
            path = chosen
            settings.set_value("repayments/last_dir", str(Path(chosen).parent))
        dlg = cls(parent, store=store, actor=actor, path=Path(path))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        dlg.start()
        return dlg

    def start(self) -> None:
        store, actor, path = self.store, self.actor, self.path
        self.runner.start(lambda progress: import_repayments(store, actor, path, progress=progress))

    @property
    def running(self) -> bool:
        return self.runner.running

    @Slot(int, int, str)
    def _on_runner_progressed(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.status_label.setText(_tr("Line %1 of %2 posted or decided").replace("%1", f"{done:,}")
                                  .replace("%2", f"{total:,}"))

    @Slot(object)
    def _on_runner_succeeded(self, report: RepaymentReport) -> None:
        self.report = report
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.status_label.setText(_tr("The file is posted."))
        self.report_text.setPlainText("\n".join(report_lines(report)))
        self.report_text.setVisible(True)
        rejects = sorted(report.rejects, key=lambda r: r.line)
        self.rejects_table.setRowCount(len(rejects))
        for row, r in enumerate(rejects):
            for col, value in enumerate((str(r.line), field_text(r.field), reject_reason(r.code, r.reason), r.raw)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.rejects_table.setItem(row, col, item)
        if rejects:
            self.rejects_table.setVisible(True)
            if self.height() < 480:
                self.resize(self.width(), 480)
        self._finish()
        self.finished_report.emit(report)

    @Slot(object)
    def _on_runner_failed(self, exc: BaseException) -> None:
        self.error = exc
        self.status_label.setText(_tr("The file was not posted: %1").replace("%1", user_message(exc)))
        self._finish()
        present_error(self, exc, title=_tr("Import repayment file"))

    def _finish(self) -> None:
        self.close_button.setEnabled(True)
        self.close_button.setToolTip("")
        self.close_button.setDefault(True)

    def reject(self) -> None:
        """Escape or the close box: only once the file is posted."""
        if self.running:
            return
        settings.save_geometry(self, "repayment_file_dialog")
        super().reject()

    def rejected_reasons(self) -> list[str]:
        return [self.rejects_table.item(r, 2).text() for r in range(self.rejects_table.rowCount())]


def open_dialog(window) -> RepaymentFileDialog | None:
    """Loans > Import repayment file...: the window's open loan screens refresh after."""
    dlg = RepaymentFileDialog.run(window, window.store, window.actor)
    if dlg is not None and hasattr(window, "refresh"):
        dlg.finished_report.connect(lambda _report: window.refresh())
    return dlg
