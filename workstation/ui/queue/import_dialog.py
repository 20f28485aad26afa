"""File > Import applications...: choose a platform export file, import it through the
desk's job runner (``ui.jobs``) with a progress bar and Cancel, list the rejected records
while it runs, then show the report (imported, duplicates, rejected with the rejects
file, where a cut-off file stopped). The window is not modal: the officer keeps
reading the queue meanwhile.

The import commits in chunks of whole records: Cancel keeps the applications
committed before it (never half a record); importing the same file again adds
the rest, as what is stored counts as a duplicate.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.domain.actor import Actor

from workstation.services.connect import Store
from workstation.intake.imports import CHUNK, ImportCancelled, ImportReport, import_applications
from workstation.ui import settings
from workstation.ui.errors import present_error, user_message
from workstation.ui.jobs import JobRunner
from workstation.ui.problems import reason_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def report_lines(report: ImportReport, *, cancelled: bool = False) -> list[str]:
    """The import's report in the interface language (the window's, and the Chinese command line's)."""
    lines = [_tr("Imported: %1").replace("%1", str(report.imported)),
             _tr("Already imported (duplicates, skipped): %1").replace("%1", str(report.duplicates)),
             _tr("Rejected: %1").replace("%1", str(report.rejected))]
    if report.rejects_path:
        lines.append(_tr("The rejected records, with line, field and reason, are in %1")
                     .replace("%1", report.rejects_path))
    if report.truncated_at is not None:
        lines.append(_tr("The file is cut off at line %1: the records before it were imported, "
                         "that line was not.").replace("%1", str(report.truncated_at)))
    if cancelled:
        lines.append(_tr("Cancelled after line %1. The %2 applications stored before the cancel are "
                         "kept (whole records only); import the same file again to add the rest.")
                     .replace("%1", str(report.stopped_at)).replace("%2", str(report.imported)))
    return lines


def refused_rows(report: ImportReport) -> list[tuple[int, str, str, str]]:
    """(line, field, reason, "") of each problem listed: its reason by code (ui/problems.py)."""
    return [(p.line, p.field, reason_text(p), "") for p in report.rejects]


