"""Personal data in the rejects file: ID, phone and card numbers masked as the screens
mask them, spreadsheet formulas neutralised; names normalised (NFC)."""
from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation.intake.imports import import_applications
from workstation.intake.imports_format import cell, scrub
from workstation.store.models import Person

from tests.test_import_hardening import NOW, SAMPLES, _desk  # noqa: F401

GOOD = [json.loads(x) for x in (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def desk(tmp_path):
    store, actor = _desk(f"sqlite:///{tmp_path / 'p.db'}")
    yield store, actor
    store.close()


def test_rejects_file_masks_numbers_and_neutralises_formulas(desk, tmp_path):
    store, actor = desk
    bad = json.loads(json.dumps(GOOD[1]))
    bad["amount_requested"] = "lots"                      # rejected for this
    bad["purpose"] = "=HYPERLINK(\"http://evil\",\"x\")"
    idn, phone, card = bad["legal_rep"]["id_number"], bad["legal_rep"]["phone"], bad["merchant"]["bank_card"]
    csv_bad = "+cmd|' /C calc'!A0"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([json.dumps(GOOD[0], ensure_ascii=False), json.dumps(bad, ensure_ascii=False),
                               "@SUM(1+1)*cmd|' /C calc'!A0", csv_bad]) + "\n", encoding="utf-8")
    report = import_applications(store, actor, path, now=NOW)
    assert report.imported == 1 and report.rejected == 3
    text = Path(report.rejects_path).read_text(encoding="utf-8-sig")
    for secret in (idn, phone, card):
        assert secret not in text
    assert idn[:6] + "********" + idn[-4:] in text
    rows = list(csv.reader(Path(report.rejects_path).open(encoding="utf-8-sig")))
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@")), value
    assert any(v.startswith("'@SUM") for r in rows for v in r)
    assert any(v.startswith("'+cmd") for r in rows for v in r)


def test_scrub_and_cell():
    assert scrub("id 330106199411209177 x") == "id 330106********9177 x"
    assert scrub("card 6217514729405576163;") == "card 621751*********6163;"
    assert scrub("tel 17986987973@qq.com") == "tel 179****7973@qq.com"
    assert scrub("TB2026112000000001 2026-11-17 11865461.00") == "TB2026112000000001 2026-11-17 11865461.00"
    assert cell("-1") == "'-1" and cell("=1+1") == "'=1+1" and cell(3) == 3 and cell("ok") == "ok"


def test_names_are_stored_nfc(desk, tmp_path):
    store, actor = desk
    rec = json.loads(json.dumps(GOOD[0]))
    decomposed = unicodedata.normalize("NFD", "Zoë 王")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    rec["legal_rep"]["name"] = decomposed
    path = tmp_path / "nfc.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_applications(store, actor, path, now=NOW)
    assert report.imported == 1, [str(p) for p in report.rejects]
    with store.read() as s:
        assert s.scalar(select(Person.name).where(Person.id_number == rec["legal_rep"]["id_number"])) == "Zoë 王"
