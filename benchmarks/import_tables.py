"""Every table after importing a generated file with awkward lines, dumped sorted, for
diffing the import before and after a change (``diff a.txt b.txt``).

    python benchmarks/import_tables.py OUT.txt [--count 3000] [--parallel on|off] [--chunk 700]

The file holds the generated records plus the bad sample lines, copies of earlier
lines (duplicates), a record of a merchant met before under another application, one
whose ID number is known under another name, and borrowers on the blacklist by ID
number, phone and member id; its first 40% is imported first (what the full file then
finds stored: duplicates, merchants scored after the commit). Values of the run's own
clock (audit times and chain hashes, batch times, "computed_at") are masked.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.imports import fresh_store  # noqa: E402
from workstation.intake.imports import import_applications  # noqa: E402
from workstation.intake.imports_samples import bad_records, write_jsonl  # noqa: E402
from workstation.store.models import BlacklistEntry  # noqa: E402

AS_OF = date(2026, 11, 20)
_TODAY = date.today().isoformat()
# an instant of the run's own day (the file's instants are before AS_OF) and its temporary folder
_RUN = re.compile(_TODAY + r"[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)?|" + re.escape(tempfile.gettempdir()) + r"/\w+")
# columns written from the run's clock (or chained over it), masked whole
_RUN_COLUMNS = {("audit_log", "at"), ("audit_log", "hash"), ("audit_log", "prev_hash"), ("audit_head", "hash"),
                ("import_batches", "started_at"), ("import_batches", "finished_at"), ("blacklist", "added_at")}


def awkward_file(folder: Path, count: int) -> tuple[Path, Path, list[dict]]:
    base = folder / "base.jsonl"
    write_jsonl(base, count=count, seed=11, as_of=AS_OF)
    lines = base.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    extra = []
    again = dict(recs[5], external_id="AGAIN-1")             # a merchant met before, another application
    again["platform_months"] = again["platform_months"][:20]
    extra.append(json.dumps(again, ensure_ascii=False))
    other = json.loads(lines[9])
    other["external_id"] = "OTHER-NAME"
    other["legal_rep"]["name"] = "王五"                        # a known ID number under another name
    extra.append(json.dumps(other, ensure_ascii=False))
    late = json.loads(lines[-3])
    late["external_id"] = "LATE-MERCHANT"                      # a merchant first met late in the file
    late["platform_months"] = late["platform_months"][4:]
    extra.append(json.dumps(late, ensure_ascii=False))
    body = lines[: count // 2] + bad_records(as_of=AS_OF)[:-1] + lines[3:40] + extra + lines[count // 2:]
    full = folder / "full.jsonl"
    full.write_text("\n".join(body) + "\n" + bad_records(as_of=AS_OF)[-1], encoding="utf-8")
    first = folder / "first.jsonl"
    first.write_text("\n".join(lines[: count * 2 // 5]) + "\n", encoding="utf-8")
    return first, full, recs


def dump(db: Path, out: Path) -> None:
    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    with out.open("w", encoding="utf-8") as fh:
        for name in names:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
            rows = []
            for row in con.execute(f'SELECT * FROM "{name}"'):
                rows.append(tuple("<run>" if (name, c) in _RUN_COLUMNS else
                                  _RUN.sub("<run>", v) if isinstance(v, str) else v for c, v in zip(cols, row)))
            fh.write(f"== {name} ({len(rows)} rows) {cols}\n")
            for r in sorted(rows, key=repr):
                fh.write(repr(r) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--parallel", choices=["on", "off"], default="off")
    ap.add_argument("--chunk", type=int, default=700)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first, full, recs = awkward_file(folder, args.count)
        store, actor = fresh_store(None, folder, "t.db")
        with store.tx() as s:
            for kind, value in (("id_number", recs[1]["legal_rep"]["id_number"]),
                                ("phone", recs[int(args.count * 0.7)]["legal_rep"]["phone"]),
                                ("member_id", recs[-5]["merchant"]["member_id"]),
                                ("id_number", recs[12]["legal_rep"]["id_number"])):
                s.add(BlacklistEntry(kind=kind, value=value, reason="test"))
        parallel = args.parallel == "on"
        reports = [import_applications(store, actor, p, chunk_size=args.chunk, parallel=parallel)
                   for p in (first, full, full)]
        store.close()
        for r in reports:
            print(r.summary(), r.scored, r.blacklisted, file=sys.stderr)
        dump(folder / "t.db", Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
