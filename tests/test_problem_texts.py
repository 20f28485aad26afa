"""The last English on the Chinese desk (issue 14): the findings of a recommendation, the
problems of terms and of interview notes carry a code and params from one catalogue
(domain/problem_texts.py); the desk shows them translated by code, with no English word,
while their English message (the command line's) stays as it was."""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from tests.test_imports import officer, svc  # noqa: F401 - the import tests' fixtures
from tests.ui_texts import latin_words
from workstation.domain import interview as iv
from workstation.domain.decision import Capacity, Finding, Terms, validate_recommendation
from workstation.domain.problem_texts import PROBLEMS
from workstation.domain.products import PRODUCTS, Problem, validate_terms
from workstation.domain.rates import Rate
from workstation.domain.schedules import Method

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "workstation_zh_CN.ts"


@pytest.fixture
def zh(qapp):
    from workstation.ui import i18n
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def _coded_calls():
    """Every ``Problem.coded(...)`` / ``Finding.coded(...)`` / ``P(...)`` code written as a literal."""
    for path in sorted((ROOT / "workstation").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ("coded", "P"):
                arg = node.args[1]
                yield path.name, node.lineno, arg


def test_every_coded_problem_names_a_catalogued_code():
    seen, bad = 0, []
    for name, line, arg in _coded_calls():
        if isinstance(arg, ast.Constant):
            seen += 1
            if arg.value not in PROBLEMS:
                bad.append((name, line, arg.value))
    assert seen > 30 and bad == []


def test_every_problem_code_has_a_finished_chinese_translation_without_english():
    ts = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            ts[(ctx.findtext("name"), m.findtext("source"))] = m.find("translation")
    bad = []
    for code, src in PROBLEMS.items():
        tr = ts.get(("Problems", src))
        text = "" if tr is None or tr.get("type") == "unfinished" else (tr.text or "")
        # (the literal values a file writes stay as they are: true/false, YYYY-MM-DD)
        if not text or latin_words(re.sub(r"\{[^}]*\}", " ", text), {"YYYY", "MM", "DD", "true", "false"}):
            bad.append((code, text))
    assert bad == []


def _capacity() -> Capacity:
    return Capacity(net_capital=Decimal("1000000.00"), bank_borrowing_ratio_pct=Decimal("50"),
                    single_borrower_pct=Decimal("10"), warn_at_pct=Decimal("80"))


def _findings() -> list[Finding]:
    """Real findings of real rules: one recommendation breaking most of them at once."""
    group = PRODUCTS["JOINT_GUARANTEE"]
    credit = next(p for p in PRODUCTS.values() if p.site_visit_above is not None)
    out = validate_recommendation(
        terms=Terms(product_code="ORDER", amount=Decimal("1400000.00"), method="bullet",
                    daily_rate_pct=Decimal("0.9"), term_months=7, term_days=None),
        product=group, suggested_limit=Decimal("100000.00"), interview_outcome=None,
        capacity=_capacity(), committed_total=Decimal("100000"), borrower_committed=Decimal("0"))
    out += validate_recommendation(
        terms=Terms(product_code=credit.code, amount=credit.site_visit_above + 1, method="m9",
                    daily_rate_pct=Decimal("-1")),
        product=credit, suggested_limit=None, interview_outcome="follow_up",
        capacity=_capacity(), committed_total=Decimal("1300000"), borrower_committed=Decimal("0"))
    order = PRODUCTS["ORDER"]
    assert not order.interview_required
    out += validate_recommendation(
        terms=Terms(product_code="ORDER", amount=order.amount_min, method=order.methods[0].value,
                    daily_rate_pct=Decimal("0.05"), term_days=order.days_min),
        product=order, suggested_limit=order.amount_min, interview_outcome="follow_up",
        capacity=_capacity(), committed_total=Decimal("0"), borrower_committed=Decimal("0"))
    return out


def test_recommendation_findings_read_as_chinese_on_the_chinese_desk(zh):
    from workstation.ui.case.decide_common import finding_text
    findings = _findings()
    codes = {f.text_code for f in findings}
    assert {"product_mismatch", "rate_invalid", "interview_required", "interview_outcome", "no_suggested_limit",
            "justification_required", "site_visit_required", "capacity_exceeded", "single_borrower_exceeded",
            "capacity_high", "method_unknown"} <= codes, codes
    shown = {f.text_code: finding_text(f) for f in findings}
    for code, text in shown.items():
        assert latin_words(text) == [], (code, text)
    assert "1,400,000.00" in shown["justification_required"] and "100,000.00" in shown["justification_required"]
    assert "需跟进" in shown["interview_outcome"]
    assert any("尚未提交面谈" in finding_text(f) for f in findings if f.text_code == "interview_required")


def test_the_english_message_stays_for_the_command_line(qapp):
    from workstation.ui.case.decide_common import finding_text
    findings = {f.text_code: f for f in _findings()}
    f = findings["justification_required"]
    assert f.message == "1,400,000.00 is above the suggested limit 100,000.00: write the justification"
    assert str(findings["product_mismatch"]) == "product: terms name ORDER, product is JOINT_GUARANTEE"
    assert finding_text(f) == str(f)          # the English desk reads the rule's words


def test_terms_problems_name_rates_and_methods_in_chinese(zh):
    from workstation.ui.problems import problem_text
    product = PRODUCTS["ORDER"]
    problems = validate_terms(product, amount=product.amount_max * 2, term_months=3, days=None,
                              method=product.methods[0], rate=Rate.from_daily_percent(Decimal("0.5")),
                              cap=Decimal("1000"))
    problems += validate_terms(product, amount=Decimal("0"), method=Method.INTEREST_ONLY)
    problems += validate_terms(PRODUCTS["B2B_CREDIT"], amount=Decimal("60000"), method=Method.INTEREST_ONLY,
                               term_months=5, days=30)
    problems += validate_terms(product, amount=Decimal("60000"), method=Method.BULLET, term_months=5, days=10000)
    assert {p.code for p in problems} >= {"amount_outside_range", "amount_above_cap", "rate_outside_band",
                                          "method_not_allowed", "amount_not_positive", "term_not_allowed",
                                          "months_not_days", "bullet_in_days", "days_outside_range"}
    for p in problems:
        text = problem_text(p)
        assert text and latin_words(text) == [], (p.code, text)
    rate = next(problem_text(p) for p in problems if p.code == "rate_outside_band")
    assert "日利率" in rate


def test_interview_problems_and_the_refusal_that_carries_them_read_as_chinese(zh):
    from workstation.domain.errors import DomainError
    from workstation.ui.errors import user_message
    draft = iv.InterviewDraft(outcome="verified", checks=(
        iv.CheckEntry(item="profit", result="discrepancy", note="", stated_value=Decimal("250")),
        iv.CheckEntry(item="nope", result="maybe", note="")))
    problems = iv.submit_problems(draft)
    assert {"check_item_unknown", "check_result_invalid", "figure_out_of_range_pct", "actual_times_missing",
            "channel_missing", "participants_missing", "verified_needs_identity",
            "discrepancy_needs_note"} <= {p.code for p in problems}
    text = user_message(DomainError("interview_incomplete", problems=tuple(problems)))
    assert latin_words(text) == [], text
    assert "净利润率" in text                 # the checklist item named, in Chinese
    assert str(problems[0]).startswith("checks.")       # the English stays for the command line


def _without_values(text: str, params) -> str:
    """``text`` without the values the file itself gave (data, shown as they are)."""
    for v in dict(params).values():
        for part in (v if isinstance(v, (list, tuple)) else [v]):
            if isinstance(part, str) and part and part not in ("text", "a number", "true/false", "a list",
                                                               "an object"):
                text = text.replace(part, " ")
    return text


def test_import_rejects_read_as_chinese_in_the_import_dialog(qapp, zh, svc, officer, tmp_path):
    """Every bad record of the import tests, in one file through the real import: each reject has a
    code of the catalogue and the dialog's reason column reads Chinese; the rejects file stays English."""
    from workstation.intake.imports import import_applications
    from workstation.ui.problems import reason_text
    from tests.test_imports import BAD, records, write_jsonl
    recs = records(len(BAD) + 1, seed=5)
    for (_label, change, _field, _reason), rec in zip(BAD, recs[1:]):
        change(rec)
    report = import_applications(svc, officer, write_jsonl(tmp_path / "apps.jsonl", recs))
    assert report.rejected >= len(BAD) - 1          # (a random card can happen to be the bad one)
    assert [p for p in report.rejects if p.code not in PROBLEMS] == []
    for p in report.rejects:
        text = reason_text(p)
        assert latin_words(_without_values(text, p.params), {"YYYY", "MM", "true", "false"}) == [], (p, text)
    english = (tmp_path / "apps.jsonl.rejects.csv").read_text(encoding="utf-8")
    assert "unknown or inactive product" in english and "required, missing" in english


def test_a_database_that_cannot_be_opened_is_named_in_chinese(qapp, zh, tmp_path):
    from workstation.store.db import StoreError, check_sqlite_path, open_store
    from workstation.ui.errors import user_message
    with pytest.raises(StoreError) as err:
        check_sqlite_path(tmp_path / "x.db", fstype_lookup=lambda _p: "cifs")
    assert err.value.code == "db_network_fs" and "network file system (cifs)" in str(err.value)
    shown = user_message(err.value)
    assert "网络文件系统" in shown and latin_words(shown.replace(str(tmp_path), " "), {"cifs"}) == [], shown
    with pytest.raises(StoreError) as err:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert err.value.code == "db_cannot_open" and "Cannot open the database" in str(err.value)
    shown = user_message(err.value)
    assert "无法打开数据库" in shown and latin_words(shown) == [], shown


def test_an_uncoded_error_shows_no_english_on_the_chinese_desk(qapp, zh):
    from workstation.ui.errors import user_message
    shown = user_message(LookupError("no such row: widget 12"))
    assert shown == "无法执行此操作。详情已写入日志。"
    assert user_message(OSError("打印机无法启动。")) == "打印机无法启动。"       # already in the desk's words


def test_an_uncoded_error_keeps_its_words_on_the_english_desk(qapp):
    from workstation.ui.errors import user_message
    assert user_message(LookupError("no such row")) == "no such row"


def test_a_refusal_with_an_english_detail_names_it_in_chinese(qapp, zh):
    from workstation.domain.errors import DomainError
    from workstation.ui.errors import user_message
    for e in (DomainError("schedule_invalid", detail="days: a bullet loan needs a whole number of days >= 1, got 0"),
              DomainError("contract_schedule_invalid", contract_no="HT2026031500001", detail="amount: must be positive"),
              DomainError("servicing_refused", detail="event 3: a repayment must be positive")):
        shown = user_message(e)
        assert latin_words(shown) == [] and "日志" in shown, shown
    assert str(e) == "event 3: a repayment must be positive"      # the English stays for the command line


def test_an_operating_system_error_is_said_in_chinese(qapp, zh, tmp_path):
    """A file that cannot be read or written: the system's reason went into the refusal as
    its English words (exc.strerror), shown as they were on the Chinese desk."""
    from workstation.domain.errors import DomainError
    from workstation.servicing.repayment_file import read_file
    from workstation.ui.errors import user_message
    missing = tmp_path / "gone.csv"
    with pytest.raises(DomainError) as gone:
        read_file(missing)
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()
    with pytest.raises(DomainError) as not_a_file:
        read_file(folder)
    for e in (gone.value, not_a_file.value):
        shown = user_message(e)
        words = [w for w in latin_words(shown) if w not in ("gone", "csv", "a", "folder")]
        assert words == [] and re.search(r"[\u4e00-\u9fff]", shown), shown
    assert "No such file or directory" in str(gone.value)           # the English stays for the command line
    for code in ("ENOENT", "EACCES", "EPERM", "EISDIR", "ENOSPC", "EROFS", "EIO", "ENOTDIR", "EEXIST", "EBUSY"):
        shown = user_message(DomainError("write_failed", path="x.pdf", os_error=code))
        assert [w for w in latin_words(shown) if w not in ("x", "pdf")] == [], (code, shown)
