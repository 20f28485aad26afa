"""In-app PDF preview (QtPdf): the printed document's exact bytes, shown page by page,
with Print (the system print dialog), Save as... and zoom."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from workstation.ui import settings as ui_settings
from workstation.ui.errors import present_error

MAX_PRINT_DPI = 300          # pages are rasterised for the printer at most this fine


class PdfPreviewDialog(QDialog):
    """Shows ``pdf`` (bytes). ``suggested_name`` is the file name Save as... proposes."""

    def __init__(self, pdf: bytes, *, title: str, suggested_name: str = "document.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf_bytes = bytes(pdf)
        self.suggested_name = suggested_name
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self, objectName="pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.page_count), objectName="pagesLabel")
        self.btn_print = QPushButton(self.tr("&Print..."), objectName="printButton")
        self.btn_save = QPushButton(self.tr("&Save as..."), objectName="saveButton")
        self.btn_zoom_in = QPushButton(self.tr("Zoom &in"), objectName="zoomInButton")
        self.btn_zoom_out = QPushButton(self.tr("Zoom &out"), objectName="zoomOutButton")
        self.btn_fit = QPushButton(self.tr("&Fit width"), objectName="fitButton")
        self.btn_close = QPushButton(self.tr("Close"))
        self.btn_print.clicked.connect(self._on_print_clicked)
        self.btn_save.clicked.connect(self._on_save_clicked)
        self.btn_zoom_in.clicked.connect(lambda: self.zoom_by(1.25))
        self.btn_zoom_out.clicked.connect(lambda: self.zoom_by(0.8))
        self.btn_fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.btn_close.clicked.connect(self.close)
        bar = QHBoxLayout()
        for w in (self.btn_print, self.btn_save, self.btn_zoom_out, self.btn_zoom_in, self.btn_fit):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.btn_close)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        if not ui_settings.restore_geometry(self, "pdfPreview"):
            self.resize(820, 960)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def save_to(self, path: Path | str) -> None:
        """Write the document's bytes unchanged (they are what was recorded)."""
        Path(path).write_bytes(self.pdf_bytes)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page into ``printer``, each scaled to fit its page."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started."))
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for i in range(self.page_count):
                if i > 0:
                    printer.newPage()
                pt = self.document.pagePointSize(i)
                image = self.document.render(i, QSize(round(pt.width() * dpi / 72), round(pt.height() * dpi / 72)))
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)

    def _on_save_clicked(self) -> None:
        start = str(Path(ui_settings.value("documents/save_dir", str(Path.home()))) / self.suggested_name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save document"), start, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.save_to(path)
            ui_settings.set_value("documents/save_dir", str(Path(path).parent))
        except OSError as exc:
            present_error(self, exc)

    def done(self, result: int) -> None:
        ui_settings.save_geometry(self, "pdfPreview")
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        ui_settings.save_geometry(self, "pdfPreview")
        super().closeEvent(event)
