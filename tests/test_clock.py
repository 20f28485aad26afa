"""One business time zone (Asia/Shanghai) whatever the machine's."""
import os
import time
from datetime import datetime, timedelta, timezone

import pytest

from workstation.domain import clock


@pytest.fixture
def machine_in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_instants_are_written_in_shanghai_time_on_any_machine(machine_in_new_york):
    at = datetime(2026, 11, 30, 20, 30, tzinfo=timezone.utc)      # 04:30 next day in Shanghai
    assert at.astimezone().strftime("%H:%M") == "15:30"             # the machine's own zone differs
    assert clock.local_text(at) == "2026-12-01 04:30"
    assert clock.local_text(at.replace(tzinfo=None)) == "2026-12-01 04:30"   # naive = UTC, as stored
    assert clock.local_text(None) == ""
    assert clock.to_business(at).utcoffset() == timedelta(hours=8)


def test_today_is_the_shanghai_date(machine_in_new_york):
    now = datetime.now(timezone.utc)
    assert clock.today() == (now + timedelta(hours=8)).date() or clock.today() == (
        datetime.now(timezone.utc) + timedelta(hours=8)).date()
    assert clock.now().utcoffset() == timedelta(hours=8)
    assert os.environ["TZ"] == "America/New_York"


def test_screens_write_instants_in_shanghai_time(machine_in_new_york):
    from workstation.ui.case.case_profile import local_dt
    from workstation.ui.case.case_tabs import _local
    at = datetime(2026, 11, 30, 20, 30, tzinfo=timezone.utc)
    assert local_dt(at) == "2026-12-01 04:30"
    assert _local(at.isoformat()) == "2026-12-01 04:30"


def test_queue_waiting_days_count_shanghai_days(machine_in_new_york, tmp_path):
    """Received 2026-11-30 20:30 UTC = 1 Dec 04:30 in Shanghai: on 1 Dec it has waited 0 days."""
    from datetime import date

    from sqlalchemy import select, update

    from workstation.decide import decisions, queue
    from workstation.store.session import Store
    from workstation.demo.demo import generate
    from workstation.store.models import Application
    assert decisions.today() == clock.today()
    store = Store.open(f"sqlite:///{tmp_path / 'q.db'}")
    try:
        generate(store, None, applications=5, seed=3)
        with store.tx() as s:
            app_id = s.scalar(select(Application.id).limit(1))
            s.execute(update(Application).where(Application.id == app_id)
                      .values(received_at=datetime(2026, 11, 30, 20, 30, tzinfo=timezone.utc)))
        [row] = queue.queue_rows(store, None, [app_id], today=date(2026, 12, 1))
        assert row.days_waiting == 0
    finally:
        store.close()


def test_interview_times_are_typed_and_shown_in_shanghai_time(machine_in_new_york, qtbot):
    from workstation.ui.case.decide_common import datetime_edit, read_datetime, write_datetime
    w = datetime_edit()
    qtbot.addWidget(w)
    at = datetime(2026, 11, 30, 20, 30, 15, tzinfo=timezone.utc)
    write_datetime(w, at)
    assert w.text() == "2026-12-01 04:30"                 # Shanghai wall clock, not New York's
    assert read_datetime(w) == at
    write_datetime(w, None)
    assert read_datetime(w) is None


def test_a_finished_case_is_not_waiting(tmp_path, qtbot):
    """Days waiting count while a case is in hand (received to disbursement: an officer's
    own work); a declined, withdrawn, expired, disbursed or closed case shows a dash instead
    of its age."""
    from datetime import date
    from sqlalchemy import select, update
    from workstation.decide import queue
    from workstation.demo.demo import generate
    from workstation.domain.workflow import Status
    from workstation.store.models import Application
    from workstation.store.session import Store
    from workstation.ui.queue.queue_model import COLUMNS, QueueModel
    store = Store.open(f"sqlite:///{tmp_path / 'q.db'}")
    try:
        generate(store, None, applications=6, seed=3)
        received = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
        with store.tx() as s:
            ids = s.scalars(select(Application.id).order_by(Application.id).limit(4)).all()
            for app_id, status in zip(ids, ("declined", "closed", "in_review", "approved")):
                s.execute(update(Application).where(Application.id == app_id)
                          .values(status=status, received_at=received))
        rows = queue.queue_rows(store, None, ids, today=date(2026, 12, 1))
        assert [(r.status, r.days_waiting) for r in rows] == [
            ("declined", None), ("closed", None), ("in_review", 11), ("approved", 11)]
        for status in Status:
            with store.tx() as s:
                s.execute(update(Application).where(Application.id == ids[0]).values(status=status.value))
            [row] = queue.queue_rows(store, None, ids[:1], today=date(2026, 12, 1))
            assert (row.days_waiting is None) == (status not in queue.MY_WORK_STATUSES), status
        assert {Status.DECLINED, Status.OFFER_EXPIRED, Status.WITHDRAWN, Status.DISBURSED,
                Status.CLOSED}.isdisjoint(queue.MY_WORK_STATUSES)
        with store.tx() as s:
            s.execute(update(Application).where(Application.id == ids[0]).values(status="declined"))
        from tests.test_queue import actor
        model = QueueModel(store, actor(store, "admin"))
        model.set_query(queue.QueueQuery(queue="all", sort="app_no", include_finished=True))
        col = [k for k, _ in COLUMNS].index("days_waiting")
        shown = {}
        for row in range(model.rowCount()):
            r = model.row_at(row)
            if r.id in ids:
                shown[r.id] = model.data(model.index(row, col))
        waited = str((clock.today() - date(2026, 11, 20)).days)
        assert [shown[i] for i in ids] == ["—", "—", waited, waited]
    finally:
        store.close()
