"""The blacklist desk driven through its widgets: an officer proposes a listing, a refusal
shown in words, a second person signs it (the malicious-default mark published), a
restoration plan added and confirmed by another person lifts it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from tests.servicing_support import actor, prepare
from workstation.aftercare import blacklist
from workstation.domain import clock
from workstation.store.session import Store
from workstation.ui.aftercare.blacklist_desk import BlacklistDesk, install


@pytest.fixture
def people(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'bl.db'}"))
    yield store, actor(store, "officer1"), actor(store, "supervisor1")
    store.close()


def test_propose_sign_plan_and_lift(qtbot, people, monkeypatch):
    store, off, sup = people
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    desk = BlacklistDesk(store, off)
    qtbot.addWidget(desk)
    assert not desk.approve_btn.isVisibleTo(desk)
    desk.f_name.setText("杭州某某商贸有限公司")
    desk.f_reason.setCurrentIndex(desk.f_reason.findData("malicious_default"))
    desk.f_evidence.setPlainText("M3+逾期，催收函已送达，拒不还款")
    desk.propose_btn.click()
    assert shown[-1] == "Give at least one of credit code, ID number, phone, payment account"
    desk.f_phone.setText("138 0013 8000")
    desk.propose_btn.click()
    assert desk.table.rowCount() == 1 and desk.table.item(0, 4).text() == "Awaiting signature"
    assert "Phone: 138****8000" in desk.facts.text()          # masked on the screen

    boss = BlacklistDesk(store, sup)
    qtbot.addWidget(boss)
    assert boss.approve_btn.isEnabled()
    boss.note.setText("核实无误")
    boss.approve_btn.click()
    boss.status.setCurrentIndex(boss.status.findData("active"))
    assert boss.table.rowCount() == 1 and boss.table.item(0, 5).text() == clock.today().isoformat()
    assert "Malicious-default mark published on" in boss.facts.text()

    desk.status.setCurrentIndex(desk.status.findData("active"))
    desk.conditions.setPlainText("结清全部欠款\n六个月内无新增逾期")
    desk.plan_btn.click()
    assert "Restoration plan" in desk.facts.text() and "结清全部欠款; 六个月内无新增逾期" in desk.facts.text()
    boss.refresh()
    boss.note.setText("")
    boss.confirm_btn.click()
    assert shown[-1] == "Note: required"
    boss.note.setText("已结清")
    boss.confirm_btn.click()
    assert boss.table.rowCount() == 0                 # no longer in force
    assert blacklist.listings(store, off, status="lifted")[0].lift_note == "已结清"
    boss.status.setCurrentIndex(boss.status.findData(None))
    boss.resize(1300, 760)
    boss.grab().save("/tmp/coll-blacklist.png")


def test_menu_entry(qtbot, people):
    store, off, _ = people
    w = QMainWindow()
    qtbot.addWidget(w)
    w.store, w.actor, w.menus, w.tabs = store, off, {}, QTabWidget()
    install(w)
    act = [a for a in w.menus["aftercare"].actions() if a.objectName() == "actBlacklistDesk"][0]
    act.trigger()
    act.trigger()
    assert isinstance(w.tabs.currentWidget(), BlacklistDesk) and w.tabs.count() == 1
