"""Shortcuts of the repayment file's and end of day's per-loan Python, each compared with
the rule it stands for, on varied input (edge cases included):

* ``servicing_quiet.installment_rows`` (one pass) against
  ``delinquency.installment_status`` row by row (``installment_rows_by_rule``);
* the waterfall's repricing of a period with principal repaid early in integers
  (``servicing_cash._period_interest``) against the exact fractions of the rule.
"""
from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings, strategies as st

from workstation.domain.servicing_model import ROUNDERS, Inst
from workstation.domain.servicing_quiet import installment_rows, installment_rows_by_rule

D0 = date(2026, 1, 1)
_money = st.one_of(st.just(0), st.integers(-5, 5), st.integers(0, 3_000_000))


@st.composite
def _inst(draw, period: int, due: date) -> Inst:
    p, it = draw(_money), draw(_money)
    op, oi = draw(st.sampled_from([p, 0, p + 1])), draw(st.sampled_from([it, 0, it + 1, it - 1]))
    share = st.sampled_from(["none", "all", "some", "over"])

    def part(total):
        how = draw(share)
        return {"none": 0, "all": max(total, 0), "some": max(total, 0) // 2, "over": max(total, 0) + 1}[how]
    pp, ip = part(p), part(it)
    pw = draw(st.sampled_from([0, 0, max(p - pp, 0), 1]))
    iw = draw(st.sampled_from([0, 0, max(it - ip, 0), 1]))
    return Inst(period, due - timedelta(days=30), due, p, it, p, op, oi, pp, ip, pw, iw)


@st.composite
def _insts(draw) -> list[Inst]:
    n = draw(st.integers(0, 8))
    periods = draw(st.sampled_from(["plain", "repeat", "shuffled"]))
    dues = sorted(draw(st.lists(st.integers(0, 120), min_size=n, max_size=n)))
    out = []
    for k in range(n):
        period = k + 1 if periods != "repeat" else 1 + k // 2
        out.append(draw(_inst(period, D0 + timedelta(days=dues[k]))))
    if periods == "shuffled":
        out = draw(st.permutations(out))
    return out


@settings(max_examples=600, deadline=None)
@given(inst=_insts(), day=st.integers(-5, 130), closed=st.booleans(), written_off=st.booleans())
def test_installment_rows_in_one_pass_are_the_rule_row_by_row(inst, day, closed, written_off):
    as_of = D0 + timedelta(days=day)
    assert installment_rows(inst, as_of=as_of, closed=closed, written_off=written_off) == \
        installment_rows_by_rule(inst, as_of=as_of, closed=closed, written_off=written_off)


def test_installment_rows_every_status():
    """Each status of the rule met at least once, on a due date and the day after it."""
    seen = set()
    for day in range(-1, 40):
        as_of = D0 + timedelta(days=day)
        inst = [Inst(1, D0, D0 + timedelta(days=10), 100, 10, 300, 100, 10, 100, 10),        # paid
                Inst(2, D0, D0 + timedelta(days=20), 0, 0, 200, 100, 10),                      # prepaid
                Inst(3, D0, D0 + timedelta(days=20), 100, 10, 200, 100, 10, 50, 0, 50, 10),    # written off
                Inst(4, D0, D0 + timedelta(days=20), 100, 10, 200, 100, 10),                   # overdue / due
                Inst(5, D0, D0 + timedelta(days=25), 100, 10, 100, 100, 10, 1),                # partly paid
                Inst(6, D0, D0 + timedelta(days=30), 100, 5, 100, 100, 10, 100, 5),            # paid early
                Inst(7, D0, D0 + timedelta(days=35), 100, 10, 100, 100, 10)]                   # scheduled
        for closed in (False, True):
            for wo in (False, True):
                rows = installment_rows(inst, as_of=as_of, closed=closed, written_off=wo)
                assert rows == installment_rows_by_rule(inst, as_of=as_of, closed=closed, written_off=wo)
                seen.update(r[7] for r in rows)
    assert seen == {"paid", "prepaid", "written_off", "overdue", "partly_paid", "due", "scheduled"}


_rate = st.one_of(st.sampled_from([Fraction(1, 2000), Fraction(3, 200), Fraction(1, 2000) * 30, Fraction(0)]),
                  st.fractions(min_value=0, max_value=Fraction(1, 5), max_denominator=10**7))


@settings(max_examples=800, deadline=None)
@given(monthly=_rate, daily=_rate, rounding=st.sampled_from(sorted(ROUNDERS)), opening=st.integers(-10, 10**9),
       early=st.lists(st.tuples(st.integers(0, 40), st.integers(-10, 10**8)), max_size=5))
def test_period_interest_in_integers_is_the_rule_in_fractions(monthly, daily, rounding, opening, early):
    from types import SimpleNamespace

    from workstation.domain.servicing_cash import CashEvents, period_interest_by_rule
    r = SimpleNamespace(t=SimpleNamespace(monthly_rate=monthly, daily_rate=daily), rnd=ROUNDERS[rounding],
                        mn=monthly.numerator, md=monthly.denominator, dn=daily.numerator, dd=daily.denominator)
    i = Inst(1, D0, D0 + timedelta(days=30), 0, 0, opening, 0, 0, early=list(early))
    assert CashEvents._period_interest(r, i) == period_interest_by_rule(r, i)


START = date(2026, 1, 10)
_KINDS = [("equal-installment", 6, None), ("equal-principal", 6, None), ("interest-only", 6, None),
          ("bullet", None, 30)]


def _engine_terms(method, months, days, compound):
    from decimal import Decimal

    from workstation.domain.rates import Rate
    from workstation.domain.servicing_model import terms_from_schedule
    from workstation.domain.terms import ApprovedTerms
    a = ApprovedTerms(product_code="P", amount=Decimal("60000"), rate=Rate.from_daily_percent("0.05"),
                      method=method, term_months=months, term_days=days, start=START)
    return terms_from_schedule(a.schedule(), penalty_multiplier=Decimal("1.5"),
                               penalty_base="principal_and_interest" if compound else "principal")


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(_KINDS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 220), st.integers(1, 4_000_000)), max_size=5),
       cut=st.integers(0, 230), more=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 4_000_000)), max_size=3),
       step=st.integers(0, 40))
