"""The main window's menus in Chinese: the screens' own menus (文书, 贷款, 贷后 ...) come
before Help, which is always the last menu, also after a language switch."""
from __future__ import annotations

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.ui import i18n
from workstation.ui.main_window import MainWindow


def _titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions() if a.menu() is not None and a.isVisible()]


def test_help_is_the_last_menu_in_chinese(qtbot, desk):
    i18n.install("zh_CN")
    w = MainWindow(desk, actor_for(desk, "admin"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    titles = _titles(w)
    assert titles[-1].startswith("帮助"), titles
    for screen_menu in ("文书", "贷款", "贷后", "设置"):
        assert any(t.startswith(screen_menu) for t in titles[:-1]), (screen_menu, titles)
    w.switch_language("zh_CN")          # menus built again, screens installed again
    again = _titles(w)
    assert again == titles, again
