"""The queue in the main window: the model passes qtmodeltester, filters and
search narrow it in SQL, Enter and double-click open a case, claim moves counts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_ui_fixtures import actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from workstation.decide import queue, queue_pages
from workstation.ui.case.case_file import CaseFile
from workstation.ui.main_window import MainWindow
from workstation.ui.queue.queue_model import QueueModel


def window(qtbot, store, user="officer1") -> MainWindow:
    w = MainWindow(store, actor_for(store, user), idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    return w


def test_queue_model_passes_modeltester(qtmodeltester, desk, request):
    model = QueueModel(desk, actor_for(desk, "admin"))
    request.node.keep_alive = model
    model.set_query(queue.QueueQuery())
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_lazy_pages(desk, monkeypatch):
    import workstation.ui.queue.queue_model as qm
    monkeypatch.setattr(qm, "PAGE", 10)
    model = QueueModel(desk, actor_for(desk, "admin"))
    model.set_query(queue.QueueQuery())
    assert list(model._pages) == [0]               # the first page comes with the count, in one read
    model.data(model.index(59, 0))                 # the last row: read from the other end, reversed
    assert list(model._pages) == [0, 5]
    model.data(model.index(25, 0))                 # near the start: walked by keys from the first page
    assert list(model._pages) == [5, 0, 1, 2]
    every = queue.queue_ids(desk, model.actor, model.query)
    assert model.id_at(25) == every[25] and model.id_at(59) == every[59]
    assert model.loaded_ids() == every


def test_filter_by_status(qtbot, desk):
    w = window(qtbot, desk, "admin")
    panel = w.queue_panel
    assert panel.model.rowCount() == 60
    panel.status.setCurrentIndex(panel.status.findData("received"))
    assert 0 < panel.model.rowCount() < 60
    col = 7
    assert {panel.model.index(r, col).data() for r in range(panel.model.rowCount())} == {"Received"}
    panel.clear_filters()
    assert panel.model.rowCount() == 60


def test_search_by_id_digits_and_name(qtbot, desk):
    w = window(qtbot, desk, "admin")
    panel = w.queue_panel
    row = queue.queue_rows(desk, None, [app_ids(desk)[5]])[0]
    with desk.read() as s:
        from workstation.store.models import Application
        a = s.get(Application, row.id)
        last4, rep = a.id_last4, a.legal_rep_name
    qtbot.keyClicks(panel.search, last4)
    qtbot.waitUntil(lambda: panel.model.rowCount() < 60, timeout=3000)
    assert row.id in panel.model.loaded_ids()
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 60, timeout=3000)
    panel.search.setText(rep)
    qtbot.waitUntil(lambda: panel.model.rowCount() < 60, timeout=3000)
    assert row.id in panel.model.loaded_ids()


def test_enter_and_double_click_open_case(qtbot, desk):
    w = window(qtbot, desk)
    panel = w.queue_panel
    assert panel.model.query.queue == "mine"
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert isinstance(w.tabs.currentWidget(), CaseFile)
    assert w.tabs.currentWidget().app_id == panel.model.id_at(0)
    w.close_current_case()
    assert w.tabs.count() == 1
    rect = panel.table.visualRect(panel.model.index(1, 1))
    # a real double-click starts with a press on the same row
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.tabs.currentWidget().app_id == panel.model.id_at(1)


def test_claim_updates_queue_and_counts(qtbot, desk):
    w = window(qtbot, desk)
    before = queue_pages.queue_counts(desk, w.actor)
    assert w.nav.item(0).text().endswith(f"({before['mine']})")
    w.show_queue("unassigned")
    panel = w.queue_panel
    panel.status.setCurrentIndex(panel.status.findData("received"))
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    claimed = panel.model.id_at(0)
    with qtbot.waitSignal(panel.changed, timeout=3000):
        panel.claim_btn.click()
    assert claimed not in panel.model.loaded_ids()
    assert w.nav.item(0).text().endswith(f"({before['mine'] + 1})")
    assert w.nav.item(1).text().endswith(f"({before['unassigned'] - 1})")


def test_supervisor_sees_reassign_not_claim(qtbot, desk):
    w = window(qtbot, desk, "supervisor1")
    assert w.queue_panel.reassign_btn.isVisibleTo(w) and not w.queue_panel.claim_btn.isVisibleTo(w)
    assert w.nav.currentRow() == 2          # supervisors start on awaiting sign-off


def test_my_cases_hides_finished_cases_until_asked(qtbot, desk):
    w = window(qtbot, desk, "officer1")
    panel = w.queue_panel
    assert panel.model.query.queue == "mine" and panel.show_finished.isVisible()
    shown = {panel.model.index(r, 7).data() for r in range(panel.model.rowCount())}
    assert not shown & {"Declined", "Withdrawn", "Offer expired", "Closed", "Disbursed"}
    open_rows = panel.model.rowCount()
    assert w.nav.item(0).text().endswith(f"({open_rows})")
    panel.show_finished.setChecked(True)
    assert panel.model.rowCount() > open_rows
    shown = {panel.model.index(r, 7).data() for r in range(panel.model.rowCount())}
    assert shown & {"Declined", "Withdrawn", "Offer expired", "Closed", "Disbursed"}
    panel.clear_filters()
    assert not panel.show_finished.isChecked() and panel.model.rowCount() == open_rows
    w.show_queue("all")
    assert not panel.show_finished.isVisible()


def test_officer_jumps_to_the_last_row_of_my_cases(qtbot, ui_env, db_url, monkeypatch):
    """Ctrl+End in the officer's My cases shows the true last row (read from the other end,
    reversed), and every page read on the way holds exactly the rows of its place. On SQLite
    and PostgreSQL, for a few sorts both ways."""
    from PySide6.QtTest import QTest
    from workstation.domain import clock
    from workstation.store.session import Store
    from workstation.demo.demo import generate
    from workstation.demo.demo_decide import work_the_queue
    import workstation.ui.queue.queue_model as qm
    monkeypatch.setattr(qm, "PAGE", 2)
    url, schema = db_url
    store = Store.open(url, schema=schema)
    try:
        generate(store, None, applications=60, seed=3)
        work_the_queue(store, None, seed=3, as_of=clock.today())
        w = window(qtbot, store, "officer1")
        panel, table = w.queue_panel, w.queue_panel.table
        assert panel.model.query.queue == "mine"
        for col, order in ((9, Qt.SortOrder.DescendingOrder), (4, Qt.SortOrder.AscendingOrder),
                           (5, Qt.SortOrder.DescendingOrder), (0, Qt.SortOrder.AscendingOrder)):
            table.sortByColumn(col, order)
            want = queue.queue_ids(store, w.actor, panel.model.query)
            assert len(want) >= 5 and panel.model.rowCount() == len(want)
            table.setFocus()
            table.setCurrentIndex(panel.model.index(0, 0))
            QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            last = len(want) - 1
            assert table.currentIndex().row() == last
            assert panel.model.id_at(last) == want[-1]
            assert table.currentIndex().siblingAtColumn(0).data() == queue.queue_rows(store, w.actor, [want[-1]])[0].app_no
            for n, page in list(panel.model._pages.items()):
                assert [r.id for r in page] == want[n * 2:(n + 1) * 2], (col, order, n)
            QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            assert panel.model.loaded_ids() == want
    finally:
        store.close()
