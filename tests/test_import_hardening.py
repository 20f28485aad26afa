"""The application import never crashes and never hangs: the corpus of nasty records
(tests/corpus, written by make_corpus.py) and a hypothesis fuzz on both formats.
Each bad record is rejected with its line and field; the rest of the file imports;
nothing stored breaks its field's rules."""
from __future__ import annotations

import itertools
import json
import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from workstation.domain.actor import Actor

from workstation.store.session import Store
from workstation.intake.imports import import_applications
from workstation.intake.imports_format import MAX_LINE
from workstation.services.setup import ensure_reference_data
from workstation.store.models import Application, DeclaredFinancials, Merchant, Person, User, UserRole

CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
NOW = datetime(2026, 11, 25, 4, 0, tzinfo=timezone.utc)      # after every sample's received_at
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _desk(url: str, schema: str | None = None) -> tuple[Store, Actor]:
    store = Store.open(url, schema=schema)
    ensure_reference_data(store, None)
    with store.tx() as s:
        u = User(username="importer", display_name="importer", password_hash="-",
                 roles=[UserRole(role="officer")])
        s.add(u)
        s.flush()
        actor = Actor(id=u.id, username="importer", display_name="importer", roles=frozenset({"officer"}))
    return store, actor


@pytest.fixture
def desk(db_url):
    store, actor = _desk(*db_url)
    yield store, actor
    store.close()


def assert_stored_values_keep_the_rules(store: Store) -> None:
    with store.read() as s:
        for a in s.scalars(select(Application)):
            assert a.amount_requested > 0 and a.amount_requested < 10 ** 16
            assert a.term_months is None or 1 <= a.term_months <= 120
            for text in (a.merchant_name, a.legal_rep_name, a.purpose, a.external_id):
                assert text and not _BAD_CHARS.search(text) and unicodedata.is_normalized("NFC", text)
        for p in s.scalars(select(Person)):
            assert not _BAD_CHARS.search(p.name) and unicodedata.is_normalized("NFC", p.name)
        for m in s.scalars(select(Merchant)):
            assert not _BAD_CHARS.search(m.name + m.address + m.shop_name)
        for d in s.scalars(select(DeclaredFinancials)):
            for v in (d.net_margin_pct, d.platform_share_pct):
                assert v is None or -100 <= v <= 100


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file_rejects_only_the_nasty_record(desk, name, tmp_path):
    store, actor = desk
    expect = MANIFEST[name]
    path = tmp_path / name
    path.write_bytes((CORPUS / name).read_bytes())
    report = import_applications(store, actor, path, now=NOW)
    assert report.imported == expect["imported"], report.summary()
    assert report.outcome == "completed" and report.truncated_at is None, report.summary()
    got = {}
    for p in report.rejects:
        got.setdefault(str(p.line), set()).add(p.field)
    assert set(got) == set(expect["rejected_lines"]), [str(p) for p in report.rejects]
    for line, field in expect["rejected_lines"].items():
        assert field in got[line], [str(p) for p in report.rejects]
    for p in report.rejects:
        assert p.message and len(p.message) < 300
    assert_stored_values_keep_the_rules(store)


def test_a_line_longer_than_the_bound_is_skipped_unread(desk, tmp_path):
    store, actor = desk
    lines = (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "long.jsonl"
    path.write_text(lines[0] + "\n" + '"' + "x" * (MAX_LINE + 10) + '"\n' + lines[2] + "\n", encoding="utf-8")
    report = import_applications(store, actor, path, now=NOW)
    assert report.imported == 2 and [(p.line, p.field) for p in report.rejects] == [(2, "(line)")]
    assert "longer than" in report.rejects[0].message


def test_stray_quote_lists_its_line_and_keeps_the_ten_after(desk, tmp_path):
    store, actor = desk
    path = tmp_path / "stray.csv"
    path.write_bytes((CORPUS / "stray_quote.csv").read_bytes())
    report = import_applications(store, actor, path, now=NOW)
    assert (report.imported, report.rejected, report.truncated_at) == (11, 1, None)
    assert "quote" in report.rejects[0].message


# -- fuzz -------------------------------------------------------------------------------------

_GOOD = [json.loads(x) for x in (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()]
_PATHS = ["external_id", "received_at", "product_code", "amount_requested", "term_months", "term_days", "purpose",
          "merchant.member_id", "merchant.name", "merchant.member_since", "merchant.contact_phone",
          "merchant.bank_card", "merchant.real_name_verified", "legal_rep.name", "legal_rep.id_number",
          "legal_rep.phone", "declared.sales", "declared.net_margin_pct", "declared.year", "platform_months"]
_numbers_text = st.sampled_from(["1e30", "1e1000000", "-0", "NaN", "Infinity", "sNaN", "1e-999999", "9" * 5000,
                                 "1,234.00", "¥12", "0x10", "1_000", " 12 ", "１２"])
_json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=50),
                          st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: d), _numbers_text)
