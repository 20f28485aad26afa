"""``repayment_file._text`` (a required text field, a CSV value's str taken at once)
against the rule it replaces, the check written first; and a record through
``parse_record`` either way: the same line or the same refusal."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from workstation.servicing import repayment_file as rf
from workstation.servicing.repayment_file import FieldError, parse_record


def _text_by_rule(rec: dict, name: str) -> str:
    v = rec.get(name)
    if v is None or isinstance(v, (dict, list, bool)) or not str(v).strip():
        raise FieldError(name, "required", "required, missing")
    return str(v).strip()


_VALUES = st.one_of(st.none(), st.text(alphabet=" \t\nAB12.-", max_size=6), st.text(max_size=6),
                    st.integers(-3, 3), st.booleans(), st.just({}), st.just([]), st.just({"a": 1}),
                    st.decimals(allow_nan=False, allow_infinity=False, places=2), st.just(0.0), st.just(""))


def _outcome(f, *args, **kw):
    try:
        return ("ok", f(*args, **kw))
    except FieldError as exc:
        return ("refused", exc.field, exc.code, exc.reason)


@settings(max_examples=800, deadline=None)
@given(value=_VALUES, present=st.booleans())
def test_a_text_field_read_at_once_is_the_rule(value, present):
    rec = {"payment_ref": value} if present else {}
    assert _outcome(rf._text, rec, "payment_ref") == _outcome(_text_by_rule, rec, "payment_ref")


@settings(max_examples=400, deadline=None)
@given(ref=_VALUES, contract=_VALUES, amount=st.one_of(_VALUES, st.sampled_from(["12.30", "7", "0.00", "1,5"])),
       kind=st.sampled_from([None, "", " repayment ", "order_settlement", "x"]))
def test_a_record_reads_as_by_the_rule(ref, contract, amount, kind):
    rec = {"payment_ref": ref, "contract_no": contract, "value_date": "2026-07-02", "amount": amount,
           "kind": kind}
    fast = _outcome(parse_record, 3, rec)
    saved = rf._text
    rf._text = _text_by_rule
    try:
        slow = _outcome(parse_record, 3, rec)
    finally:
        rf._text = saved
    assert fast == slow
