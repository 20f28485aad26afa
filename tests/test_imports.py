"""Importing applications from the platform's export file (issue 3, item 5).

Service tests run on SQLite and PostgreSQL (the ``store`` fixture); the CLI runs
once in a subprocess; the dialog is driven with pytest-qt."""
from __future__ import annotations

import copy
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation.domain import clock
from workstation.intake import imports
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.intake.imports import ImportCancelled, import_applications
from workstation.intake.imports_rules import RuleContext, check_record
from workstation.intake.imports_format import flatten
from workstation.intake.imports_samples import csv_text, make_record, to_json_line
from workstation.services.progress import RecordingProgress
from workstation.services.setup import ensure_reference_data
from workstation.domain.products import PRODUCTS
from workstation.store.models import (Application, DeclaredFinancials, ImportBatch, Merchant, Person,
                                      PlatformMonth, StatusChange, User, UserRole)
from workstation.store.models_audit import AuditEntry

ROOT = Path(__file__).resolve().parents[1]
TODAY = clock.today()


@pytest.fixture
def svc(store):
    engine, factory = store
    st = Store(url=str(engine.url), engine=engine, factory=factory)
    ensure_reference_data(st, None)
    return st


def _actor(st: Store, username: str, roles: set[str]) -> Actor:
    with st.tx() as s:
        u = User(username=username, display_name=username, password_hash="-",
                 roles=[UserRole(role=r) for r in sorted(roles)])
        s.add(u)
        s.flush()
        return Actor(id=u.id, username=username, display_name=username, roles=frozenset(roles))


@pytest.fixture
def officer(svc):
    return _actor(svc, "officer1", {"officer"})


def records(n: int, *, seed: int = 1, months: bool = False, prefix: str = "TB") -> list[dict]:
    rng = random.Random(seed)
    return [make_record(rng, seq=i, as_of=TODAY, months=months, prefix=prefix) for i in range(1, n + 1)]


def write_jsonl(path: Path, recs: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else to_json_line(r)) + "\n" for r in recs), encoding="utf-8")
    return path


def counts(st: Store) -> dict[str, int]:
    with st.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Application, Person, Merchant, PlatformMonth, DeclaredFinancials, StatusChange)}


def read_rejects(path: str) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def assert_whole(st: Store) -> None:
    """Every application has its declared financials, its first status row, its merchant's months."""
    with st.read() as s:
        apps = s.scalars(select(Application)).all()
        for a in apps:
            assert a.declared is not None
            hist = s.scalars(select(StatusChange).where(StatusChange.application_id == a.id)).all()
            assert [(h.from_status, h.to_status) for h in hist] == [(None, "received")]
        orphans = s.scalar(select(func.count()).select_from(Merchant)
                           .where(~Merchant.id.in_(select(Application.merchant_id))))
        assert orphans == 0


# -- a clean import -------------------------------------------------------------------

def test_jsonl_import_stores_whole_records(svc, officer, tmp_path):
    recs = records(6, months=True)
    path = write_jsonl(tmp_path / "apps.jsonl", recs)
    report = import_applications(svc, officer, path)
    assert (report.imported, report.duplicates, report.rejected, report.outcome) == (6, 0, 0, "completed")
    assert report.rejects_path is None and not Path(str(path) + ".rejects.csv").exists()
    assert counts(svc) == {"applications": 6, "people": 6, "merchants": 6, "platform_metrics": 144,
                           "declared_financials": 6, "status_history": 6}
    assert_whole(svc)
    first = recs[0]
    with svc.read() as s:
        a = s.scalar(select(Application).where(Application.external_id == first["external_id"]))
        assert a.status == "received" and a.officer_id is None and a.version == 2   # stored, then scored
        assert a.grade in "ABCDE" and a.score_inputs
        assert a.amount_requested == Decimal(first["amount_requested"])
        assert a.merchant_name == first["merchant"]["name"]
        assert a.legal_rep_name == first["legal_rep"]["name"]
        assert a.id_last4 == first["legal_rep"]["id_number"][-4:]
        assert a.platform == first["merchant"]["platform"] and a.province == first["merchant"]["province"]
        received = datetime.fromisoformat(first["received_at"])
        assert a.received_at == received and a.app_no == f"A{received:%Y%m%d}{a.id:07d}"
        assert a.declared.sales == Decimal(first["declared"]["sales"])
        assert a.declared.net_margin_pct == Decimal(first["declared"]["net_margin_pct"])
        p = s.scalar(select(Person).where(Person.id_number == first["legal_rep"]["id_number"]))
        assert p.birth_date.isoformat().replace("-", "") == p.id_number[6:14]
        m0 = first["platform_months"][0]
        pm = s.scalar(select(PlatformMonth).where(PlatformMonth.merchant_id == a.merchant_id)
                      .order_by(PlatformMonth.month))
        assert pm.sales == Decimal(m0["sales"]) and pm.rating_centi == int(Decimal(m0["rating"]) * 100)
        assert pm.month.strftime("%Y-%m") == m0["month"] and pm.orders == m0["orders"]
        batch = s.get(ImportBatch, report.batch_id)
        assert batch.outcome == "completed" and batch.imported == 6 and batch.user_id == officer.id
        assert batch.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "import_batch")).all()
        assert {e.action for e in audits} == {"import"} and 1 <= len(audits) <= 3
        assert all(first["legal_rep"]["id_number"] not in e.details for e in audits)


