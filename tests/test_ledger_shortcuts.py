"""``ledger.plan``'s and the journal readers' shortcuts for end of day's first night
against their rules: random loans and journals (``test_engine_shortcuts.loans``, with
stored splits, reversals and accruals posted on some nights) planned with the shortcuts
and by the rules (the engine's, and ``plan`` as first written, kept here), the entries in
force read in one pass, the remembered days looked up without ``day_of``'s call."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP
from fractions import Fraction

from hypothesis import given, settings, strategies as st

from workstation.domain import servicing as sv
from workstation.domain import servicing_state
from workstation.domain.products import DEFAULT_ALLOCATION
from workstation.domain.servicing_model import (
    _ONE, DISBURSEMENT, DRAW, REPAYMENT, WAIVER, WRITE_OFF, SchedRow, day_of, day_of_known, engine_terms_of)
from workstation.servicing import ledger
from workstation.servicing.ledger import (ACCRUALS, FRESH, INTEREST_ACCRUAL, PENALTY_ACCRUAL, Entry, Plan,
                                          _events, active, reversal_of, signed, totals)

from tests.test_engine_shortcuts import START, _outcome, by_rule, loans


def _plan_first(loan, entries, *, through=None, recompute_from=None, user_id=None, source="system",
                partial_accruals=False):
    t = loan.terms
    fresh = [e for e in entries if e.id is None]
    for n, e in enumerate(fresh):
        e.id = FRESH + n
    last = loan.last_eod or (t.start - _ONE)
    through = max(through or last, last)
    in_force = active(entries)
    cash = [e for e in in_force if e.kind in sv.CASH_KINDS]
    last_event = max((e.value_date for e in cash), default=t.start)
    day = max(through + _ONE, last_event)
    lo = max(min(recompute_from or (last + _ONE), last + _ONE), t.start)
    window = (lo, through) if lo <= through else None
    pos, state = servicing_state.replay_keeping(t, _events(in_force), as_of=day, window=window)
    new, changes = [], []
    for e in cash:
        if e.kind not in (REPAYMENT, WAIVER, WRITE_OFF):
            continue
        want = signed(e.kind, pos.allocations[e.id])
        if e.id >= FRESH:
            e.principal, e.interest, e.penalty, e.excess = want
            continue
        if want != (e.principal, e.interest, e.penalty, e.excess):
            new.append(reversal_of(e, memo="re-posted: split recomputed", user_id=user_id, source=source))
            new.append(Entry(None, e.kind, e.value_date, amount=e.amount, principal=want[0], interest=want[1],
                             penalty=want[2], excess=want[3], origin_id=e.origin_id or e.id,
                             reference=e.reference, source=source, memo="re-posted: split recomputed",
                             user_id=user_id))
            changes.append(f"{e.kind} of {e.value_date}: split changes")
    if window:
        posted = {}
        for e in in_force:
            if e.kind in ACCRUALS and e.value_date >= lo:
                posted.setdefault((e.value_date, e.kind), []).append(e)
        for night, d_int, d_pen in pos.nightly:
            for kind, amount in ((INTEREST_ACCRUAL, d_int), (PENALTY_ACCRUAL, d_pen)):
                have = posted.get((night, kind), [])
                if sum(h.interest + h.penalty for h in have) == amount:
                    continue
                for h in have:
                    new.append(reversal_of(h, memo="accrual recomputed", user_id=user_id, source=source))
                if amount:
                    new.append(Entry(None, kind, night, interest=amount if kind == INTEREST_ACCRUAL else 0,
                                     penalty=amount if kind == PENALTY_ACCRUAL else 0, source=source,
                                     memo="recomputed" if have else None, user_id=user_id))
                if have:
                    changes.append(f"{kind.replace('_', ' ')} of {night} recomputed")
    tot = None if partial_accruals else totals(entries + new)
    for e in fresh:
        e.id = None
    return Plan(loan=loan, new=fresh + new, position=pos, totals=tot, last_eod=through, changes=changes,
                state=state)


def _entries(terms, events, *, accruals, reversed_):
    """The journal of ``events`` as ``ledger.plan`` reads it: cash entries with whatever
    split was stored, some reversed, and accruals posted on some nights."""
    out, n = [], 1
    for e in events:
        amount = -e.amount if e.kind in (DISBURSEMENT, DRAW) else e.amount
        out.append(Entry(n, e.kind, e.value_date, amount=e.amount, principal=amount if e.kind != WAIVER else 0,
                         interest=-e.interest, penalty=-e.penalty))
        n += 1
    for k in reversed_:
        if out and k % (len(out) + 1) < len(out):
            e = out[k % (len(out) + 1)]
            if e.id != 1:
                out.append(reversal_of(e, memo="x", user_id=None, source="t"))
                out[-1].id = n
                n += 1
    for night, kind, amount in accruals:
        d = START + timedelta(days=night)
        out.append(Entry(n, kind, d, interest=amount if kind == INTEREST_ACCRUAL else 0,
                         penalty=amount if kind == PENALTY_ACCRUAL else 0))
        n += 1
    return out


@settings(max_examples=300, deadline=None)
@given(loan=loans(), last=st.one_of(st.none(), st.integers(0, 300)), ahead=st.integers(0, 30),
       back=st.one_of(st.none(), st.integers(0, 300)), partial=st.booleans(),
       accruals=st.lists(st.tuples(st.integers(0, 330), st.sampled_from(ACCRUALS), st.integers(-50, 500)),
                         max_size=6),
       reversed_=st.lists(st.integers(0, 20), max_size=2))
def test_a_plan_with_the_shortcuts_is_the_plan_by_the_rules(loan, last, ahead, back, partial, accruals, reversed_):
    terms, events = loan
    last_eod = None if last is None else START + timedelta(days=last)
    through = (last_eod or START) + timedelta(days=ahead)
    data = ledger.LoanData(1, "c", "active", 1, terms, last_eod, 1, False)
    kw = dict(through=through, recompute_from=None if back is None else START + timedelta(days=back),
              partial_accruals=partial)
    fast = _outcome(lambda: ledger.plan(data, _entries(terms, events, accruals=accruals, reversed_=reversed_),
                                        **kw))
    with by_rule():
        slow = _outcome(lambda: _plan_first(data, _entries(terms, events, accruals=accruals,
                                                           reversed_=reversed_), **kw))
    assert fast == slow


@given(entries=st.lists(st.tuples(st.sampled_from(sorted(sv.CASH_KINDS | set(ACCRUALS))), st.integers(0, 60),
                                  st.integers(-9, 9), st.one_of(st.none(), st.integers(1, 5))), max_size=12),
       lo=st.integers(0, 60))
def test_the_entries_read_in_one_pass_are_the_rules_reading(entries, lo):
    in_force = [Entry(k + 1, kind, START + timedelta(days=d), amount=a, interest=a, penalty=-a, origin_id=o)
                for k, (kind, d, a, o) in enumerate(entries)]
    lo_day = START + timedelta(days=lo)
    cash = [e for e in in_force if e.kind in sv.CASH_KINDS]
    posted = {}
    for e in in_force:
        if e.kind in ACCRUALS and e.value_date >= lo_day:
            posted.setdefault((e.value_date, e.kind), []).append(e)
    assert ledger._read(in_force, lo_day) == (cash, _events(in_force),
                                              max((e.value_date for e in cash), default=None), posted)


@given(v=st.one_of(st.dates(), st.dates().map(date.isoformat), st.just("2026-13-01")))
def test_a_remembered_day_looked_up_is_day_of(v):
    def rule():
        try:
            return day_of(v)
        except ValueError as e:
            return str(e)

    def known():
        try:
            return day_of_known()(v) or day_of(v)
        except ValueError as e:
            return str(e)
    assert rule() == known()
    assert rule() == known()        # the second time remembered


@given(rows=st.lists(st.tuples(st.integers(1, 12), st.dates(), st.integers(0, 10**6), st.integers(0, 10**5)),
                     min_size=1, max_size=12), text=st.booleans())
def test_engine_rows_with_days_looked_up_are_the_rows_by_day_of(rows, text):
    given_rows = [[p, d.isoformat() if text else d, a, i] for p, d, a, i in rows]
    part = (False, Fraction(1, 2000), Fraction(3, 200), Fraction(3, 2), DEFAULT_ALLOCATION, False, "principal",
            ROUND_HALF_UP)
    t = engine_terms_of(part, start=START, rows=given_rows)
    assert t.rows == tuple(SchedRow(r[0], day_of(r[1]), r[2], r[3]) for r in given_rows)
