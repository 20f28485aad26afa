"""A daily file posted from the desk behind a progress bar, then its report: the counts
in the interface language and every refused line (line number, field, reason, the line
as read with personal data masked). The base of Loans > Import repayment file and
After the loan > Import monitoring data; the application import, which can be
cancelled and lists refusals while it runs, has its own (ui/queue/import_dialog.py).

The window is not modal; it cannot be closed while the file is being imported (each
chunk of lines commits whole: a desk killed meanwhile leaves what a rerun of the same
file finishes, storing nothing twice).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import settings
from workstation.ui.amounts import MONEY_CODES, reason_text
from workstation.ui.errors import present_error, user_message
from workstation.ui.jobs import JobRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileJob", text)


def coded_reason(code: str, english: str, texts: dict[str, str], unknown: str) -> str:
    """A refused line's reason: on the Chinese desk by its code (``texts``, else the money
    parser's text for an amount's code, else ``unknown`` naming the code: never English),
    the service's own text on the English desk."""
    from workstation.ui.i18n import is_zh
    if not is_zh():
        return english
    text = texts.get(code)
    if text is None and code in MONEY_CODES:
        text = reason_text(code)
    return text if text is not None else unknown.replace("%1", code)


def refused_line(line: int, field: str, reason: str) -> str:
    """A refused line in one line of text (the command line's report; the window has a table)."""
    return _tr("line %1, %2: %3").replace("%1", str(line)).replace("%2", field).replace("%3", reason)


def more_refused(path) -> str:
    return _tr("... and more: see %1").replace("%1", str(path))


class FileJobDialog(QDialog):
    """Runs ``job(store, actor, path, progress=...)`` and shows its report. A subclass
    names its title (``TITLE``), file filter (``FILTER``), settings key (``KEY``) and says
    the report (``report_lines``) and its refused lines (``refused``: (line, field, reason,
    as read))."""
    finished_report = Signal(object)         # the report once the file is imported
    KEY = "file_job"

    def __init__(self, parent: QWidget | None, *, store: Store, actor: Actor, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.title())
        self.setMinimumWidth(680)
        self.store, self.actor, self.path = store, actor, Path(path)
        self.report = None
        self.error: BaseException | None = None
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_failed)

        self.file_label = QLineEdit(str(self.path), objectName="jobFile", readOnly=True)
        self.file_label.setCursorPosition(0)
        self.file_label.setToolTip(str(self.path))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(_tr("File:")))
        file_row.addWidget(self.file_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.status_label = QLabel(_tr("Reading the file..."), objectName="jobStatus")
        self.status_label.setWordWrap(True)
        self.report_text = QPlainTextEdit(objectName="jobReport", readOnly=True)
        self.report_text.setVisible(False)
        self.rejects_table = QTableWidget(0, 4, objectName="jobRejects")
        self.rejects_table.setHorizontalHeaderLabels([_tr("Line"), _tr("Field"), _tr("Reason"), _tr("As read")])
        header = self.rejects_table.horizontalHeader()
        for col in (0, 1, 2):                   # the line as read takes the rest (its tooltip: all of it)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)   # seen when wide
        self.rejects_table.verticalHeader().setVisible(False)
        self.rejects_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejects_table.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.setToolTip(_tr("The file is being imported: each chunk of lines commits whole."))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        for w, stretch in ((self.progress_bar, 0), (self.status_label, 0), (self.report_text, 1),
                           (self.rejects_table, 2)):
            layout.addWidget(w, stretch)
        layout.addWidget(self.buttons)
        settings.restore_geometry(self, self.KEY)

    # -- what a subclass says ---------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    @classmethod
    def file_filter(cls) -> str:
        raise NotImplementedError

    def job(self) -> Callable:
        """The service: ``job(store, actor, path, progress=...)`` -> report."""
        raise NotImplementedError

    def report_lines(self, report) -> list[str]:
        raise NotImplementedError

    def refused(self, report) -> list[tuple[int, str, str, str]]:
        """(line, field, reason, as read) of each refused line listed."""
        raise NotImplementedError

    # -- running ------------------------------------------------------------------------------
    @classmethod
    def run(cls, parent: QWidget | None, store: Store, actor: Actor, path: str | Path | None = None):
        """Ask for the file (unless given) and import it in a window of its own (not
        modal); None when no file was chosen."""
        if path is None:
            last = settings.value(f"{cls.KEY}/last_dir", "")
            chosen, _ = QFileDialog.getOpenFileName(parent, cls.title(), str(last), cls.file_filter())
            if not chosen:
                return None
            path = chosen
            settings.set_value(f"{cls.KEY}/last_dir", str(Path(chosen).parent))
        dlg = cls(parent, store=store, actor=actor, path=Path(path))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        dlg.start()
        return dlg

    def start(self) -> None:
        store, actor, path, job = self.store, self.actor, self.path, self.job()
        self.runner.start(lambda progress: job(store, actor, path, progress=progress))

    @property
    def running(self) -> bool:
        return self.runner.running

    @Slot(int, int, str)
    def _on_runner_progressed(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.status_label.setText(_tr("Line %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    @Slot(object)
    def _on_runner_succeeded(self, report) -> None:
        self.report = report
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.status_label.setText(_tr("The file is imported."))
        self.report_text.setPlainText("\n".join(self.report_lines(report)))
        self.report_text.setVisible(True)
        rows = sorted(self.refused(report), key=lambda r: r[0])
        self.rejects_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.rejects_table.setItem(row, col, item)
        if rows:
            self.rejects_table.setVisible(True)
            if self.height() < 480:
                self.resize(self.width(), 480)
        self._finish()
        self.finished_report.emit(report)

    @Slot(object)
    def _on_runner_failed(self, exc: BaseException) -> None:
        self.error = exc
        self.status_label.setText(_tr("The file was not imported: %1").replace("%1", user_message(exc)))
        self._finish()
        present_error(self, exc, title=self.title())

    def _finish(self) -> None:
        self.close_button.setEnabled(True)
        self.close_button.setToolTip("")
        self.close_button.setDefault(True)

    def reject(self) -> None:
        """Escape or the close box: only once the file is imported."""
        if self.running:
            return
        settings.save_geometry(self, self.KEY)
        super().reject()

    def rejected_reasons(self) -> list[str]:
        return [self.rejects_table.item(r, 2).text() for r in range(self.rejects_table.rowCount())]


def open_dialog(window, cls: type[FileJobDialog]):
    """``cls`` run from a menu of the main window, which refreshes after."""
    dlg = cls.run(window, window.store, window.actor)
    if dlg is not None and hasattr(window, "refresh"):
        dlg.finished_report.connect(lambda _report: window.refresh())
    return dlg
