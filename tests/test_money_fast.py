"""``money.parse_amount``'s shortcut for the plain form of a file ("1234.56") against the
full parser (``parse_amount_by_rule``): the same Decimal (value and places) or the same
refusal (reason code and message), on text near the plain form and on any text."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from workstation.domain.money import AMOUNT_LIMIT, MAX_ABS, MoneyError, parse_amount, parse_amount_by_rule

_LIMITS = st.sampled_from([AMOUNT_LIMIT, None, MAX_ABS, Decimal("10"), Decimal("0"), Decimal("1234.56"),
                           Decimal("-1"), 100])
_NEAR = st.text(alphabet="0123456789.,+- \n_e¥１", max_size=26)
_PLAIN = st.builds(lambda a, b: f"{a}.{b}" if b is not None else a,
                   st.text(alphabet="0123456789", min_size=1, max_size=24),
                   st.one_of(st.none(), st.text(alphabet="0123456789", max_size=4)))


def _outcome(parse, text, kw):
    try:
        d = parse(text, **kw)
    except MoneyError as exc:
        return ("refused", exc.code, str(exc), exc.params)
    return ("read", d, str(d), d.as_tuple())


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(_PLAIN, _NEAR, st.text(max_size=30)), limit=_LIMITS, negative=st.booleans(),
       grouping=st.booleans(), symbol=st.booleans())
def test_the_plain_form_read_at_once_is_what_the_full_parser_gives(text, limit, negative, grouping, symbol):
    kw = dict(limit=limit, negative=negative, grouping=grouping, symbol=symbol)
    assert _outcome(parse_amount, text, kw) == _outcome(parse_amount_by_rule, text, kw)


def test_the_plain_form_at_its_edges():
    for text in ("0", "0.0", "0.00", "00012.30", "100000000.00", "100000000.01", "9" * 19, "9" * 19 + ".99",
                 "9" * 20, "12.", ".5", "1.005", "1.5\n", " 1.50", "1,234.00", "１２"):
        for limit in (AMOUNT_LIMIT, None):
            kw = dict(limit=limit)
            assert _outcome(parse_amount, text, kw) == _outcome(parse_amount_by_rule, text, kw), (text, limit)
    assert str(parse_amount("1234.5")) == "1234.50" and str(parse_amount("7")) == "7.00"