def test_the_kept_rows_a_plan_reuses_are_the_rows_of_its_day(kind, compound, pays, cut, more, step):
    """A continued state hands its position the quiet header's installment rows (made
    for the next day): they are the rule's rows of the next day, their signature is
    theirs, and when they are marked the same they are the rule's rows of the position's
    own day; ``installment_tuples_signed`` of a plan is always the rows and signature
    computed afresh."""
    from workstation.domain import servicing as sv
    from workstation.domain.servicing_quiet import rows_signature
    from workstation.domain.servicing_state import replay_keeping, resume
    from workstation.servicing import ledger, ledger_write

    terms = _engine_terms(*kind, compound)
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1)
               for k, (d, a) in enumerate(sorted(pays))]
    day = START + timedelta(days=cut)
    _, state = replay_keeping(terms, [e for e in events if e.value_date < day], as_of=day)
    if state is None:
        return
    from workstation.domain.servicing_state import load
    assert load(state)[0].t == terms          # the terms read back as they were kept
    later = [sv.Event(100 + k, "repayment", day + timedelta(days=d), a, order=100 + k)
             for k, (d, a) in enumerate(sorted(more))]
    as_of = max([day + timedelta(days=step)] + [e.value_date for e in later])
    got = resume(state, as_of=as_of, events=later)
    assert got is not None
    pos, _ = got
    closed, wo = bool(pos.closed_on), bool(pos.written_off_on)
    mine = installment_rows_by_rule(pos.installments, as_of=pos.as_of, closed=closed, written_off=wo)
    if pos.kept_rows is not None:
        rows, sig, same = pos.kept_rows
        assert not closed and not wo
        assert sig == rows_signature(rows)
        if not terms.daily:     # a daily loan's position shows the interest earned: compared below
            assert rows == installment_rows_by_rule(pos.installments, as_of=as_of + timedelta(days=1),
                                                    closed=False, written_off=False)
        if same:
            assert rows == mine
    p = ledger.Plan(ledger.LoanData(1, "c", "active", 1, terms, None, 1, False), [], pos, None, None)
    assert ledger_write.installment_tuples_signed(p) == (mine, rows_signature(mine))


def test_kept_rows_serve_a_plan_on_a_quiet_day_and_not_with_an_overdue_installment():
    from workstation.domain import servicing as sv
    from workstation.domain.servicing_state import replay_keeping, resume
    terms = _engine_terms("equal-installment", 6, None, False)
    dis = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    first_due = terms.rows[0].due_date
    for day, same in ((first_due - timedelta(days=5), True), (first_due + timedelta(days=3), False)):
        _, state = replay_keeping(terms, dis, as_of=day)
        pos, _ = resume(state, as_of=day, events=[sv.Event(9, "repayment", day, 10_000, order=9)])
        assert pos.kept_rows is not None and pos.kept_rows[2] is same


