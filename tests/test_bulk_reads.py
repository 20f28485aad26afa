"""The nightly and import paths read in bulk what the one-by-one paths read: the
scores' platform months as plain integers made decimals, and JSON lines decoded
without a Python call per integer (a too long integer still refused)."""
from __future__ import annotations

import random

from tests.test_imports import officer, records, svc, write_jsonl  # noqa: F401 - fixtures
from workstation.decide import bulk_scores
from workstation.intake import imports_format
from workstation.intake.imports import import_applications
from workstation.store import queries
from workstation.store.models import Merchant


def test_bulk_months_equal_the_stored_months(svc, officer, tmp_path):  # noqa: F811
    import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", records(12, seed=4, months=True)))
    with svc.read() as s:
        ids = [m.id for m in s.query(Merchant)]
        want = queries.platform_months_of(s, ids)
        got = bulk_scores._months_of(s, ids)
    assert sum(len(v) for v in want.values()) > 100
    assert dict(got) == dict(want)
    for mid in want:      # the very decimals: same digits and exponent
        assert [tuple(str(x) for x in vars(m).values()) for m in got[mid]] == \
               [tuple(str(x) for x in vars(m).values()) for m in want[mid]]


def test_line_decoding_equals_the_checked_decoder():
    rng = random.Random(5)
    n = imports_format.MAX_NUMBER
    lines = ['{"a": 12, "b": -7, "c": [1, 2.50, "x"], "d": 0}',
             '{"a": %s}' % ("9" * (n - 1)), '{"a": -%s}' % ("9" * (n - 1)), '{"a": %s}' % ("9" * n),
             '{"a": -%s}' % ("9" * n), '{"a": %s}' % ("1" * (n + 1)), '{"a": "%s"}' % ("1" * (n + 3)),
             '{"a": 1%s.5}' % ("0" * 60)]
    lines += ['{"k%d": %d, "f": %d.%02d}' % (i, rng.randint(-10**12, 10**12), rng.randint(0, 10**6),
                                             rng.randint(0, 99)) for i in range(50)]
    for line in lines:
        got, want = imports_format._decode(line), imports_format._decode_checked(line)
        assert repr(got) == repr(want), line
    assert isinstance(imports_format._decode('{"a": %s}' % ("1" * (n + 1)))["a"], imports_format.BadNumber)
