"""What a checking process sends (imports_pipeline.Checked, imports_rules.CleanRecord):
pickled as their constructors' arguments, the line's text as UTF-8 bytes decoded when
read; the very values come out on the other side, for good and rejected records."""
from __future__ import annotations

import dataclasses
import pickle
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from workstation.domain import clock
from workstation.intake.imports_format import RawRecord
from workstation.intake.imports_pipeline import Checked, check_raw
from workstation.intake.imports_rules import CleanRecord, Problem, RuleContext
from workstation.intake.imports_samples import make_record, to_json_line
from workstation.intake.imports_format import flatten
from workstation.domain.products import PRODUCTS


def test_clean_record_reduce_names_every_field_in_order():
    names = [f.name for f in dataclasses.fields(CleanRecord)]
    rec = CleanRecord(**{n: (n, i) for i, n in enumerate(names)})
    cls, args = rec.__reduce__()
    assert cls is CleanRecord and args == tuple((n, i) for i, n in enumerate(names))
    assert pickle.loads(pickle.dumps(rec, -1)) == rec


def _round_trip(c: Checked) -> Checked:
    return pickle.loads(pickle.dumps([c], -1))[0]


def test_checked_round_trips_with_its_text():
    texts = ["", "plain", '{"a": "商户 ¥1,234.00 é 𝄞"}', "\ud800 lone surrogate", "x" * 7000, "\ufffd bad"]
    problems = [Problem(3, "merchant.name", "required, missing", "import_required", {"k": 1})]
    clean = CleanRecord(line=4, external_id="E1", person={"name": "姜静"}, merchant={"a": Decimal("1.50")},
                        application={"received_at": datetime(2026, 1, 2, tzinfo=timezone.utc)}, declared=None,
                        months=[(1, 2, 3)], score=(1, "A", None, 2, {"f": "1"}, {"g": "x"}))
    for text in texts:
        for c in (Checked(3, None, None, problems, text), Checked(4, "E1", clean, [], text)):
            got = _round_trip(c)
            assert type(got._raw) is bytes          # decoded only when read
            assert got.raw == text and type(got.raw) is str
            assert (got.line, got.external_id, got.clean, got.problems) == \
                   (c.line, c.external_id, c.clean, c.problems)
            assert got == c and repr(got) == repr(c)
            assert _round_trip(got) == c            # sent again (bytes as they are)


def test_checked_records_of_a_file_cross_the_pipe_unchanged():
    import json
    import random
    ctx = RuleContext(products=dict(PRODUCTS), now=clock.utcnow())
    rng = random.Random(3)
    kinds = set()
    for i in range(1, 40):
        rec = make_record(rng, seq=i, as_of=clock.today(), months=i % 3 != 0)
        if i % 5 == 0:
            rec["merchant"]["name"] = ""                       # a rejected one
        text = to_json_line(rec)
        c = check_raw(RawRecord(i, text, flatten(json.loads(text))), ctx)
        got = _round_trip(c)
        assert got == c
        assert repr(got.clean) == repr(c.clean)
        kinds.add((c.clean is None, bool(c.clean and c.clean.months)))
    assert kinds == {(True, False), (False, True), (False, False)}     # rejected, with months, without


def test_score_texts_are_the_stored_json():
    """score_inputs / score_result given as text (imports_values.score_texts, with_time) are
    what the JSONText column's bind processor writes of the dictionaries, on both backends."""
    import random
    from sqlalchemy.dialects import postgresql, sqlite

    from workstation.domain import scoring
    from workstation.intake.imports_values import NO_TIME, json_text, score_columns, score_texts, with_time
    from workstation.store.base import _json_text
    from workstation.store.bulk import bind_processor
    from workstation.store.models import Application
    from tests.test_import_scores import _random_case

    card = scoring.load_scorecard()
    rng = random.Random(21)
    dialects = [sqlite.dialect(), postgresql.dialect()]
    binds = [bind_processor(getattr(Application.__table__.c, c), d) for c in ("score_inputs", "score_result")
             for d in dialects]
    nows = ["", "2026-12-05T06:45:44+00:00", "x\"y\\z\u2028商", "computed_at"]
    for i in range(300):
        as_of = clock.today() - timedelta(days=rng.randint(0, 900))
        months, member_since, declared = _random_case(rng, as_of)
        cols = score_columns(months, declared=declared, member_since=member_since, as_of=as_of, card=card,
                             product_max=Decimal(rng.choice(["5000", "200000", "1000000"])), now="")
        texts = score_texts(cols)
        assert texts[:4] == cols[:4]
        for value, text in ((cols[4], texts[4]), (cols[5], texts[5])):
            assert text == json_text(value) == _json_text(value)
            assert all(b(value) == text for b in binds)
        assert texts[5].count(NO_TIME) == 1
        now = nows[i % len(nows)]
        assert with_time(texts[5], now) == _json_text({**cols[5], "computed_at": now})
        assert pickle.loads(pickle.dumps(texts, -1)) == texts


def test_json_text_equals_the_columns_encoder():
    """imports_values.json_text (the C encoder built once) writes what store.base._json_text
    (JSONEncoder.encode) writes, for varied values, also after a value it refuses."""
    import random
    from datetime import date

    import pytest

    from workstation.intake.imports_values import json_text
    from workstation.store.base import _json_text

    rng = random.Random(8)
    atoms = [None, True, False, 0, -7, 10**20, 1.5, -0.0, "", "a\"b\\c\n\t\u2028\x00", "商户 é 𝄞", Decimal("1.50"),
             Decimal("-0E-2"), date(2026, 1, 2), datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc)]

    def value(depth: int):
        if depth > 2 or rng.random() < 0.4:
            return rng.choice(atoms)
        if rng.random() < 0.6:
            return {rng.choice(["b", "a", "computed_at", "商", "A", "z" * 3]) + str(rng.randint(0, 3)): value(depth + 1)
                    for _ in range(rng.randint(0, 6))}
        return [value(depth + 1) for _ in range(rng.randint(0, 4))]
    for i in range(2000):
        v = {"k": value(0), "j": [value(1)]} if i % 2 else value(0)
        assert json_text(v) == _json_text(v), v
        if i % 100 == 0:
            with pytest.raises(TypeError):
                json_text({"x": object()})
            with pytest.raises(TypeError):
                _json_text({"x": object()})


def test_a_json_line_is_kept_as_its_bytes_and_read_back_as_its_text(tmp_path):
    """The reader's bytes of a line (without BOM and line end) go into the checked record as
    they are: its text, read back, is the line's text, for good and rejected records alike."""
    import json
    import random
    from workstation.intake.imports_format import reader_for
    ctx = RuleContext(products=dict(PRODUCTS), now=clock.utcnow())
    rng = random.Random(4)
    lines = []
    for i in range(1, 7):
        rec = make_record(rng, seq=i, as_of=clock.today(), months=i % 2 == 0)
        rec["purpose"] = ["进货 \u2028 é 𝄞", "plain", "", "x" * 3000, "商户", "¥1,234.00"][i - 1]
        lines.append(to_json_line(rec))
    lines.append('{"external_id": "E7", "merchant": {"name": "\\u5546"}}')
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    read = list(reader_for(path))
    assert [r.raw for r in read] == lines and all(r.encoded == r.raw.encode("utf-8") for r in read)
    for r in read:
        c = check_raw(r, ctx)
        assert type(c._raw) is bytes and c.raw == r.raw and json.loads(c.raw)["external_id"]
        got = _round_trip(c)
        assert got == c and got.raw == r.raw
    assert sum(1 for r in read if check_raw(r, ctx).problems) >= 2          # the purposes "" and E7
