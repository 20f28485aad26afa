"""The remaining time-zone call sites (issue 11): on a machine in New York, at an instant
when the business's date (Asia/Shanghai) is 1 December while New York's is 30 November,
every default date and every time shown is Shanghai's. The business clock is fixed at
that instant; the machine's own ``date.today()`` (neither date) would show."""
from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from tests import servicing_support as ss
from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from workstation.domain import clock

AT = datetime(2026, 11, 30, 20, 30, tzinfo=timezone.utc)        # Shanghai 1 Dec 04:30, New York 30 Nov 15:30
SHANGHAI_DAY = date(2026, 12, 1)


@pytest.fixture
def at_the_turn(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    monkeypatch.setattr(clock, "now", lambda: AT.astimezone(clock.BUSINESS_TZ))
    assert AT.astimezone().date() == date(2026, 11, 30) and clock.today() == SHANGHAI_DAY
    yield
    monkeypatch.undo()
    time.tzset()


def test_service_defaults_take_the_business_date(at_the_turn):
    from workstation.servicing import loans
    from workstation.commands import quote
    assert loans._today(None) == SHANGHAI_DAY
    assert quote._start(None, None) == SHANGHAI_DAY


def test_the_contract_and_disbursement_dialogs_propose_the_business_date(at_the_turn, qtbot):
    from workstation.servicing.disbursement import DisbursementOffer
    from workstation.ui.loans.disburse_dialog import DisburseDialog
    from workstation.ui.loans.loan_contract import ContractDialog
    c = ContractDialog(SimpleNamespace(amount=Decimal("1000.00"), offer_expires_on=date(2026, 12, 31)))
    qtbot.addWidget(c)
    assert c.signed_on.date().toPython() == SHANGHAI_DAY
    d = DisburseDialog(DisbursementOffer(1, "HT1", Decimal("1000.00"), Decimal(0), Decimal("1000.00"),
                                         date(2026, 12, 31), date(2026, 11, 20)))
    qtbot.addWidget(d)
    assert d.on.date().toPython() == SHANGHAI_DAY


def test_exceptions_are_listed_in_shanghai_time(at_the_turn):
    from workstation.ui.case.decide_common import exception_lines
    x = SimpleNamespace(rule_zh="会员时长", rule_en="membership", state="granted", requested_by="off1",
                        requested_at=AT, reason="r", granted_by="sup1", granted_at=AT + timedelta(hours=1))
    [line] = exception_lines([x])
    assert "2026-12-01 04:30" in line and "2026-12-01 05:30" in line


def test_the_signoff_tab_shows_signatures_in_shanghai_time_and_schedules_from_the_business_date(
        at_the_turn, qtbot, tmp_path):
    from workstation.decide import decisions, signoff
    from workstation.ui.case.signoff_view import SignoffView
    from workstation.ui import i18n
    i18n.install("en")
    store = make_store((f"sqlite:///{tmp_path / 's.db'}", None))
    u = users(store)
    app = make_application(store, officer=u["off1"], amount="600000.00", suggested="700000.00")
    decisions.recommend(store, u["off1"], app, terms(amount="600000.00"), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    case = signoff.signoff_case(store, u["sup2"], app)
    signed_at = case.signoffs[0].signed_at
    view = SignoffView(store, u["sup2"], app)
    qtbot.addWidget(view)
    assert clock.local_text(signed_at) in view.chain.text()
    assert signed_at.astimezone().strftime("%Y-%m-%d %H:%M") not in view.chain.text()   # New York's wall clock
    assert view.schedule.item(0, 1).text() == "2027-01-01"       # a month after the business's today
    store.close()


def test_the_repayment_file_counts_the_future_from_the_business_date(at_the_turn, tmp_path):
    from workstation.servicing.repayment_import import import_repayments
    from workstation.store.models_loans import Loan
    store = ss.prepare(ss.Store.open(f"sqlite:///{tmp_path / 'r.db'}"))
    off = ss.actor(store, "officer1")
    loan_id = ss.open_loan(store, off, product="ORDER", amount="10000", method="bullet",
                           start=date(2026, 11, 1), days=30)
    with store.read() as s:
        contract_no = s.get(Loan, loan_id).contract_no
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount,kind,note\n"
                 f"P1,{contract_no},2026-12-02,100.00,repayment,\n", encoding="utf-8")
    report = import_repayments(store, off, f)
    assert report.imported == 0 and [(r.field, r.code) for r in report.rejects] == [("value_date", "future")]
    store.close()


def test_the_eod_command_defaults_to_the_business_date(at_the_turn, tmp_path, monkeypatch):
    from workstation import cli
    from workstation.services import auth
    from workstation.store.session import Store
    from workstation.store.models_loans import EodRun
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store.open(url)
    auth.add_user(store, None, username="sup9", display_name="S9", password="Super#2026x", roles={"supervisor"})
    store.close()
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Super#2026x")
    assert cli.main(["--database", url, "eod", "--user", "sup9"]) == 0
    store = Store.open(url)
    with store.read() as s:
        assert s.scalar(select(func.max(EodRun.run_date))) == SHANGHAI_DAY
    store.close()
