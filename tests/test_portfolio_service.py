"""The portfolio over loans serviced through the services: end of day keeps the
positions (figures agree with the ledger's cache), the funnel, write-offs, the
dashboard's visibility (officers their own book, supervisors their team's)."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from workstation.portfolio import service
from workstation.portfolio.measures_flow import funnel
from workstation.servicing import eod, loans
from workstation.domain.errors import PermissionDenied
from workstation.store.session import Store
from workstation.store.models import Application, StatusChange, User, UserRole
from workstation.store.models_loans import Loan

from tests.servicing_support import actor, new_application, open_loan, prepare

D = date
T = D(2026, 6, 30)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    with store.tx(None) as s:
        sup = s.scalar(select(User.id).where(User.username == "supervisor1"))
        s.execute(update(User).where(User.username == "officer1").values(supervisor_id=sup))
        s.add(User(username="officer2", display_name="officer2", password_hash="x", roles=[UserRole(role="officer")]))
    yield store
    store.close()


def _assign(store, loan_id, username):
    with store.tx(None) as s:
        uid = s.scalar(select(User.id).where(User.username == username))
        app_id = s.scalar(select(Loan.application_id).where(Loan.id == loan_id))
        s.execute(update(Application).where(Application.id == app_id).values(officer_id=uid))


def test_end_of_day_keeps_positions_that_agree_with_the_ledger(desk):
    off, sup = actor(desk, "officer1"), actor(desk, "supervisor1")
    a = open_loan(desk, off, product="CREDIT_FIXED", amount="12000", method="equal-installment",
                  start=D(2026, 1, 31), term_months=3)
    b = open_loan(desk, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 1, 1), days=30)
    c = open_loan(desk, off, product="ORDER", amount="5000", method="bullet", start=D(2026, 1, 1), days=30)
    for lid in (a, b):
        _assign(desk, lid, "officer1")
    _assign(desk, c, "officer2")
    eod.run_eod(desk, sup, D(2026, 2, 9))
    loans.write_off(desk, sup, b, value_date=D(2026, 2, 10), reason="核销", today=T)
    eod.run_eod(desk, sup, D(2026, 3, 31))
    with desk.read(None) as s:
        cache = {r.id: r for r in s.execute(select(Loan.id, Loan.principal_outstanding, Loan.dpd, Loan.status))}
    admin = actor(desk, "admin")
    dash = service.dashboard(desk, admin, D(2026, 3, 31))
    live = [r for r in cache.values() if r.status == "active"]
    assert dash.headline["count"] == len(live) == 2                     # a and c; b written off
    assert dash.headline["balance"] == int(sum(r.principal_outstanding for r in live) * 100)
    rows = service.loan_rows(desk, admin, D(2026, 3, 31), service.drill_ids(desk, admin, D(2026, 3, 31), "balance"))
    # the cache describes the start of 1 April; the portfolio the end of 31 March: a day less
    assert {(r.loan_id, r.dpd) for r in rows} == {(r.id, r.dpd - 1) for r in live}
    assert dash.recoveries == (1000000, 0)               # 10,000 written off, nothing recovered
    # none of the three paid its first installment: a (due 28 Feb), b and c (due 31 Jan)
    fpd = dict((mo, (n, bad)) for mo, n, bad, _, _ in dash.fpd)
    assert cache[a].dpd == 32                          # first due 28 February, never paid (1 April)
    assert fpd["2026-01"] == (3, 3)                     # b went bad before its write-off: it counts
    # officer1 sees a and b, not officer2's c; the supervisor sees their team (officer1)
    mine = service.dashboard(desk, off, D(2026, 3, 31))
    assert mine.headline["count"] == 1 and mine.headline["balance"] == int(cache[a].principal_outstanding * 100)
    assert service.dashboard(desk, sup, D(2026, 3, 31)).headline == mine.headline
    assert service.drill_ids(desk, off, D(2026, 3, 31), "balance") == [a]
    assert service.loan_rows(desk, off, D(2026, 3, 31), [c]) == []
    # a second record of the same night changes nothing
    from workstation.portfolio.snapshot import record
    assert record(desk, sup, D(2026, 3, 31)) == 0
    with pytest.raises(PermissionDenied):
        record(desk, off, D(2026, 3, 31))


def test_funnel_counts_amounts_and_days(desk):
    off = actor(desk, "officer1")
    from workstation.domain.workflow import Status
    ids = [new_application(desk, product="CREDIT_FIXED", amount=Decimal(x), status=Status(st))
           for x, st in (("1000", "received"), ("2000", "declined"), ("3000", "approved"))]
    d_loan = open_loan(desk, off, product="CREDIT_FIXED", amount="4000", method="equal-installment",
                       start=D(2025, 12, 10), term_months=3)
    utc = lambda *a: datetime(*a, tzinfo=timezone.utc)
    with desk.tx(None) as s:
        d_app = s.scalar(select(Loan.application_id).where(Loan.id == d_loan))
        s.add_all([StatusChange(application_id=ids[1], to_status="declined", at=utc(2025, 12, 3)),
                   StatusChange(application_id=ids[2], to_status="recommended", at=utc(2025, 12, 2)),
                   StatusChange(application_id=ids[2], to_status="approved", at=utc(2025, 12, 4)),
                   StatusChange(application_id=d_app, to_status="recommended", at=utc(2025, 12, 2)),
                   StatusChange(application_id=d_app, to_status="approved", at=utc(2025, 12, 5))])
    with desk.read(None) as s:
        f = funnel(s, D(2025, 12, 1), D(2025, 12, 31))
    # all four received on 1 December (08:00 in Shanghai)
    assert (f["received"]["count"], f["received"]["amount"]) == (4, 1000000)
    assert (f["reviewed"]["count"], f["reviewed"]["amount"]) == (3, 900000)     # 2000 + 3000 + 4000
    assert (f["approved"]["count"], f["approved"]["amount"]) == (2, 700000)
    assert (f["signed"]["count"], f["disbursed"]["count"]) == (1, 1)
    assert f["reviewed"]["days"] == Decimal("1.3")          # (2 + 1 + 1) / 3
    assert f["approved"]["days"] == Decimal("2.5")          # (2 + 3) / 2
    assert f["signed"]["days"] == Decimal("5.2")            # 5 Dec 08:00 -> 10 Dec noon
    assert f["disbursed"]["days"] == Decimal("0.0")
    with desk.read(None) as s:                                # as of 4 December: C approved, D not yet
        f4 = funnel(s, D(2025, 12, 1), D(2025, 12, 4))
    assert (f4["approved"]["count"], f4["signed"]["count"]) == (1, 0)
