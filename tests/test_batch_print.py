"""Batch printing: a month of statements with one broken loan reported while the others
print, merged vs one file per loan, cancel; and the `workstation print` command."""
from __future__ import annotations

import hashlib
import io
from datetime import date

import pypdf
import pytest
from sqlalchemy import select, update

from test_document_data import build_demo, flat, pages
from workstation.services import auth
from workstation.printing import batch_print as bp
from workstation.store.session import Store
from workstation.printing.documents import documents_for, verify_document
from workstation.services.progress import Progress, RecordingProgress
from workstation.store.models import Application, User
from workstation.store.models_loans import Loan


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """SQLite only: the pool and the files are what is tested here; the builders run on
    both backends in test_document_data."""
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('batch') / 'demo.db'}", None)
    yield store
    store.close()


@pytest.fixture
def officer(demo):
    """Who prints the whole book: an administrator (an officer's batch holds only the
    loans of their own cases, tests/test_reads_visibility.py)."""
    return auth.sign_in(demo, "admin", "Admin#2026")


def active_contracts(store: Store, n: int, *, officer: str = "officer4") -> list[str]:
    """Active loans of ``officer``'s cases (the one user who may print them all)."""
    with store.read() as s:
        uid = s.scalar(select(User.id).where(User.username == officer))
        return list(s.scalars(select(Loan.contract_no).join(Application, Application.id == Loan.application_id)
                              .where(Loan.status == "active", Application.officer_id == uid)
                              .order_by(Loan.id).limit(n)))


def test_month_of_statements_one_broken_loan_is_reported_the_others_print(demo, officer, tmp_path):
    jobs = bp.statement_jobs(demo, None, "2026-11")
    assert len(jobs) >= 5 and all(j.period_from == date(2026, 11, 1) and j.period_to == date(2026, 11, 30)
                                  for j in jobs)
    broken = active_contracts(demo, 1)[0]
    assert broken in [j.ref for j in jobs]
    with demo.tx() as s:      # end of day "not run" for this loan since mid-November
        real = s.scalar(select(Loan.last_eod).where(Loan.contract_no == broken))
        s.execute(update(Loan).where(Loan.contract_no == broken).values(last_eod=date(2026, 11, 15)))
    try:
        result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=False, progress=RecordingProgress())
    finally:
        with demo.tx() as s:
            s.execute(update(Loan).where(Loan.contract_no == broken).values(last_eod=real))
    assert [(j.ref, "end of day" in why) for j, why in result.failed] == [(broken, True)]
    assert len(result.printed) == len(jobs) - 1 and not result.cancelled
    for job, issued, path in result.printed:
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == issued.file_sha256
        assert job.ref in flat("".join(pages(data)))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"statement_DZ-{j.ref}-20261130.pdf"
                                                                for j, _, _ in result.printed)
    job, issued, path = result.printed[0]
    assert verify_document(demo, path.read_bytes()).ok
    assert any(d["kind"] == "statement" for d in documents_for(demo, None, loan_ref=job.ref))


def test_merged_pdf_holds_every_loan_in_order(demo, officer, tmp_path):
    contracts = active_contracts(demo, 3)
    jobs = bp.schedule_jobs([f" {c} " for c in contracts])
    single = bp.print_batch(demo, officer, jobs, out_dir=tmp_path / "one", merge=False, progress=Progress())
    merged = bp.print_batch(demo, officer, jobs, out_dir=tmp_path / "all", merge=True, progress=Progress(),
                            merged_name="schedules.pdf")
    assert not single.failed and not merged.failed
    assert [p.name for p in (tmp_path / "all").iterdir()] == ["schedules.pdf"]
    reader = pypdf.PdfReader(io.BytesIO(merged.merged.read_bytes()))
    counts = [len(pypdf.PdfReader(io.BytesIO(p.read_bytes())).pages) for _, _, p in single.printed]
    assert len(reader.pages) == sum(counts)
    starts = [sum(counts[:i]) for i in range(len(counts))]
    for contract, first in zip(contracts, starts):
        assert contract in flat(reader.pages[first].extract_text())
    # each part of the merged file is the recorded document
    assert [i.content_hash for _, i, _ in merged.printed] == [i.content_hash for _, i, _ in single.printed]


