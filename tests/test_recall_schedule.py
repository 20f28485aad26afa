"""After an early recall the loan screen and the schedule PDF show the schedule as the
engine applies it: every installment due after the recall date falls due on it (before
that date has come and after), with a line saying it was recalled, when and by which
notice; the PDF is read back with pypdf."""
from __future__ import annotations

import io
import re
from datetime import date

import pypdf

from servicing_support import open_loan
from test_aftercare_services import LOAN_DAY, PASSWORD, TODAY, _people, _warned, desk_store  # noqa: F401
from workstation.aftercare import actions, recalled
from workstation.documents.render import render
from workstation.printing import document_data_loans as dd
from workstation.servicing import eod, loan_views
from workstation.ui.loans.loan_screen import LoanScreen

DUE = date(2026, 3, 10)
AFTER_RECALL = ["2026-02-05", "2026-03-05"] + ["2026-03-10"] * 4


def _recalled_loan(store, tmp_path):
    off, _sup, sup3 = _people(store)
    lid = open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment", start=LOAN_DAY,
                    term_months=6)
    lid, wid = _warned(store, off, tmp_path, loan_id=lid)
    aid = actions.request_recall(store, off, wid, due_date=DUE, reason="经营显著恶化", today=TODAY)
    actions.sign(store, sup3, aid, password=PASSWORD, today=TODAY)
    return off, lid


def _screen_dates(qtbot, store, off, lid) -> tuple[list[str], LoanScreen]:
    screen = LoanScreen(store, off, lid)
    qtbot.addWidget(screen)
    return [screen.schedule.item(r, 1).text() for r in range(screen.schedule.rowCount())], screen


def _pdf_text(data) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(render(data))).pages))


def test_the_schedule_shows_the_recall_dates_on_the_screen_and_the_pdf(qtbot, desk_store, tmp_path):
    off, lid = _recalled_loan(desk_store, tmp_path)
    original = [i.due_date.isoformat() for i in loan_views.loan_view(desk_store, off, lid).installments]
    assert original[2:] == ["2026-04-05", "2026-05-05", "2026-06-05", "2026-07-05"]     # the stored plan
    r = recalled.recall_of(desk_store, off, lid)
    assert r is not None and r.due_date == DUE and r.declared_on == TODAY and r.notice_no

    dates, screen = _screen_dates(qtbot, desk_store, off, lid)          # notice given, the date not come yet
    assert dates == AFTER_RECALL
    assert not screen.recall_line.isHidden()
    assert r.notice_no in screen.recall_line.text() and "2026-03-10" in screen.recall_line.text()
    assert TODAY.isoformat() in screen.recall_line.text()

    sd = dd.schedule_data(desk_store, off, screen.view.contract_no, today=TODAY)
    assert [x.due_date.isoformat() for x in sd.rows if x.period] == AFTER_RECALL
    text = _pdf_text(sd)
    assert "提前收贷" in text and "2026-03-10" in text.replace("年", "-").replace("月", "-").replace("日", "") or \
        "2026年03月10日" in text
    for gone in ("2026-04-05", "2026-07-05", "2026年04月05日", "2026年07月05日"):
        assert gone not in text

    eod.run_eod(desk_store, None, date(2026, 3, 14))                   # the date has come: the engine applied it
    dates, screen = _screen_dates(qtbot, desk_store, off, lid)
    assert dates == AFTER_RECALL
    assert all(screen.schedule.item(k, 7).text().startswith("overdue") for k in range(2, 6))
    sd = dd.schedule_data(desk_store, off, screen.view.contract_no, today=date(2026, 3, 15))
    assert [x.due_date.isoformat() for x in sd.rows if x.period] == AFTER_RECALL


def test_a_loan_without_a_recall_shows_no_recall_line(qtbot, desk_store):
    off, _sup, _sup3 = _people(desk_store)
    lid = open_loan(desk_store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                    start=LOAN_DAY, term_months=6)
    dates, screen = _screen_dates(qtbot, desk_store, off, lid)
    assert screen.recall_line.isHidden() and dates[2] == "2026-04-05"
    assert recalled.applied_due(date(2026, 4, 5), None) == date(2026, 4, 5)


def _screen_interest(screen) -> list[str]:
    return [screen.schedule.item(r, 3).text() for r in range(screen.schedule.rowCount())]


def test_the_interest_shown_after_a_recall_is_the_engines_before_and_after_the_date(qtbot, desk_store, tmp_path):
    """The installments that fall due early carry only the interest earned to the recall
    date (the engine's rule): the screen shows it as soon as the recall is signed, and the
    same figures once end of day has applied it (before, it showed the original interest
    of the months the borrower will no longer have the money for)."""
    off, lid = _recalled_loan(desk_store, tmp_path)
    _dates, screen = _screen_dates(qtbot, desk_store, off, lid)
    before = _screen_interest(screen)
    assert before[3:] == ["0.00", "0.00", "0.00"]          # nothing earned by the periods not yet begun
    # the third period (originally due 04-05) earns from 03-05 to the night before 03-10
    assert before[2] not in ("608.89", "0.00")
    eod.run_eod(desk_store, None, date(2026, 3, 14))
    _dates, screen = _screen_dates(qtbot, desk_store, off, lid)
    assert _screen_interest(screen) == before              # the engine applied what the screen said
    outstanding = [screen.schedule.item(r, 6).text() for r in range(screen.schedule.rowCount())]
    principal = [screen.schedule.item(r, 2).text() for r in range(screen.schedule.rowCount())]
    assert outstanding[3:] == principal[3:]


def test_the_schedule_pdf_carries_the_same_interest_as_the_screen(qtbot, desk_store, tmp_path):
    off, lid = _recalled_loan(desk_store, tmp_path)
    _dates, screen = _screen_dates(qtbot, desk_store, off, lid)
    sd = dd.schedule_data(desk_store, off, screen.view.contract_no, today=TODAY)
    assert [f"{x.interest:,.2f}" for x in sd.rows if x.period] == _screen_interest(screen)
    text = _pdf_text(sd)
    assert "608.89" not in text and "460.05" not in text       # the months after the recall earn nothing
