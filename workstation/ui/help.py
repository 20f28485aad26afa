"""Help: the desk's pages in the interface's language (resources/help/TOPIC_LANG.html),
one Help menu entry each. ``TOPICS`` also names the screens and menus each page
explains: a test checks that every screen and every menu of the window has its page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workstation.assets import read_text
from workstation.ui import i18n


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# key -> (menu text, window title, the screens (ui modules) and window menus it explains)
TOPICS: dict[str, tuple[str, str, frozenset[str]]] = {
    "guide": (QT_TRANSLATE_NOOP("Help", "Desk &guide"), QT_TRANSLATE_NOOP("Help", "Desk guide"), frozenset({
        "file", "edit", "view", "case", "tools", "help", "documents", "loans",
        "import_dialog", "loan_held", "loan_screen", "loan_contract", "signoff_view", "interview_form",
        "recommend_form", "documents_panel", "documents_verify", "documents_lender", "case_file"})),
    "portfolio": (QT_TRANSLATE_NOOP("Help", "The &portfolio"), QT_TRANSLATE_NOOP("Help", "The portfolio"),
                  frozenset({"portfolio_screen"})),
    "aftercare": (QT_TRANSLATE_NOOP("Help", "&After the loan: warnings, collections, blacklist, good borrowers"),
                  QT_TRANSLATE_NOOP("Help", "After the loan"),
                  frozenset({"aftercare", "warnings_desk", "collections_desk", "blacklist_desk"})),
    "operations": (QT_TRANSLATE_NOOP("Help", "&Operations: backups, setup, settings, branch server"),
                   QT_TRANSLATE_NOOP("Help", "Operations"),
                   frozenset({"settings", "operations_backup", "operations_settings", "operations_server",
                              "operations_setup"})),
}


def topic_html(key: str = "guide") -> str:
    return read_text("help", f"{key}_{'zh_CN' if i18n.is_zh() else 'en'}.html")


def guide_html() -> str:
    return topic_html("guide")


def install_menu(window, menu) -> None:
    """The pages after the desk guide (the main window's own entry, F1) in the Help menu."""
    for key, (text, _title, _covers) in TOPICS.items():
        if key != "guide":
            act = menu.addAction(QCoreApplication.translate("Help", text),
                                 lambda _=False, k=key: GuideDialog.show_for(window, k))
            act.setObjectName(f"actHelp_{key}")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, topic: str = "guide") -> None:
        super().__init__(parent)
        self.topic = topic
        self.setWindowTitle(QCoreApplication.translate("Help", TOPICS[topic][1]))
        self.resize(760, 640)
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setHtml(topic_html(topic))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget, topic: str = "guide") -> None:
        cls(parent, topic).exec()