def test_reimport_and_duplicates_within_file(svc, officer, tmp_path):
    recs = records(4)
    path = write_jsonl(tmp_path / "apps.jsonl", recs + [recs[1]])
    r1 = import_applications(svc, officer, path)
    assert (r1.imported, r1.duplicates, r1.rejected) == (4, 1, 0)
    before = counts(svc)
    r2 = import_applications(svc, officer, path)
    assert (r2.imported, r2.duplicates, r2.rejected) == (0, 5, 0)
    assert counts(svc) == before
    with svc.read() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 2


def test_known_merchant_and_person_are_reused(svc, officer, tmp_path):
    first = records(1, months=True)[0]
    second = copy.deepcopy(first)
    second["external_id"] += "-2"
    import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", [first]))
    r = import_applications(svc, officer, write_jsonl(tmp_path / "b.jsonl", [second]))
    assert r.imported == 1
    assert counts(svc) == {"applications": 2, "people": 1, "merchants": 1, "platform_metrics": 24,
                           "declared_financials": 2, "status_history": 2}


def test_known_id_number_under_another_name_is_rejected(svc, officer, tmp_path):
    a, b = records(2)
    b["legal_rep"]["id_number"] = a["legal_rep"]["id_number"]
    b["legal_rep"]["name"] = "另一人"
    r = import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", [a, b]))
    assert (r.imported, r.rejected) == (1, 1)
    assert r.rejects[0].field == "legal_rep.name" and r.rejects[0].line == 2


# -- bad records ------------------------------------------------------------------------

def _set(path: str, value):
    def change(rec: dict) -> None:
        node = rec
        *parents, last = path.split(".")
        for p in parents:
            node = node[p]
        node[last] = value
    return change


def _bad_id(rec: dict) -> None:
    n = rec["legal_rep"]["id_number"]
    rec["legal_rep"]["id_number"] = n[:17] + ("1" if n[17] != "1" else "2")


def _bad_credit_code(rec: dict) -> None:
    rec["merchant"]["platform"] = "1688"
    code = "91330106MA27BCDE1X"
    rec["merchant"]["credit_code"] = code[:17] + ("Y" if code[17] != "Y" else "X")


