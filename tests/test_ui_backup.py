"""The desk's backups: File > Back up writes a checked backup; Settings > Automatic
backups stores the folder (audited); the open desk takes the day's backup once."""
from __future__ import annotations

import json

from sqlalchemy import select

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation.operations import backup_check as bc
from workstation.operations import backup_settings as bs
from workstation.store.models_audit import AuditEntry
from workstation.ui.operations import operations_backup as ob
from workstation.ui.main_window import MainWindow


def _actions(menu) -> list[str]:
    return [a.objectName() for a in menu.actions()]


def test_file_back_up_for_supervisors_not_officers(qtbot, desk):
    w = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert "actBackUp" not in _actions(w.menus["file"])
    s = MainWindow(desk, actor_for(desk, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(s)
    names = _actions(s.menus["file"])
    assert names.index("actBackUp") < names.index("actLock")


def test_back_up_writes_a_checked_backup_and_says_where(qtbot, desk, tmp_path, ui_env):
    sup = actor_for(desk, "supervisor1")
    report = ob.back_up_to(None, desk, sup, tmp_path / "b.db")
    assert report is not None and report.path.is_file()
    assert json.loads(bc.manifest_path(report.path).read_text())["audit_head"] == report.audit_head
    assert ob.back_up_to(None, desk, sup, tmp_path / "b.db") is None          # never over a file
    assert any("exists already" in m for m in ui_env)


def test_automatic_backups_are_set_audited_and_taken_once_a_day(qtbot, desk, tmp_path):
    admin = actor_for(desk, "admin")
    dlg = ob.AutoBackupDialog(desk, admin)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "daily"))
    dlg.keep.setValue(5)
    assert dlg.save()
    assert bs.backup_settings(desk, admin) == bs.BackupSettings((tmp_path / "daily").resolve(), 5)
    with desk.read(None) as s:
        e = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup_settings_set")).one()
        assert e.username == "admin" and json.loads(e.details)["new"]["keep"] == 5
    w = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: len(list((tmp_path / "daily").glob("workstation-*.db"))) == 1)
    assert ob.run_daily(w) is None              # today's is there already
    (tmp_path / "a-file").write_text("x")
    dlg.folder.setText(str(tmp_path / "a-file" / "sub"))       # a folder that cannot be made
    assert not dlg.save() and "cannot be used" in dlg.message.text()


def test_administrators_restore_from_the_desk_and_a_bad_backup_changes_nothing(qtbot, desk, tmp_path, ui_env):
    from workstation.services import auth
    admin = actor_for(desk, "admin")
    w = MainWindow(desk, admin, idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert "actRestore" in _actions(w.menus["file"])
    good = ob.back_up_to(None, desk, admin, tmp_path / "good.db").path
    auth.add_user(desk, admin, username="later", display_name="later", password="Secret-pass-123",
                  roles={"officer"})
    bad = tmp_path / "bad.db"
    bad.write_bytes(good.read_bytes()[:8192])
    bc.manifest_path(bad).write_text(bc.manifest_path(good).read_text())
    assert ob.restore_from(w, desk, admin, bad, confirm=False) is None
    assert "fails its checks" in ui_env[-1] and "nothing was changed" in ui_env[-1]
    assert "later" in [u["username"] for u in auth.list_users(desk, admin)]
    report = ob.restore_from(w, desk, admin, good, confirm=False)
    assert report is not None and report.kept_aside.is_file()
    assert "later" not in [u["username"] for u in auth.list_users(desk, admin)]
    w.refresh()                       # the open desk carries on over the restored content
