"""Sign-in dialog: a good password, one message for any refusal, lock-out."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.test_ui_fixtures import desk, ui_env  # noqa: F401 - fixtures
from workstation.ui.signin import SignInDialog


def _submit(qtbot, dlg, user, password):
    dlg.username.setText(user)
    dlg.password.setText(password)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_good_password_signs_in(qtbot, desk):
    dlg = SignInDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        _submit(qtbot, dlg, "officer1", "Officer#2026")
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.username == "officer1" and "officer" in dlg.actor.roles
    assert dlg.password.text() == ""


def test_wrong_password_and_unknown_user_get_one_message(qtbot, desk):
    dlg = SignInDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    _submit(qtbot, dlg, "officer1", "not-it-123")
    assert dlg.actor is None and dlg.isVisible()
    shown = dlg.message.text()
    assert "attempt" not in shown and "Wrong user name or password" in shown
    assert dlg.password.text() == ""
    _submit(qtbot, dlg, "no-such-user", "not-it-123")
    assert dlg.message.text() == shown


def test_lockout_after_five_failures(qtbot, desk):
    dlg = SignInDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    for _ in range(5):
        _submit(qtbot, dlg, "officer2", "not-it-123")
    assert "locked" in dlg.message.text()
    _submit(qtbot, dlg, "officer2", "Officer#2026")     # right password, still locked out
    assert dlg.actor is None
    assert "locked" in dlg.message.text()


def test_empty_fields_are_refused_without_a_service_call(qtbot, desk):
    dlg = SignInDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    _submit(qtbot, dlg, "", "")
    assert dlg.actor is None and dlg.message.isVisible()


def test_temporary_password_is_changed_before_the_main_window(qtbot, desk):
    """officer2's password reset by the administrator: signing in with it asks for a new
    one in the dialog; no actor (so no main window) until it is changed."""
    from tests.test_ui_fixtures import actor_for
    from workstation.services import auth
    auth.reset_password(desk, actor_for(desk, "admin"), username="officer2", new_password="Temp#2026x")
    dlg = SignInDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.new_password.isVisible()
    _submit(qtbot, dlg, "officer2", "Temp#2026x")
    assert dlg.actor is None and dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.new_password.isVisible() and dlg.again.isVisible()
    assert "temporary" in dlg.message.text()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.new_password.setText("Temp#2026x")
    dlg.again.setText("Temp#2026x")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.actor is None and "differ" in dlg.message.text()
    dlg.new_password.setText("Mine#2026y")
    dlg.again.setText("Mine#2026z")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.actor is None and "twice" in dlg.message.text()
    dlg.new_password.setText("Mine#2026y")
    dlg.again.setText("Mine#2026y")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.actor.username == "officer2"
    assert auth.sign_in(desk, "officer2", "Mine#2026y").username == "officer2"


def test_temporary_password_dialog_in_chinese(qtbot, desk):
    from tests.test_ui_fixtures import actor_for
    from workstation.services import auth
    from workstation.ui import i18n
    auth.reset_password(desk, actor_for(desk, "admin"), username="officer2", new_password="Temp#2026x")
    i18n.install("zh_CN")
    try:
        dlg = SignInDialog(desk)
        qtbot.addWidget(dlg)
        dlg.show()
        _submit(qtbot, dlg, "officer2", "Temp#2026x")
        dlg.new_password.setText("short1")
        dlg.again.setText("short1")
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert "密码" in dlg.message.text() and not any("a" <= c <= "z" for c in dlg.message.text().lower())
        dlg.grab().save("/tmp/h6-signin-temp.png")
    finally:
        i18n.install("en")
