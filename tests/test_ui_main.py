"""Main window: idle lock hides personal data and unlock restores the screen,
window state is remembered, the language switches, admins get the Users dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.decide import queue
from workstation.ui import i18n, settings
from workstation.ui.main_window import MainWindow


def test_idle_lock_hides_data_and_unlock_restores(qtbot, desk):
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    app_id = queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))[0]
    cf = w.open_case(app_id)
    cf.profile_tab.unmask_buttons["phone"].click()
    phone = cf.profile_tab.values["phone"]
    clear = phone.text()
    assert "*" not in clear and phone.isVisible()
    cf.show_tab("score")
    cf.show_tab("profile")
    w.idle.set_interval(50)
    qtbot.waitUntil(lambda: w.locked, timeout=5000)
    assert w.stack.currentWidget() is w.lock_screen
    assert not phone.isVisible() and not w.workspace.isVisible()
    assert not w.menuBar().isEnabled()
    w.lock_screen.password.setText("wrong-password-1")
    w.lock_screen.button.click()
    assert w.locked and "Wrong password" in w.lock_screen.message.text()
    w.lock_screen.password.setText("Officer#2026")
    w.lock_screen.button.click()
    assert not w.locked
    assert w.tabs.currentWidget() is cf and cf.tabs.currentIndex() == 0
    assert phone.isVisible() and phone.text() == clear
    assert w.lock_screen.password.text() == ""


def test_ctrl_l_locks(qtbot, desk):
    w = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    w.act_lock.trigger()
    assert w.locked and not w.workspace.isVisible()


def test_window_state_remembered(qtbot, desk):
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    w.resize(w.width(), 555)        # the offscreen screen is 800 px wide
    w.close()
    assert settings.settings().value("main/geometry") is not None
    w2 = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w2)
    assert w2.height() == 555


def test_language_switch_keeps_open_cases(qtbot, desk):
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    w.open_case(queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))[0])
    assert w.menus["file"].title() == "&File"
    w.switch_language("zh_CN")
    try:
        assert i18n.current() == "zh_CN" and settings.language() == "zh_CN"
        assert w.menus["file"].title().startswith("文件")
        assert w.nav.item(0).text().startswith("我的案件")
        assert w.tabs.count() == 2
        assert QCoreApplication.translate("QueueModel", "Merchant") == "商户"
    finally:
        w.switch_language("en")
    assert w.menus["file"].title() == "&File"


def test_users_dialog_for_admin_only(qtbot, desk):
    admin = MainWindow(desk, actor_for(desk, "admin"), idle_ms=3_600_000)
    qtbot.addWidget(admin)
    officer = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    qtbot.addWidget(officer)
    names = lambda win: {a.objectName() for a in win.menus["tools"].actions()}  # noqa: E731
    assert "actUsers" in names(admin) and "actUsers" not in names(officer)
    from workstation.ui.operations.users_dialog import UsersDialog
    dlg = UsersDialog(desk, admin.actor)
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() == 7
    dlg.table.selectRow([u["username"] for u in dlg.users].index("officer4"))
    dlg._on_toggle_clicked()
    assert not next(u for u in dlg.users if u["username"] == "officer4")["active"]


def test_import_action_is_a_hook(qtbot, desk):
    w = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert w.act_import in w.menus["file"].actions()


def test_first_run_creates_demo_database(qtbot, tmp_path, monkeypatch):
    from sqlalchemy import func, select

    from workstation.config import default_database_url
    from workstation.store.models import Application
    from workstation.ui import app as ui_app
    monkeypatch.setenv("WORKSTATION_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WORKSTATION_DATABASE_URL", raising=False)
    monkeypatch.setattr(ui_app, "FIRST_RUN_APPLICATIONS", 30)
    url = default_database_url()
    assert ui_app.is_first_run(url) is not None
    store = ui_app.open_database(url)
    try:
        with store.read() as s:
            assert s.scalar(select(func.count(Application.id))) == 30
            assert s.scalar(select(func.count(Application.id)).where(Application.grade.is_not(None))) > 0
    finally:
        store.close()
    assert ui_app.is_first_run(url) is None


def test_unopenable_database_shows_error_and_exits(qtbot, ui_env, tmp_path):
    from argparse import Namespace

    from workstation.ui.app import run_gui
    code = run_gui(Namespace(database="postgresql+psycopg://nobody@127.0.0.1:1/none", lang="en"))
    assert code == 2
    assert any("cannot be opened" in m for m in ui_env)


def test_run_job_returns_result_and_cancels(qtbot):
    import pytest
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from workstation.services.progress import Cancelled
    from workstation.ui.jobs import run_job
    assert run_job(None, title="t", label="l", job=lambda p: (p.update(1, 1), 42)[1]) == 42

    def endless(progress):
        for i in range(10**7):
            progress.update(i, 10**7)

    def press_cancel():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                w.findChild(QPushButton).click()      # what the user does
                return
        QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(50, press_cancel)
    with pytest.raises(Cancelled):
        run_job(None, title="t", label="l", job=endless)


def test_shortcuts_do_nothing_while_locked(qtbot, desk):
    from PySide6.QtCore import Qt
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    ids = queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))
    w.open_case(ids[0])
    w.open_case(ids[1])
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.keyClick(w.tabs.currentWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.count() == 2                      # the shortcut works while unlocked
    qtbot.keyClick(w.tabs.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.locked
    qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.count() == 2 and w.nav.currentRow() == 0 and w.locked
