"""``terms_read.engine_part`` (the full check of a terms record remembered by its text less
its amount and start) gives what the reference gives -- ``_engine_part(from_json(text))``
-- on varied records and on malformed ones, with the remembered checks warm and cold."""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from decimal import Decimal

from workstation.domain import servicing_model, terms_read
from workstation.domain.rates import Rate
from workstation.domain.schedules import Conventions
from workstation.domain.terms import ApprovedTerms

START = date(2026, 1, 10)


def _reference(text: str):
    try:
        return ("ok", servicing_model._engine_part(ApprovedTerms.from_json(text)))
    except Exception as exc:                # noqa: BLE001 - the same refusal, whatever it is
        return ("refused", type(exc), str(exc), getattr(exc, "code", None))


def _new(text: str):
    try:
        return ("ok", terms_read.engine_part(text))
    except Exception as exc:                # noqa: BLE001
        return ("refused", type(exc), str(exc), getattr(exc, "code", None))


def _variety(rng: random.Random) -> list[ApprovedTerms]:
    out = []
    for method, months, days, revolving in (("equal-installment", 12, None, False), ("equal-principal", 6, None, False),
                                            ("interest-only", 3, None, False), ("bullet", None, 30, False),
                                            ("bullet", 6, None, True)):
        for rate in (Rate.from_daily_percent("0.05"), Rate.from_monthly_percent("1.5"), Rate.from_annual_percent("18")):
            for conv in (Conventions(), Conventions(days_per_year=365, rounding="ROUND_HALF_EVEN")):
                for base in ("principal", "principal_and_interest"):
                    out.append(ApprovedTerms(
                        product_code=rng.choice(["P", "ORDER", "产品", 'q"amount":"1.00"']),
                        amount=Decimal(rng.choice(["0.01", "12345.67", "50000.00", "9999999999999999.99"])),
                        rate=rate, method=method, term_months=months, term_days=days, conventions=conv,
                        penalty_multiplier=Decimal(rng.choice(["1.5", "0", "2.25"])), penalty_base=base,
                        revolving=revolving, start=rng.choice([START, None, date(1999, 12, 31)])))
    return out


