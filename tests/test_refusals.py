"""One error shape (issue 14): every refusal carries a code from the one catalogue, every
code has a finished Chinese translation in the .ts, and real refusals raised through real
services read as Chinese on the Chinese desk (no English word of their template)."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.ui_texts import latin_words
from workstation.domain.refusals import ACTIONS, CATALOGUE, english, template_fields

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "workstation_zh_CN.ts"
REFUSALS = {"DomainError", "StaleEdit", "PermissionDenied", "NotVisible", "DocumentRefused", "DisbursementRefused",
            "HeldLineRefused", "LenderRefused", "NeedsConfirmation", "SignInFailed", "PasswordChangeRequired",
            "AttachmentCorrupt", "Busy", "TransitionError", "ScorecardError", "QuestionnaireError", "TermsError",
            "WarningRefused", "CollectionRefused", "BlacklistRefused", "GoodBorrowerRefused"}
# raise sites whose code is computed: the codes they can give, each checked below
COMPUTED = {"signoff_role", "signoff_not_awaiting", "signoff_own", "signoff_signed", "signoff_other_team",
            "not_paid_off", "not_paid_off_active", "not_paid_off_contracted", "not_paid_off_written_off"}


def _calls():
    for path in sorted((ROOT / "workstation").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                yield path.relative_to(ROOT), name, node


def _codes(arg: ast.expr) -> list[str] | None:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.IfExp):
        a, b = _codes(arg.body), _codes(arg.orelse)
        return None if a is None or b is None else a + b
    return None


def test_every_raise_site_names_a_catalogued_code():
    bad, computed = [], 0
    for path, name, node in _calls():
        if name not in REFUSALS or path.name == "context.py" and not node.args:
            continue
        if not node.args:
            bad.append(f"{path}:{node.lineno} {name}() without a code")
            continue
        codes = _codes(node.args[0])
        if codes is None:
            computed += 1
            continue
        bad += [f"{path}:{node.lineno} {name}({c!r}): not in the catalogue" for c in codes if c not in CATALOGUE]
        if name == "ServicingError":        # the engine's refusals a person meets carry a code
            bad += [f"{path}:{node.lineno} code {k.value.value!r}" for k in node.keywords
                    if k.arg == "code" and k.value.value not in CATALOGUE]
    assert bad == []
    assert computed <= 5 and COMPUTED <= set(CATALOGUE)


def test_every_role_check_names_an_action_of_the_catalogue():
    bad = []
    for path, name, node in _calls():
        for k in node.keywords:
            if k.arg == "action" and name in ("require", "require_case_officer"):
                if isinstance(k.value, ast.Name):           # a wrapper passing its own parameter on
                    continue
                if not (isinstance(k.value, ast.Constant) and k.value.value in ACTIONS):
                    bad.append(f"{path}:{node.lineno} {ast.unparse(k.value)}")
        if name == "_require_admin" and len(node.args) == 2:
            if not (isinstance(node.args[1], ast.Constant) and node.args[1].value in ACTIONS):
                bad.append(f"{path}:{node.lineno} {ast.unparse(node.args[1])}")
    assert bad == []


def test_english_text_fills_the_template_and_never_fails():
    assert english("already_assigned", {"app_no": "A1"}) == "application A1 is already assigned"
    assert english("needs_role", {"user": "o1", "action": "claim cases", "roles": ("officer", "supervisor")}) \
        == "o1 may not claim cases: needs role officer or supervisor"
    assert english("draw_above_available", {"amount": Decimal("12345.6"), "available": Decimal("100")}) \
        == "amount 12,345.60 is above the available 100.00"
    assert "A1" in english("already_assigned", {"wrong": "A1"})       # a readable line, not a KeyError
    assert english("no_such_code", {}) == "no_such_code"


def _ts_messages() -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            out[(name, m.findtext("source"))] = m.find("translation")
    return out


def test_every_code_and_action_has_a_finished_chinese_translation():
    ts = _ts_messages()
    missing = []
    for context, texts in (("Refusals", CATALOGUE.values()), ("Actions", ACTIONS)):
        for src in texts:
            tr = ts.get((context, src))
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                missing.append((context, src))
            elif not set(template_fields(tr.text)) <= set(template_fields(src)):
                missing.append((context, src, "unknown parameter in " + tr.text))
    assert missing == []


# --- real refusals through real services, shown on the Chinese desk -----------------------

AS_OF = date(2026, 3, 15)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """One demo database for the module (the refusals only read it or are refused before
    writing): the texts are the interface's, the backend does not change them."""
    from workstation.store.session import Store
    from workstation.demo.demo import generate
    from workstation.demo.demo_decide import work_the_queue
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('refusals') / 'desk.db'}")
    generate(store, None, applications=40, seed=5, as_of=AS_OF)
    work_the_queue(store, None, seed=5, as_of=AS_OF)
    yield store
    store.close()


