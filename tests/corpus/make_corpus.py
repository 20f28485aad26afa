"""Writes the import corpus: files each holding good records around one nasty one,
and manifest.json saying which line and field each nasty record must be rejected
at. Run from the repository root: python tests/corpus/make_corpus.py"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1] / "resources" / "samples"


def _jsonl_cases(good: list[dict]) -> dict[str, tuple[str, str]]:
    """name -> (text of the nasty line, field it must be rejected at)."""
    def with_(path: str, value_json: str) -> str:
        rec = json.loads(json.dumps(good[1]))
        rec["external_id"] += "-X"
        text = json.dumps(rec, ensure_ascii=False)
        keys = path.split(".")
        old = rec
        for k in keys[:-1]:
            old = old[k]
        marker = "\x00MARK\x00"
        old[keys[-1]] = marker
        text = json.dumps(rec, ensure_ascii=False)
        return text.replace(json.dumps(marker), value_json)
    return {
        "rate_1e30_text": (with_("declared.net_margin_pct", '"1e30"'), "declared.net_margin_pct"),
        "rate_1e30_number": (with_("declared.net_margin_pct", "1e30"), "declared.net_margin_pct"),
        "amount_1e1000000": (with_("amount_requested", '"1e1000000"'), "amount_requested"),
        "amount_number_huge": (with_("declared.sales", "1e400"), "declared.sales"),
        "term_1e999999999": (with_("term_months", "1e999999999"), "term_months"),
        "int_5000_digits": (with_("term_months", "9" * 5000), "term_months"),
        "int_5000_digits_text": (with_("term_days", '"' + "9" * 5000 + '"'), "term_days"),
        "nested_100000": ("[" * 100_000 + "]" * 100_000, "(line)"),
        "nested_in_field": (with_("purpose", "[" * 5000 + "]" * 5000), "(line)"),
        "lone_surrogate": (with_("legal_rep.name", '"\\ud800"'), "legal_rep.name"),
        "rlo_in_name": (with_("legal_rep.name", '"王\\u202e梅"'), "legal_rep.name"),
        "zero_width_in_merchant": (with_("merchant.name", '"杭州\\u200b公司"'), "merchant.name"),
        "nul_in_purpose": (with_("purpose", '"a\\u0000b"'), "purpose"),
        "nan_constant": (with_("declared.sales", "NaN"), "(line)"),
        "amount_inf_text": (with_("amount_requested", '"Infinity"'), "amount_requested"),
        "amount_sNaN_text": (with_("amount_requested", '"sNaN"'), "amount_requested"),
        "not_an_object": ("[1, 2, 3]", "(line)"),
    }


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return rows[0], rows[1:]


def _csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def main() -> None:
    manifest: dict[str, dict] = {}
    lines = (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()
    good = [json.loads(x) for x in lines[:3]]
    for name, (bad, field) in _jsonl_cases(good).items():
        recs = [json.loads(json.dumps(g)) for g in (good[0], good[2])]
        for r in recs:
            r["external_id"] += f"-{name}"[:20]
        text = "\n".join([json.dumps(recs[0], ensure_ascii=False), bad, json.dumps(recs[1], ensure_ascii=False)])
        (HERE / f"{name}.jsonl").write_text(text + "\n", encoding="utf-8")
        manifest[f"{name}.jsonl"] = {"imported": 2, "rejected_lines": {"2": field}}

    header, rows = _csv_rows(SAMPLES / "applications_sample.csv")
    col = {h: k for k, h in enumerate(header)}

    def csv_case(name: str, bad_row_text: str, *, good_after: int = 1, rejected: dict[str, str]) -> None:
        before = [header, rows[0]]
        after = rows[2:2 + good_after]
        text = _csv_text(before) + bad_row_text + "\n" + _csv_text(after)
        (HERE / f"{name}.csv").write_text(text, encoding="utf-8")
        manifest[f"{name}.csv"] = {"imported": 1 + good_after, "rejected_lines": rejected}

    def row_with(column: str, value: str) -> str:
        r = list(rows[1])
        r[col[column]] = value
        return _csv_text([r]).rstrip("\n")

    csv_case("field_131073", row_with("purpose", "x" * 131_073), rejected={"3": "(line)"})
    csv_case("field_20000", row_with("purpose", "y" * 20_000), rejected={"3": "(line)"})
    csv_case("amount_1e1000000", row_with("amount_requested", "1e1000000"), rejected={"3": "amount_requested"})
    csv_case("int_5000_digits", row_with("term_months", "9" * 5000), rejected={"3": "term_months"})
    csv_case("rate_1e30", row_with("declared.net_margin_pct", "1e30"), rejected={"3": "declared.net_margin_pct"})
    stray = _csv_text([rows[1]]).rstrip("\n")
    stray = stray.replace(",", ',"', 1)              # a stray quote opening the second field
    csv_case("stray_quote", stray, good_after=10, rejected={"3": "(line)"})
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
