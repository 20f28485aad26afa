"""The JSON Lines reader's one pass over a line's bytes (imports_format._NINES_BRACKETS)
gives what the two rules it replaces give: the count of "{" and "[" in the decoded
text (the MAX_BRACKETS refusal) and whether a run of MAX_NUMBER digits is in it (the
decoder that refuses a too long integer)."""
from __future__ import annotations

import random

from workstation.intake import imports_format as F

_PIECES = ["{", "}", "[", "]", "9", "0", "12345", "\"商户\"", "é", "𝄞", ",", ":", " ", "\"a\"", "-", ".", "e",
           "{[", "٣", "１", "\\u005b", "x" * 7]


def _lines(rng: random.Random):
    n = F.MAX_NUMBER
    yield from ["", "{}", "[" * F.MAX_BRACKETS, "{" * (F.MAX_BRACKETS + 1), "[{" * (F.MAX_BRACKETS // 2),
                "1" * n, "1" * (n - 1), "-" + "7" * n, "1" * (n - 1) + "[" + "1", "商" * 50 + "[" * 3]
    for _ in range(3000):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 80)))
    for _ in range(200):       # long digit runs broken by one other character
        k = rng.randint(1, 2 * n)
        yield "9" * k + rng.choice(["", "[", "{", ".", "商", " "]) + "0" * rng.randint(0, 2 * n)


def test_one_pass_counts_brackets_and_long_numbers_as_before():
    rng = random.Random(11)
    for text in _lines(rng):
        raw = text.encode("utf-8")
        marked = raw.translate(F._NINES_BRACKETS)
        assert marked.count(b"{") == text.count("{") + text.count("["), text
        assert (F._LONG_RUN in marked) == (F._LONG_RUN in raw.translate(F._NINES)), text


def test_the_reader_refuses_too_many_brackets_as_before(tmp_path):
    ok = '{"a": [%s]}' % ",".join(["{}"] * (F.MAX_BRACKETS - 2))            # exactly MAX_BRACKETS
    too_many = '{"a": [%s]}' % ",".join(["[]"] * (F.MAX_BRACKETS - 1))      # one more
    long_int = '{"a": %s}' % ("1" * (F.MAX_NUMBER + 1))
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join([ok, too_many, long_int, '{"商": "[[{"}']) + "\n", encoding="utf-8")
    recs = list(F.reader_for(path))
    assert recs[0].data is not None and len(recs[0].data["a"]) == F.MAX_BRACKETS - 2
    assert recs[1].data is None and recs[1].problem == \
        f"more than {F.MAX_BRACKETS} nested objects or lists: not read"
    assert isinstance(recs[2].data["a"], F.BadNumber)
    assert recs[3].data == {"商": "[[{"}
