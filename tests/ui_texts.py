"""What a window shows, as text, and the Latin words in it that are not codes, numbers
or identifiers: the check that nothing English reaches the Chinese desk."""
from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QGroupBox, QLabel, QLineEdit, QMainWindow, QMenu, QPlainTextEdit, QProgressBar,
                               QTabBar, QTextEdit, QToolBar, QWidget)

# not English but names and codes the desk shows as they are: abbreviations used in Chinese
# offices, product names (the database's), keycaps, and "English" as the language menu's
# name of that language (a language is listed in its own words)
ALLOWED = {"App", "IRR", "CNY", "PDF", "SHA", "alipay", "ID", "QR", "SQLite", "PostgreSQL", "English",
           "Ctrl", "Shift", "Alt", "Enter", "Tab", "Esc", "Del"}
_RUN = re.compile(r"[A-Za-z0-9_@.:/\\*+#\-]+")
_WORD = re.compile(r"[A-Za-z]{2,}")
_PATH = re.compile(r"[\w+]+://\S*|[A-Za-z]:\\\S*|(?<![\w%.])[/~]\S*")     # sqlite:///x, C:\\x, /tmp/x.db
_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")       # product codes: CREDIT_FIXED


def _plain(text: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _model_texts(view: QAbstractItemView, rows: int = 200) -> list[str]:
    m = view.model()
    if m is None:
        return []
    out = []
    try:
        columns = m.columnCount(QModelIndex())
    except TypeError:           # a list model keeps it private: one column
        columns = 1
    for c in range(columns):
        h = m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if h is not None and not getattr(view, "isColumnHidden", lambda _c: False)(c):
            out.append(str(h))
    for r in range(min(m.rowCount(QModelIndex()), rows)):
        for c in range(columns):
            v = m.data(m.index(r, c), Qt.ItemDataRole.DisplayRole)
            if v is not None:
                out.append(str(v))
    return out


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for a in menu.actions():
        if a.isVisible() and not a.isSeparator():
            out += _menu_texts(a.menu()) if a.menu() else [a.text()]
    return out


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for every text a visible widget under ``root`` shows."""
    out: list[tuple[str, str]] = []

    def add(w, *texts):
        out.extend((type(w).__name__, _plain(t)) for t in texts if t and str(t).strip())

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        if w.isWindow():
            add(w, w.windowTitle())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text(), w.toolTip() if w.isEnabled() else "")
        elif isinstance(w, QLineEdit):
            add(w, w.text(), w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, w.toPlainText(), w.placeholderText())
        elif isinstance(w, QComboBox):
            add(w, *[w.itemText(i) for i in range(w.count())])
        elif isinstance(w, QAbstractSpinBox):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabBar):
            add(w, *[w.tabText(i) for i in range(w.count())])
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            add(w, w.text())
        elif isinstance(w, QToolBar):
            add(w, *[a.text() for a in w.actions() if a.isVisible()])
        elif isinstance(w, QAbstractItemView):
            add(w, *_model_texts(w))
        if isinstance(w, QMainWindow):
            for a in w.menuBar().actions():
                if a.menu() and a.isVisible():
                    add(w, *_menu_texts(a.menu()))
            add(w, w.statusBar().currentMessage())
    return out


def latin_words(text: str, allowed: set[str] = frozenset()) -> list[str]:
    """Latin words in ``text`` that are not codes: a run of letters and digits counts as
    an identifier when it holds a digit (HT202612040000001, officer1) or is a product code;
    a file path or a database URL is data."""
    bad = []
    runs = _RUN.findall(_PATH.sub(" ", text))
    for run in runs:
        if any(ch.isdigit() for ch in run) or _CODE.match(run) or run in allowed:
            continue
        bad += [w for w in _WORD.findall(run) if w not in ALLOWED and w not in allowed]
    return bad


def english_shown(*roots: QWidget, allowed: set[str] = frozenset(), dialogs: bool = True) -> list[tuple[str, str]]:
    """(widget class, text) for each shown text with an English word; ``dialogs``: also every
    visible top-level dialog (message boxes, previews) beside the roots."""
    roots = list(roots)
    if dialogs:
        roots += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in roots
                  and not isinstance(w, QMainWindow) and not any(r.isAncestorOf(w) for r in roots)]
    found = []
    for r in roots:
        for cls, t in widget_texts(r):
            if latin_words(t, allowed):
                found.append((cls, t))
    return found
