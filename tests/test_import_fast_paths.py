"""The import's fast paths against the reference computations they stand for, on many
varied values (each test fails if its fast path diverges): the sales cv by integers,
the scorecard's points by bisect tables, the suggested limit without money(), the
declared figures without re-parsing, the consistency index without texts, and the
platform months column by column against the month-by-month checks (refused ones too)."""
from __future__ import annotations

import copy
import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from workstation.domain import consistency, merchant_data, scoring
from workstation.domain.merchant_data import DeclaredFinancials, coefficient_of_variation, cv_of_fen
from workstation.domain.money import from_fen, money

TODAY = date(2026, 12, 5)


def _fen_lists(rng: random.Random):
    for _ in range(40000):
        n = rng.choice([0, 1, 2, 3, 4, 6, 12, 12, 12])
        kind = rng.random()
        if kind < 0.3:
            yield [rng.randint(0, 10 ** 9) for _ in range(n)]
        elif kind < 0.45:
            yield [rng.choice([0, rng.randint(0, 10 ** 17)]) for _ in range(n)]
        elif kind < 0.55:
            yield [rng.randint(-10 ** 6, 10 ** 6) for _ in range(n)]
        elif kind < 0.8:     # two values about a mean: the cv is d / m exactly, often a rounding boundary
            m = rng.choice([200000, 10 ** rng.randint(1, 9), rng.randint(1, 10 ** 7)])
            d = rng.choice([rng.randint(0, m), m * rng.randint(0, 20000) // 20000 + rng.choice([0, 0, 1])])
            yield [m - d, m + d] * (n // 2) + [m] * (n % 2)
        else:                # nearly equal: a tiny cv
            m = rng.randint(10 ** 5, 10 ** 12)
            yield [m + rng.randint(-3, 3) for _ in range(n)]


def test_cv_by_integers_equals_the_decimal_cv(monkeypatch):
    decided = []
    reference = merchant_data.coefficient_of_variation
    monkeypatch.setattr(merchant_data, "coefficient_of_variation", lambda v: decided.append(1) or reference(v))
    rng = random.Random(2026)
    cases = 0
    for fen in _fen_lists(rng):
        want = coefficient_of_variation([Decimal(v).scaleb(-2) for v in fen])
        got = cv_of_fen(fen)
        assert (got is None) == (want is None) and str(got) == str(want), fen
        cases += want is not None
    assert 0 < len(decided) < cases / 3          # both ways taken: by integers, and the Decimal's own


def test_points_by_table_equal_bin_for():
    card = scoring.load_scorecard()
    hand = scoring.Scorecard("hand", (scoring.Factor(
        "odd", "sales_12m", "money", "g", "z", "e",
        (scoring.Bin(Decimal(5), 1, "", ""), scoring.Bin(Decimal(2), 2, "", ""), scoring.Bin(None, 3, "", "")),
        scoring.Bin(None, -1, "", "")),), card.grades, "sales_12m", Decimal(1000))
    rng = random.Random(3)
    for c in (card, hand):
        bounds = sorted({b.below for f in c.factors for b in f.bins if b.below is not None})
        for _ in range(3000):
            lookup = {}
            for f in c.factors:
                v = rng.choice([None, rng.choice(bounds), rng.choice(bounds) + Decimal("0.01"),
                                rng.choice(bounds) - 1, rng.randint(-50, 5000), Decimal(rng.randint(-9999, 99999)) / 7])
                lookup[f.feature] = v
            assert scoring._points(c, lookup) == sum(f.bin_for(lookup.get(f.feature)).points for f in c.factors)


def test_suggested_limit_equals_money_of_it():
    from decimal import ROUND_FLOOR
    rng = random.Random(4)
    for _ in range(5000):
        base = rng.choice([None, 0, -5, Decimal(rng.randint(0, 10 ** 12)).scaleb(-2), rng.randint(1, 10 ** 9)])
        share = rng.choice([Decimal(0), Decimal("0.15"), Decimal("1.2"), Decimal("0.333")])
        rounding = rng.choice([Decimal(1000), Decimal("0.01"), Decimal("1E+3"), Decimal(7)])
        pmax = money(rng.choice(["50000.00", "300000", "1500000.00", "9999999999999999.99"]))
        got = scoring.suggested_limit(base=base, share=share, rounding=rounding, product_max=pmax)
        if base is None or base <= 0 or share <= 0:
            want = money(0)
        else:
            rounded = (Decimal(base) * share / rounding).to_integral_value(rounding=ROUND_FLOOR) * rounding
            want = money(max(Decimal(0), min(rounded, pmax)).quantize(Decimal("0.01")))
        assert str(got) == str(want)


def _declared(rng: random.Random) -> dict:
    def fen():
        return rng.choice([0, 1, 100, rng.randint(0, 10 ** 12), 10 ** 17 + rng.randint(0, 9)])

    def ratio():
        return rng.choice([None, Decimal("0"), Decimal("7.25"), Decimal("-3.5"), Decimal("100"), Decimal("1E+1")])
    return {"year": 2025, "sales": fen(), "operating_cost": fen(), "inventory": fen(), "total_assets": fen(),
            "total_liabilities": fen(), "receivables": fen(), "net_margin_pct": ratio() or Decimal(5),
            "platform_share_pct": ratio() or Decimal(80), "customer1_name": rng.choice([None, "A"]),
            "customer1_years": rng.choice([None, 3]), "customer1_share_pct": ratio(),
            "customer2_name": None, "customer2_years": None, "customer2_share_pct": ratio()}


def test_declared_figures_equal_the_stores_round_trip_and_the_index_its_texts():
    from workstation.intake.imports_values import domain_declared
    rng = random.Random(5)
    for _ in range(3000):
        d = _declared(rng)
        got = domain_declared(d)

        def ratio(v):
            return None if v is None else Decimal(str(Decimal(v)))
        want = DeclaredFinancials(
            year=2025, sales=from_fen(d["sales"]), operating_cost=from_fen(d["operating_cost"]),
            net_margin_pct=ratio(d["net_margin_pct"]), inventory=from_fen(d["inventory"]),
            total_assets=from_fen(d["total_assets"]), total_liabilities=from_fen(d["total_liabilities"]),
            receivables=from_fen(d["receivables"]), platform_share_pct=ratio(d["platform_share_pct"]),
            customer1_name=d["customer1_name"] or "", customer1_years=d["customer1_years"] or 0,
            customer1_share_pct=ratio(d["customer1_share_pct"]) if d["customer1_share_pct"] is not None
            else Decimal(0),
            customer2_name="", customer2_years=0,
            customer2_share_pct=ratio(d["customer2_share_pct"]) if d["customer2_share_pct"] is not None
            else Decimal(0))
        assert repr(got) == repr(want)
        platform = Decimal(rng.choice([0, rng.randint(1, 10 ** 12)])).scaleb(-2)
        want_index = consistency.consistency_index(
            [consistency._worded(got, *m) for m in consistency.measured(got, platform)])
        assert consistency.index_of(got, platform_12m=platform,
                                    leverage=merchant_data.leverage_pct(got)) == want_index
        assert consistency.index_of(got, platform_12m=platform) == want_index


_BAD = ["", None, "abc", "1.234", "-5", "1e5", "12.", "1,234.00", "0", "0.0", "5", "7.5", "１２", True, 12, -1,
        10 ** 10, Decimal("12.5"), Decimal("3"), [], {}, "2026-13", "2025-1", "2025-01-01", "4.85", "5.01", "4.8",
        "4", 32, 31, 0, 10 ** 9, 10 ** 9 + 1, "99999999999999999.00", "9999999999999999.99", " 12.00"]


def _month_lists(rng: random.Random):
    from workstation.intake.imports_samples import make_record
    for k in range(1500):
        months = make_record(rng, seq=k, as_of=TODAY - timedelta(days=rng.randint(0, 60)))["platform_months"]
        months = months[rng.randint(0, 20):]
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            j = rng.randrange(len(months))
            what = rng.random()
            if not isinstance(months[j], dict):
                continue
            if what < 0.7:
                months[j] = dict(months[j])
                months[j][rng.choice(list(months[j]))] = rng.choice(_BAD)
            elif what < 0.8:
                months[j] = dict(months[j])
                del months[j][rng.choice(list(months[j]))]
            elif what < 0.9:
                months.append(copy.deepcopy(months[j]))
            else:
                months[j] = rng.choice(_BAD)
        yield months


def test_months_column_by_column_equal_the_month_by_month_checks(monkeypatch):
    from workstation.intake import imports_months
    rng = random.Random(6)
    fast_taken = 0
    for months in _month_lists(rng):
        received = TODAY - timedelta(days=rng.choice([0, 40, 400]))
        fast_problems, slow_problems = [], []
        fast = imports_months.check_months(months, line=7, received_day=received, problems=fast_problems)
        with monkeypatch.context() as m:
            m.setattr(imports_months, "fast_months", lambda items, last: None)
            slow = imports_months.check_months(months, line=7, received_day=received, problems=slow_problems)
        assert fast == slow
        assert [(p.field, p.message, p.code, dict(p.params)) for p in fast_problems] == \
            [(p.field, p.message, p.code, dict(p.params)) for p in slow_problems]
        last = date(received.year, received.month, 1)
        fast_taken += imports_months.fast_months(months, last=last) is not None if isinstance(months, list) else 0
    assert fast_taken > 300


@pytest.mark.parametrize("texts", [
    ("1.00", "2.50", "0.01"), ("1.0", "2"), ("1,234.00",), ("1.234",), ("", "1.00"), ("x.00",), ("12.", "1.00"),
    ("1" * 16 + ".00",), ("1" * 17 + ".00",), ("١.00",), ("1.00", "2.5"), (".50",), ("1..00",), ("1.00 ",)])
def test_fens_equal_decimal_fen(texts):
    from workstation.intake.imports_months import _fens
    import re
    plain = re.compile(r"[0-9]{1,16}(?:\.[0-9]{1,2})?").fullmatch
    want = [int(Decimal(t) * 100) for t in texts] if all(plain(t) for t in texts) else None
    assert _fens(texts) == want


def test_plain_amounts_equal_the_full_reader():
    from workstation.intake.imports_fields import Fields
    rng = random.Random(8)
    texts = ["0.00", "0.01", "1234.50", "1234.5", "1234", "0012.05", "9999999999999999.99", "99999999999999999.00",
             "100000000.00", "100000000.01", "-1.00", "1.234", " 1.00", "1.00 ", "1,234.00", "¥1.00", "1e3", "１.00",
             ".50", "12.", "", " "]
    texts += [f"{rng.randint(0, 10 ** rng.randint(1, 18))}.{rng.randint(0, 99):02d}" for _ in range(2000)]
    for v in texts:
        for positive in (False, True):
            fast, full = Fields({"x": v}, line=3), Fields({"x": v}, line=3)
            assert fast.amount("x", positive=positive) == full._amount("x", required=True, positive=positive), v
            assert [(p.message, p.code, dict(p.params)) for p in fast.problems] == \
                [(p.message, p.code, dict(p.params)) for p in full.problems], v


def test_rows_sharing_one_object_are_converted_as_each_would_be():
    from sqlalchemy import create_engine
    from workstation.store.bulk import insert_tuples
    from workstation.store.models import StatusChange
    engine = create_engine("sqlite://")
    table = StatusChange.__table__
    event = {"kind": "imported", "params": {"file": "a.jsonl", "batch": 3}}
    seen = []

    class Conn:
        dialect = engine.dialect

        def exec_driver_sql(self, sql, rows):
            seen.append(rows)
    cols = ("application_id", "event")
    insert_tuples(Conn(), table, [(1, event), (2, event)], columns=cols)
    insert_tuples(Conn(), table, [(1, event), (2, dict(event))], columns=cols)
    assert seen[0] == seen[1] and seen[0][0][1] == seen[0][1][1] and isinstance(seen[0][0][1], str)


def test_text_reader_shortcut_equals_the_full_checks():
    """Printable text holds none of the refused characters (the shortcut's premise, over
    every code point), and the text reader gives what its full path gives."""
    from workstation.intake.imports_fields import _CONTROL, Fields
    assert not [c for c in map(chr, range(0x110000)) if _CONTROL(c) and c.isprintable()]
    values = ["abc", " 杭州 ", "e\u0301", "é", "a\u200bb", "\u202etxt", "x\u3000y", "\u00a0", "tab\tin", "", "   ",
              "A" * 40, "A" * 41, "广州市延安路964号", "\ufeffbom", "ok\u2028", "\U0001F600", "\ud800"]
    for v in values:
        fast, full = Fields({"t": v}, line=2), Fields({"t": v}, line=2)
        assert fast.text("t", max_len=40) == full._text("t", max_len=40, required=True), v
        assert [(p.message, p.code, dict(p.params)) for p in fast.problems] == \
            [(p.message, p.code, dict(p.params)) for p in full.problems], v


def test_application_number_equals_the_strftime_text():
    from datetime import datetime, timezone
    from workstation.intake.imports_rows import app_number
    from workstation.intake.imports_rules import CHINA_TZ
    rng = random.Random(12)
    start = datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()
    for k in range(5000):
        at = datetime.fromtimestamp(rng.uniform(start, 4102444800), tz=rng.choice([timezone.utc, CHINA_TZ]))
        if k % 3 == 0:       # about midnight in China, where the day differs from UTC's
            at = at.replace(hour=rng.choice([15, 16]), minute=rng.choice([0, 59]))
        app_id = rng.choice([1, rng.randint(1, 10 ** 7), rng.randint(10 ** 7, 10 ** 9)])
        assert app_number(at, app_id) == f"A{at.astimezone(CHINA_TZ):%Y%m%d}{app_id:07d}"


def test_json_text_equals_json_dumps():
    import json
    from datetime import datetime, timezone
    from workstation.store.base import JSONText
    from workstation.domain.json_values import json_default as _json_default
    values = [{"b": 1, "a": "中文", "c": [Decimal("1.50"), None, True]}, {"x": {"z": date(2026, 1, 2), "y": 1.5}},
              {"at": datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc), "n": -3, "s": "\u2028\"q\""}, [], "text", 7,
              {"kind": "imported", "params": {"file": "a.jsonl", "batch": 3}}, {1: "int key", 2: "keys"}]
    bind = JSONText().process_bind_param
    for v in values:
        assert bind(v, None) == json.dumps(v, ensure_ascii=False, sort_keys=True, default=_json_default)
    for v in ({"x": object()}, {"a": 1, 2: 3}):       # refused by both alike
        with pytest.raises(TypeError):
            json.dumps(v, ensure_ascii=False, sort_keys=True, default=_json_default)
        with pytest.raises(TypeError):
            bind(v, None)


@pytest.mark.parametrize("dialect_name", ["sqlite", "postgresql"])
def test_received_instant_bound_once_equals_each_column_bound(dialect_name):
    """The import binds the instant received once (bulk.bind_processor of received_at) for
    received_at, status_changed_at and the history's at: what each column's own binding gives."""
    from datetime import datetime, timezone
    from sqlalchemy.dialects import postgresql, sqlite
    from workstation.intake.imports_rules import CHINA_TZ
    from workstation.store.bulk import bind_processor, insert_tuples
    from workstation.store.models import Application, StatusChange
    dialect = (sqlite if dialect_name == "sqlite" else postgresql).dialect()
    seen = []

    class Conn:
        def __init__(self):
            self.dialect = dialect

        def exec_driver_sql(self, sql, rows):
            seen.append(rows)
    at = [datetime(2026, 3, 1, 9, 30, tzinfo=CHINA_TZ), datetime(2025, 12, 31, 23, 59, 59, 999, tzinfo=timezone.utc)]
    bind = bind_processor(Application.__table__.c.received_at, dialect) or (lambda v: v)
    for table, cols in ((Application.__table__, ("id", "received_at", "status_changed_at")),
                        (StatusChange.__table__, ("application_id", "at", "to_status"))):
        plain = [(k, t, t) if table is Application.__table__ else (k, t, "received") for k, t in enumerate(at)]
        ready = [(k, bind(t), bind(t)) if table is Application.__table__ else (k, bind(t), "received")
                 for k, t in enumerate(at)]
        insert_tuples(Conn(), table, plain, columns=cols)
        insert_tuples(Conn(), table, ready, columns=cols, ready=cols[1:2] if table is StatusChange.__table__ else cols[1:])
        assert seen[-1] == seen[-2]


def test_possessive_cents_list_matches_what_the_plain_pattern_matches():
    """fast months' list of "1234.50" amounts: possessive repeats (no backtracking kept)
    accept exactly the strings the plain pattern accepts."""
    import re
    from workstation.intake.imports_months import _CENTS_LIST
    plain = re.compile(r"[0-9]{1,16}\.[0-9]{2}(?:,[0-9]{1,16}\.[0-9]{2})*").fullmatch
    rng = random.Random(13)
    pieces = ["0", "1", "9", "12", "00", ".", ",", ".5", ".50", "1" * 15, "1" * 16, "1" * 17, "x", " ", "١", "-"]
    cases = ["", ",", "1.00", "1.00,", ",1.00", "1.00,2.50", "1" * 16 + ".00", "1" * 17 + ".00", "1.001", "1.0"]
    cases += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    cases += [",".join(f"{rng.randint(0, 10 ** rng.randint(1, 17))}.{rng.randint(0, 99):02d}"
                       for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    for text in cases:
        assert bool(_CENTS_LIST(text)) == bool(plain(text)), text


def test_months_of_other_kinds_refused_column_by_column_as_by_the_type_check():
    """fast_months and _fens refuse a month, rating or amount that is not text by the TypeError
    of the lookups and patterns (no longer by a set of types first): None, as before, for every
    kind a JSON value can have, in every position, cached months and ratings or not."""
    from workstation.intake import imports_months
    from workstation.intake.imports_months import _fens, fast_months
    from workstation.intake.imports_samples import make_record
    rng = random.Random(12)
    kinds = [None, True, False, 0, 12, 10 ** 30, Decimal("4.85"), Decimal("2025"), [], ["2025-01"], {}, {"a": 1}]
    for k in range(200):
        months = make_record(rng, seq=k, as_of=TODAY)["platform_months"]
        last = date(TODAY.year, TODAY.month, 1)
        assert fast_months(months, last=last) is not None
        if k % 3 == 0:                                 # nothing cached: the patterns see them
            imports_months._MONTH_LISTS.clear()
            imports_months._MONTHS_SEEN.clear()
            imports_months._RATINGS_SEEN.clear()
            imports_months._RATINGS_OK.clear()
        j = rng.randrange(len(months))
        for field in ("month", "rating", "sales", "refund_amount", "ad_spend"):
            bad = [dict(m) for m in months]
            bad[j][field] = rng.choice(kinds)
            assert fast_months(bad, last=last) is None, (field, bad[j][field])
    for value in kinds:
        assert _fens(("1.00", value, "2.50")) is None and _fens((value,)) is None
