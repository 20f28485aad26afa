"""End of day (issue 10, point 10): a date already complete still brings up loans booked
later with an earlier date; a run resumed after a crash records the true counts."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workstation.servicing import eod, loan_views
from workstation.store.session import Store
from workstation.store.models_loans import EodRun, Loan

from tests.servicing_support import actor, open_loan, prepare, kill_when_paused
from tests.test_servicing_crash import CHILD, _book, _snapshot

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 4, 20)


def test_a_complete_date_still_brings_up_a_loan_booked_later_with_an_earlier_date(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    a = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30)
    first = eod.run_eod(store, sup, date(2026, 2, 20))
    assert first.loans == 1 and not first.already_done
    late = open_loan(store, off, product="ORDER", amount="8000", method="bullet", start=date(2026, 2, 5),
                     days=30)                              # booked after that night, dated before it
    r = eod.run_eod(store, sup, date(2026, 2, 20))
    assert not r.already_done and r.loans == 1
    with store.read() as s:
        assert [s.get(Loan, i).last_eod for i in (a, late)] == [date(2026, 2, 20)] * 2
        run = s.scalar(select(EodRun).where(EodRun.run_date == date(2026, 2, 20)))
        assert (run.status, run.loans) == ("complete", 2)
    assert loan_views.loan_view(store, None, late).balances.interest == Decimal("64.00")   # nights 5-20 Feb x 4.00
    again = eod.run_eod(store, sup, date(2026, 2, 20))
    assert again.already_done and again.loans == 0
    store.close()


def test_resumed_run_records_the_true_counts(tmp_path):
    base = tmp_path / "base.db"
    _book(base)
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    shutil.copy(base, clean)
    shutil.copy(base, crashed)
    store = Store.open(f"sqlite:///{clean}")
    whole = eod.run_eod(store, None, AS_OF, loans_per_tx=4)
    store.close()
    env = {**os.environ, eod.PAUSE_ENV: "8", "PYTHONPATH": str(ROOT)}
    kill_when_paused([sys.executable, "-c", CHILD, f"sqlite:///{crashed}", AS_OF.isoformat()],
                     env=env, marker="EOD-PAUSED", cwd=ROOT)
    store = Store.open(f"sqlite:///{crashed}")
    rest = eod.run_eod(store, None, AS_OF, loans_per_tx=4)
    with store.read() as s:
        runs = {r.run_date: r.loans for r in s.scalars(select(EodRun))}
    store.close()
    assert rest.loans < whole.loans == 24
    assert runs[AS_OF] == whole.loans                 # the record counts every loan of the night
    assert _snapshot(crashed) == _snapshot(clean)


def test_eod_command_catches_up_a_complete_date_and_refuses_dates_past_2100(tmp_path, monkeypatch, capsys):
    import pytest
    from workstation import cli
    from workstation.services import auth
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store.open(url)
    auth.add_user(store, None, username="sup9", display_name="S9", password="Super#2026x", roles={"supervisor"})
    prepare(store)
    off = actor(store, "officer1")
    open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30)
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Super#2026x")
    base = ["--database", url, "eod", "--user", "sup9"]
    assert cli.main(base + ["--date", "2026-02-20"]) == 0
    assert "1 loans" in capsys.readouterr().out
    open_loan(store, off, product="ORDER", amount="8000", method="bullet", start=date(2026, 2, 5), days=30)
    store.close()
    assert cli.main(base + ["--date", "2026-02-20"]) == 0
    out = capsys.readouterr().out
    assert "already complete" not in out and "1 loans" in out
    assert cli.main(base + ["--date", "2026-02-20"]) == 0
    assert "already complete" in capsys.readouterr().out
    for bad in ("9999-12-31", "2026-02-30"):
        with pytest.raises(SystemExit):
            cli.main(base + ["--date", bad])
        assert "--date" in capsys.readouterr().err


def test_end_of_day_refuses_a_business_day_not_yet_begun(db_url):
    """End of day books a night that has passed: a date after today (the Shanghai calendar)
    is refused with a code, before anything is written; today's and earlier dates run."""
    import pytest
    from datetime import datetime, timedelta
    from workstation.domain import clock
    from workstation.domain.errors import DomainError
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        off, sup = actor(store, "officer1"), actor(store, "supervisor1")
        lid = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1),
                        days=30)
        with store.read() as s:
            booked = s.get(Loan, lid).last_eod                  # the night before the payout
        with clock.simulation(datetime(2026, 2, 20, 23, 30, tzinfo=clock.BUSINESS_TZ)):
            with pytest.raises(DomainError) as refused:
                eod.run_eod(store, sup, date(2026, 2, 21))
            assert refused.value.code == "eod_not_begun"
            assert refused.value.params == {"as_of": date(2026, 2, 21), "today": date(2026, 2, 20)}
            with store.read() as s:
                assert s.get(Loan, lid).last_eod == booked and not s.scalars(select(EodRun)).all()
            assert eod.run_eod(store, sup, date(2026, 2, 20)).loans == 1
        with pytest.raises(DomainError):
            eod.run_eod(store, sup, clock.today() + timedelta(days=1))
        with store.read() as s:
            assert s.get(Loan, lid).last_eod == date(2026, 2, 20)
    finally:
        store.close()
