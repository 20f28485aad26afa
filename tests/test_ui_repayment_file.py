"""Loans > Import repayment file...: the payment channel's file posted from the desk, its
report in the interface language, figures as the journal posted them."""
from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

import workstation
from workstation.domain import clock
from workstation.servicing import repayment_held as rh
from workstation.store.models_loans import JournalEntry, Loan, LOAN_STATUSES, RepaymentLine
from workstation.store.session import Store
from workstation.ui import i18n
from workstation.ui.loans import loan_menu
from workstation.ui.amounts import MONEY_CODES
from workstation.ui.loans.repayment_file_dialog import REASON_CODES, RepaymentFileDialog, reject_reason

from tests.servicing_support import actor, open_loan, prepare, run_file_job

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def book(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'file.db'}"))
    off = actor(store, "officer1")
    a = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30)
    b = open_loan(store, off, product="ORDER", amount="5000", method="bullet", start=date(2026, 2, 2), days=30)
    with store.read() as s:
        na, nb = s.get(Loan, a).contract_no, s.get(Loan, b).contract_no
    future = clock.today().replace(year=clock.today().year + 1)
    f = tmp_path / "channel.csv"
    f.write_text("payment_ref,contract_no,value_date,amount,kind\n"
                 f"P1,{na},2026-02-11,1234.56,repayment\n"         # posted
                 f"P2,{nb},2026-02-12,90000.00,repayment\n"        # above the payoff: held
                 "P3,HT-NO-SUCH,2026-02-12,10.00,repayment\n"      # no such contract
                 f"P4,{na},2026-02-12,1e5,repayment\n"             # exponent form
                 f"P5,{na},{future},10.00,repayment\n"             # in the future
                 f"P1,{na},2026-02-13,10.00,repayment\n"           # repeated reference
                 f"P6,{na},2026-02-12,5.00,refund\n",              # unknown kind
                 encoding="utf-8")
    yield store, f, (a, b)
    store.close()


def _run(qtbot, store, path) -> RepaymentFileDialog:
    return run_file_job(qtbot, RepaymentFileDialog, store, path)


def test_the_chinese_desk_posts_the_file_and_reports_it_in_chinese(qtbot, book):
    store, path, (a, b) = book
    i18n.install("zh_CN")
    try:
        dlg = _run(qtbot, store, path)
        r = dlg.report
        reasons = dlg.rejected_reasons()
        report = dlg.report_text.toPlainText()
        fields = [dlg.rejects_table.item(k, 1).text() for k in range(dlg.rejects_table.rowCount())]
        lines = [dlg.rejects_table.item(k, 0).text() for k in range(dlg.rejects_table.rowCount())]
    finally:
        i18n.install("en")
    # the figures are the journal's
    with store.read() as s:
        posted = s.execute(select(JournalEntry.amount, JournalEntry.loan_id, RepaymentLine.amount)
                           .join(RepaymentLine, RepaymentLine.journal_id == JournalEntry.id)).all()
    assert posted == [(Decimal("1234.56"), a, Decimal("1234.56"))]
    assert (r.imported, r.amount_posted, r.held, r.amount_held) == (1, Decimal("1234.56"), 1, Decimal("90000.00"))
    assert [h.payment_ref for h in rh.held_lines(store, None)] == ["P2"]
    assert "已入账：1 行，1,234.56 元" in report and "90,000.00 元" in report
    # every refused line, in file order, its reason in Chinese and never the service's English
    assert lines == sorted(lines, key=int) and lines == ["4", "5", "6", "7", "8"]
    assert len(reasons) == len(r.rejects) == 5
    for text, rej in zip(reasons, sorted(r.rejects, key=lambda x: x.line)):
        assert CJK.search(text) and text != rej.reason and "reason" not in text, (text, rej)
    assert reasons[0] == "没有该合同号的贷款。" and fields[0] == "合同编号"
    assert not re.search(r"\b(lines?|posted|held|refused|duplicates?)\b", report, re.I), report


