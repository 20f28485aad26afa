"""A stopped user's open desk locks at once, says why, and cannot be unlocked."""
from __future__ import annotations

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.services import auth
from workstation.decide import queue
from workstation.ui import i18n
from workstation.ui.main_window import MainWindow


def test_deactivated_user_desk_locks_at_the_next_action(qtbot, desk, ui_env):
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    app_id = queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))[0]
    cf = w.open_case(app_id)
    phone = cf.profile_tab.values["phone"]
    masked = phone.text()
    auth.set_active(desk, actor_for(desk, "admin"), username="officer1", active=False)
    cf.profile_tab.unmask_buttons["phone"].click()
    assert phone.text() == masked                      # nothing unmasked
    assert w.locked and w.stack.currentWidget() is w.lock_screen and not w.workspace.isVisible()
    assert "deactivated" in w.lock_screen.message.text()
    assert not w.lock_screen.password.isEnabled() and not w.lock_screen.button.isEnabled()
    assert w.lock_screen.close_button.isVisibleTo(w.lock_screen)
    assert ui_env == []                                 # no dialog: the lock page says it


def test_locked_out_user_cannot_unlock_and_is_told_why(qtbot, desk):
    actor = actor_for(desk, "officer1")
    w = MainWindow(desk, actor, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    w.act_lock.trigger()
    for _ in range(auth.MAX_FAILURES):                 # somebody else locks the account out
        try:
            auth.sign_in(desk, "officer1", "not-the-password-1")
        except auth.SignInFailed:
            pass
    w.lock_screen.password.setText("Officer#2026")
    w.lock_screen.button.click()
    assert w.locked and w.lock_screen.ended
    assert "locked" in w.lock_screen.message.text()


def test_session_end_message_in_chinese(qtbot, desk):
    actor = actor_for(desk, "officer1")
    i18n.install("zh_CN")
    try:
        w = MainWindow(desk, actor, idle_ms=3_600_000)
        qtbot.addWidget(w)
        w.show()
        app_id = queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))[0]
        cf = w.open_case(app_id)
        auth.set_active(desk, actor_for(desk, "admin"), username="officer1", active=False)
        cf.profile_tab.unmask_buttons["phone"].click()
        text = w.lock_screen.message.text()
        assert w.locked and text and not any("a" <= c.lower() <= "z" for c in text), text
    finally:
        i18n.install("en")
