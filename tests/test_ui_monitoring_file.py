"""After the loan > Import monitoring data...: the platform's snapshots imported from the
desk, the report and every refused line's reason in the interface language, the counts
as stored."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select

import workstation
from workstation.intake.imports import import_applications
from workstation.store.bulk import raw_table
from workstation.store.session import Store
from workstation.ui import i18n
from workstation.ui.aftercare import warnings_desk
from workstation.ui.aftercare.monitoring_file_dialog import REASON_CODES, MonitoringFileDialog, reject_reason
from workstation.ui.amounts import MONEY_CODES

from tests.servicing_support import actor, prepare, run_file_job

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def desk(tmp_path):
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'm.db'}"))
    import_applications(store, actor(store, "officer1"), SAMPLES / "applications_sample.jsonl")
    lines = (SAMPLES / "monitoring_sample.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    bad = [dict(first, member_id="NO-SUCH-MEMBER"),                    # no merchant
           dict(first, date="2026-09-25", rating="5.5"),               # rating out of range
           dict(first, date="2026-09-26", gmv="1e5"),                  # an amount with an exponent
           {k: v for k, v in first.items() if k != "orders"},          # a field missing
           dict(first, orders=first["orders"] + 1),                    # another snapshot for a stored day
           dict(first, date="2026-09-27", unrelated_outflow="99999999.00")]
    f = tmp_path / "snapshots.jsonl"
    f.write_text("\n".join(lines[:10] + [json.dumps(b) for b in bad] + ["{not json"]) + "\n", encoding="utf-8")
    yield store, f
    store.close()


def _run(qtbot, store, path) -> MonitoringFileDialog:
    return run_file_job(qtbot, MonitoringFileDialog, store, path)


def test_the_chinese_desk_imports_the_snapshots_and_reports_in_chinese(qtbot, desk):
    store, path = desk
    i18n.install("zh_CN")
    try:
        dlg = _run(qtbot, store, path)
        reasons = dlg.rejected_reasons()
        fields = [dlg.rejects_table.item(k, 1).text() for k in range(dlg.rejects_table.rowCount())]
        lines = [int(dlg.rejects_table.item(k, 0).text()) for k in range(dlg.rejects_table.rowCount())]
        report = dlg.report_text.toPlainText()
    finally:
        i18n.install("en")
    r = dlg.report
    with store.read() as s:
        stored = s.scalar(select(func.count()).select_from(raw_table("monitoring_snapshots")))
    assert (r.imported, r.rejected, stored) == (10, 7, 10)
    assert lines == list(range(11, 18))
    assert "已导入监测数据：10 条" in report and "拒绝：7 行" in report
    assert fields[:3] == ["平台会员号", "店铺评分", "销售额（GMV）"]
    for text, refused in zip(reasons, sorted(r.refused, key=lambda x: x.line)):
        assert CJK.search(text) and text != refused.reason and "reason" not in text, (text, refused)
    assert reasons[0] == "没有该平台会员号的商户。"
    words = report.replace(str(r.rejects_path), "")          # the file's own name aside
    assert not re.search(r"\b(snapshots?|imported|refused|warnings?|lines?)\b", words, re.I), report


def test_the_english_desk_shows_the_services_reasons(qtbot, desk):
    store, path = desk
    dlg = _run(qtbot, store, path)
    assert dlg.rejected_reasons() == [x.reason for x in sorted(dlg.report.refused, key=lambda x: x.line)]
    assert "Snapshots imported: 10" in dlg.report_text.toPlainText()


def test_every_reason_the_import_gives_has_a_chinese_text(qapp):
    """The codes in the import's source (a new code without a text fails here)."""
    src = (Path(workstation.__file__).parent / "aftercare" / "monitoring.py").read_text(encoding="utf-8")
    found: set[str] = set()
    money = False
    for node in ast.walk(ast.parse(src)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None)
        arg = node.args[1] if name == "BadField" else node.args[2] if name == "reject" and len(node.args) > 4 else None
        if isinstance(arg, ast.Constant):
            found.add(arg.value)
        elif arg is not None:
            money = money or ast.unparse(arg) == "exc.code"      # an amount: the money parser's code
    assert money and {"no_merchant", "other_snapshot", "unreadable", "truncated", "rating"} <= found
    i18n.install("zh_CN")
    try:
        for code in found | REASON_CODES | MONEY_CODES:
            assert code in REASON_CODES | MONEY_CODES, code
            text = reject_reason(code, "english reason")
            assert CJK.search(text) and code not in text, (code, text)
    finally:
        i18n.install("en")


def test_the_after_the_loan_menu_offers_it_to_supervisors(qapp, desk):
    store, _ = desk
    for who, shown in (("officer1", False), ("supervisor1", True)):
        window = QMainWindow()
        window.actor, window.store, window.menus = actor(store, who), store, {}
        warnings_desk.install(window)
        names = [x.objectName() for x in window.menus["aftercare"].actions()]
        assert ("actImportMonitoring" in names) is shown, who
        window.deleteLater()
