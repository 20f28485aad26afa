"""The installment rows a kept state's header computes (for the day after the state's
day) serve as the position's own rows when they are the same rows: end of day then
neither builds nor encodes them again. Whenever a replay or a resumed state hands them
over (``Position.kept_rows``, marked the same day's), they and their signature equal what the rule computes
for the position (``ledger_write.installment_tuples`` and ``tuple_signature``), over
varied loans, payments (late, partial, early, payoff), recalls and days; and they are
handed over for the plain case, a monthly loan paid on time."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from workstation.domain import servicing as sv
from workstation.domain.rates import Rate
from workstation.domain.servicing_model import terms_from_schedule
from workstation.domain.servicing_state import replay_keeping, resume
from workstation.domain.terms import ApprovedTerms
from workstation.servicing import ledger, ledger_write

START = date(2026, 1, 10)
TERMS = [("equal-installment", 6, None), ("equal-principal", 6, None), ("interest-only", 6, None),
         ("equal-installment", 12, None), ("bullet", None, 30)]


def _terms(method, months, days, penalty_base="principal", recall=None):
    a = ApprovedTerms(product_code="P", amount=Decimal("60000"), rate=Rate.from_daily_percent("0.05"),
                      method=method, term_months=months, term_days=days, start=START)
    t = terms_from_schedule(a.schedule(), penalty_multiplier=Decimal("1.5"), penalty_base=penalty_base)
    if recall is not None:
        from dataclasses import replace
        t = replace(t, accelerated_on=START + timedelta(days=recall))
    return t


def _rule(pos) -> tuple[list[tuple], str]:
    p = ledger.Plan(loan=None, new=[], position=pos, totals=None, last_eod=None)
    rows = ledger_write.installment_tuples(p)
    return rows, ledger_write.tuple_signature(rows)


def _check(pos) -> bool:
    """The writer's rows and signature equal the rule's always; True when the kept state's
    header handed its rows over as the position's own (``Position.kept_rows``, same day)."""
    p = ledger.Plan(loan=None, new=[], position=pos, totals=None, last_eod=None)
    assert ledger_write.installment_tuples_signed(p) == _rule(pos)
    known = pos.kept_rows
    if known is None or not known[2]:
        return False
    assert (known[0], known[1]) == _rule(pos)
    return True


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(TERMS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 7_000_000)), max_size=8),
       cut=st.integers(0, 400), later=st.integers(0, 60), recall=st.one_of(st.none(), st.integers(0, 300)))
def test_rows_handed_over_equal_the_positions_rows(kind, compound, pays, cut, later, recall):
    terms = _terms(*kind, penalty_base="principal_and_interest" if compound else "principal", recall=recall)
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1) for k, (d, a) in enumerate(pays)]
    day = START + timedelta(days=cut)
    try:
        pos, state = replay_keeping(terms, [e for e in events if e.value_date <= day], as_of=day,
                                    window=(day - timedelta(days=1), day - timedelta(days=1)) if cut else None)
    except sv.ServicingError:
        return
    _check(pos)
    if state is None:
        return
    on = day + timedelta(days=later)
    todo = [e for e in events if day <= e.value_date <= on and e.value_date > day]
    got = resume(state, as_of=on, window=(day, on - timedelta(days=1)) if later else None, events=todo)
    if got is not None:
        _check(got[0])


def test_rows_handed_over_for_a_monthly_loan_paid_on_time_and_not_otherwise():
    terms = _terms("equal-installment", 6, None)
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    paid = [sv.Event(k + 1, "repayment", r.due_date, r.principal + r.interest, order=k + 1)
            for k, r in enumerate(terms.rows[:2])]
    due = terms.rows[2].due_date
    for day, evs, served in [(START + timedelta(days=5), events, True),               # before the first due date
                             (terms.rows[1].due_date + timedelta(days=3), events + paid, True),   # paid on time
                             (due, events + paid, False),          # an installment falls due that day
                             (due + timedelta(days=2), events + paid, False),     # overdue
                             (terms.rows[1].due_date + timedelta(days=3), events, False)]:   # never paid
        pos, _ = replay_keeping(terms, evs, as_of=day, window=(day - timedelta(days=1), day - timedelta(days=1)))
        assert _check(pos) is served, day
    bullet = _terms("bullet", None, 30)
    pos, _ = replay_keeping(bullet, events, as_of=START + timedelta(days=5))
    assert not _check(pos)                  # a daily loan's position shows the interest earned so far


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.lists(inner, max_size=5).map(tuple)
    | st.dictionaries(st.text(max_size=5) | st.integers(), inner, max_size=4), max_leaves=40)


