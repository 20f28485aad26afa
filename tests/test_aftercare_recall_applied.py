"""A signed early recall makes the whole balance fall due on its date in the books:
end of day, the loan's figures, the payoff quote and the statement agree after it, and
reconcile finds nothing amiss."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from test_aftercare_services import TODAY, _people, _warned, desk_store  # noqa: F401 - fixture
from workstation.aftercare import actions
from workstation.printing import document_data_statements
from workstation.servicing import eod, loan_views
from workstation.servicing.reconcile import reconcile
from workstation.store.models_loans import Loan


def test_recall_falls_due_and_the_books_agree(desk_store, tmp_path):
    off, sup, sup3 = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    due = date(2026, 3, 10)
    aid = actions.request_recall(desk_store, off, wid, due_date=due, reason="经营显著恶化", today=TODAY)
    actions.sign(desk_store, sup3, aid, password=PASSWORD, today=TODAY)
    with desk_store.read() as s:
        assert s.scalar(select(Loan.accelerated_on).where(Loan.id == lid)) == due
    quote_on_due = loan_views.payoff_quote(desk_store, off, lid, on=due)
    assert loan_views.amount_due(desk_store, off, lid, on=due) == quote_on_due.total
    eod.run_eod(desk_store, None, date(2026, 3, 14))
    view = loan_views.loan_view(desk_store, off, lid)
    b = view.balances
    assert b.overdue_principal == b.principal == quote_on_due.principal
    assert b.overdue_interest == b.interest == quote_on_due.interest
    assert b.dpd == 5 and b.penalty > 0
    later = loan_views.payoff_quote(desk_store, off, lid, on=date(2026, 3, 15))
    assert later.principal == quote_on_due.principal and later.interest == quote_on_due.interest
    assert later.penalty == b.penalty
    st = document_data_statements.statement_data(desk_store, off, view.contract_no, period_from=date(2026, 3, 1),
                                                 period_to=date(2026, 3, 14), today=date(2026, 3, 15))
    assert st.overdue_principal == b.overdue_principal and st.overdue_days == 5
    assert st.closing_penalty == b.penalty
    checked, mismatches = reconcile(desk_store, None)
    assert checked >= 1 and mismatches == []


PASSWORD = "Sign-off-2026!"
