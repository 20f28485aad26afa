"""The loan screen (pytest-qt): post a repayment and see the installment's status
change; a backdated posting shows the before/after preview and needs confirmation;
the group screen shows the member in default and records a demand."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workstation.servicing import eod, loan_groups
from workstation.store.session import Store
from workstation.store.models_loans import Loan

from tests.servicing_support import actor, open_loan, prepare

pytest.importorskip("PySide6")
from workstation.ui.loans.loan_group import GroupScreen  # noqa: E402
from workstation.ui.loans.loan_screen import LoanScreen  # noqa: E402

EI = dict(product="CREDIT_FIXED", amount="12000", method="equal-installment", start=date(2026, 1, 31),
          term_months=3)


@pytest.fixture
def store(tmp_path):
    s = prepare(Store.open(f"sqlite:///{tmp_path / 'ui.db'}"))
    yield s
    s.close()


def test_post_repayment_changes_installment_status(qtbot, store):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, **EI)
    eod.run_eod(store, sup, date(2026, 3, 4))
    w = LoanScreen(store, off, lid)
    qtbot.addWidget(w)
    w.today = lambda: date(2026, 3, 5)
    assert w.installment_statuses() == ["overdue 5 day(s)", "due", "scheduled"]
    assert w.bal_labels["penalty"].text() == "14.78"
    seen = []
    w.confirm_preview = lambda p: seen.append(p) or True
    with qtbot.waitSignal(w.changed, timeout=5000):
        assert w.post_repayment(Decimal("4135.38"), date(2026, 3, 5))
    assert seen == []                       # not backdated: no preview needed
    assert w.installment_statuses() == ["paid", "due", "scheduled"]
    assert w.bal_labels["dpd"].text() == "0"
    assert w.journal.rowCount() == 2        # disbursement and repayment (accruals hidden)


def test_backdated_posting_is_previewed_and_can_be_cancelled(qtbot, store):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, **EI)
    eod.run_eod(store, sup, date(2026, 3, 4))
    w = LoanScreen(store, off, lid)
    qtbot.addWidget(w)
    w.today = lambda: date(2026, 3, 5)
    seen = []
    w.confirm_preview = lambda p: seen.append(p) and False
    assert not w.post_repayment(Decimal("4120.60"), date(2026, 2, 28))
    assert seen[0].before.penalty == Decimal("14.78") and seen[0].after.penalty == 0
    assert w.installment_statuses()[0] == "overdue 5 day(s)"          # cancelled: nothing posted
    w.confirm_preview = lambda p: True
    assert w.post_repayment(Decimal("4120.60"), date(2026, 2, 28))
    assert w.installment_statuses()[0] == "paid" and w.bal_labels["penalty"].text() == "0.00"


def test_group_screen(qtbot, store):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    ids = [open_loan(store, off, **EI) for _ in range(3)]
    with store.read() as s:
        merchants = [s.get(Loan, i).merchant_id for i in ids]
    gid = loan_groups.create_group(store, off, name="联保B", merchant_ids=merchants, formed_on=date(2026, 1, 1))
    eod.run_eod(store, sup, date(2026, 3, 4))
    w = GroupScreen(store, off, gid)
    qtbot.addWidget(w)
    assert not w.banner.isHidden() and "cannot take new loans" in w.banner.text()
    assert w.exposures.rowCount() == 6            # 3 members in default, 2 others each
    assert w.record_demand(member_merchant_id=merchants[1], defaulting_loan_id=ids[0], amount=Decimal("100"),
                           channel="phone")
    assert w.demands.rowCount() == 1