_json_values = st.recursive(_json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                                   st.dictionaries(st.text(max_size=5), inner,
                                                                                   max_size=4)),
                            max_leaves=10)
_counter = itertools.count()


def _to_json(value) -> str:
    from decimal import Decimal
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else '"x"'
    return json.dumps(value, ensure_ascii=False, default=str)


@pytest.fixture(scope="module")
def fuzz_desk(tmp_path_factory):
    store, actor = _desk(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'f.db'}")
    yield store, actor, tmp_path_factory.mktemp("files")
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(path=st.sampled_from(_PATHS), value=_json_values, raw_number=st.booleans())
def test_fuzz_jsonl_never_crashes(fuzz_desk, path, value, raw_number):
    store, actor, folder = fuzz_desk
    k = next(_counter)
    recs = [json.loads(json.dumps(g)) for g in _GOOD[k % 15: k % 15 + 3]]
    for r in recs:
        r["external_id"] = f"FZ{k}-{r['external_id']}"
        r["merchant"]["member_id"] = f"FZ{k}-{r['merchant']['member_id']}"[:40]
    target = recs[1]
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[key]
    marker = "\u0001MARK\u0001"
    target[keys[-1]] = marker
    text_value = value if raw_number and isinstance(value, str) and value[:1].isdigit() else _to_json(value)
    bad = json.dumps(recs[1], ensure_ascii=False).replace(json.dumps(marker, ensure_ascii=False), text_value)
    recs_text = [json.dumps(recs[0], ensure_ascii=False), bad, json.dumps(recs[2], ensure_ascii=False)]
    f = folder / f"fz{k}.jsonl"
    f.write_text("\n".join(recs_text) + "\n", encoding="utf-8", errors="surrogatepass")
    report = import_applications(store, actor, f, now=NOW)
    assert report.outcome == "completed"
    assert report.read == 3 and report.imported + report.duplicates + report.rejected == 3
    assert report.imported >= 2            # the good records around the fuzzed one
    for p in report.rejects:
        assert p.line in (1, 2, 3) and p.field


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(column=st.integers(min_value=0, max_value=40),
       cell=st.text(alphabet=st.sampled_from(list('",\n\r\x00a1.e9-=+@中\u202e\ud800 ')), max_size=30))
def test_fuzz_csv_never_crashes(fuzz_desk, column, cell):
    store, actor, folder = fuzz_desk
    k = next(_counter)
    text = (SAMPLES / "applications_sample.csv").read_text(encoding="utf-8-sig").splitlines()
    header, rows = text[0], text[1:4]
    rows = [r.replace("CSV2026", f"C{k}Z", 1).replace("TACSV", f"T{k}Z", 1) for r in rows]
    cells = rows[1].split(",")
    cells[column % len(cells)] = cell
    rows[1] = ",".join(cells)
    f = folder / f"fz{k}.csv"
    f.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8", errors="surrogatepass")
    report = import_applications(store, actor, f, now=NOW)
    assert report.outcome in ("completed", "truncated")
    assert report.imported >= 1          # the first good row at least: nothing swallows it
    for p in report.rejects:
        assert p.field


def test_fuzz_stored_values_keep_the_rules(fuzz_desk):
    """Runs after the fuzz tests in this module: what they stored obeys the rules."""
    store, _actor, _folder = fuzz_desk
    assert_stored_values_keep_the_rules(store)