def _header_as_first_written(r, day):
    """``servicing_quiet.header`` as it was first written (before its loops were merged):
    the reference the one-pass header is compared with."""
    from workstation.domain import servicing_quiet as q
    t = r.t
    if (r.closed_on or r.written_off_on or t.revolving or t.accelerated_on is not None
            or (t.daily and (len(r.inst) != 1 or r.inst[0].principal_left <= 0))):
        return None
    later = [i.due for i in r.inst if i.due > day]
    until = min(later) if later else None
    overdue, notdue = r.bases(day)
    runs, fixed = [], 0
    if not t.daily:
        for i in r.inst:
            if until is not None and i.due == until:
                runs.append((i.start.toordinal(), i.due.toordinal(), i.interest, i.opening, i.early))
            else:
                fixed += r._e(i, day)
    over = [i for i in r.inst if i.due <= day and not i.settled]
    if t.daily:
        over_i = r._daily_interest_left() if over else 0
    else:
        over_i = sum(max(0, i.interest_left) for i in over)
    a0 = day.toordinal() + 1
    rows = installment_rows_by_rule(r.inst, as_of=date.fromordinal(a0), closed=False, written_off=False)
    late = [(k, i.due.toordinal()) for k, (i, row) in enumerate(zip(r.inst, rows)) if row[7] == "overdue"]
    rows_text = q._encode(rows)
    head = q._encode((q.VERSION, day.toordinal(), until.toordinal() if until else None, t.daily, t.rounding,
                      r.dn, r.dd, r.int_num, notdue * r.dn, fixed, runs, r.pen_num, overdue * r.pn, r.pd,
                      sum(i.principal_left for i in over), over_i, over[0].due.toordinal() if over else None,
                      late, q.rows_signature(rows, rows_text)))
    return f"{head}\n{rows_text}"


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(_KINDS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 220), st.integers(1, 4_000_000)), max_size=6),
       cut=st.integers(0, 240))
def test_the_quiet_header_in_fewer_passes_is_the_header_first_written(kind, compound, pays, cut):
    from workstation.domain import servicing as sv
    from workstation.domain.servicing import _run
    from workstation.domain.servicing_quiet import header
    terms = _engine_terms(*kind, compound)
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1)
               for k, (d, a) in enumerate(sorted(pays))]
    day = START + timedelta(days=cut)
    r = _run(terms, [e for e in events if e.value_date <= day], as_of=day, window=None)
    assert header(r, day) == _header_as_first_written(r, day)


def test_terms_made_at_once_are_the_terms_constructed():
    """``servicing_state.new_terms`` gives the object the constructor gives (every field,
    the same checks refusing the same values)."""
    import dataclasses

    import pytest

    from workstation.domain.servicing_model import LoanTerms, SchedRow, ServicingError
    from workstation.domain.servicing_state import new_terms
    names = [f.name for f in dataclasses.fields(LoanTerms)]
    good = dict(start=D0, daily=False, daily_rate=Fraction(1, 2000), monthly_rate=Fraction(3, 200),
                penalty_multiplier=Fraction(3, 2), rows=(SchedRow(1, D0 + timedelta(days=30), 100, 5),),
                allocation=("penalty_interest", "overdue_interest", "overdue_principal", "current_interest",
                            "current_principal"), revolving=False, penalty_base="principal",
                rounding="ROUND_HALF_UP", accelerated_on=None)
    assert set(good) == set(names)
    for change in ({}, {"daily": True, "revolving": True}, {"accelerated_on": D0},
                   {"penalty_base": "principal_and_interest", "rounding": "ROUND_DOWN"}):
        v = {**good, **change}
        a, b = new_terms(v), LoanTerms(**v)
        assert a == b and vars(a) == vars(b) and hash(a) == hash(b) and type(a) is LoanTerms
    for bad in ({"penalty_base": "x"}, {"rounding": "ROUND_UP"}, {"rows": ()},
                {"allocation": ("penalty_interest",)}, {"allocation": good["allocation"][:-1] + ("x",)}):
        v = {**good, **bad}
        with pytest.raises(ServicingError) as e1:
            LoanTerms(**v)
        with pytest.raises(ServicingError) as e2:
            new_terms(v)
        assert str(e1.value) == str(e2.value)