def _actor(store, username):
    from workstation.domain.actor import Actor
    from workstation.store.models import User
    with store.read() as s:
        u = s.scalar(select(User).where(User.username == username))
        return Actor(id=u.id, username=u.username, display_name=u.display_name, roles=frozenset(u.role_names),
                     supervisor_id=u.supervisor_id)


def _refusals(store):
    """(what, exception) for a sample of refusals the desk meets, raised by the services."""
    from workstation.services import auth
    from workstation.servicing import loans
    from workstation.decide import queue, signoff
    o1, o2, sup = _actor(store, "officer1"), _actor(store, "officer2"), _actor(store, "supervisor1")
    mine = queue.queue_ids(store, o1, queue.QueueQuery(queue="mine", statuses=("in_review",)))[0]
    free = queue.queue_ids(store, o2, queue.QueueQuery(queue="unassigned", statuses=("received",)))
    attempts = {
        "claimed by another officer": lambda: queue.claim(store, o2, mine),
        "a role check": lambda: queue.claim(store, sup, free[0]),
        "no such loan": lambda: loans.post_repayment(store, o1, 999999, amount=Decimal("10.00"),
                                                     value_date=AS_OF),
        "a negative amount": lambda: loans.post_repayment(store, o1, 1, amount=Decimal("-1.00"), value_date=AS_OF),
        "a wrong password": lambda: auth.sign_in(store, "officer1", "not the password"),
        "a sign-off that is not due": lambda: signoff.sign(store, sup, mine, decision="approve",
                                                           password="Pass#word1", seen_version=1),
    }
    out = []
    for what, call in attempts.items():
        with pytest.raises(Exception) as err:
            call()
        out.append((what, err.value))
    return out


def test_real_refusals_read_as_chinese_on_the_chinese_desk(qapp, desk):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workstation.ui import i18n
    from workstation.ui.errors import present_error, user_message
    refusals = _refusals(desk)
    assert all(getattr(e, "code", None) in CATALOGUE for _, e in refusals), [(w, repr(e)) for w, e in refusals]

    def dialog_text(exc) -> str:
        """What the one error presenter's dialog says (read, then closed)."""
        seen = []

        def read_and_close():
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            seen.append(box.text())
            box.accept()
        QTimer.singleShot(0, read_and_close)
        present_error(None, exc)
        return seen[0]

    i18n.install("zh_CN")
    try:
        shown = {what: dialog_text(e) for what, e in refusals}
    finally:
        i18n.install("en")
    for what, text in shown.items():
        assert latin_words(text) == [], (what, text)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (what, text)
    assert "已被领取" in shown["claimed by another officer"]
    assert "领取案件" in shown["a role check"] and "信贷员" in shown["a role check"]
    english_desk = {what: user_message(e) for what, e in refusals}
    assert english_desk["claimed by another officer"].endswith("is already assigned")


def test_params_are_formatted_the_chinese_way(qapp):
    from workstation.domain.errors import DomainError
    from workstation.ui import i18n
    from workstation.ui.errors import user_message
    e = DomainError("draw_above_available", amount=Decimal("1234567.8"), available=Decimal("5000"))
    i18n.install("zh_CN")
    try:
        zh = user_message(e)
        status = user_message(DomainError("not_approved", app_no="A2026031500001", status="in_review"))
    finally:
        i18n.install("en")
    assert zh == "金额 1,234,567.80 元超过可用额度 5,000.00 元。"
    assert latin_words(status) == [] and "A2026031500001" in status
    assert str(e) == "amount 1,234,567.80 is above the available 5,000.00"


def test_chinese_templates_have_no_english_words():
    """Each code's Chinese says everything in Chinese (file types and date formats aside)."""
    import re
    ts = _ts_messages()
    allowed = {"GBK", "jsonl", "csv", "YYYY", "MM"}
    bad = []
    for context, texts in (("Refusals", CATALOGUE.values()), ("Actions", ACTIONS)):
        for src in texts:
            zh = re.sub(r"\{[^}]*\}", " ", ts[(context, src)].text or "")
            if latin_words(zh, allowed):
                bad.append((src, zh))
    assert bad == []


def test_money_reasons_are_a_code_table_of_their_own():
    """The money parser's reason codes (domain/money.REASONS, translated by ui/amounts.py)
    never collide with a refusal code."""
    from workstation.domain.money import REASONS, MoneyError, parse_amount
    assert not set(REASONS) & set(CATALOGUE)
    with pytest.raises(MoneyError) as err:
        parse_amount("1.234")
    assert err.value.code == "decimals" and err.value.params["value"] == "1.234"
