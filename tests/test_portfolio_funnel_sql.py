"""The funnel summed in the database (measures_flow.funnel_rows) equals the per-case
computation it replaced (kept here as ``reference_rows``), on both backends, over varied
cases: month boundaries in the business time zone, gaps with fractions of a second and
backwards, steps after the window's end, officers and none, scopes."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select, true, update

from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.domain.workflow import Status
from workstation.domain.products import product_by_code
from workstation.portfolio.measures_flow import FUNNEL_STEPS, REVIEWED, end_of, funnel_rows
from workstation.servicing import loans
from workstation.store.bulk import raw_table
from workstation.store.models import Application, StatusChange, User
from workstation.store.models_loans import Loan
from workstation.store.session import Store

from tests.servicing_support import actor, new_application, open_loan, prepare

D = date
UTC = timezone.utc


def reference_rows(s, since: date, until: date, app_scope=None) -> list[tuple]:
    """The funnel as computed case by case in Python before it moved into SQL."""
    at, sh, lt = raw_table("applications"), raw_table("status_history"), raw_table("loans")
    stop = end_of(until)
    reviewed = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status.in_(REVIEWED), sh.c.at < stop).group_by(sh.c.application_id).subquery())
    approved = (select(sh.c.application_id, func.min(sh.c.at).label("at"))
                .where(sh.c.to_status == "approved", sh.c.at < stop).group_by(sh.c.application_id).subquery())
    q = (select(at.c.officer_id, at.c.received_at, at.c.amount_requested, reviewed.c.at, approved.c.at,
                lt.c.signed_on, lt.c.approved_amount, lt.c.disbursed_on, lt.c.disbursed_amount)
         .select_from(at.outerjoin(reviewed, reviewed.c.application_id == at.c.id)
                      .outerjoin(approved, approved.c.application_id == at.c.id)
                      .outerjoin(lt, lt.c.application_id == at.c.id))
         .where(at.c.received_at >= end_of(since - timedelta(days=1)), at.c.received_at < stop,
                app_scope if app_scope is not None else true()))
    acc: dict[tuple, list[int]] = {}

    def day_of(x):
        if isinstance(x, datetime):
            return (x if x.tzinfo else x.replace(tzinfo=UTC)).astimezone(BUSINESS_TZ)
        return datetime.combine(x, time(12), tzinfo=BUSINESS_TZ)

    for officer, rec, amount, rev, appr, signed, appr_amt, disb, disb_amt in s.execute(q):
        month = day_of(rec).strftime("%Y-%m")
        steps = {"received": (rec, amount), "reviewed": (rev, amount), "approved": (appr, amount),
                 "signed": (signed if signed and signed <= until else None, appr_amt),
                 "disbursed": (disb if disb and disb <= until else None, disb_amt)}
        prev = None
        for k in FUNNEL_STEPS:
            when, amt = steps[k]
            if when is None:
                break
            a = acc.setdefault((officer, month, k), [0, 0, 0, 0])
            a[0] += 1
            a[1] += int(amt or 0)
            if prev is not None:
                a[2] += 1
                a[3] += max(int((day_of(when) - day_of(prev)).total_seconds()), 0)
            prev = when
    return [(o, mo, k, *a) for (o, mo, k), a in sorted(acc.items(), key=lambda x: (x[0][0] or 0, x[0][1], x[0][2]))]


# received instants around the business month ends (Shanghai is UTC+8: 16:00 UTC is midnight)
RECEIVED = [datetime(2025, 11, 30, 15, 59, 59, 999999, tzinfo=UTC), datetime(2025, 11, 30, 16, 0, tzinfo=UTC),
            datetime(2025, 12, 1, 0, 0, 0, 1, tzinfo=UTC), datetime(2025, 12, 31, 15, 59, 59, tzinfo=UTC),
            datetime(2025, 12, 31, 16, 0, 0, 500000, tzinfo=UTC), datetime(2026, 1, 14, 23, 59, 59, 999999, tzinfo=UTC),
            datetime(2026, 1, 31, 12, 0, 0, 250000, tzinfo=UTC), datetime(2025, 10, 31, 16, 0, tzinfo=UTC)]


@pytest.fixture
def varied(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    rng = random.Random(15)
    off = actor(store, "officer1")
    # signed and paid out on varied days around the windows' ends (one signed only)
    starts = [D(2025, 11, 29), D(2025, 12, 1), D(2025, 12, 6), D(2025, 12, 21), D(2026, 1, 15), D(2026, 2, 9)]
    loan_ids = [open_loan(store, off, product="CREDIT_FIXED", amount=str(3000 + 1000 * k), method="equal-installment",
                          start=starts[k], term_months=3, draw=str(2500 + 1000 * k) if k % 2 else None)
                for k in range(5)]
    app = new_application(store, product="CREDIT_FIXED", amount=Decimal("8000"), term_months=3)
    terms = ApprovedTerms.from_product(product_by_code("CREDIT_FIXED"), amount=Decimal("8000"), method="equal-installment",
                                       term_months=3, term_days=None, start=starts[5], check=False,
                                       rate=Rate.from_daily_percent(Decimal("0.05")))
    loan_ids.append(loans.sign_contract(store, off, app, terms, signed_on=starts[5], channel="online"))
    with store.read(None) as s:
        app_ids = [s.scalar(select(Loan.application_id).where(Loan.id == lid)) for lid in loan_ids]
        officers = [None] + list(s.scalars(select(User.id).where(User.username.in_(("officer1", "supervisor1")))))
    app_ids += [new_application(store, product="CREDIT_FIXED", amount=Decimal(1000 * (k + 1)), status=Status.RECEIVED)
                for k in range(10)]
    with store.tx(None) as s:
        for k, app in enumerate(app_ids):
            rec = RECEIVED[k % len(RECEIVED)] + timedelta(days=rng.choice([0, 0, 3, 17]))
            s.execute(update(Application).where(Application.id == app)
                      .values(received_at=rec, officer_id=officers[k % len(officers)]))
            if rng.random() < 0.85:        # reviewed: sometimes before it was received, sometimes by fractions
                rev = rec + timedelta(seconds=rng.choice([-3600, 0, 0.999999, 1.5, 86399.999999, 200000.25]))
                s.add(StatusChange(application_id=app, to_status=rng.choice(REVIEWED[:2]), at=rev))
                s.add(StatusChange(application_id=app, to_status="recommended", at=rev + timedelta(hours=5)))
                if rng.random() < 0.8:
                    appr = rev + timedelta(seconds=rng.choice([-10.5, 0.000001, 7200.75, 400000]))
                    s.add(StatusChange(application_id=app, to_status="approved", at=appr))
    yield store
    store.close()


WINDOWS = [(D(2025, 12, 1), D(2025, 12, 31)), (D(2025, 11, 1), D(2026, 1, 31)), (D(2025, 12, 1), D(2025, 12, 4)),
           (D(2025, 10, 1), D(2026, 3, 31)), (D(2025, 12, 31), D(2026, 1, 1)), (D(2026, 1, 5), D(2025, 12, 30))]


def test_funnel_in_sql_equals_the_case_by_case_funnel(varied):
    at = raw_table("applications")
    with varied.read(None) as s:
        officer = s.scalar(select(User.id).where(User.username == "officer1"))
        seen = set()
        for since, until in WINDOWS:
            for scope in (None, at.c.officer_id == officer, at.c.officer_id.is_(None)):
                fast, slow = funnel_rows(s, since, until, scope), reference_rows(s, since, until, scope)
                assert fast == slow, (since, until, scope)
                seen |= {(r[2], r[6] > 0) for r in fast}
    # the cases reach every step, with gaps of whole seconds and of none
    assert {step for step, _ in seen} == set(FUNNEL_STEPS) and (("reviewed", True) in seen)


def test_funnel_statement_kept_per_month_count_serves_every_window(varied):
    """Without a scope the statement is built once per backend and number of months and
    bound per window: each window, asked in any order and again, gives what the
    case-by-case funnel gives (end of day's windows among them: ``stats.funnel_since``)."""
    from workstation.portfolio import measures as m
    from workstation.portfolio.stats import funnel_since
    days = [D(2025, 12, 31), D(2026, 1, 15), D(2026, 1, 31), D(2026, 2, 28), D(2025, 12, 2), D(2026, 3, 31),
            D(2025, 9, 30), D(2025, 11, 30)]
    windows = WINDOWS + [(funnel_since(d), d) for d in days]
    m._BUILT.clear()
    order = windows * 2
    random.Random(4).shuffle(order)
    with varied.read(None) as s:
        for since, until in order:
            assert funnel_rows(s, since, until) == reference_rows(s, since, until), (since, until)
    funnels = [k for k in m._BUILT if k[0] == "funnel"]
    assert 1 < len(funnels) < len(set(windows))       # several shapes, each serving several windows
