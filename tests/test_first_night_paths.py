"""End of day's first night (every loan replayed from its journal): the shortcuts it takes
give what the reference paths give -- terms decoded through remembered parts, the
engine's reading of terms, the journal read as plain driver rows (SQLite and PostgreSQL)."""
from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from workstation.domain import servicing_model, terms as terms_mod
from workstation.domain.money import from_fen
from workstation.domain.rates import Rate
from workstation.domain.schedules import Conventions
from workstation.domain.servicing import CASH_KINDS, REVERSAL
from workstation.domain.servicing_model import LoanTerms, SchedRow, engine_terms
from workstation.domain.terms import ApprovedTerms, TermsError
from workstation.servicing import ledger, loan_views, loans
from workstation.store.bulk import raw_table
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare

START = date(2026, 1, 10)


def _variety() -> list[ApprovedTerms]:
    out = []
    for method, months, days in (("equal-installment", 12, None), ("equal-principal", 6, None),
                                 ("interest-only", 3, None), ("bullet", None, 30)):
        for rate in (Rate.from_daily_percent("0.05"), Rate.from_monthly_percent("1.5"),
                     Rate.from_annual_percent("18")):
            for conv in (Conventions(), Conventions(days_per_year=365, rounding="ROUND_HALF_EVEN")):
                for base in ("principal", "principal_and_interest"):
                    out.append(ApprovedTerms(product_code="P", amount=Decimal("12345.67"), rate=rate, method=method,
                                             term_months=months, term_days=days, conventions=conv,
                                             penalty_multiplier=Decimal("1.5"), penalty_base=base,
                                             start=START))
    return out


def _reference_engine_terms(t: ApprovedTerms, *, start, rows, accelerated_on=None) -> LoanTerms:
    """``engine_terms`` as it was, nothing remembered."""
    rows = tuple(SchedRow(r[0], date.fromisoformat(r[1]) if isinstance(r[1], str) else r[1], r[2], r[3])
                 for r in rows)
    return LoanTerms(start=start, daily=not t.method.monthly, daily_rate=t.daily_rate, monthly_rate=t.monthly_rate,
                     penalty_multiplier=Fraction(t.penalty_multiplier), rows=rows, allocation=t.allocation,
                     revolving=t.revolving, penalty_base=t.penalty_base, rounding=t.conventions.rounding,
                     accelerated_on=accelerated_on)


def test_terms_decoded_through_remembered_parts_equal_a_fresh_decode():
    for t in _variety():
        text = t.to_json()
        terms_mod._PARTS.clear()
        cold = ApprovedTerms.from_json(text)
        warm = ApprovedTerms.from_json(text)            # conventions and rate remembered now
        assert cold == warm == t
        assert warm.to_json() == text
        assert (warm.rate.daily, warm.rate.monthly, warm.rate.annual) == (t.rate.daily, t.rate.monthly, t.rate.annual)


def test_remembered_parts_keep_what_the_record_says_and_still_refuse_bad_records():
    t = _variety()[0]
    d = t.to_dict()
    ApprovedTerms.from_dict(d)                          # 360 remembered
    d2 = json.loads(json.dumps(d))
    d2["conventions"]["days_per_year"] = 360.0          # equal, but not the same record
    assert type(ApprovedTerms.from_dict(d2).conventions.days_per_year) is float
    assert type(ApprovedTerms.from_dict(d).conventions.days_per_year) is int
    for bad in ({"basis": "week", "value": "1/2000"}, {"basis": "day", "value": 0.0005},
                {"basis": ["day"], "value": "1/2000"}, {"basis": "day", "value": "-1/2000"}):
        d3 = json.loads(json.dumps(d))
        d3["rate"] = bad
        with pytest.raises(TermsError):
            ApprovedTerms.from_dict(d3)
    d4 = json.loads(json.dumps(d))
    d4["conventions"]["rounding"] = "ROUND_UP_AND_AWAY"
    with pytest.raises(TermsError):
        ApprovedTerms.from_dict(d4)


def test_the_engines_reading_of_terms_equals_the_reference():
    day = START + timedelta(days=3)
    for t in _variety():
        sch = t.schedule(start=day)
        rows = [[i.period, i.due_date.isoformat(), int(i.principal * 100), int(i.interest * 100)]
                for i in sch.installments]
        for recall in (None, day + timedelta(days=40)):
            want = _reference_engine_terms(t, start=day, rows=rows, accelerated_on=recall)
            servicing_model._PARTS.clear()
            assert engine_terms(t, start=day, rows=rows, accelerated_on=recall) == want
            assert engine_terms(t, start=day, rows=rows, accelerated_on=recall) == want      # remembered
            # another Rate object of the same figures, and terms decoded from the stored text
            again = ApprovedTerms.from_json(t.to_json())
            assert ledger.engine_terms_raw(t.to_json(), json.dumps(rows), day, recall) == want
            assert engine_terms(again, start=day, rows=rows, accelerated_on=recall) == want