class ImportDialog(QDialog):
    """Runs one import and shows its report. Entry point: ``ImportDialog.run``."""
    imported = Signal(object)        # the ImportReport once the import ended (also a cancelled one)

    def __init__(self, parent: QWidget | None, *, store: Store, actor: Actor, path: Path,
                 chunk_size: int = CHUNK) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import applications"))
        self.setMinimumWidth(620)
        self.store, self.actor, self.path, self.chunk_size = store, actor, Path(path), chunk_size
        self.report: ImportReport | None = None
        self.error: BaseException | None = None
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.partial.connect(self._on_runner_partial)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.failed.connect(self._on_runner_failed)

        # the path in a read-only line: a long one scrolls instead of widening the dialog past the screen
        self.file_label = QLineEdit(str(self.path), objectName="importFile", readOnly=True)
        self.file_label.setCursorPosition(0)
        self.file_label.setToolTip(str(self.path))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.status_label = QLabel(self.tr("Reading and checking the file..."))
        self.status_label.setWordWrap(True)
        self.report_label = _ReportText(objectName="importReport")
        self.report_label.setVisible(False)
        self.rejects_table = QTableWidget(0, 3)
        self.rejects_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Field"), self.tr("Reason")])
        self.rejects_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rejects_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejects_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rejects_table.verticalHeader().setVisible(False)
        self.rejects_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejects_table.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the chunk being stored: applications already "
                                              "stored are kept; importing the file again adds the rest."))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        for w, stretch in ((self.progress_bar, 0), (self.status_label, 0),
                           (self.report_label, 1), (self.rejects_table, 2)):
            layout.addWidget(w, stretch)
        layout.addWidget(self.buttons)
        settings.restore_geometry(self, "import_dialog")

    # -- entry point ------------------------------------------------------------------
    @classmethod
    def run(cls, parent: QWidget | None, store: Store, actor: Actor, path: str | Path | None = None
            ) -> ImportDialog | None:
        """Ask for the file (unless given) and start importing it in a window of its own
        (not modal); returns that window, whose ``imported`` signal brings the report,
        or None when no file was chosen."""
        if path is None:
            last = settings.value("import/last_dir", "")
            chosen, _ = QFileDialog.getOpenFileName(
                parent, cls.tr_static("Import applications"), str(last),
                cls.tr_static("Platform export (*.jsonl *.ndjson *.json *.csv);;All files (*)"))
            if not chosen:
                return None
            path = chosen
            settings.set_value("import/last_dir", str(Path(chosen).parent))
        dlg = cls(parent, store=store, actor=actor, path=Path(path))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        dlg.start()
        return dlg

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("ImportDialog", text)

    def start(self) -> None:
        store, actor, path, chunk = self.store, self.actor, self.path, self.chunk_size
        self.runner.start(lambda progress: import_applications(store, actor, path, progress=progress,
                                                               chunk_size=chunk))

    @property
    def running(self) -> bool:
        return self.runner.running

    # -- slots ------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_runner_progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.status_label.setText(self.tr("Line %1 of %2").replace("%1", str(done)).replace("%2", str(total)))

    @Slot(object)
    def _on_runner_partial(self, rejects) -> None:
        """Rejected records as the import finds them, before it ends."""
        self._add_rejects(rejects)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling after the chunk being stored..."))

    @Slot(object)
    def _on_runner_succeeded(self, report: ImportReport) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._show_report(report, cancelled=False)

    @Slot(object)
    def _on_runner_cancelled(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            self._show_report(exc.report, cancelled=True)
        else:
            self._on_runner_failed(exc)

    @Slot(object)
    def _on_runner_failed(self, exc: BaseException) -> None:
        self.error = exc
        self.status_label.setText(self.tr("The import failed: %1").replace("%1", user_message(exc)))
        self._finish()
        present_error(self, exc, title=self.tr("Import failed"))

    # -- helpers ------------------------------------------------------------------------
    def _show_report(self, report: ImportReport, *, cancelled: bool) -> None:
        self.report = report
        if cancelled:
            self.status_label.setText(self.tr("Import cancelled."))
        else:
            self.status_label.setText(self.tr("Import finished."))
        self.report_label.setPlainText("\n".join(report_lines(report, cancelled=cancelled)))
        self.report_label.setVisible(True)
        self.rejects_table.setRowCount(0)       # the report's list (the first REPORT_LIMIT) is the one to keep
        self._add_rejects(report.rejects)
        self._finish()
        self.imported.emit(report)

    def _add_rejects(self, rejects) -> None:
        start = self.rejects_table.rowCount()
        self.rejects_table.setRowCount(start + len(rejects))
        for row, p in enumerate(rejects, start):
            for col, value in enumerate((str(p.line), p.field, reason_text(p))):
                self.rejects_table.setItem(row, col, QTableWidgetItem(value))
        if self.rejects_table.rowCount() and self.rejects_table.isHidden():
            self.rejects_table.setVisible(True)
            if self.height() < 480:
                self.resize(self.width(), 480)      # room for the table; the window stays resizable

    def _finish(self) -> None:
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)

    def reject(self) -> None:
        """Escape or the window's close box: cancel a running import first."""
        if self.running:
            self._on_cancel_button_clicked()
            return
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        if self.running:
            return
        settings.save_geometry(self, "import_dialog")
        super().done(result)


class _ReportText(QPlainTextEdit):
    """The report: read-only, selectable, wrapped anywhere (paths have no spaces) and
    scrolled when long, so no line is ever cut off."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMinimumHeight(90)

    def text(self) -> str:
        return self.toPlainText()


def install(window) -> None:
    """File > Import applications... (Ctrl+I) on the main window; queues refresh after."""
    if not window.actor.has("officer", "supervisor", "admin"):
        return

    def run() -> None:
        dlg = ImportDialog.run(window, window.store, window.actor)
        if dlg is not None:
            dlg.imported.connect(lambda _report: window.refresh())

    window.act_import.triggered.connect(run)
    window.act_import.setEnabled(True)
