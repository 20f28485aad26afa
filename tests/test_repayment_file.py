"""The repayment file, safe (issue 10, point 8): every amount through the one money
parser, wrong column counts refused per line, right line numbers, every reject in a
masked rejects file, lines above the payoff held for an officer, closed-ness decided
line by line. SQLite and PostgreSQL."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workstation.servicing import loan_views
from workstation.domain.errors import DomainError
from workstation.servicing.reconcile import reconcile
from workstation.servicing.repayment_held import held_lines, post_held, return_held
from workstation.servicing.repayment_import import import_repayments, interrupted_batches
from workstation.store.models import ImportBatch, Setting
from workstation.store.models_loans import JournalEntry, RepaymentLine

from tests.servicing_support import actor
from tests.test_servicing_import import TODAY, book  # noqa: F401  (the fixture)

HEAD = "payment_ref,contract_no,value_date,amount,kind,note\n"


def _rejects(path) -> list[dict]:
    with open(str(path) + ".rejects.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _journal_count(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


def test_amount_forms_are_refused_not_posted(book, tmp_path):
    store, (a, b), (na, nb) = book
    adm = actor(store, "admin")
    before = _journal_count(store)
    f = tmp_path / "pay.csv"
    huge = "".join(f"H{k},{na},2026-02-28,9999999999999999.99,repayment,\n" for k in range(10))
    f.write_text(HEAD + f'P1,{na},2026-02-28,"1,50",repayment,\n'
                 f"P2,{na},2026-02-28,1,234.00,repayment,\n"
                 f"P3,{na},2026-02-28,1e3,repayment,\n"
                 f"P4,{na},2026-02-28,1_000,repayment,\n"
                 f"P5,{na},2026-02-28,NaN,repayment,\n"
                 f"P6,{na},2100-12-31,5.00,repayment,\n"
                 f"P7,{na},9999-12-31,5.00,repayment,\n" + huge, encoding="utf-8")
    r = import_repayments(store, adm, f, today=TODAY)
    assert (r.read, r.imported, r.held, r.rejected) == (17, 0, 0, 17)
    assert _journal_count(store) == before
    by_line = {int(x["line"]): x for x in _rejects(f)}
    assert (by_line[2]["field"], by_line[2]["code"]) == ("amount", "decimal_comma")
    assert (by_line[3]["field"], by_line[3]["code"]) == ("(line)", "columns")
    assert [by_line[n]["code"] for n in (4, 5, 6)] == ["exponent", "underscore", "not_finite"]
    assert (by_line[7]["field"], by_line[7]["code"]) == ("value_date", "future")
    assert (by_line[8]["field"], by_line[8]["code"]) == ("value_date", "date_range")
    assert {by_line[n]["code"] for n in range(9, 19)} == {"too_large"}
    assert loan_views.loan_view(store, None, a).balances.status == "active"


def test_json_lines_amounts(book, tmp_path):
    store, (a, b), (na, nb) = book
    f = tmp_path / "pay.jsonl"
    f.write_text(f'{{"payment_ref": "J1", "contract_no": "{na}", "value_date": "2026-02-28", "amount": 1e3}}\n'
                 f'{{"payment_ref": "J2", "contract_no": "{na}", "value_date": "2026-02-28", "amount": NaN}}\n'
                 f'{{"payment_ref": "J3", "contract_no": "{na}", "value_date": "2026-02-28", "amount": "1,50"}}\n'
                 f'{{"payment_ref": "J4", "contract_no": "{na}", "value_date": "2026-02-28", "amount": 100.5, '
                 '"note": "a\u2028b"}\n', encoding="utf-8")
    r = import_repayments(store, actor(store, "admin"), f, today=TODAY)
    assert (r.imported, r.rejected) == (1, 3)
    assert {int(x["line"]): x["code"] for x in _rejects(f)} == {1: "exponent", 2: "json", 3: "decimal_comma"}


def test_line_numbers_count_blank_lines_and_multiline_fields(book, tmp_path):
    store, (a, b), (na, nb) = book
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + "\n"
                 f'P1,{na},2026-02-28,100.00,repayment,"a note\nover two lines"\n'
                 "\n\n"
                 f"P2,{na},2026-02-28,abc,repayment,x\n"
                 f'P3,{na},2026-02-28,100.00,repayment,"张三丰 13812345678\n330106199001011234"\n'
                 f"P4,{na},2026-02-28,1.005,repayment,\n", encoding="utf-8")
    r = import_repayments(store, actor(store, "admin"), f, today=TODAY)
    assert (r.read, r.imported, r.rejected) == (4, 2, 2)
    rows = _rejects(f)
    assert [(int(x["line"]), x["field"], x["code"]) for x in rows] == [
        (7, "amount", "not_a_number"), (10, "amount", "decimals")]
    with store.read() as s:
        got = dict(s.execute(select(RepaymentLine.payment_ref, RepaymentLine.line_no)).tuples().all())
    assert got == {"P1": 3, "P3": 8}


def test_rejects_file_masks_personal_data(book, tmp_path):
    store, (a, b), (na, nb) = book
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f'P1,{na},2026-02-28,1e3,repayment,"张三丰 13812345678 330106199001011234"\n'
                 f"P2,{na},2026-02-28,1,2,3,张三丰 13812345678\n"
                 f"P3,{na},2026-02-28,13812345678,repayment,\n", encoding="utf-8")     # a phone as the amount
    import_repayments(store, actor(store, "admin"), f, today=TODAY)
    text = (tmp_path / "pay.csv.rejects.csv").read_text(encoding="utf-8-sig")
    assert "13812345678" not in text and "330106199001011234" not in text and "张三丰" not in text
    assert "138****5678" in text and "330106********1234" in text and "张**" in text
    assert na in text                                   # the contract number stays readable


def test_line_above_the_payoff_is_held_then_posted_or_returned(book, tmp_path):
    store, (a, b), (na, nb) = book
    off = actor(store, "officer1")
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f"P1,{nb},2026-02-11,10050.01,order_settlement,\n"     # payoff 10,050.00: held
                 f"P2,{na},2026-02-28,99999999.00,repayment,\n"                 # far above: held
                 f"P3,{nb},2026-02-11,10050.00,order_settlement,\n"            # exactly the payoff: posted
                 f"P4,{nb},2026-02-12,5.00,repayment,\n", encoding="utf-8")    # closed by line 4: refused
    r = import_repayments(store, off, f, today=TODAY)
    assert (r.imported, r.held, r.rejected) == (1, 2, 1)
    assert r.amount_held == Decimal("100010049.01")
    assert [(x["line"], x["code"]) for x in _rejects(f)] == [("5", "loan_closed")]
    assert "closed by an earlier line" in _rejects(f)[0]["reason"]
    held = held_lines(store, None)
    assert [(h.payment_ref, h.payoff) for h in held] == [("P1", Decimal("10050.00")), ("P2", held[1].payoff)]
    assert loan_views.loan_view(store, None, a).balances.status == "active"
    again = import_repayments(store, off, f, today=TODAY)            # held lines are not held twice
    assert (again.imported, again.held, again.duplicates) == (0, 0, 3)
    with pytest.raises(DomainError, match="closed"):
        post_held(store, off, held[0].id, today=TODAY)                # its loan was settled by P3
    returned = return_held(store, off, held[0].id, reason="paid twice by the channel")
    assert returned.status == "returned"
    posted = post_held(store, off, held[1].id, today=TODAY)
    assert posted.status == "posted"
    v = loan_views.loan_view(store, None, a)
    assert v.balances.status == "closed" and v.balances.excess > Decimal("99980000")
    with pytest.raises(DomainError, match="already posted"):
        post_held(store, off, held[1].id, today=TODAY)
    assert held_lines(store, None) == []
    assert reconcile(store, None)[1] == []


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_closedness_does_not_depend_on_the_chunk(book, tmp_path, chunk):
    store, (a, b), (na, nb) = book
    with store.tx() as s:                         # a tolerance: up to 100.00 above the payoff is posted
        s.merge(Setting(key="repayments.hold_tolerance", value="100.00"))
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f"P1,{nb},2026-02-05,5000.00,order_settlement,\n"
                 f"P2,{na},2026-02-28,4120.60,repayment,\n"
                 f"P3,{nb},2026-02-11,5100.00,order_settlement,\n"            # settles b, a little over
                 f"P4,{nb},2026-02-12,100.00,repayment,\n"                    # b is closed: refused
                 f"P5,{na},2026-03-01,50.00,repayment,\n", encoding="utf-8")
    r = import_repayments(store, actor(store, "admin"), f, today=TODAY, chunk=chunk)
    assert (r.imported, r.held, r.rejected) == (4, 0, 1)
    vb = loan_views.loan_view(store, None, b)
    assert vb.balances.status == "closed" and Decimal(0) < vb.balances.excess <= Decimal(100)
    assert reconcile(store, None)[1] == []


def test_a_batch_left_running_is_shown_interrupted_and_resumed(book, tmp_path):
    store, (a, b), (na, nb) = book
    adm = actor(store, "admin")
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f"P1,{na},2026-02-28,4120.60,repayment,\n", encoding="utf-8")
    with store.tx() as s:           # what a crash leaves: a batch running, its process gone
        from workstation.servicing.repayment_file import sha256_of
        s.add(ImportBatch(kind="repayments", file_name="pay.csv", file_sha256=sha256_of(f.read_bytes()),
                          user_id=adm.id, note="pid 999999999 on nowhere"))
        s.add(ImportBatch(kind="repayments", file_name="other.csv", file_sha256="0" * 64, user_id=adm.id,
                          note="pid 999999999 on nowhere"))
    assert [b_.file_name for b_ in interrupted_batches(store, None)] == ["pay.csv", "other.csv"]
    r = import_repayments(store, adm, f, today=TODAY)
    assert len(r.resumed) == 1 and len(r.interrupted) == 1 and "other.csv" in r.interrupted[0]
    assert [b_.file_name for b_ in interrupted_batches(store, None)] == ["other.csv"]
    with store.read() as s:
        assert s.get(ImportBatch, r.resumed[0]).outcome == "interrupted"
        assert s.get(ImportBatch, r.batch_id).outcome == "completed"


def test_cli_import_lists_held_lines_and_held_repayments_command(tmp_path, monkeypatch, capsys):
    from workstation import cli
    from workstation.services import auth
    from workstation.store.session import Store
    from tests.servicing_support import open_loan, prepare
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store.open(url)
    auth.add_user(store, None, username="officer9", display_name="O9", password="Officer#2026", roles={"officer"})
    prepare(store)
    lid = open_loan(store, actor(store, "officer1"), product="ORDER", amount="10000", method="bullet",
                    start=date(2026, 2, 1), days=30)
    from workstation.store.models_loans import Loan
    with store.read() as s:
        no = s.get(Loan, lid).contract_no
    store.close()
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f"P1,{no},2026-02-11,20000.00,order_settlement,\nP2,{no},2026-02-11,1e3,repayment,\n",
                 encoding="utf-8")
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    base = ["--database", url]
    assert cli.main(base + ["import", "repayments", str(f), "--user", "officer9", "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "1 held for an officer (20,000.00)" in out and "held: line 2: P1 20,000.00" in out
    assert "rejected: line 3: amount: '1e3'" in out
    assert cli.main(base + ["held-repayments", "list"]) == 2        # nobody signed in: nothing listed
    assert "P1" not in capsys.readouterr().out
    assert cli.main(base + ["held-repayments", "list", "--user", "officer9"]) == 0
    listing = capsys.readouterr().out
    assert "P1" in listing and "payoff 10,050.00" in listing and "1 line(s)" in listing
    held_id = int(listing.split()[0])
    assert cli.main(base + ["held-repayments", "return", str(held_id), "--user", "officer9"]) == 2
    assert "reason" in capsys.readouterr().err
    assert cli.main(base + ["held-repayments", "return", str(held_id), "--user", "officer9",
                            "--reason", "paid twice"]) == 0
    assert "returned" in capsys.readouterr().out
    assert cli.main(base + ["held-repayments", "list", "--user", "officer9"]) == 0
    assert "0 line(s)" in capsys.readouterr().out


def test_a_quote_never_closed_does_not_swallow_lines(book, tmp_path):
    store, (a, b), (na, nb) = book
    f = tmp_path / "pay.csv"
    f.write_text(HEAD + f"P1,{na},2026-02-28,100.00,repayment,ok\n"
                 f'P2,{na},2026-02-28,100.00,repayment,"not closed\n'
                 f"P3,{na},2026-02-28,100.00,repayment,\n"
                 f"P4,{na},2026-02-28,100.00,repayment,\n", encoding="utf-8")
    r = import_repayments(store, actor(store, "admin"), f, today=TODAY)
    assert (r.imported, r.rejected) == (1, 1)
    [rej] = _rejects(f)
    assert (rej["line"], rej["code"]) == ("3", "quotes") and "lines 3 to 5" in rej["reason"]
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100000 + "]" * 100000 + "\n", encoding="utf-8")
    r = import_repayments(store, actor(store, "admin"), deep, today=TODAY)
    assert (r.read, r.rejected) == (1, 1)