class CancelWhilePrinting(Progress):
    def report(self, done: int, total: int, label: str) -> None:
        if label == "printing" and done >= 2:
            self.cancel()


def test_cancel_stops_cleanly_and_keeps_what_was_printed(demo, officer, tmp_path):
    jobs = bp.statement_jobs(demo, None, "2026-11")
    early = bp.print_batch(demo, officer, jobs, out_dir=tmp_path / "early", merge=False,
                           progress=RecordingProgress(cancel_at=2))
    assert early.cancelled and early.printed == [] and list((tmp_path / "early").iterdir()) == []
    late = bp.print_batch(demo, officer, jobs, out_dir=tmp_path / "late", merge=True,
                          progress=CancelWhilePrinting(), merged_name="m.pdf")
    assert late.cancelled and len(late.printed) == 2 and "cancelled" in late.summary()
    assert len(pypdf.PdfReader(io.BytesIO(late.merged.read_bytes())).pages) >= 2


def test_contracts_signed_on_a_day(demo, officer, tmp_path):
    with demo.read() as s:
        day, app_no = s.execute(select(Loan.signed_on, Application.app_no)
                                .join(Application, Application.id == Loan.application_id).order_by(Loan.id)).first()
    jobs = bp.contract_jobs(demo, None, day)
    assert app_no in [j.ref for j in jobs] and all(j.kind == "contract" for j in jobs)
    result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=False, progress=Progress(), workers=1)
    assert len(result.printed) == len(jobs) and not result.failed


def test_print_command(demo, tmp_path, monkeypatch, capsys):
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Admin#2026")
    contract = active_contracts(demo, 1)[0]
    out = tmp_path / "s.pdf"
    base = ["--database", demo.url, "print"]
    assert main(base + ["schedule", "--contract", contract, "--out", str(out), "--user", "admin"]) == 0
    assert contract in flat(pages(out.read_bytes())[0])
    assert main(base + ["settlement", "--contract", contract, "--out", str(out), "--user", "admin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not paid off" in err[0]
    assert main(base + ["schedules", "--contracts", f"{contract},NOPE", "--out", str(tmp_path / "b"),
                        "--user", "admin"]) == 1
    assert "FAILED NOPE: no loan with contract number" in capsys.readouterr().err
    assert main(base + ["statement", "--contract", contract, "--from", "2026-11-01", "--to", "2026-11-30",
                        "--out", str(out), "--user", "admin"]) == 0



def test_statements_command_for_the_current_month_prints_as_of_the_last_end_of_day(demo, tmp_path, monkeypatch,
                                                                                    capsys):
    """Issue 10, point 11: the month not yet ended (the demo's books run through 5 Dec)."""
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Admin#2026")
    assert bp.last_end_of_day(demo, None) == date(2026, 12, 5)
    jobs = bp.statement_jobs(demo, None, "2026-12")
    with demo.read() as s:
        active = set(s.scalars(select(Loan.contract_no).where(Loan.status == "active",
                                                              Loan.disbursed_on <= date(2026, 12, 5))))
    assert active and active <= {j.ref for j in jobs}
    assert all(j.period_to == date(2026, 12, 5) and j.through_eod for j in jobs)
    out = tmp_path / "dec"
    assert main(["--database", demo.url, "print", "statements", "--month", "2026-12", "--out", str(out),
                 "--user", "admin", "--workers", "1"]) == 0
    assert "FAILED" not in capsys.readouterr().err
    files = sorted(out.iterdir())
    assert len(files) == len(jobs)
    text = flat(pages(files[0].read_bytes())[0])
    assert "截至2026年12月5日日终" in text and "2026年12月1日至2026年12月5日" in text
    with pytest.raises(bp.MonthNotInBooks):
        bp.statement_jobs(demo, None, "2027-01")