BAD = [
    ("money with 3 decimals", _set("amount_requested", "80000.005"), "amount_requested", "more than two decimal"),
    ("negative amount", _set("declared.total_assets", "-1.00"), "declared.total_assets", "at least 0.00"),
    ("zero amount asked", _set("amount_requested", "0"), "amount_requested", "more than 0.00"),
    ("amount as true", _set("amount_requested", True), "amount_requested", "not true/false"),
    ("term as text", _set("term_months", "twelve"), "term_months", "whole number"),
    ("name as number", _set("merchant.name", 12345), "merchant.name", "must be text"),
    ("bad ID checksum", _bad_id, "legal_rep.id_number", "checksum"),
    ("bad credit code", _bad_credit_code, "merchant.credit_code", "check character"),
    ("unknown product", _set("product_code", "PAYDAY"), "product_code", "unknown or inactive product"),
    ("amount above product", _set("amount_requested", "99000000.00"), "amount_requested", "outside"),
    ("missing field", _set("purpose", None), "purpose", "required"),
    ("future date", _set("received_at", (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()),
     "received_at", "in the future"),
    ("absurd date", _set("merchant.member_since", "1890-01-01"), "merchant.member_since", "not plausible"),
    ("bad mobile", _set("legal_rep.phone", "1234"), "legal_rep.phone", "11"),
    ("bad card", _set("merchant.bank_card", "6222021234567890123"), "merchant.bank_card", "Luhn"),
    ("unknown platform", _set("merchant.platform", "jd"), "merchant.platform", "unknown platform"),
]


@pytest.mark.parametrize("label,change,field,reason", BAD, ids=[b[0] for b in BAD])
def test_bad_record_is_rejected_with_line_field_reason(svc, officer, tmp_path, label, change, field, reason):
    good1, bad, good2 = records(3, seed=5)
    if label == "bad card" and bad["merchant"]["bank_card"] == "6222021234567890123":
        pytest.skip("random card happens to be the bad one")
    change(bad)
    path = write_jsonl(tmp_path / "apps.jsonl", [good1, bad, good2])
    report = import_applications(svc, officer, path)
    assert (report.imported, report.rejected) == (2, 1)
    assert [(p.line, p.field) for p in report.rejects][:1] == [(2, field)]
    rows = read_rejects(report.rejects_path)
    assert report.rejects_path == str(path) + ".rejects.csv"
    assert rows[0]["line"] == "2" and rows[0]["field"] == field and reason in rows[0]["reason"]
    assert json.loads(rows[0]["raw"])["external_id"] == bad["external_id"]
    assert_whole(svc)


def test_bad_lines_and_months(svc, officer, tmp_path):
    recs = records(4, months=True, seed=3)
    recs[1]["platform_months"][3]["orders"] = "abc"
    recs[2]["platform_months"][0]["sales"] = 12.5            # a float in JSON is fine only if exact
    lines = [to_json_line(r) for r in recs]
    lines.insert(1, '{"external_id": "X1", "merchant": {')   # malformed JSON, then newline
    lines.insert(2, '[1, 2, 3]')
    report = import_applications(svc, officer, write_jsonl(tmp_path / "apps.jsonl", lines))
    got = {(p.line, p.field) for p in report.rejects}
    assert got == {(2, "(line)"), (3, "(line)"), (4, "platform_months[3].orders")}
    assert (report.imported, report.rejected) == (3, 3)
    with svc.read() as s:
        sales = s.scalar(select(PlatformMonth.sales).join(Merchant).where(
            Merchant.member_id == recs[2]["merchant"]["member_id"]).order_by(PlatformMonth.month))
    assert sales == Decimal("12.50")



def test_month_amounts_in_every_documented_form_and_month_rows_stored_exactly():
    """The months' fast path hands anything unusual to the field checks: "1,234.50" and
    "¥88.00" are accepted amounts there (they once crashed the import), one decimal place
    or none is exact, a sub-fen amount is an error."""
    rec = flatten(records(1, months=True, seed=4)[0])
    ctx = RuleContext(products=dict(PRODUCTS), now=datetime.now(timezone.utc))
    plain, problems = check_record(rec, line=1, ctx=ctx)
    assert problems == [] and len(plain.months) == 24
    m = copy.deepcopy(rec["platform_months"])
    m[0]["sales"], m[1]["refund_amount"], m[2]["ad_spend"], m[3]["sales"] = "1,234.50", "¥88.00", "7.5", "12"
    clean, problems = check_record({**rec, "platform_months": m}, line=1, ctx=ctx)
    assert problems == []
    assert (clean.months[0][1], clean.months[1][4], clean.months[2][8], clean.months[3][1]) == (123450, 8800, 750, 1200)
    assert clean.months[4:] == plain.months[4:] and clean.months[0][2:] == plain.months[0][2:]
    m[5]["sales"] = "1.005"
    clean, problems = check_record({**rec, "platform_months": m}, line=1, ctx=ctx)
    assert clean is None and [p.field for p in problems] == ["platform_months[5].sales"]

def test_rules_are_pure_and_never_use_float():
    rec = flatten(records(1, seed=9)[0])
    ctx = RuleContext(products=dict(PRODUCTS), now=datetime.now(timezone.utc))
    clean, problems = check_record(rec, line=7, ctx=ctx)
    assert problems == [] and clean.application["amount_requested"] == int(Decimal(rec["amount_requested"]) * 100)
    rec["amount_requested"] = Decimal("1000.001")            # what parse_float=Decimal gives for 1000.001
    clean, problems = check_record(rec, line=7, ctx=ctx)
    assert clean is None and [(p.line, p.field) for p in problems] == [(7, "amount_requested")]


# -- cut-off files -------------------------------------------------------------------

def test_truncated_mid_line(svc, officer, tmp_path):
    path = write_jsonl(tmp_path / "apps.jsonl", records(3))
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 40])   # the third line cut after 40 bytes
    report = import_applications(svc, officer, path)
    assert (report.imported, report.rejected, report.outcome, report.truncated_at) == (2, 0, "truncated", 3)
    assert "line 3" in report.summary()
    with svc.read() as s:
        assert s.get(ImportBatch, report.batch_id).outcome == "truncated"


