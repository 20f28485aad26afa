"""Collections: the queue by bucket, the contact log under the contact rules, promises to
pay decided by end of day, the reminder and demand letters read back against the ledger,
and the deduction request file whose results come back through the repayment file."""
from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal

import pytest

from servicing_support import actor, open_loan, prepare
from workstation.aftercare import collection_letters, collections, deduction
from workstation.aftercare.collections import CollectionQuery, CollectionRefused
from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.money import fmt
from workstation.servicing import eod, loan_views, loans
from workstation.store.session import Store
from workstation.servicing.repayment_import import import_repayments

AS_OF = date(2026, 5, 20)        # end of day run through 19 May: positions at the start of 20 May
STARTS = {"M1": date(2026, 4, 1), "M2": date(2026, 3, 1), "M3+": date(2026, 1, 20)}


@pytest.fixture
def book(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    off = actor(store, "officer1")
    ids = {b: open_loan(store, off, product="CREDIT_FIXED", amount="60000", method="equal-installment", start=d,
                        term_months=6) for b, d in STARTS.items()}
    eod.run_eod(store, None, date(2026, 5, 19))
    yield store, off, ids
    store.close()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BUSINESS_TZ)


def test_queue_by_bucket(book):
    store, off, ids = book
    assert collections.bucket_counts(store, off) == {"M1": 1, "M2": 1, "M3+": 1}
    assert collections.queue_count(store, off, CollectionQuery()) == 3
    for b, lid in ids.items():
        [row] = collections.queue_rows(store, off, collections.queue_ids(store, off, CollectionQuery(bucket=b)))
        assert row.loan_id == lid and row.bucket == b
        view = loan_views.loan_view(store, off, lid).balances
        assert row.overdue_total == view.overdue_principal + view.overdue_interest + view.penalty
    by_dpd = collections.queue_ids(store, off, CollectionQuery(sort="dpd", descending=True))
    assert by_dpd == [ids["M3+"], ids["M2"], ids["M1"]]
    [row] = collections.queue_rows(store, off, [ids["M1"]])
    assert collections.queue_ids(store, off, CollectionQuery(search=row.contract_no)) == [ids["M1"]]


def test_contact_rules_hours_and_daily_limit(book):
    store, off, ids = book
    lid, day = ids["M2"], AS_OF
    for hour, minute in ((7, 59), (21, 0), (23, 30)):
        with pytest.raises(CollectionRefused) as e:
            collections.log_contact(store, off, lid, channel="phone", person="borrower", outcome="no_answer",
                                    at=_at(day, hour, minute))
        assert e.value.code == "outside_contact_hours" and e.value.params["start"] == 8
    for hour in (8, 12, 20):
        collections.log_contact(store, off, lid, channel="phone", person="legal_rep", outcome="reached",
                                at=_at(day, hour, 59 if hour == 20 else 0))
    rules = collections.contact_rules(store, off, lid, at=_at(day, 20, 59))
    assert (rules.attempts_today, rules.limit, rules.allowed) == (3, 3, False)
    with pytest.raises(CollectionRefused) as e:
        collections.log_contact(store, off, lid, channel="sms", person="borrower", outcome="no_answer",
                                at=_at(day, 20, 59))
    assert e.value.code == "attempt_limit" and e.value.params == {"attempts": 3, "limit": 3}
    # a letter is no call; the next day starts afresh; another loan has its own count
    collections.log_contact(store, off, lid, channel="letter", person="borrower", outcome="reached", at=_at(day, 22))
    collections.log_contact(store, off, lid, channel="phone", person="borrower", outcome="promised",
                            at=_at(date(2026, 5, 21), 8))
    collections.log_contact(store, off, ids["M1"], channel="phone", person="borrower", outcome="reached",
                            at=_at(day, 10))
    log = collections.contacts(store, off, lid)
    assert len(log) == 5 and log[0].outcome == "promised" and log[-1].person == "legal_rep"
    with pytest.raises(CollectionRefused) as e:
        collections.log_contact(store, off, lid, channel="fax", person="borrower", outcome="reached", at=_at(day, 9))
    assert e.value.code == "collection_bad_choice" and e.value.field == "channel"


