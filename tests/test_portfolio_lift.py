"""Rule lift: bins, bad rates and lift worked out by hand; what rejecting the worst bin
does; and the same over a hand-built book in the database."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import update

from workstation.domain.lift import edges, lift
from workstation.portfolio.lift import rule_lift
from workstation.store.models import Application, StatusChange

from tests.portfolio_support import AS_OF, build_book
from tests.servicing_support import new_application, prepare


def test_numeric_bins_by_hand():
    # ten loans scored 1..10; bad: 1, 2, 3 and 8
    loans = [(x, x in (1, 2, 3, 8)) for x in range(1, 11)]
    assert edges([x for x, _ in loans], 2) == [6]
    r = lift("score_total", loans, [(x, x > 2) for x in range(1, 11)], bins=2)
    lo, hi = r.bins
    assert (lo.label, lo.count, lo.bad, lo.bad_rate) == ("< 6", 5, 3, Decimal("0.6"))
    assert (hi.label, hi.count, hi.bad, hi.bad_rate) == ("≥ 6", 5, 1, Decimal("0.2"))
    assert r.bad_rate == Decimal("0.4") and lo.lift == Decimal("1.50") and hi.lift == Decimal("0.50")
    assert r.worst == "< 6"
    # 8 of 10 decided were approved (3..10); rejecting < 6 removes 3, 4, 5: 5 of 10
    assert (r.approval_rate, r.approval_rate_without) == (Decimal("0.8"), Decimal("0.5"))
    # first-payment default without the worst bin: 1 of 5
    assert r.bad_rate_without == Decimal("0.2")


def test_categories_and_empty():
    r = lift("grade", [("A", False), ("A", False), ("C", True), ("C", False), (None, True)], [], numeric=False)
    assert [(b.label, b.count, b.bad) for b in r.bins] == [("A", 2, 0), ("C", 2, 1)]
    assert r.worst == "C" and r.count == 4 and r.approval_rate is None
    assert lift("x", [], []).worst is None


@pytest.fixture
def book(db_url):
    from workstation.store.session import Store
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store
    store.close()


def test_rule_lift_over_the_book(book):
    # the book's five applications, with grades A, B, C, A, B as in portfolio_support
    ids = [new_application(book, product="CREDIT_FIXED", amount=Decimal("1000")) for _ in range(5)]
    declined = new_application(book, product="CREDIT_FIXED", amount=Decimal("1000"))
    with book.tx(None) as s:
        for app_id, grade in zip(ids, "ABCAB"):
            s.execute(update(Application).where(Application.id == app_id).values(grade=grade))
            s.add(StatusChange(application_id=app_id, to_status="approved",
                               at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
        s.execute(update(Application).where(Application.id == declined).values(grade="C"))
        s.add(StatusChange(application_id=declined, to_status="declined", at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    build_book(book, app_ids=ids)
    r = rule_lift(book, None, AS_OF, "grade")
    # matured: all five; bad: loan 1 (A) and loan 3 (C)
    assert [(b.label, b.count, b.bad) for b in r.bins] == [("A", 2, 1), ("B", 2, 0), ("C", 1, 1)]
    assert r.worst == "C" and r.bad_rate == Decimal("0.4")
    # 5 of 6 decided approved; declining C as well leaves 4 of 6; FPD 1 of 4
    assert (r.approval_rate, r.approval_rate_without, r.bad_rate_without) == (
        Decimal("0.8333"), Decimal("0.6667"), Decimal("0.25"))
    with pytest.raises(ValueError):
        rule_lift(book, None, AS_OF, "password_hash")
