"""The engine state kept between nights (domain.servicing_state, services.engine_state):
continuing a kept state gives what a full replay gives, to the fen; and the books (the
journal, the cached balances, the installments) are identical with the cache and
without it, through end-of-day runs, desk postings, backdated postings, reversals and
repayment files."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from workstation.domain import servicing as sv
from workstation.domain.money import from_fen
from workstation.domain.rates import Rate
from workstation.domain.servicing_model import terms_from_schedule
from workstation.domain.servicing_quiet import installment_rows, night as quiet_night, rows_signature
from workstation.domain.servicing_state import payoff_from, quiet_part, replay_keeping, resume
from workstation.domain.terms import ApprovedTerms
from workstation.servicing import engine_state, ledger, loan_views, loans
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.eod import _process
from workstation.servicing.reconcile import reconcile
from workstation.servicing.repayment_import import import_repayments
from workstation.store.models_loans import Installment, JournalEntry, Loan

from tests.servicing_support import actor, open_loan, prepare

START = date(2026, 1, 10)
TERMS = [("equal-installment", 6, None), ("equal-principal", 6, None), ("interest-only", 6, None),
         ("bullet", None, 30)]


def _terms(method, months, days, penalty_base="principal"):
    a = ApprovedTerms(product_code="P", amount=Decimal("60000"), rate=Rate.from_daily_percent("0.05"),
                      method=method, term_months=months, term_days=days, start=START)
    return terms_from_schedule(a.schedule(), penalty_multiplier=Decimal("1.5"), penalty_base=penalty_base)


def _shape(pos):
    inst = [(i.period, i.due, i.principal, i.interest, i.opening, i.pp, i.ip, i.pw, i.iw, i.pb, list(i.early))
            for i in pos.installments]
    return (pos.as_of, inst, pos.disbursed, pos.principal_outstanding, pos.interest_earned, pos.interest_paid,
            pos.interest_waived, pos.penalty_earned, pos.penalty_paid, pos.penalty_waived, pos.overdue_principal,
            pos.overdue_interest, pos.dpd, pos.excess, pos.closed_on, pos.written_off_on, pos.nightly)


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(TERMS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 220), st.integers(1, 4_000_000)), max_size=6),
       cuts=st.lists(st.integers(0, 230), min_size=1, max_size=4), end=st.integers(1, 240))
def test_resuming_a_kept_state_equals_the_full_replay(kind, compound, pays, cuts, end):
    """Replay to a day, keep the state, continue it (with the later payments) in one or
    more steps: the position, every nightly accrual, the splits and the payoff are
    those of one replay of everything."""
    terms = _terms(*kind, penalty_base="principal_and_interest" if compound else "principal")
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1) for k, (d, a) in enumerate(pays)]
    as_of = START + timedelta(days=end)
    days = sorted({min(START + timedelta(days=c), as_of) for c in cuts})
    first = days[0]
    try:
        full = sv.replay(terms, events, as_of=as_of, window=(first, as_of - timedelta(days=1)) if first < as_of else None)
        payoff = sv.payoff_amount(terms, events, on=as_of)
    except sv.ServicingError:
        return                           # the engine refuses the sequence anyway
    _, state = replay_keeping(terms, [e for e in events if e.value_date <= first], as_of=first)
    assert state is not None
    nightly, allocs = [], {}
    day = first
    for nxt in days[1:] + [as_of]:
        todo = [e for e in events if day < e.value_date <= nxt]
        got = resume(state, as_of=nxt, window=(day, nxt - timedelta(days=1)) if day < nxt else None, events=todo)
        assert got is not None
        pos, state = got
        nightly += pos.nightly
        allocs.update(pos.allocations)
        day = nxt
    assert _shape(pos)[:-1] == _shape(full)[:-1]
    assert nightly == full.nightly
    assert allocs == {k: v for k, v in full.allocations.items() if k in allocs}
    assert payoff_from(state, on=as_of) == payoff


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(TERMS), compound=st.booleans(),
       pays=st.lists(st.tuples(st.integers(0, 220), st.integers(1, 4_000_000)), max_size=5),
       cut=st.integers(0, 230), back=st.integers(0, 3), nights=st.integers(1, 40))
def test_a_quiet_night_equals_resuming_the_state(kind, compound, pays, cut, back, nights):
    """End of day from a kept state's closed form (servicing_quiet.night) gives what
    resuming the state gives: every nightly accrual, the overdue figures, days past due
    and each installment row with its fingerprint; outside its stretch it declines."""
    terms = _terms(*kind, penalty_base="principal_and_interest" if compound else "principal")
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1) for k, (d, a) in enumerate(pays)]
    day = START + timedelta(days=cut)
    try:
        _, state = replay_keeping(terms, [e for e in events if e.value_date <= day], as_of=day)
    except sv.ServicingError:
        return
    q = quiet_part(state)
    last = max(day - timedelta(days=1), day - timedelta(days=1) + timedelta(days=back))
    through = last + timedelta(days=nights)
    got = resume(state, as_of=through + timedelta(days=1), window=(last + timedelta(days=1), through))
    pos = got[0]
    qn = quiet_night(q, last_eod=last, through=through) if q else None
    if qn is None:
        return
    assert pos.closed_on is None and pos.written_off_on is None
    assert qn.as_of == pos.as_of
    assert qn.nightly == pos.nightly
    assert (qn.overdue_principal, qn.overdue_interest, qn.dpd) == (pos.overdue_principal, pos.overdue_interest,
                                                                   pos.dpd)
    rows = installment_rows(pos.installments, as_of=pos.as_of, closed=False, written_off=False)
    assert qn.rows == rows
    assert qn.signature == rows_signature(rows)
    same = quiet_night(q, last_eod=last, through=through, stored=rows_signature(rows))
    assert same.rows is None and same.signature == qn.signature           # as stored: nothing to rewrite


def test_a_quiet_stretch_ends_at_the_next_due_date():
    terms = _terms("equal-installment", 6, None)
    ev = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    day = START + timedelta(days=3)
    _, state = replay_keeping(terms, ev, as_of=day)
    q = quiet_part(state)
    due = terms.rows[0].due_date
    assert quiet_night(q, last_eod=day - timedelta(days=1), through=due - timedelta(days=1)) is not None
    assert quiet_night(q, last_eod=day - timedelta(days=1), through=due) is None       # crosses the due date
    assert quiet_night(q, last_eod=day - timedelta(days=2), through=day) is None       # before its day
    paid = [*ev, sv.Event(1, "repayment", START + timedelta(days=1), 99_000_000, order=1)]
    _, closed = replay_keeping(terms, paid, as_of=day)
    assert quiet_part(closed) is None                                                  # a closed loan has none


def test_a_state_refuses_what_it_cannot_continue():
    terms = _terms("equal-installment", 6, None)
    ev = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    day = START + timedelta(days=40)
    _, state = replay_keeping(terms, ev, as_of=day)
    early = sv.Event(1, "repayment", day - timedelta(days=1), 1000, order=1)
    assert resume(state, as_of=day + timedelta(days=5), events=[early]) is None     # an event before its day
    assert resume(state, as_of=day - timedelta(days=1)) is None                     # an earlier day
    assert resume(state, as_of=day + timedelta(days=5), window=(day - timedelta(days=2), day)) is None
    assert resume("[0,1]", as_of=day) is None                                       # another version
    later = [*ev, sv.Event(1, "repayment", day + timedelta(days=3), 1000, order=1)]
    assert replay_keeping(terms, later, as_of=day)[1] is None                       # an event after the day


# -- the books with and without the cache ---------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = prepare(Store.open(f"sqlite:///{tmp_path_factory.mktemp('state') / 's.db'}"))
    yield s
    s.close()


def _book(store, lid):
    """The loan's books without ids: journal rows (a reversal names the row it reverses by
    position), the cached balances and the installments."""
    with store.read() as s:
        rows = list(s.scalars(select(JournalEntry).where(JournalEntry.loan_id == lid).order_by(JournalEntry.id)))
        at = {r.id: k for k, r in enumerate(rows)}
        journal = [(r.kind, r.value_date, r.amount, r.principal, r.interest, r.penalty, r.excess,
                    at.get(r.reverses_id), at.get(r.origin_id)) for r in rows]
        ln = s.get(Loan, lid)
        loan = (ln.status, ln.principal_outstanding, ln.interest_unpaid, ln.penalty_unpaid, ln.excess,
                ln.overdue_principal, ln.overdue_interest, ln.dpd, ln.bucket, ln.tier, ln.position_date,
                ln.last_eod, ln.closed_on, ln.written_off_on)
        inst = [(i.period, i.due_date, i.principal_due, i.interest_due, i.principal_paid, i.interest_paid,
                 i.interest_waived, i.principal_written_off, i.status, i.days_overdue)
                for i in s.scalars(select(Installment).where(Installment.loan_id == lid).order_by(Installment.period))]
    return journal, loan, inst


def _eod(store, lid, when):
    with store.tx() as s:
        if (s.get(Loan, lid).last_eod or START) < when:
            _process(s, [lid], as_of=when, tiers=ledger.thresholds(s), actor=None)


def _apply(store, tmp, lid, ops, *, cached: bool):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    today = START + timedelta(days=230)
    engine_state.ENABLED = cached
    try:
        for n, (kind, day, value) in enumerate(ops):
            when = START + timedelta(days=day)
            try:
                if kind == "pay":
                    loans.post_repayment(store, off, lid, amount=from_fen(value), value_date=when, today=today,
                                         confirm=True)
                elif kind == "file":
                    with store.read() as s:
                        cno = s.get(Loan, lid).contract_no
                    f = tmp / f"r{lid}-{n}.csv"
                    f.write_text("payment_ref,contract_no,value_date,amount,kind\n"
                                 f"P{lid}-{n},{cno},{when},{from_fen(value)},repayment\n", encoding="utf-8")
                    import_repayments(store, off, f, today=today)
                elif kind == "eod":
                    _eod(store, lid, when)
                else:
                    pays = [e for e in loan_views.journal(store, None, lid, include_accruals=False)
                            if e.kind == "repayment" and e.reversed_by is None]
                    if pays:
                        loans.reverse(store, sup, lid, pays[value % len(pays)].id, reason="test", confirm=True)
            except DomainError:
                pass
        _eod(store, lid, today)
    finally:
        engine_state.ENABLED = True


PRODUCTS = [
    dict(product="CREDIT_FIXED", amount="60000", method="equal-installment", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="equal-principal", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="interest-only", term_months=6),
    dict(product="ORDER", amount="20000", method="bullet", days=30),
]
op = st.one_of(
    st.tuples(st.just("pay"), st.integers(0, 200), st.integers(1, 2_000_000)),
    st.tuples(st.just("file"), st.integers(0, 200), st.integers(1, 2_000_000)),
    st.tuples(st.just("eod"), st.integers(0, 220), st.just(0)),
    st.tuples(st.just("reverse"), st.integers(0, 10), st.just(0)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(product=st.sampled_from(PRODUCTS), ops=st.lists(op, min_size=1, max_size=12))
def test_books_identical_with_and_without_the_cache(store, tmp_path_factory, product, ops):
    tmp = tmp_path_factory.mktemp("files")
    off = actor(store, "officer1")
    a = open_loan(store, off, start=START, daily_rate="0.0005", **product)
    b = open_loan(store, off, start=START, daily_rate="0.0005", **product)
    # nights run one by one at first, so the cache serves (and is checked) night after night
    nightly = [("eod", d, 0) for d in range(1, 8)]
    _apply(store, tmp, a, nightly + ops, cached=True)
    _apply(store, tmp, b, nightly + ops, cached=False)
    ja, la, ia = _book(store, a)
    jb, lb, ib = _book(store, b)
    assert ja == jb
    assert la == lb
    assert ia == ib
    _, bad = reconcile(store, None)
    assert [str(x) for x in bad if x.loan_id in (a, b)] == []


def test_the_cache_serves_and_a_backdated_posting_or_reversal_sets_it_aside(db_url, tmp_path):
    """On SQLite and PostgreSQL."""
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        _serves_and_is_set_aside(store, tmp_path)
    finally:
        store.close()


def _serves_and_is_set_aside(store, tmp_path):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, start=START, daily_rate="0.0005", product="CREDIT_FIXED", amount="60000",
                    method="equal-installment", term_months=6)
    ref = open_loan(store, off, start=START, daily_rate="0.0005", product="CREDIT_FIXED", amount="60000",
                    method="equal-installment", term_months=6)

    def night(d, cached):
        engine_state.ENABLED = cached
        try:
            _eod(store, lid if cached else ref, START + timedelta(days=d))
        finally:
            engine_state.ENABLED = True
    quiet_before = engine_state.stats["quiet"]
    for d in range(1, 40):
        before = engine_state.stats["resumed"] + engine_state.stats["quiet"]
        night(d, True)
        night(d, False)
        if d > 1:        # continued from the night before: in closed form or by the engine
            assert engine_state.stats["resumed"] + engine_state.stats["quiet"] == before + 1
        assert _book(store, lid)[1:] == _book(store, ref)[1:]           # balances and installments, nightly
    assert engine_state.stats["quiet"] - quiet_before > 30             # most nights are quiet ones
    for cached, loan in ((True, lid), (False, ref)):     # a repayment file for the next day
        with store.read() as s:
            cno = s.get(Loan, loan).contract_no
        f = tmp_path / f"{cno}.csv"
        f.write_text(f"payment_ref,contract_no,value_date,amount,kind\nF-{cno},{cno},{START + timedelta(days=40)},"
                     "3210.55,repayment\n", encoding="utf-8")
        engine_state.ENABLED = cached
        forward = engine_state.stats["forward"]
        try:
            assert import_repayments(store, off, f, today=START + timedelta(days=40)).imported == 1
        finally:
            engine_state.ENABLED = True
        assert engine_state.stats["forward"] == forward + cached      # posted from the kept state
    assert _book(store, lid) == _book(store, ref)
    today = START + timedelta(days=60)
    for loan in (lid, ref):            # backdated into the accrued nights, then reversed
        loans.post_repayment(store, off, loan, amount=Decimal("5000"), value_date=START + timedelta(days=20),
                             today=today, confirm=True)
    replayed = engine_state.stats["replayed"]
    night(45, True)
    assert engine_state.stats["replayed"] == replayed + 1             # the journal changed: replayed
    night(45, False)
    for loan in (lid, ref):
        pay = next(e for e in loan_views.journal(store, None, loan, include_accruals=False)
                   if e.kind == "repayment" and e.reversed_by is None)
        loans.reverse(store, sup, loan, pay.id, reason="test", confirm=True)
    replays = []
    for d in range(46, 55):
        replayed = engine_state.stats["replayed"]
        night(d, True)
        replays.append(engine_state.stats["replayed"] - replayed)
        night(d, False)
    assert replays == [1] + [0] * 8                                  # once, then continued again
    assert _book(store, lid) == _book(store, ref)
    _, bad = reconcile(store, None)
    assert [str(x) for x in bad if x.loan_id in (lid, ref)] == []