def test_truncated_mid_utf8_sequence(svc, officer, tmp_path):
    path = write_jsonl(tmp_path / "apps.jsonl", records(2))
    data = path.read_bytes()
    last = data.rindex(b"\n", 0, len(data) - 1) + 1
    cut = next(i for i in range(last, len(data)) if data[i] >= 0xE0)   # the first byte of a CJK character
    path.write_bytes(data[:cut + 1])                                   # one byte of three
    report = import_applications(svc, officer, path)
    assert (report.imported, report.truncated_at) == (1, 2)
    assert "character" in report.truncation


# -- CSV --------------------------------------------------------------------------------

def test_csv_import_and_cut_off_last_row(svc, officer, tmp_path):
    recs = records(5, seed=11, prefix="CSV")
    recs[1]["amount_requested"] = "-5.00"
    text = csv_text(recs)
    path = tmp_path / "apps.csv"
    path.write_text(text, encoding="utf-8-sig")
    report = import_applications(svc, officer, path)
    assert (report.format, report.imported, report.rejected) == ("csv", 4, 1)
    assert (report.rejects[0].line, report.rejects[0].field) == (3, "amount_requested")
    cut = tmp_path / "cut.csv"
    body = text.rstrip("\n")
    cut.write_text(body[: body.rindex("\n") + 60], encoding="utf-8")      # the last row loses columns
    r2 = import_applications(svc, officer, cut)
    assert (r2.imported, r2.duplicates, r2.truncated_at, r2.outcome) == (0, 3, 6, "truncated")
    assert r2.rejected == 1                                              # the -5.00 row again


def test_csv_row_with_wrong_columns_midfile_is_rejected(svc, officer, tmp_path):
    lines = csv_text(records(3, seed=12, prefix="CSV")).splitlines()
    lines[2] = lines[2] + ",extra"
    path = tmp_path / "apps.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_applications(svc, officer, path)
    assert (report.imported, report.rejected) == (2, 1)
    assert report.rejects[0].line == 3 and "columns" in report.rejects[0].message


def test_not_an_import_file(svc, officer, tmp_path):
    with pytest.raises(DomainError, match="unknown file type"):
        import_applications(svc, officer, write_jsonl(tmp_path / "a.txt", []))
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("商户,名称\n".encode("gbk"))
    with pytest.raises(DomainError, match="UTF-8"):
        import_applications(svc, officer, gbk)


# -- cancel, crash, roles ---------------------------------------------------------------

def test_cancel_half_way_keeps_whole_chunks_only(svc, officer, tmp_path):
    path = write_jsonl(tmp_path / "apps.jsonl", records(20, months=True))
    with pytest.raises(ImportCancelled) as info:
        import_applications(svc, officer, path, chunk_size=5, progress=RecordingProgress(cancel_at=10))
    report = info.value.report
    assert report.outcome == "cancelled" and report.imported == 10 and report.stopped_at == 10
    assert counts(svc)["applications"] == 10 and counts(svc)["platform_metrics"] == 240
    assert_whole(svc)
    with svc.read() as s:
        assert s.get(ImportBatch, report.batch_id).outcome == "cancelled"
    again = import_applications(svc, officer, path, chunk_size=5)
    assert (again.imported, again.duplicates) == (10, 10)


