"""A hand-built book for the portfolio tests: five loans written straight into what end
of day keeps (portfolio_loans, portfolio_positions), so each measure's answer can be
worked out by hand in the test. Amounts in yuan here, fen in the tables."""
from __future__ import annotations

from datetime import date

from workstation.store.models_portfolio import OPEN_END, PortfolioLoan, PortfolioPosition

D = date
AS_OF = D(2026, 6, 30)
PL, PP = PortfolioLoan.__table__, PortfolioPosition.__table__

# loan, merchant, product, platform, province, officer, grade, disbursed, first due, amount (yuan)
LOANS = [
    (1, 101, "P1", "taobao", "浙江", 10, "A", D(2026, 1, 15), D(2026, 2, 15), 10000),
    (2, 102, "P1", "taobao", "广东", 10, "B", D(2026, 1, 20), D(2026, 2, 20), 20000),
    (3, 103, "P2", "1688", "浙江", 11, "C", D(2026, 2, 10), D(2026, 3, 10), 30000),
    (4, 101, "P2", "1688", "浙江", 11, "A", D(2026, 3, 5), D(2026, 4, 5), 40000),
    (5, 104, "P1", "taobao", "江苏", 10, "B", D(2026, 4, 1), D(2026, 5, 1), 50000),
]
# loan, from, to (None: open), principal (yuan), overdue since (the day dpd counts from), status
POSITIONS = [
    (1, D(2026, 1, 15), D(2026, 2, 16), 10000, None, "active"),
    (1, D(2026, 2, 16), None, 10000, D(2026, 2, 15), "active"),          # never paid
    (2, D(2026, 1, 20), D(2026, 3, 20), 20000, None, "active"),
    (2, D(2026, 3, 20), None, 15000, None, "active"),                    # paid down
    (3, D(2026, 2, 10), D(2026, 3, 11), 30000, None, "active"),
    (3, D(2026, 3, 11), D(2026, 4, 20), 30000, D(2026, 3, 10), "active"),  # first installment missed
    (3, D(2026, 4, 20), D(2026, 6, 11), 25000, None, "active"),          # cured
    (3, D(2026, 6, 11), None, 25000, D(2026, 6, 10), "active"),          # overdue again
    (4, D(2026, 3, 5), D(2026, 5, 5), 40000, None, "active"),
    (4, D(2026, 5, 5), None, 30000, None, "active"),
    (5, D(2026, 4, 1), D(2026, 5, 20), 50000, None, "active"),
    (5, D(2026, 5, 20), None, 0, None, "closed"),                        # paid off
]


def build_book(store, *, app_ids: list[int] | None = None) -> None:
    """The book; ``app_ids``: the applications of loans 1..5 (default: ids 1..5)."""
    apps = app_ids or [1, 2, 3, 4, 5]
    with store.tx(None) as s:
        s.execute(PL.insert(), [dict(loan_id=l, application_id=apps[l - 1], merchant_id=m, product_code=p, platform=pf,
                                     province=pv, officer_id=o, grade=g, disbursed_day=d.toordinal(),
                                     disbursed_month=d.strftime("%Y-%m"), first_due_day=f.toordinal(),
                                     amount_fen=a * 100)
                                for l, m, p, pf, pv, o, g, d, f, a in LOANS])
        s.execute(PP.insert(), [dict(loan_id=l, valid_from_day=a.toordinal(),
                                     valid_to_day=b.toordinal() if b else OPEN_END, principal_fen=p * 100,
                                     overdue_fen=p * 100 if o else 0, overdue_anchor=o.toordinal() if o else None,
                                     status=st, written_off=False)
                                for l, a, b, p, o, st in POSITIONS])


SERVICED_AS_OF = D(2026, 3, 31)


def serviced_book(store) -> dict:
    """Four loans serviced through the services and end of day to 31 March 2026: a (never
    paid), b (written off), c (never paid), d (disbursed in March, current); a, b, d are
    officer1's, c officer2's (officer1 is in supervisor1's team)."""
    from sqlalchemy import select, update

    from workstation.servicing import eod, loans
    from workstation.store.models import Application, User, UserRole
    from workstation.store.models_loans import Loan
    from tests.servicing_support import actor, open_loan
    with store.tx(None) as s:
        sup = s.scalar(select(User.id).where(User.username == "supervisor1"))
        s.execute(update(User).where(User.username == "officer1").values(supervisor_id=sup))
        s.add(User(username="officer2", display_name="officer2", password_hash="x", roles=[UserRole(role="officer")]))
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    ids = {"a": open_loan(store, off, product="CREDIT_FIXED", amount="12000", method="equal-installment",
                          start=D(2026, 1, 31), term_months=3),
           "b": open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 1, 1), days=30),
           "c": open_loan(store, off, product="ORDER", amount="5000", method="bullet", start=D(2026, 1, 1), days=30)}
    eod.run_eod(store, sup, D(2026, 2, 9))
    loans.write_off(store, sup, ids["b"], value_date=D(2026, 2, 10), reason="核销", today=D(2026, 6, 30))
    ids["d"] = open_loan(store, off, product="CREDIT_FIXED", amount="20000", method="equal-installment",
                         start=D(2026, 3, 10), term_months=6)
    with store.tx(None) as s:
        for key, who in (("a", "officer1"), ("b", "officer1"), ("c", "officer2"), ("d", "officer1")):
            uid = s.scalar(select(User.id).where(User.username == who))
            app_id = s.scalar(select(Loan.application_id).where(Loan.id == ids[key]))
            s.execute(update(Application).where(Application.id == app_id).values(officer_id=uid))
    eod.run_eod(store, sup, SERVICED_AS_OF)
    return ids
