"""First start like a desktop program: the language asked once and kept, the demo
database's progress in named steps that only move forward."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QProgressDialog

from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixtures (settings in tmp, English)
from workstation.store.session import Store
from workstation.services.progress import RecordingProgress
from workstation.ui import app as desk_app
from workstation.ui import i18n, settings


def test_first_run_progress_only_moves_forward_through_named_steps(tmp_path):
    from workstation.demo.demo_build import build_demo
    store = Store.open(f"sqlite:///{tmp_path / 'first.db'}")
    inner = RecordingProgress()
    try:
        build_demo(store, None, applications=40, seed=1, as_of=date(2026, 11, 27), max_loans=8,
                   progress=desk_app.FirstRunProgress(inner))
    finally:
        store.close()
    values = [d for d, _t, _l in inner.reports]
    assert values == sorted(values), "the bar never falls back"
    assert values[-1] == desk_app.SCALE and {t for _d, t, _l in inner.reports} == {desk_app.SCALE}
    steps = [int(label) for _d, _t, label in inner.reports]
    assert steps == sorted(steps) and set(steps) == set(range(len(desk_app.FIRST_RUN_STEPS)))


def test_raw_stage_reports_would_fall_back_but_the_bar_does_not():
    """Each stage counts from 0 again (what made the bar go from 100% to 41%)."""
    inner = RecordingProgress()
    p = desk_app.FirstRunProgress(inner)
    for done, total, label in [(5, 10, "merchants"), (10, 10, "applications"), (1, 40, "demo loans"),
                               (40, 40, "demo loans"), (0, 7, "end of day"), (7, 7, "end of day"),
                               (3, 3, "demo loans"), (1, 9, "score"), (9, 9, "score")]:
        p.update(done, total, label)
    values = [d for d, _t, _l in inner.reports]
    assert values == sorted(values) and values[-1] == desk_app.SCALE
    assert [r[2] for r in inner.reports] == ["0", "1", "2", "2", "3", "3", "3", "4", "4"]


def test_step_names_are_translated():
    assert desk_app.FirstRunProgress.describe("1") == "Step 2 of 5: Deciding cases through the desk's services"
    i18n.install("zh_CN")
    try:
        assert desk_app.FirstRunProgress.describe("0") == "第 1 步（共 5 步）：创建商户与申请"
    finally:
        i18n.install("en")


def test_run_job_shows_the_step(qtbot, monkeypatch):
    from workstation.ui.jobs import run_job
    shown: list[str] = []
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: shown.append(text))

    def job(progress):
        p = desk_app.FirstRunProgress(progress)
        p.update(10, 10, "applications")
        p.update(3, 3, "score")
    run_job(None, title="t", label="Creating", job=job, cancellable=False, describe=desk_app.FirstRunProgress.describe)
    assert shown[-1] == "Creating\nStep 5 of 5: Scoring the open cases"


def test_language_is_asked_once_on_first_start_and_kept(qtbot, monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(desk_app.LanguageDialog, "ask", classmethod(lambda cls, parent=None: asked.append(1) or "zh_CN"))
    assert settings.language() is None
    assert desk_app.choose_language(None) == "zh_CN"
    assert desk_app.choose_language(None) == "zh_CN" and len(asked) == 1
    assert settings.language() == "zh_CN"
    assert desk_app.choose_language("en") == "en"                  # --lang wins for this start
    assert len(asked) == 1


def test_language_dialog_buttons(qtbot):
    dlg = desk_app.LanguageDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.findChild(type(dlg.buttons.buttons()[0]), "lang_zh_CN").click()
    assert dlg.choice == "zh_CN" and dlg.result() == dlg.DialogCode.Accepted
    dlg.grab().save("/tmp/h6-language.png")
