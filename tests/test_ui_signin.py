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
