"""What the main window shows the moment it opens (issue 15): the filter choices, the four
queues' counts and the first queue's count and first page come from one read
(``queue_open.open_queue``) and equal what the separate calls give, for every role and on
a filtered or re-sorted query too; a stopped user gets no rows. The window opens on its
first queue in the queue's own order (days waiting, the longest first) and shows exactly
those rows and counts. SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from workstation.decide import queue, queue_open, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.domain.errors import SessionEnded
from workstation.store.models import User

from tests.test_queue import actor
from tests.test_queue_keyset import desk  # noqa: F401 - the fixture

ROLES = ("admin", "supervisor1", "officer1")
QUERIES = [QueueQuery(queue="all"), QueueQuery(queue="mine"), QueueQuery(queue="signoff"),
           QueueQuery(queue="unassigned", sort="amount", descending=False),
           QueueQuery(queue="all", statuses=("received",), grade="B"),
           QueueQuery(queue="all", province="浙江", sort="merchant"),
           QueueQuery(queue="mine", include_finished=True, sort="app_no")]


@pytest.mark.parametrize("role", ROLES)
def test_the_opening_read_equals_the_separate_reads(desk, role):
    who = actor(desk, role)
    counts = queue_pages.queue_counts(desk, who)
    options = queue.filter_options(desk, who)
    assert options.products and options.officers        # something to compare
    for q in QUERIES:
        got = queue_open.open_queue(desk, who, q, limit=50)
        n, rows = queue_pages.queue_start(desk, who, q, limit=50)
        assert got.query == q
        assert got.options == options
        assert got.counts == counts
        assert (got.count, got.rows) == (n, rows), q
        assert len(got.rows) == min(n, 50)
        assert got.settings == {}
    from workstation.services.setup import get_setting
    keys = ("session.idle_lock_minutes", "backup.keep", "no.such.setting")
    got = queue_open.open_queue(desk, who, QueueQuery(), settings=keys)
    assert got.settings == {k: get_setting(desk, who, k) for k in keys}
    assert sum(counts.values()) > 0


def test_the_filter_choices_are_every_officer_by_user_name(desk):
    """The officers' list (read as plain columns now) is every user holding the officer
    role, active or not, by user name; the products by code; the provinces sorted."""
    who = actor(desk, "admin")
    opts = queue.filter_options(desk, who)
    with desk.read(None) as s:
        users = sorted(s.query(User).all(), key=lambda u: u.username)
        assert opts.officers == [(u.id, u.display_name) for u in users if "officer" in u.role_names]
    assert [c for c, _, _ in opts.products] == sorted(c for c, _, _ in opts.products)
    assert opts.provinces == sorted(opts.provinces) and len(set(opts.provinces)) == len(opts.provinces)


def test_a_stopped_user_gets_nothing_from_the_opening_read(desk):
    who = actor(desk, "officer1")
    with desk.tx(None) as s:
        s.execute(update(User).where(User.id == who.id).values(active=False))
    try:
        with pytest.raises(SessionEnded):
            queue_open.open_queue(desk, who, QueueQuery(queue="mine"))
    finally:
        with desk.tx(None) as s:
            s.execute(update(User).where(User.id == who.id).values(active=True))


def test_an_unknown_sort_is_refused_before_any_read(desk):
    with pytest.raises(ValueError):
        queue_open.open_queue(desk, actor(desk, "admin"), replace(QueueQuery(), sort="password_hash"))


@pytest.mark.parametrize("role", ROLES)
def test_the_window_opens_on_its_queue_in_the_queue_order(qtbot, desk, role, monkeypatch, tmp_path):
    from workstation.ui import settings
    from workstation.ui.main_window import MainWindow
    from workstation.ui.queue.queue_model import COLUMNS, PAGE
    settings.use_directory(tmp_path / "settings")
    who = actor(desk, role)
    reads, real_start = [], queue_pages.queue_start
    monkeypatch.setattr(queue_pages, "queue_start", lambda *a, **k: reads.append(a[2]) or real_start(*a, **k))
    w = MainWindow(desk, who, idle_ms=3_600_000)
    qtbot.addWidget(w)
    w.show()
    qtbot.wait(10)
    start = "mine" if role == "officer1" else "signoff" if role == "supervisor1" else "all"
    model = w.queue_panel.model
    # a work queue: the longest-waiting first; all applications (the administrator's): the newest first
    first = QueueQuery(queue=start, descending=start != "all")
    assert model.query == first
    assert w.queue_panel.table.horizontalHeader().sortIndicatorSection() == [k for _, k in COLUMNS].index(
        "days_waiting")
    assert w.queue_panel.table.horizontalHeader().sortIndicatorOrder() == (
        Qt.SortOrder.DescendingOrder if start != "all" else Qt.SortOrder.AscendingOrder)
    assert reads == []                  # opened from the one read, not read again
    n, rows = real_start(desk, who, first, limit=PAGE)
    received = [r.received_at for r in rows]
    assert received == sorted(received, reverse=start == "all")
    waited = [r.days_waiting for r in rows if r.days_waiting is not None]    # finished cases: none
    assert waited == sorted(waited, reverse=start != "all") and len(set(waited)) > 1
    assert model.rowCount() == n and [model.row_at(i) for i in range(len(rows))] == rows
    counts = queue_pages.queue_counts(desk, who)
    assert [w.nav.item(i).text().rsplit("(", 1)[1] for i in range(4)] == [f"{counts[q]})" for q in queue.QUEUES]
    assert w.nav.currentRow() == queue.QUEUES.index(start)
    other = "unassigned"
    w.nav.setCurrentRow(queue.QUEUES.index(other))              # the navigation still switches queues
    assert model.query == replace(first, queue=other) and model.rowCount() == counts[other]   # the order kept
    assert [q.queue for q in reads] == [other]


def test_the_idle_lock_minutes_come_with_the_opening_read(qtbot, desk, tmp_path):
    from workstation.store.models import Setting
    from workstation.ui import settings
    from workstation.ui.main_window import MainWindow
    settings.use_directory(tmp_path / "settings")
    who = actor(desk, "officer1")
    w = MainWindow(desk, who)                                    # no idle_ms: the setting (its default)
    qtbot.addWidget(w)
    assert w.idle.timer.interval() == 5 * 60_000
    with desk.tx(None) as s:
        s.merge(Setting(key="session.idle_lock_minutes", value="7"))
    w2 = MainWindow(desk, who)
    qtbot.addWidget(w2)
    assert w2.idle.timer.interval() == 7 * 60_000
    w.idle.stop()
    w2.idle.stop()
