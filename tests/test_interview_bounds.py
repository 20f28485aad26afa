"""The interview's stated figures are bounded (issue 11: a net margin of 513,663.50%
was accepted): the domain names the field, the service refuses, the form says which
field and its range in the interface language and stores nothing wrong."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime  # noqa: F401 - Qt up before the form

from decide_helpers import make_application, make_store, users
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixture
from workstation.domain import interview as iv
from workstation.decide import interviews
from workstation.domain.errors import DomainError


def _with(code: str, value) -> iv.InterviewDraft:
    return iv.InterviewDraft(checks=(iv.CheckEntry(code, "confirmed", "", value),))


@pytest.mark.parametrize("code,value,ok", [
    ("profit", Decimal("12.5"), True), ("profit", Decimal("-100"), True), ("profit", Decimal("100"), True),
    ("profit", Decimal("513663.50"), False), ("profit", Decimal("-100.01"), False),
    ("profit", Decimal("12.345"), False), ("profit", Decimal("NaN"), False), ("profit", Decimal("Infinity"), False),
    ("sales", Decimal("900000.00"), True), ("sales", Decimal("-1"), False),
    ("sales", Decimal("1e15"), False), ("id_photo", Decimal("1"), False),
])
def test_figure_bounds_name_the_field(code, value, ok):
    problems = iv.draft_problems(_with(code, value))
    assert (problems == []) is ok
    if not ok:
        assert [p.field for p in problems] == [f"checks.{code}"]


def test_service_refuses_an_impossible_margin(db_url):
    store = make_store(db_url)
    try:
        u = users(store)
        app = make_application(store, officer=u["off1"])
        view = interviews.start_interview(store, u["off1"], app)
        with pytest.raises(DomainError, match=r"checks\.profit: .*from -100 to 100"):
            interviews.save_draft(store, u["off1"], view.id, _with("profit", Decimal("513663.50")),
                                  expected_version=view.version)
        assert interviews.get_interview(store, None, view.id).version == view.version
    finally:
        store.close()


def test_form_names_the_field_and_keeps_the_bad_figure_out(qtbot, tmp_path, ui_env):
    from tests.test_ui_fixtures import actor_for, app_ids
    from workstation.decide import queue
    from workstation.store.session import Store
    from workstation.demo.demo import generate
    from workstation.ui import i18n
    from workstation.ui.case.interview_form import InterviewForm
    store = Store.open(f"sqlite:///{tmp_path / 'iv.db'}")
    try:
        generate(store, None, applications=20, seed=3)
        officer = actor_for(store, "officer1")
        app_id = app_ids(store, status="received")[0]
        queue.claim(store, officer, app_id)
        form = InterviewForm(store, officer, app_id)
        qtbot.addWidget(form)
        form.start_button.click()
        figure = form.check_rows["profit"][2]
        figure.setText("513663.50")
        form.save_now()
        text = form.message.text()
        assert "Declared net profit margin" in text and "-100" in text and "100" in text
        assert interviews.get_interview(store, None, form.view.id).draft.checks[6].stated_value is None
        figure.setText("12.5%")
        form.save_now()
        assert interviews.get_interview(store, None, form.view.id).draft.checks[6].stated_value == Decimal("12.5")
        form.check_rows["sales"][2].setText("abc")
        form.save_now()
        assert "Declared sales" in form.message.text() and "not a number" in form.message.text()
        i18n.install("zh_CN")
        try:
            form.save_now()
            assert "申报年销售额" in form.message.text() and "abc" in form.message.text()
            assert not any(w in form.message.text() for w in ("not", "number", "Declared"))
            form.check_rows["sales"][2].setText("")
            figure.setText("513663.50")
            form.save_now()
            assert "申报净利润率" in form.message.text() and "-100" in form.message.text()
            form.show()
            form.grab().save("/tmp/h6-interview-bounds.png")
        finally:
            i18n.install("en")
        assert ui_env == []
    finally:
        store.close()
