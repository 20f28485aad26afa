"""The repayment file's shortcuts in continuing a kept engine state
(domain.servicing_state), each against the path it shortens:

* ``checked=True`` (the state found ``sound`` by ``engine_state.usable``: its checksum
  not read again) gives what the unchecked call gives, for a whole state;
* a payment on the state's own day (no night to accrue, the due dates not read) and on
  later days continue the state as a full replay does, the state's bytes included.
"""
from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings, strategies as st

from workstation.domain import servicing as sv, servicing_state as ss
from workstation.domain.servicing import _run

from tests.test_engine_state import START, TERMS, _shape, _terms


def _kept(kind, compound, pays, cut):
    terms = _terms(*kind, penalty_base="principal_and_interest" if compound else "principal")
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1)
               for k, (d, a) in enumerate(sorted(pays)) if d <= cut]
    day = START + timedelta(days=cut)
    _, state = ss.replay_keeping(terms, events, as_of=day)
    return terms, events, day, state


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(TERMS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 4_000_000)), max_size=4),
       cut=st.integers(0, 200), later=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 3_000_000)),
                                               min_size=1, max_size=3),
       ahead=st.integers(0, 40))
def test_a_payment_continued_from_a_checked_state_is_the_full_replay(kind, compound, pays, cut, later, ahead):
    terms, events, day, state = _kept(kind, compound, pays, cut)
    new = [sv.Event(100 + k, "repayment", day + timedelta(days=d), a, order=100 + k)
           for k, (d, a) in enumerate(sorted(later))]
    as_of = max(e.value_date for e in new) + timedelta(days=ahead)
    got = ss.resume(state, as_of=as_of, events=new, checked=True)
    assert got is not None
    assert ss.resume(state, as_of=as_of, events=new) is not None
    pos, kept = got
    again_pos, again_kept = ss.resume(state, as_of=as_of, events=new)
    assert kept == again_kept and _shape(pos) == _shape(again_pos)
    full_pos, full_kept = ss.replay_keeping(terms, events + new, as_of=as_of)
    assert kept == full_kept and _shape(pos) == _shape(full_pos)
    on = as_of + timedelta(days=ahead // 2)
    assert ss.payoff_from(state, on=on, events=new, checked=True) == ss.payoff_from(state, on=on, events=new) \
        == sv.payoff_amount(terms, events + new, on=on)
    r, d = ss.load(state, checked=True)
    r2, d2 = ss.load(state)
    assert d == d2 == day and ss.dump(r, d) == ss.dump(r2, d2) == state


def test_checked_skips_only_the_checksum():
    """A state damaged after ``usable`` found it sound cannot happen (bytes do not change);
    every check but the checksum still refuses a malformed one."""
    _, _, day, state = _kept(TERMS[0], False, [(10, 100_000)], 20)
    wrong_version = state[:2] + bytes([ss.VERSION + 1]) + state[3:]
    assert ss.load(wrong_version, checked=True) == (None, None)
    assert ss.load(state[:10], checked=True) == (None, None)
    flipped = state[:-8] + bytes([state[-8] ^ 1]) + state[-7:]
    assert ss.load(flipped) == (None, None)


def _dump_as_first_written(r, day) -> bytes:
    """``servicing_state.dump`` as first written: a tuple per installment, packed through
    ``chain``, those tuples marshalled when no packing holds them."""
    import struct
    import zlib
    from itertools import chain
    from marshal import dumps

    from workstation.domain import servicing_quiet as quiet
    t = r.t
    dr, mr, pm = t.daily_rate, t.monthly_rate, t.penalty_multiplier
    ints = (t.start.toordinal(), t.daily, dr.numerator, dr.denominator, mr.numerator, mr.denominator,
            pm.numerator, pm.denominator, t.revolving, r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived,
            r.p_paid, r.p_waived, r.excess, r.closed_on.toordinal() if r.closed_on else 0,
            r.written_off_on.toordinal() if r.written_off_on else 0)
    rows = [(i.period, i.start.toordinal(), i.due.toordinal(), i.principal, i.interest, i.opening,
             i.orig_principal, i.orig_interest, i.pp, i.ip, i.pw, i.iw, i.pb) for i in r.inst]
    packed, wide, size = b"", rows, 0
    for k in (4, 8):
        try:
            packed, wide, size = struct.pack(f"<{len(rows) * 13}{'i' if k == 4 else 'q'}",
                                             *chain.from_iterable(rows)), None, k
            break
        except struct.error:
            continue
    mar = dumps((ints, (t.allocation, t.penalty_base, t.rounding), [i.early for i in r.inst], wide), 2)
    q = quiet.header(r, day)
    qb = q.encode() if q is not None else b""
    body = b"".join((ss._HEAD.pack(b"ES", ss.VERSION, size, day.toordinal(), len(qb), len(mar)), qb, mar, packed))
    return body + struct.pack("<I", zlib.crc32(body))


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(TERMS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 200), st.integers(1, 4_000_000)), max_size=4),
       cut=st.integers(0, 200), big=st.sampled_from([0, 2 ** 31, 2 ** 40, 2 ** 63, 2 ** 90]))
def test_the_state_packed_without_a_tuple_per_installment_is_the_form_first_written(kind, compound, pays, cut, big):
    terms = _terms(*kind, penalty_base="principal_and_interest" if compound else "principal")
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1)
               for k, (d, a) in enumerate(sorted(pays)) if d <= cut]
    day = START + timedelta(days=cut)
    r = _run(terms, events, as_of=day, window=None)
    if big:
        r.inst[-1].pp += big
    assert ss.dump(r, day) == _dump_as_first_written(r, day)
