"""The errors below the business rules that a normal action can meet -- a scorecard version
that is not installed, a damaged questionnaire file, terms the product cannot give at
approval -- read on the Chinese desk as translated, actionable messages through the real
widgets: no "unexpected error" dialog, no class name, no English word."""
from __future__ import annotations

import json

from sqlalchemy import update

from tests.test_ui_fixtures import PASSWORDS, actor_for, app_ids, desk, ui_env  # noqa: F401 - fixtures
from tests.ui_texts import latin_words
from workstation.domain import interview as iv
from workstation.store.models import Application, Product
from workstation.ui import i18n

CLASS_NAMES = ("ScorecardError", "QuestionnaireError", "TermsError", "Error")


def _chinese_only(text: str, *allowed: str) -> None:
    assert text and not any(name in text for name in CLASS_NAMES), text
    assert not latin_words(text, set(allowed)), (latin_words(text, set(allowed)), text)


def test_a_scorecard_version_not_installed_reads_in_chinese(qtbot, desk, ui_env):
    from workstation.ui.main_window import MainWindow
    from workstation.decide import cases
    app_id = app_ids(desk, status="received")[0]
    cases.score_now(desk, actor_for(desk, "admin"), app_id)
    assert _scored(desk, app_id)
    with desk.tx() as s:         # the case was scored with a version this installation lacks
        s.execute(update(Application).where(Application.id == app_id).values(score_version="v9"))
    i18n.install("zh_CN")
    w = MainWindow(desk, actor_for(desk, "admin"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    cf = w.open_case(app_id)
    cf.show_tab("score")
    assert len(ui_env) == 1, ui_env
    _chinese_only(ui_env[0], "v9", "scorecard_v9.json")
    assert "评分卡版本 v9 不存在" in ui_env[0] and "管理员" in ui_env[0]


def _scored(store, app_id: int) -> bool:
    with store.read() as s:
        return bool(s.get(Application, app_id).score_version)


def test_a_damaged_questionnaire_reads_in_chinese(qtbot, desk, ui_env, tmp_path, monkeypatch):
    from workstation.ui.main_window import MainWindow
    raw = json.loads((iv.QUESTIONNAIRE_DIR / f"{iv.DEFAULT_QUESTIONNAIRE}.json").read_text(encoding="utf-8"))
    raw["questions"][0]["options"] = raw["questions"][0]["options"][:1]     # a question with one answer
    (tmp_path / f"{iv.DEFAULT_QUESTIONNAIRE}.json").write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setattr(iv, "QUESTIONNAIRE_DIR", tmp_path)   # the installation's file, damaged
    officer = actor_for(desk, "officer1")
    app_id = app_ids(desk, status="received")[0]
    i18n.install("zh_CN")
    w = MainWindow(desk, officer, idle_ms=3_600_000)
    qtbot.addWidget(w)
    assert w.open_case(app_id) is None
    assert len(ui_env) == 1, ui_env
    _chinese_only(ui_env[0], f"{iv.DEFAULT_QUESTIONNAIRE}.json", iv.DEFAULT_QUESTIONNAIRE)
    assert "无法使用" in ui_env[0] and "文件已损坏（详情见日志）" in ui_env[0]


def test_terms_the_product_cannot_give_at_approval_read_in_chinese(qtbot, desk, ui_env, monkeypatch):
    from workstation.ui.case import signoff_view
    from workstation.ui.case.signoff_view import SignoffView
    from tests.test_ui_decide import awaiting_signoff
    app_id = awaiting_signoff(qtbot, desk, actor_for(desk, "officer1"))
    with desk.tx() as s:          # an administrator stored the product with a negative penalty multiplier
        code = s.get(Application, app_id).product_code
        row = s.get(Product, code)
        row.definition = {**row.definition, "penalty_multiplier": "-1"}
    i18n.install("zh_CN")
    monkeypatch.setattr(signoff_view, "ask_password", lambda *a, **k: PASSWORDS[who])
    who = "supervisor1"
    view = SignoffView(desk, actor_for(desk, who), app_id)
    qtbot.addWidget(view)
    view.approve_button.click()
    shown = view.message.text()
    assert not ui_env, ui_env                    # no "unexpected error" dialog
    _chinese_only(shown, "-1", "24")
    assert "罚息倍数 -1" in shown, shown
    # the recommendation's live preview names the same flaw, in Chinese, among its findings
    from workstation.decide import decisions
    from workstation.ui.problems import problem_text
    officer = actor_for(desk, "officer1")
    terms = decisions.current_recommendation(desk, None, app_id).terms
    findings = decisions.preview(desk, officer, app_id, terms).findings
    schedule = [problem_text(f) for f in findings if f.field == "schedule"]
    assert len(schedule) == 1 and "罚息倍数 -1" in schedule[0], [problem_text(f) for f in findings]
    _chinese_only(schedule[0], "-1", "24")
