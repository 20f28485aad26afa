"""Help > Desk guide: how the desk works, in the interface's language."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workstation.assets import read_text
from workstation.ui import i18n


def guide_html() -> str:
    name = "guide_zh_CN.html" if i18n.is_zh() else "guide_en.html"
    return read_text("help", name)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget) -> None:
        cls(parent).exec()
