"""Documents > Verify a document...: pick a PDF printed here (one document or a merged
batch) or a scanned/photographed page (PNG/JPEG); the dialog says whether it is genuine,
altered, never issued or not a workstation document, in the desk's language.

Mounting: ``install(window)`` adds the action to the Documents menu (made by
``documents_panel.install``, which the extension loader calls first: names sort)."""
from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from workstation.services.connect import Store
from workstation.printing.document_verify import DocumentCheck, verify_document
from workstation.printing.documents import KIND_NAMES
from workstation.ui import settings as ui_settings
from workstation.ui.errors import present_error

CHINA = timezone(timedelta(hours=8))


def _tr(text: str) -> str:
    return QCoreApplication.translate("VerifyDialog", text)


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def _when(check: DocumentCheck) -> str:
    at = check.printed_at
    if at is None:
        return "—"
    return f"{at.replace(tzinfo=at.tzinfo or timezone.utc).astimezone(CHINA):%Y-%m-%d %H:%M}"


def _one(check: DocumentCheck) -> str:
    name = KIND_NAMES.get(check.kind or "", check.kind or "")
    if check.status == "GENUINE":
        return _fill(_tr("Genuine: %1 %2, first printed by %3 at %4."), name, check.document_no,
                     check.printed_by, _when(check))
    if check.status == "ALTERED":
        if check.document_no:
            return _fill(_tr("Altered: %1 %2 was printed here, but not as this copy shows it."), name,
                         check.document_no)
        return _tr("Altered: this file differs from every printed copy.")
    if check.status == "NOT ISSUED":
        return _tr("Not issued: no such document was ever printed here.")
    return _tr("Not a workstation document: no document hash or QR code was found.")


def describe(check: DocumentCheck) -> str:
    """The result in the interface language (the service's own message is English)."""
    if check.kind == "batch" or (check.parts and not check.scan):
        head = (_fill(_tr("Genuine merged file, printed by %1 at %2."), check.printed_by, _when(check))
                if check.ok else _tr("Altered: this merged file is not as it was printed."))
        lines = [head]
        for part in check.parts:
            pages = _fill(_tr("Pages %1-%2"), *part.pages) if part.pages else ""
            lines.append(f"  {pages}: {_one(part)}")
        return "\n".join(lines)
    checks = check.parts or (check,)
    lines = [_one(c) for c in checks]
    if check.scan and check.ok:
        lines.append(_tr("Only the QR code of the page was checked: compare the page with the archived copy."))
    return "\n".join(lines)


class VerifyDialog(QDialog):
    """Choose a file, see the result."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.check: DocumentCheck | None = None
        self.setWindowTitle(self.tr("Verify a document"))
        self.path = QLineEdit(objectName="verifyPath", readOnly=True)
        self.btn_choose = QPushButton(self.tr("&Choose file..."), objectName="verifyChoose")
        self.btn_choose.clicked.connect(self._on_choose_clicked)
        self.verdict = QLabel(objectName="verifyVerdict")
        self.details = QPlainTextEdit(objectName="verifyDetails", readOnly=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.btn_choose)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("A PDF printed by the workstation, or a scan or photograph of a page "
                                     "(PNG/JPEG) showing its QR code.")))
        lay.addLayout(row)
        lay.addWidget(self.verdict)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.resize(640, 360)

    def check_file(self, path: Path | str) -> DocumentCheck | None:
        path = Path(path)
        self.path.setText(str(path))
        try:
            self.check = verify_document(self.store, path.read_bytes())
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return None
        self.verdict.setText(self.tr("Genuine") if self.check.ok else self.tr("NOT genuine"))
        self.verdict.setStyleSheet("font-weight: bold; color: %s;" % ("#1a7f37" if self.check.ok else "#b42318"))
        self.details.setPlainText(describe(self.check))
        return self.check

    def _on_choose_clicked(self) -> None:
        start = str(ui_settings.value("documents/verify_dir", "") or "")
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a document"), start,
                                              self.tr("Documents and scans (*.pdf *.png *.jpg *.jpeg)"))
        if name:
            ui_settings.set_value("documents/verify_dir", str(Path(name).parent))
            self.check_file(name)


def install(window) -> None:
    """Documents > Verify a document... in the main window."""
    menu = window.menus.get("documents") or window.menuBar().addMenu(_tr("&Documents"))
    window.menus["documents"] = menu
    menu.addAction(_tr("&Verify a document..."), lambda: VerifyDialog(window.store, window).exec())