def _mutations(text: str) -> list[str]:
    d = json.loads(text)
    out = []
    for amount in ("0.00", "0.01", "-1.00", "1.5", "12.345", "1e5", "1E+5", "abc", "", " 1.00", "1.00 ",
                   "99999999999999999.99", "9999999999999999.99", "10000000000000000.00", "00012.30", "NaN",
                   "Infinity", "１２.００", "1_000.00"):
        out.append(json.dumps({**d, "amount": amount}, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    for start in ("2026-02-30", "2026-13-01", "0000-01-01", "2026-1-01", "20260101", "2026-01-01T00:00",
                  "9999-12-31", "2024-02-29", "2023-02-29", None, ""):
        out.append(json.dumps({**d, "start": start}, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    out.append(json.dumps({**d, "amount": 12.5}, sort_keys=True, separators=(",", ":")))     # not text
    out.append(json.dumps({**d, "start": 20260101}, sort_keys=True, separators=(",", ":")))
    out.append(json.dumps(d, sort_keys=False, separators=(",", ":"), ensure_ascii=False))     # other key order
    out.append(json.dumps(d, sort_keys=True, ensure_ascii=False))                              # other spacing
    out.append(json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=True))        # escaped
    out.append(text.replace('"amount":"', '"amount":"9', 1))
    out.append(text.replace('"v":1', '"v":2'))
    out.append(text[:-1] + ',"amount":"1.00"}')                                               # the key twice
    out.append(text[:-1] + ',"start":"2026-01-01"}')
    out.append(text.replace('"start":', '"start" :', 1))
    out.append(text + " ")
    out.append(text.replace('"revolving":false', '"revolving":0'))
    out.append(text.replace('"penalty_base":"principal"', '"penalty_base":"nothing"'))
    out.append(text.replace('"term_months":12', '"term_months":12.0'))
    return out


def test_engine_part_equals_the_full_decode_on_varied_and_malformed_records():
    rng = random.Random(15)
    terms = _variety(rng)
    for warm in (False, True):
        for t in terms:
            text = t.to_json()
            if not warm:
                terms_read._CHECKED.clear()
                terms_read._SEEN.clear()
            assert _new(text) == _reference(text)
            assert _new(text) == _reference(text)            # remembered from the second time on
            for other in _mutations(text):
                if not warm:
                    terms_read._CHECKED.clear()
                    terms_read._SEEN.clear()
                    assert _new(text) == _reference(text) and _new(text) == _reference(text)
                assert _new(other) == _reference(other), other
                assert _new(text) == _reference(text)        # remembered again after a refusal


def test_records_differing_by_amount_and_start_share_one_check_and_keep_their_own():
    rng = random.Random(3)
    base = _variety(rng)[0]
    terms_read._CHECKED.clear()
    terms_read._SEEN.clear()
    texts = []
    for k in range(300):
        amount = Decimal(rng.randint(1, 10**9)) / 100
        start = rng.choice([None, START + timedelta(days=rng.randint(-5000, 5000))])
        texts.append(ApprovedTerms(**{**base.__dict__, "amount": amount, "start": start}).to_json())
    for text in texts:
        assert _new(text) == _reference(text)
    assert 1 <= len(terms_read._CHECKED) <= 2     # one blanked text with a start, one with null
    for text in texts:                            # each loan's own fields still checked
        for bad in (text.replace('"amount":"', '"amount":"-', 1), text.replace('-', '/', 1)):
            assert _new(bad) == _reference(bad)


def test_terms_all_different_are_checked_in_full_each_and_not_remembered():
    rng = random.Random(5)
    base = _variety(rng)[0]
    terms_read._CHECKED.clear()
    terms_read._SEEN.clear()
    for k in range(50):
        t = ApprovedTerms(**{**base.__dict__, "rate": Rate.from_daily_percent(f"0.0{k + 10}")})
        assert _new(t.to_json()) == _reference(t.to_json())
    assert not terms_read._CHECKED and len(terms_read._SEEN) == 50


def test_blanked_text_finds_each_value_once():
    t = ApprovedTerms(product_code="P", amount=Decimal("12.30"), rate=Rate.from_daily_percent("0.05"),
                      method="bullet", term_days=30, start=START)
    text = t.to_json()
    key, amount, start = terms_read._blanked(text)
    assert (amount, start) == ("12.30", "2026-01-10")
    assert '"amount":""' in key and '"start":""' in key and "12.30" not in key and "2026-01-10" not in key
    twice = terms_read._blanked(text[:-1] + ',"amount":"1.00"}')       # the first one, another blanked text
    assert twice[1] == "12.30" and twice[0] != key
    assert terms_read._blanked(text.replace('"start":"2026-01-10"', '"start":null'))[2] is None


def test_plain_values_are_the_patterns():
    import re
    amount, day = re.compile(r"[0-9]{1,16}\.[0-9]{2}").fullmatch, re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
    rng = random.Random(9)
    alphabet = "0123456789.-+eE x１²٣"
    samples = ["", "1.00", "0.00", ".00", "1.0", "1.000", "12345678901234567.00", "1234567890123456.00", "１.00",
               "1.0０", "²1.00", "2026-01-05", "2026-1-05", "２026-01-05", "2026-01-0５", "2026/01/05", "202６-01-05"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 21))) for _ in range(20000)]
    samples += [f"{rng.randint(0, 10**17)}.{rng.randint(0, 999):0{rng.randint(1, 3)}d}" for _ in range(5000)]
    samples += [f"{rng.randint(0, 99999):04d}-{rng.randint(0, 99):02d}-{rng.randint(0, 999):02d}" for _ in range(5000)]
    for x in samples:
        assert terms_read._plain_amount(x) == bool(amount(x)), x
        assert terms_read._plain_date(x) == bool(day(x)), x