def test_crash_inside_a_chunk_leaves_no_half_record(svc, officer, tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "apps.jsonl", records(10, months=True))
    real = imports._bulk_insert
    calls = {"n": 0}

    def failing(s, model, rows, **kw):
        if model is StatusChange:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError("disk full")      # after people, merchants, months, applications
        return real(s, model, rows, **kw)
    monkeypatch.setattr(imports, "_bulk_insert", failing)
    with pytest.raises(OSError):
        import_applications(svc, officer, path, chunk_size=5)
    assert counts(svc) == {"applications": 5, "people": 5, "merchants": 5, "platform_metrics": 120,
                           "declared_financials": 5, "status_history": 5}
    assert_whole(svc)
    with svc.read() as s:
        assert s.scalar(select(ImportBatch.outcome)) == "failed"


def test_roles(svc, tmp_path):
    path = write_jsonl(tmp_path / "apps.jsonl", records(1))
    nobody = Actor(id=0, username="guest", display_name="guest", roles=frozenset())
    with pytest.raises(PermissionDenied):
        import_applications(svc, nobody, path)
    for n, role in enumerate(("supervisor", "admin")):
        r = import_applications(svc, _actor(svc, role, {role}), path)
        assert r.imported + r.duplicates == 1


def test_shipped_samples_import_cleanly(svc, officer, tmp_path):
    for name, imported, rejected in [("applications_sample.jsonl", 20, 0), ("applications_sample.csv", 20, 0),
                                     ("applications_bad.jsonl", 0, 7)]:
        path = tmp_path / name
        path.write_bytes((ROOT / "resources" / "samples" / name).read_bytes())
        r = import_applications(svc, officer, path)
        assert (r.imported, r.rejected) == (imported, rejected), r.summary()


# -- the command ----------------------------------------------------------------------

def test_cli_import_in_a_subprocess(tmp_path):
    from workstation.services import auth
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    st = Store.open(url)
    auth.add_user(st, None, username="officer9", display_name="O9", password="Officer#2026", roles={"officer"})
    st.close()
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes((ROOT / "resources" / "samples" / "applications_bad.jsonl").read_bytes())
    env = {**os.environ, "WORKSTATION_PASSWORD": "Officer#2026", "WORKSTATION_USER": "officer9",
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "import", "applications",
                           str(bad)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr               # nothing imported (docs/import-format.md)
    assert "0 imported, 0 duplicates, 7 rejected" in proc.stdout
    assert f"rejects in {bad}.rejects.csv" in proc.stdout and "line 3, product_code" in proc.stdout


def test_cli_exit_codes_in_process(tmp_path, monkeypatch, capsys):
    from workstation import cli
    from workstation.services import auth
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    st = Store.open(url)
    auth.add_user(st, None, username="officer9", display_name="O9", password="Officer#2026", roles={"officer"})
    st.close()
    good = write_jsonl(tmp_path / "good.jsonl", records(3))
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    monkeypatch.delenv("WORKSTATION_USER", raising=False)
    assert cli.main(["--database", url, "import", "applications", str(good), "--quiet"]) == 2
    assert "give --user" in capsys.readouterr().err
    assert cli.main(["--database", url, "import", "applications", str(good), "--user", "officer9", "--quiet"]) == 0
    assert "3 imported, 0 duplicates, 0 rejected" in capsys.readouterr().out
    assert cli.main(["--database", url, "import", "applications", str(good), "--user", "officer9", "--quiet"]) == 0
    assert "0 imported, 3 duplicates" in capsys.readouterr().out
    assert cli.main(["--database", url, "import", "applications", str(tmp_path / "none.jsonl"),
                     "--user", "officer9"]) == 2
    assert "no such file" in capsys.readouterr().err


# -- the dialog -----------------------------------------------------------------------

@pytest.fixture
def ui_store(tmp_path):
    from workstation.ui import settings
    settings.use_directory(tmp_path)
    st = Store.open(f"sqlite:///{tmp_path / 'ui.db'}")
    ensure_reference_data(st, None)
    yield st, _actor(st, "officer1", {"officer"})
    st.close()


def test_dialog_shows_progress_and_report(qtbot, ui_store, tmp_path):
    from workstation.ui.queue.import_dialog import ImportDialog
    st, actor = ui_store
    path = tmp_path / "applications_sample.jsonl"
    path.write_bytes((ROOT / "resources" / "samples" / "applications_sample.jsonl").read_bytes())
    dlg = ImportDialog(None, store=st, actor=actor, path=path, chunk_size=5)
    qtbot.addWidget(dlg)
    seen: list[int] = []
    dlg.progress_bar.valueChanged.connect(seen.append)
    dlg.show()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.running, timeout=60_000)
    assert seen and dlg.progress_bar.value() == dlg.progress_bar.maximum()
    assert dlg.report.imported == 20 and dlg.report_label.isVisible()
    assert "Imported: 20" in dlg.report_label.text() and "Rejected: 0" in dlg.report_label.text()
    assert dlg.close_button.isVisible() and not dlg.cancel_button.isVisible()
    assert not dlg.rejects_table.isVisible()

    bad = tmp_path / "bad.jsonl"
    bad.write_bytes((ROOT / "resources" / "samples" / "applications_bad.jsonl").read_bytes())
    dlg2 = ImportDialog(None, store=st, actor=actor, path=bad)
    qtbot.addWidget(dlg2)
    dlg2.show()
    dlg2.start()
    qtbot.waitUntil(lambda: dlg2.report is not None and not dlg2.running, timeout=60_000)
    assert dlg2.rejects_table.isVisible() and dlg2.rejects_table.rowCount() == 7
    assert dlg2.rejects_table.item(2, 1).text() == "product_code"
    assert f"{bad}.rejects.csv" in dlg2.report_label.text()