@settings(max_examples=400, deadline=None)
@given(value=_JSON)
def test_the_encoder_built_once_writes_what_json_encoder_writes(value):
    import json

    from workstation.domain import servicing_quiet as quiet, servicing_state
    want = json.JSONEncoder(separators=(",", ":"), check_circular=False).encode(value)
    assert quiet._encode(value) == want == servicing_state._encode(value)
    assert quiet._encode([value, (value, 1)]) == json.JSONEncoder(separators=(",", ":"), check_circular=False
                                                                   ).encode([value, (value, 1)])


def _rows_by_the_rule(inst, *, as_of, closed, written_off):
    """The rows as they were built: ``delinquency.installment_status`` for each."""
    from workstation.domain.delinquency import installment_status
    cur = None
    for i in inst:
        if i.due >= as_of and not i.settled:
            cur = i.period
            break
    out = []
    for i in inst:
        st_, days = installment_status(i, as_of=as_of, current_period=cur, closed=closed, written_off=written_off)
        out.append((i.period, i.principal, i.interest, i.pp, i.ip, i.iw, i.pw, st_, days))
    return out


_AMOUNT = st.sampled_from([0, 0, 1, 50, 99, 100, 5000]) | st.integers(-5, 6000)


@settings(max_examples=1500, deadline=None)
@given(insts=st.lists(st.tuples(st.integers(0, 40), _AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT, _AMOUNT,
                                _AMOUNT), min_size=0, max_size=6),
       at=st.integers(-5, 45), closed=st.booleans(), written_off=st.booleans())
def test_installment_rows_written_out_equal_installment_status(insts, at, closed, written_off):
    from workstation.domain.servicing_model import Inst
    from workstation.domain.servicing_quiet import installment_rows
    base = date(2026, 3, 1)
    made = [Inst(k + 1, base, base + timedelta(days=due), p, n, p, op, oi, pp, ip, pw, iw)
            for k, (due, p, n, op, oi, pp, ip, pw, iw) in enumerate(insts)]
    as_of = base + timedelta(days=at)
    want = _rows_by_the_rule(made, as_of=as_of, closed=closed, written_off=written_off)
    assert installment_rows(made, as_of=as_of, closed=closed, written_off=written_off) == want


def test_named_tuples_made_by_tuple_new_equal_their_constructor():
    """``engine_terms_of`` and ``ledger._events`` make SchedRow and Event with
    ``tuple.__new__``: the same objects as calling the class (whose ``__new__`` is the
    generated one, which does only that)."""
    from workstation.domain.servicing_model import Event, SchedRow, engine_terms_of
    for cls in (SchedRow, Event):
        # the generated __new__ (not overridden): it calls tuple.__new__ and nothing else
        assert cls.__new__.__module__ == f"namedtuple_{cls.__name__}" and cls.__new__.__code__.co_names == ("_tuple_new",)
    terms = _terms("equal-installment", 12, None)
    raw = [[r.period, r.due_date.isoformat(), r.principal, r.interest] for r in terms.rows]
    got = engine_terms_of((terms.daily, terms.daily_rate, terms.monthly_rate, terms.penalty_multiplier,
                           terms.allocation, terms.revolving, terms.penalty_base, terms.rounding),
                          start=terms.start, rows=raw)
    assert got == terms and all(type(r) is SchedRow for r in got.rows)
    assert got.rows == tuple(SchedRow(r[0], date.fromisoformat(r[1]), r[2], r[3]) for r in raw)
    es = [ledger.Entry(7, "disbursement", START, 500), ledger.Entry(8, "repayment", START, 40, -30, -5, -1, 0),
          ledger.Entry(9, "waiver", START, 0, 0, -12, -3, origin_id=4), ledger.Entry(10, "interest_accrual", START)]
    want = [Event(7, "disbursement", START, 500, 0, 0, 7), Event(8, "repayment", START, 40, 0, 0, 8),
            Event(9, "waiver", START, 0, 12, 3, 4)]
    got = ledger._events(es)
    assert got == want and [type(e) for e in got] == [Event] * 3