def test_promises_kept_and_broken_by_end_of_day(book):
    store, off, ids = book
    with pytest.raises(CollectionRefused) as e:
        collections.promise(store, off, ids["M1"], amount="abc", promised_on=AS_OF, today=AS_OF)
    assert e.value.code == "collection_bad_amount"
    with pytest.raises(CollectionRefused) as e:
        collections.promise(store, off, ids["M1"], amount="100", promised_on=date(2026, 5, 1), today=AS_OF)
    assert e.value.code == "promise_in_past"
    kept = collections.promise(store, off, ids["M1"], amount="1000.00", promised_on=date(2026, 5, 22), today=AS_OF)
    broken = collections.promise(store, off, ids["M2"], amount="500", promised_on=date(2026, 5, 21), today=AS_OF)
    later = collections.promise(store, off, ids["M3+"], amount="500", promised_on=date(2026, 5, 30), today=AS_OF)
    loans.post_repayment(store, off, ids["M1"], amount=Decimal("600.00"), value_date=date(2026, 5, 20),
                         today=date(2026, 5, 22), confirm=True)
    loans.post_repayment(store, off, ids["M1"], amount=Decimal("400.00"), value_date=date(2026, 5, 22),
                         today=date(2026, 5, 22), confirm=True)
    loans.post_repayment(store, off, ids["M2"], amount=Decimal("499.99"), value_date=date(2026, 5, 21),
                         today=date(2026, 5, 22), confirm=True)
    eod.run_eod(store, None, date(2026, 5, 22))
    [p1] = collections.promises(store, off, ids["M1"])
    [p2] = collections.promises(store, off, ids["M2"])
    [p3] = collections.promises(store, off, ids["M3+"])
    assert (p1.id, p1.status, p1.paid) == (kept, "kept", Decimal("1000.00"))
    assert (p2.id, p2.status, p2.paid) == (broken, "broken", Decimal("499.99"))
    assert (p3.id, p3.status, p3.paid) == (later, "open", None)


def test_letters_carry_the_ledger_figures(book, tmp_path):
    from pypdf import PdfReader
    store, off, ids = book
    lid = ids["M2"]
    b = loan_views.loan_view(store, off, lid).balances
    for letter, title, pay_by in (("reminder", "还款提醒函", "2026年5月27日"), ("demand", "催收函", "2026年5月23日")):
        out = tmp_path / f"{letter}.pdf"
        doc = collection_letters.print_letter(store, off, lid, letter, today=AS_OF, path=out)
        text = "".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\n", "")
        assert title in text and doc.document_no in text and pay_by in text
        assert f"已逾期{b.dpd}天" in text
        for amount in (b.overdue_principal, b.overdue_interest, b.penalty,
                       b.overdue_principal + b.overdue_interest + b.penalty):
            assert fmt(amount) in text
    with pytest.raises(CollectionRefused) as e:
        collection_letters.letter_data(store, off, lid, "reminder", today=date(2026, 3, 2))
    assert e.value.code == "not_overdue"


def test_deduction_file_and_its_results_through_the_repayment_file(book, tmp_path):
    store, off, ids = book
    sup = actor(store, "supervisor1")
    with pytest.raises(Exception):
        deduction.write_deduction_file(store, off, tmp_path / "dk.csv", on=AS_OF)      # officers may not
    f = deduction.write_deduction_file(store, sup, tmp_path / "dk.csv", bucket="M2", on=AS_OF)
    rows = list(csv.DictReader(open(f.path, encoding="utf-8", newline="")))
    assert f.lines == 1 and list(rows[0]) == list(deduction.HEADER)
    b = loan_views.loan_view(store, off, ids["M2"]).balances
    owed = b.overdue_principal + b.overdue_interest + b.penalty
    assert Decimal(rows[0]["amount"]) == owed == f.total and rows[0]["requested_on"] == "2026-05-20"
    # the channel collected it: its repayment file carries the request number as payment_ref
    back = tmp_path / "channel.csv"
    back.write_text("payment_ref,contract_no,value_date,amount\n"
                    f"{rows[0]['request_no']},{rows[0]['contract_no']},2026-05-20,{rows[0]['amount']}\n", encoding="utf-8")
    rep = import_repayments(store, off, back, today=AS_OF)
    assert rep.imported == 1 and rep.amount_posted == owed
    after = loan_views.loan_view(store, off, ids["M2"]).balances
    assert after.overdue_principal == after.overdue_interest == after.penalty == 0 and after.dpd == 0
    assert collections.queue_count(store, off, CollectionQuery(bucket="M2")) == 0
    second = deduction.write_deduction_file(store, sup, tmp_path / "dk2.csv", on=AS_OF)
    assert second.batch_no.endswith("-002") and second.lines == 2