def test_dialog_cancel_keeps_whole_records(qtbot, ui_store, tmp_path):
    from workstation.ui.queue.import_dialog import ImportDialog
    st, actor = ui_store
    path = write_jsonl(tmp_path / "big.jsonl", records(300, months=True, seed=21))
    dlg = ImportDialog(None, store=st, actor=actor, path=path, chunk_size=10)
    qtbot.addWidget(dlg)
    dlg.progress_bar.valueChanged.connect(lambda _v: dlg.cancel_button.isEnabled() and dlg.cancel_button.click())
    dlg.show()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.running, timeout=120_000)
    assert dlg.report.outcome == "cancelled", dlg.report.summary()
    assert 0 < dlg.report.imported < 300 and dlg.report.imported % 10 == 0
    assert "Cancelled after line" in dlg.report_label.text()
    assert counts(st)["applications"] == dlg.report.imported
    assert_whole(st)
    dlg.close_button.click()
    assert not dlg.isVisible()


def test_import_after_bulk_loaded_demo_data(svc, officer, tmp_path):
    """The demo loader inserts explicit ids; on PostgreSQL the import must not collide with them."""
    from workstation.demo.demo import generate
    generate(svc, None, applications=30, seed=3)
    before = counts(svc)
    r = import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", records(5, months=True)))
    assert r.imported == 5
    assert counts(svc)["applications"] == before["applications"] + 5


def test_checking_in_a_second_process_gives_the_same_result(svc, officer, tmp_path):
    recs = records(12, months=True, seed=31)
    recs[3]["amount_requested"] = "1.001"
    lines = [to_json_line(r) for r in recs] + [to_json_line(recs[0])]
    path = write_jsonl(tmp_path / "apps.jsonl", lines)
    data = path.read_bytes()
    path.write_bytes(data + data.splitlines(keepends=True)[1][:50])       # and a cut-off last line
    with pytest.raises(ImportCancelled) as info:
        import_applications(svc, officer, path, parallel=True, chunk_size=4,
                            progress=RecordingProgress(cancel_at=4))
    first = info.value.report
    assert (first.imported, first.rejected) == (3, 1) and counts(svc)["applications"] == 3
    r = import_applications(svc, officer, path, parallel=True, chunk_size=4)
    assert (r.imported, r.duplicates, r.rejected, r.truncated_at, r.outcome) == (8, 4, 1, 14, "truncated")
    assert (r.rejects[0].line, r.rejects[0].field) == (4, "amount_requested")
    assert_whole(svc)
