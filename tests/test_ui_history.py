"""A case's history on the Chinese desk (issue 14): the program's own notes are stored as
events (code and params) and shown translated, audit actions by name, details as
"label: value" pairs, never codes or raw JSON."""
from __future__ import annotations

from sqlalchemy import select

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from tests.ui_texts import latin_words
from workstation.domain.history_texts import EVENTS
from workstation.domain.refusals import english
from workstation.decide import cases, queue
from workstation.store.models import StatusChange
from workstation.ui import i18n
from workstation.ui.case.case_file import CaseFile
from workstation.ui.case.case_history import ACTION_NAMES, action_name, details_text, event_text


def test_the_program_records_events_by_code(desk):
    with desk.read() as s:
        rows = s.scalars(select(StatusChange)).all()
    events = [r.event for r in rows if r.event]
    assert events and all(e["code"] in EVENTS for e in events)
    assert {"imported_demo", "claimed"} <= {e["code"] for e in events}
    claimed = next(r for r in rows if r.event and r.event["code"] == "claimed")
    assert claimed.comment == "claimed"         # the English text stays for other readers


def test_history_reads_as_chinese(qtbot, desk):
    sup = actor_for(desk, "supervisor1")
    ids = queue.queue_ids(desk, sup, queue.QueueQuery(queue="all"))[:25]
    i18n.install("zh_CN")
    try:
        seen_actions, bad = set(), []
        for app_id in ids:
            changes, entries = cases.history(desk, sup, app_id)
            for c in changes:
                # the program's own note (a person's words beside it are shown as typed)
                if c.event and c.comment in (None, english(c.event["code"], c.event["params"], EVENTS)):
                    text = event_text(c.event, c.comment)
                    if latin_words(text):
                        bad.append(text)
            for e in entries:
                seen_actions.add(e.action)
                if latin_words(action_name(e.action)):
                    bad.append(e.action)
                shown = details_text({k: v for k, v in e.details.items() if k not in ("comment", "note", "reason",
                                                                                    "text", "warnings")})
                if "{" in shown or "\"" in shown or latin_words(shown):
                    bad.append(shown)
        assert bad == []
        assert seen_actions & set(ACTION_NAMES)
        actor = actor_for(desk, "officer1")
        mine = queue.queue_ids(desk, actor, queue.QueueQuery(queue="mine"))[0]
        cf = CaseFile(desk, actor, mine)
        qtbot.addWidget(cf)
        cf.show()
        cf.show_tab("history")
        hist = cf.tab("history")
        texts = [hist.changes_model.data(hist.changes_model.index(r, 4)) for r in range(hist.changes_model.rowCount())]
        assert "已领取" in texts or "由审批主管分配" in texts, texts
        cf.grab().save("/tmp/err-history.png")
    finally:
        i18n.install("en")
