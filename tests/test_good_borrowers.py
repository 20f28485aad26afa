"""Good borrowers: on-time repayment raises standing; the eligible list follows the rules
in the setting (data); an officer turns a row into a pre-filled application."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from servicing_support import actor, open_loan, prepare
from workstation.aftercare import good_borrowers
from workstation.aftercare.good_borrowers import GoodBorrowerRefused
from workstation.domain import standing
from workstation.servicing import loan_views, loans
from workstation.store.session import Store
from workstation.store.models import Application, Setting

START = date(2026, 1, 31)
AS_OF = date(2026, 6, 1)


@pytest.fixture
def gb(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store, actor(store, "officer1")
    store.close()


def _repaid(store, off, *, late_days=(0, 0, 0)) -> int:
    lid = open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment", start=START,
                    term_months=3)
    for inst, late in zip(loan_views.loan_view(store, off, lid).installments, late_days):
        day = inst.due_date + timedelta(days=late)
        due = loan_views.amount_due(store, off, lid, on=day)
        loans.post_repayment(store, off, lid, amount=due, value_date=day, today=AS_OF, confirm=True)
    return lid


def _merchant(store, lid):
    with store.read() as s:
        from workstation.store.models_loans import Loan
        return s.get(Loan, lid).merchant_id


def test_standing_rules_are_data():
    rec = standing.Record(on_time=3, late=0, overdue_now=False, active_line_limit=None, open_loans=0,
                          last_amount=Decimal("60000.00"))
    v = standing.judge(rec, {})
    assert (v.standing, v.eligible, v.offer, v.amount) == (75, True, "repeat_loan", Decimal("72000.00"))
    assert standing.judge(rec, {"min_on_time": 4}).reasons == ("on_time",)
    line = standing.Record(3, 0, False, Decimal("100000.00"), 1, Decimal("50000.00"))
    assert standing.judge(line, {"increase_pct": 25}).amount == Decimal("125000.00")
    with pytest.raises(standing.RulesError, match="min_standing"):
        standing.check_rules({"min_standing": "high"})


def test_on_time_repayer_is_listed_and_prefilled(gb):
    store, off = gb
    good = _repaid(store, off)
    bad = _repaid(store, off, late_days=(0, 5, 0))
    rows = good_borrowers.eligible(store, off, as_of=AS_OF)
    assert [r.merchant_id for r in rows] == [_merchant(store, good)]
    r = rows[0]
    assert (r.standing, r.on_time, r.late, r.offer, r.amount) == (75, 3, 0, "repeat_loan", Decimal("72000.00"))
    late = good_borrowers.standing_of(store, off, _merchant(store, bad), as_of=AS_OF)
    assert (late.on_time, late.late, late.standing, late.eligible) == (2, 1, 50, False)
    assert "late" in late.reasons
    # the rules are data: an administrator lowers the bar, the late payer qualifies
    with store.tx() as s:
        s.get(Setting, "good_borrowers.rules").value = {**standing.DEFAULT_RULES, "max_late": 1, "min_standing": 50,
                                                          "min_on_time": 2}
    late = good_borrowers.standing_of(store, off, _merchant(store, bad), as_of=AS_OF)
    assert late.eligible, late.reasons
    assert len(good_borrowers.eligible(store, off, as_of=AS_OF)) == 2
    app_id = good_borrowers.prefill_application(store, off, r.merchant_id, as_of=AS_OF)
    with store.read() as s:
        a = s.get(Application, app_id)
        assert (a.amount_requested, a.status, a.officer_id, a.product_code, a.term_months) == \
            (Decimal("72000.00"), "in_review", off.id, "CREDIT_FIXED", 3)
        assert a.purpose.startswith("复贷")
    with pytest.raises(GoodBorrowerRefused) as e:
        good_borrowers.prefill_application(store, off, r.merchant_id, as_of=AS_OF)
    assert e.value.code == "already_prefilled"


def test_panel_lists_and_prefills(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from workstation.domain import clock
    from workstation.ui.aftercare.collections_good import GoodBorrowersPanel
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'gb.db'}"))
    off = actor(store, "officer1")
    lid = open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                    start=clock.today() - timedelta(days=130), term_months=3)
    for inst in loan_views.loan_view(store, off, lid).installments:
        due = loan_views.amount_due(store, off, lid, on=inst.due_date)
        loans.post_repayment(store, off, lid, amount=due, value_date=inst.due_date, today=clock.today(), confirm=True)
    panel = GoodBorrowersPanel(store, off)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 4).text() == "Repeat loan"
    assert panel.table.item(0, 5).text() == "72,000.00"
    told, shown = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    panel.open_btn.click()
    assert panel.created and "is open in your queue" in told[0]
    panel.open_btn.click()
    assert len(shown) == 1 and shown[0].endswith("'s offer was already opened today")
    store.close()
