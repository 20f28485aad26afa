"""Settings > Settings...: administrators change settings, products and the authority
matrix; each change shows in the history with who and when."""
from __future__ import annotations

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.operations import settings_admin as sa
from workstation.decide import authority
from workstation.ui.main_window import MainWindow
from workstation.ui.operations.operations_settings import SettingsDialog


def test_only_administrators_get_the_settings_screen(qtbot, desk):
    w = MainWindow(desk, actor_for(desk, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert "settings" not in w.menus
    a = MainWindow(desk, actor_for(desk, "admin"), idle_ms=3_600_000)
    qtbot.addWidget(a)
    assert any(act.objectName() == "actSettings" for act in a.menus["settings"].actions())


def test_changes_are_saved_refused_and_shown_with_who_and_when(qtbot, desk, tmp_path):
    admin = actor_for(desk, "admin")
    d = SettingsDialog(desk, admin)
    qtbot.addWidget(d)
    d.setting_edits["interview.recording_retention_days"].setText("5")
    assert not d.save_settings() and "30 to 3650" in d.message.text()
    d.setting_edits["interview.recording_retention_days"].setText("400")
    assert d.save_settings()
    assert sa.editable_settings(desk, admin)["interview.recording_retention_days"] == 400
    row = next(r for r, p in enumerate(d.product_rows) if p.code == "ORDER")
    d.products.item(row, 2).setText("0.09%/day")
    assert not d.save_products() and "ORDER" in d.message.text()
    d.products.item(row, 2).setText("0.04%/day")
    assert d.save_products()
    r0 = next(r for r, a in enumerate(d.rules) if a.product_code == "ORDER")
    d.authority.item(r0, 2).setText("900,000.00")
    assert d.save_authority()
    assert any(a.product_code == "ORDER" and str(a.max_limit) == "900000.00"
               for a in authority.matrix(desk, admin))
    d.tabs.setCurrentIndex(3)
    whats = [d.history.item(r, 2).text() for r in range(3)]
    assert whats == ["authority:supervisor/ORDER", "product:ORDER", "settings:interview.recording_retention_days"]
    assert {d.history.item(r, 1).text() for r in range(3)} == {"admin"}
    assert d.history.item(2, 3).text() == "180 → 400"
    d.show()
    d.grab().save(str(tmp_path / "settings-history.png"))
