"""Checking in a second process, the importing process checks the first chunk itself
while that process starts, and that process reads past it: the chunks, their records,
the last line and the truncation are those of checking in one process (apart from the
scores the second process adds), for files shorter than a chunk, cut off in the first
chunk or later, with bad lines, and CSV."""
from __future__ import annotations

import dataclasses
import random

import pytest

from workstation.domain import clock, scoring
from workstation.domain.products import PRODUCTS
from workstation.intake.imports_pipeline import CheckedSource
from workstation.intake.imports_rules import RuleContext
from workstation.intake.imports_samples import csv_text, make_record, to_json_line


def _records(n: int) -> list[dict]:
    rng = random.Random(8)
    return [make_record(rng, seq=i, as_of=clock.today(), months=i % 2 == 0) for i in range(1, n + 1)]


def _chunks(path, parallel: bool):
    ctx = RuleContext(products=dict(PRODUCTS), now=clock.utcnow())
    scores = (clock.today(), scoring.load_scorecard())
    src = CheckedSource(path, ctx=ctx, chunk_size=3, parallel=parallel, scores=scores)
    got = [[(c.line, c.external_id, c.clean and dataclasses.replace(c.clean, score=None), c.problems, c.raw)
            for c in chunk] for chunk in src]
    assert src.parallel is parallel
    return got, src.line, src.truncated_at, src.truncation


def _jsonl(recs, tail: str = "") -> str:
    lines = [to_json_line(r) for r in recs]
    return "\n".join(lines) + "\n" + tail


CASES = {
    "empty": lambda recs: "",
    "two": lambda recs: _jsonl(recs[:2]),
    "three": lambda recs: _jsonl(recs[:3]),
    "cut in the first chunk": lambda recs: _jsonl(recs[:2], to_json_line(recs[2])[:40]),
    "bad lines, cut later": lambda recs: _jsonl(recs[:2]) + "not json\n\n" + _jsonl(recs[2:7], to_json_line(recs[7])[:60]),
    "nine": lambda recs: _jsonl(recs[:9]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_first_chunk_checked_here_gives_the_same_chunks(tmp_path, case):
    recs = _records(9)
    path = tmp_path / "a.jsonl"
    path.write_text(CASES[case](recs), encoding="utf-8")
    one, two = _chunks(path, False), _chunks(path, True)
    assert two == one
    assert sum(map(len, one[0])) >= (0 if case == "empty" else 2)


def test_the_first_chunk_checked_here_gives_the_same_chunks_of_csv(tmp_path):
    recs = _records(8)
    recs[4]["amount_requested"] = "x"
    path = tmp_path / "a.csv"
    path.write_text(csv_text(recs), encoding="utf-8")
    one = _chunks(path, False)
    assert _chunks(path, True) == one and [len(c) for c in one[0]] == [3, 3, 2]