def test_the_english_desk_shows_the_services_reasons(qtbot, book):
    store, path, _ = book
    dlg = _run(qtbot, store, path)
    assert dlg.rejected_reasons() == [x.reason for x in sorted(dlg.report.rejects, key=lambda x: x.line)]
    assert "Posted: 1 lines, 1,234.56 yuan" in dlg.report_text.toPlainText()


def test_the_dialog_cannot_be_closed_while_the_file_is_posted(qtbot, book, monkeypatch):
    store, path, _ = book
    dlg = RepaymentFileDialog(None, store=store, actor=actor(store, "supervisor1"), path=path)
    qtbot.addWidget(dlg)
    monkeypatch.setattr(type(dlg), "running", property(lambda self: True))
    dlg.show()
    dlg.reject()
    assert dlg.isVisible() and not dlg.close_button.isEnabled()


def test_a_file_that_cannot_be_read_is_refused_in_chinese(qtbot, book, tmp_path, monkeypatch):
    store, _, _ = book
    bad = tmp_path / "channel.txt"
    bad.write_text("x", encoding="utf-8")
    shown = []
    monkeypatch.setattr("workstation.ui.file_job_dialog.present_error",
                        lambda parent, exc, title=None: shown.append(exc))
    i18n.install("zh_CN")
    try:
        dlg = RepaymentFileDialog(None, store=store, actor=actor(store, "supervisor1"), path=bad)
        qtbot.addWidget(dlg)
        dlg.start()
        qtbot.waitUntil(lambda: dlg.error is not None, timeout=30_000)
        status = dlg.status_label.text()
    finally:
        i18n.install("en")
    assert shown and getattr(shown[0], "code", None) == "repayment_file_type"
    assert CJK.search(status) and "suffix" not in status
    with store.read() as s:
        assert s.scalar(select(RepaymentLine)) is None and s.scalar(select(JournalEntry.id).where(
            JournalEntry.kind == "repayment")) is None


def test_every_reason_the_file_can_give_has_a_chinese_text(qapp):
    """The codes in the reader's and the import's source (a new code without a text fails here)."""
    root = Path(workstation.__file__).parent / "servicing"
    found: set[str] = set()

    def const(node) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)
    for name in ("repayment_file.py", "repayment_import.py"):
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError":
                const(node.args[1])                     # FieldError(field, code, reason)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_reject":
                if len(node.args) > 3:                  # _reject(report, line, field, code, reason)
                    const(node.args[3])
            elif isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple):
                last = node.value.elts[-1]              # the reader's (line, record, text, (code, reason))
                if isinstance(last, ast.Tuple):
                    const(last.elts[0])
            elif isinstance(node, ast.FunctionDef) and node.name == "_refuse":
                for ret in ast.walk(node):              # (field, code, reason)
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                        const(ret.value.elts[1])
    found |= {f"loan_{s}" for s in LOAN_STATUSES if s != "active"}     # f"loan_{status}"
    tree = ast.parse((root / "recoveries.py").read_text(encoding="utf-8"))   # lines for written-off loans
    [refusal] = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "refusal"]
    for node in ast.walk(refusal):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "DomainError":
            const(node.args[0])
    assert {"json", "csv", "quotes", "columns", "too_long", "unmatched", "before_disbursement", "future",
            "not_order_loan", "duplicate_in_file", "not_positive", "unknown", "loan_closed",
            "recovery_exceeds_written_off"} <= found
    i18n.install("zh_CN")
    try:
        for code in found | REASON_CODES | MONEY_CODES | {"required", "date", "date_range"}:
            assert code in REASON_CODES | MONEY_CODES, code
            text = reject_reason(code, "english reason")
            assert CJK.search(text) and code not in text, (code, text)
    finally:
        i18n.install("en")


def test_the_loans_menu_offers_it_to_supervisors_and_administrators(qapp, book):
    store, _, _ = book
    for who, shown in (("officer1", False), ("supervisor1", True), ("admin", True)):
        window = QMainWindow()
        window.actor, window.store, window.menus = actor(store, who), store, {}
        loan_menu.build_menu(window, open_loan=lambda _id: None)
        names = [x.objectName() for x in window.menus["loans"].actions()]
        assert ("actImportRepayments" in names) is shown, who
        window.deleteLater()