def test_another_team_sees_no_overdue_loan(book, tmp_path):
    from sqlalchemy import update

    from servicing_support import actor as actor_of
    from workstation.services import auth
    from workstation.domain.errors import NotVisible
    from workstation.store.models import Application
    from workstation.store.models_loans import Loan
    store, off, ids = book
    admin = actor_of(store, "admin")
    auth.add_user(store, admin, username="officer2", display_name="o2", password="Sign-off-2026!", roles={"officer"})
    other = actor_of(store, "officer2")
    with store.tx() as s:
        apps = [s.get(Loan, lid).application_id for lid in ids.values()]
        s.execute(update(Application).where(Application.id.in_(apps)).values(officer_id=off.id))
    assert collections.queue_count(store, other, CollectionQuery()) == 0
    assert collections.queue_rows(store, other, list(ids.values())) == []
    with pytest.raises(NotVisible):
        collections.log_contact(store, other, ids["M1"], channel="phone", person="borrower", outcome="reached",
                                at=_at(AS_OF, 10))
    with pytest.raises(NotVisible):
        collection_letters.letter_data(store, other, ids["M1"], "reminder", today=AS_OF)
    # another team's supervisor asks the channel for nothing of this team; an administrator for all
    assert deduction.write_deduction_file(store, actor_of(store, "supervisor1"), tmp_path / "d.csv",
                                          on=AS_OF).lines == 0
    assert deduction.write_deduction_file(store, admin, tmp_path / "e.csv", on=AS_OF).lines == 3


def _paid_one_by_one(s, as_of: date) -> dict[int, Decimal]:
    """What check_promises summed promise by promise before it summed them in one statement."""
    from sqlalchemy import select
    from workstation.store.models_aftercare import PromiseToPay
    from workstation.store.models_loans import JournalEntry
    reversed_ids = select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))
    out = {}
    for p in s.scalars(select(PromiseToPay).where(PromiseToPay.status == "open", PromiseToPay.promised_on <= as_of)):
        out[p.id] = sum(s.scalars(select(JournalEntry.amount).where(
            JournalEntry.loan_id == p.loan_id, JournalEntry.kind == "repayment",
            JournalEntry.value_date >= p.made_on, JournalEntry.value_date <= p.promised_on,
            JournalEntry.id.not_in(reversed_ids))), Decimal("0.00"))
    return out


def test_promises_summed_in_one_statement_equal_the_sums_one_by_one(book):
    """Several promises on a loan with overlapping windows, a reversed repayment, a loan
    with nothing paid, a promise not yet due: what end of day records as paid equals the
    sums taken promise by promise."""
    from sqlalchemy import select
    from workstation.store.models_aftercare import PromiseToPay
    from workstation.store.models_loans import JournalEntry
    store, off, ids = book
    sup = actor(store, "supervisor1")
    made = [collections.promise(store, off, ids[b], amount=a, promised_on=d, today=AS_OF)
            for b, a, d in (("M1", "700", date(2026, 5, 21)), ("M1", "1000", date(2026, 5, 23)),
                            ("M2", "300", date(2026, 5, 22)), ("M2", "200", date(2026, 5, 20)),
                            ("M3+", "50", date(2026, 5, 21)), ("M3+", "50", date(2026, 5, 30)))]
    for b, amount, on in (("M1", "600.00", date(2026, 5, 20)), ("M1", "400.00", date(2026, 5, 22)),
                          ("M1", "250.00", date(2026, 5, 23)), ("M2", "300.00", date(2026, 5, 21))):
        loans.post_repayment(store, off, ids[b], amount=Decimal(amount), value_date=on, today=date(2026, 5, 23),
                             confirm=True)
    with store.read(None) as s:
        wrong = s.scalar(select(JournalEntry.id).where(JournalEntry.loan_id == ids["M2"],
                                                       JournalEntry.kind == "repayment",
                                                       JournalEntry.value_date == date(2026, 5, 21)))
    loans.reverse(store, sup, ids["M2"], wrong, reason="posted to the wrong loan", confirm=True)
    with store.read(None) as s:
        expected = _paid_one_by_one(s, date(2026, 5, 23))
    assert set(expected) == set(made[:5])
    eod.run_eod(store, None, date(2026, 5, 23))
    with store.read(None) as s:
        got = {p.id: (p.status, p.paid) for p in s.scalars(select(PromiseToPay))}
    assert {k: v[1] for k, v in got.items() if k in expected} == expected
    assert expected[made[0]] == Decimal("600.00") and expected[made[1]] == Decimal("1250.00")
    assert expected[made[2]] == Decimal("0.00") and expected[made[4]] == Decimal("0.00")
    assert [got[k][0] for k in made] == ["broken", "kept", "broken", "broken", "broken", "open"]
