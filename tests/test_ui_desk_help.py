"""In-app help: every screen of the window and the case file and every menu of the
window has its page, each page exists in Chinese and English, is reachable from the
Help menu, and reads in Chinese on the Chinese desk."""
from __future__ import annotations

import re
from html import unescape

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from tests.ui_texts import latin_words
from workstation.assets import read_text
from workstation.ui import extensions, help as help_pages, i18n
from workstation.ui.main_window import MainWindow

COVERED = frozenset().union(*(covers for _t, _w, covers in help_pages.TOPICS.values()))


def test_every_screen_has_a_help_page():
    # a screen is named by its module (``loans.loan_screen``: the module loan_screen of ui/loans)
    missing = [name for name in (*extensions.WINDOW_SCREENS, *extensions.CASE_SCREENS)
               if name.rpartition(".")[2] not in COVERED]
    assert not missing, missing


def test_every_menu_has_a_help_page_reachable_from_help(qtbot, desk):
    w = MainWindow(desk, actor_for(desk, "admin"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert set(w.menus) <= COVERED, set(w.menus) - COVERED
    names = {a.objectName() for a in w.menus["help"].actions()}
    assert "actGuide" in names
    assert {f"actHelp_{k}" for k in help_pages.TOPICS if k != "guide"} <= names


def _words(html: str) -> list[str]:
    text = re.sub(r"<code>.*?</code>", " ", html, flags=re.S)      # commands are typed as they are
    return latin_words(unescape(re.sub(r"<[^>]+>", " ", text)), {"PDF", "CSV", "XLSX", "NPL", "PAR", "PNG", "JPEG", "SQLite", "PostgreSQL"})


def test_each_page_in_both_languages():
    for key in help_pages.TOPICS:
        en, zh = read_text("help", f"{key}_en.html"), read_text("help", f"{key}_zh_CN.html")
        assert en.startswith("<h2>") and zh.startswith("<h2>"), key
        assert len(zh) > 400 and len(en) > 400, key
        assert not _words(zh), (key, _words(zh))


def test_the_pages_open_in_chinese(qtbot):
    i18n.install("zh_CN")
    for key in help_pages.TOPICS:
        d = help_pages.GuideDialog(None, key)
        qtbot.addWidget(d)
        assert not latin_words(d.windowTitle()), d.windowTitle()
        assert d.browser.toPlainText().strip()
    d = help_pages.GuideDialog(None, "aftercare")
    qtbot.addWidget(d)
    assert "催收工作台" in d.browser.toPlainText()