def _reference_entries(s, loan_ids, *, kinds=None, since=None):
    """``ledger.load_entries`` as it was: SQLAlchemy Core, typed results."""
    j = raw_table("journal")
    out = {i: [] for i in loan_ids}
    q = select(j.c.loan_id, j.c.id, j.c.kind, j.c.value_date, j.c.amount, j.c.principal, j.c.interest,
               j.c.penalty, j.c.excess, j.c.reverses_id, j.c.origin_id, j.c.reference).where(j.c.loan_id.in_(loan_ids))
    if kinds is not None:
        q = q.where(j.c.kind.in_(list(kinds)))
    if since is not None:
        q = q.where(j.c.value_date >= since)
    for r in s.execute(q.order_by(j.c.id)):
        out[r[0]].append(ledger.Entry(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]))
    return out


def test_the_journal_read_as_driver_rows_equals_the_typed_read(db_url):
    """Backdated postings, a reversal and its re-posted splits, accruals: on SQLite and PostgreSQL."""
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        off, sup = actor(store, "officer1"), actor(store, "supervisor1")
        a = open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                      term_months=6, start=START)
        b = open_loan(store, off, product="ORDER", amount="20000", method="bullet", days=30, start=START)
        today = START + timedelta(days=90)
        from workstation.servicing.eod import run_eod
        run_eod(store, sup, START + timedelta(days=40))
        for lid, day, fen in ((a, 31, 1_050_000), (a, 20, 300_000), (b, 25, 700_000), (a, 62, 2_000_000)):
            loans.post_repayment(store, off, lid, amount=from_fen(fen), value_date=START + timedelta(days=day),
                                 today=today, confirm=True)
        pays = [e for e in loan_views.journal(store, None, a, include_accruals=False)
                if e.kind == "repayment" and e.reversed_by is None]
        loans.reverse(store, sup, a, pays[0].id, reason="test", confirm=True)
        with store.read() as s:
            for kinds, since in ((None, None), (CASH_KINDS | {REVERSAL}, None), (None, START + timedelta(days=25)),
                                 ({"interest_accrual", "penalty_accrual"}, START + timedelta(days=10))):
                got = ledger.load_entries(s, [a, b, 10**6], kinds=kinds, since=since)
                want = _reference_entries(s, [a, b, 10**6], kinds=kinds, since=since)
                assert got == want
                assert all(isinstance(e.value_date, date) for es in got.values() for e in es)
            assert sum(len(v) for v in ledger.load_entries(s, [a, b]).values()) > 10
    finally:
        store.close()


def test_penalty_rate_remembered_by_identity_equals_the_product():
    """``_Replay._rates``: the penalty rate looked up by the rate objects' identity is the
    exact product of the terms' own daily rate and multiplier, for shared, equal-but-new
    and distinct objects alike."""
    from workstation.domain import servicing
    day = START + timedelta(days=3)
    for t in _variety():
        rows = [[i.period, i.due_date.isoformat(), int(i.principal * 100), int(i.interest * 100)]
                for i in t.schedule(start=day).installments]
        base = engine_terms(t, start=day, rows=rows)
        for dr, pm in ((base.daily_rate, base.penalty_multiplier),
                       (Fraction(base.daily_rate.numerator, base.daily_rate.denominator), Fraction(3, 2)),
                       (base.daily_rate * 2, base.penalty_multiplier), (base.daily_rate, Fraction(0))):
            lt = LoanTerms(**{**base.__dict__, "daily_rate": dr, "penalty_multiplier": pm})
            for _ in range(2):
                r = servicing._Replay(lt)
                assert Fraction(r.pn, r.pd) == dr * pm and (r.pn, r.pd) == ((dr * pm).numerator, (dr * pm).denominator)
            servicing._PENALTY_RATES.clear()


def test_the_loans_update_parameters_equal_the_dict_rows_they_were_built_from():
    """``ledger_write._sqlite_rows`` (itemgetter, each day's text once) gives the tuples the
    per-row dictionaries gave: the plain values, the days as ISO text (None kept), the id
    and the version read."""
    from datetime import datetime

    from workstation.servicing import ledger_write as lw
    days = [date(2026, 6, 30), date(2026, 7, 1), None, date(2024, 2, 29), datetime(2026, 7, 1, 5, 6, 7)]
    rows = []
    for k in range(40):
        values = lw.cache_values((k, -k, 3 * k, 0), overdue_principal=k % 3, overdue_interest=0, dpd=k % 5,
                                 tier="正常", as_of=days[k % 4], last_eod=days[(k + 1) % 5], status="active",
                                 closed_on=days[(k * 7) % 5], written_off_on=None if k % 2 else days[k % 5])
        values["inst_sig"] = None if k % 3 else f"s{k}"
        values["version"] = k + 1
        rows.append((values, 1000 + k, k))
    keys = list(rows[0][0])
    dated = [k for k in keys if k in lw._DATE_KEYS]
    plain = [k for k in keys if k not in lw._DATE_KEYS]
    want = [tuple([v[k] for k in plain] + [lw._sqlite(v[k]) for k in dated]) + (lid, ver) for v, lid, ver in rows]
    assert lw._sqlite_rows(rows, plain, dated) == want
    assert lw._sqlite_rows(rows, plain[:1], dated[:1]) == [(v[plain[0]], lw._sqlite(v[dated[0]]), lid, ver)
                                                          for v, lid, ver in rows]
