"""The repayment file's set reads (servicing.repayment_reads): on SQLite straight to the
driver with the keys as one JSON array, elsewhere through Core. Both paths give the
same answers, and a varied file posted through each leaves the same books."""
from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from workstation.domain.money import to_fen
from workstation.servicing import eod, repayment_reads as reads
from workstation.servicing.repayment_import import import_repayments
from workstation.store.models_loans import JournalEntry, Loan
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare
from tests.test_servicing_import import TODAY, book  # noqa: F401  (the fixture)


def _both(monkeypatch, store, fn):
    """``fn(session)`` through Core, then through the default path (the driver on SQLite)."""
    monkeypatch.setattr(reads, "DRIVER", False)
    with store.read() as s:
        core = fn(s)
    monkeypatch.setattr(reads, "DRIVER", True)
    with store.read() as s:
        default = fn(s)
    return core, default


def test_reads_agree_with_the_orm_through_both_paths(book, tmp_path, monkeypatch):
    store, (a, b), (na, nb) = book
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount,kind\n"
                 f"P1,{na},2026-02-28,4120.60,repayment\n"
                 f"付款-2,{nb},2026-02-11,99999.00,repayment\n", encoding="utf-8")   # held: above the payoff
    r = import_repayments(store, actor(store, "admin"), f, today=TODAY)
    assert (r.imported, r.held) == (1, 1)
    refs = ["P1", "付款-2", "P9", "P1"] + [f"X{k}" for k in range(950)]          # more than one Core chunk
    core, default = _both(monkeypatch, store, lambda s: reads.seen_refs(s, refs))
    assert core == default == ({"P1"}, {"付款-2"})
    assert _both(monkeypatch, store, lambda s: reads.seen_refs(s, [])) == ((set(), set()), (set(), set()))
    nos = {na, nb, "HT-NONE", "合同"}
    core, default = _both(monkeypatch, store, lambda s: reads.loan_ids(s, nos))
    assert core == default == {na: a, nb: b}
    core, default = _both(monkeypatch, store, lambda s: reads.loan_rows(s, [b, a, 10 ** 9]))
    assert core == default and sorted(core) == [a, b]
    with store.read() as s:
        for lid in (a, b):
            loan, row = s.get(Loan, lid), core[lid]
            assert (row.contract_no, row.status, row.version, row.disbursed_on, row.last_eod, row.accelerated_on) \
                == (loan.contract_no, loan.status, loan.version, loan.disbursed_on, loan.last_eod, None)
            assert isinstance(row.disbursed_on, date) and bool(row.revolving) == loan.revolving
            assert (row.principal_outstanding, row.interest_unpaid, row.excess) == (
                to_fen(loan.principal_outstanding), to_fen(loan.interest_unpaid), to_fen(loan.excess))
            assert isinstance(row.terms, str) and row.terms.startswith("{")
        keyed = dict(s.execute(select(JournalEntry.idem_key, JournalEntry.id)
                               .where(JournalEntry.idem_key.is_not(None))).all())
    keys = ["pay:P1", "pay:付款-2", "nothing"] + list(keyed)
    core, default = _both(monkeypatch, store, lambda s: reads.journal_ids(s, keys))
    assert core == default == keyed and "pay:P1" in core and "pay:付款-2" not in core


def _books(path) -> dict[str, list]:
    c = sqlite3.connect(str(path))
    try:
        out = {}
        for table, skip in (("journal", {"posted_at"}), ("loans", {"updated_at"}), ("installments", set()),
                            ("loan_engine_states", set()), ("repayment_import_lines", set()),
                            ("repayment_held_lines", {"held_at"}), ("applications", {"status_changed_at",
                                                                                      "updated_at"})):
            cur = c.execute(f"SELECT * FROM {table} ORDER BY 1")
            names = [d[0] for d in cur.description]
            out[table] = [tuple(v for n, v in zip(names, r) if n not in skip) for r in cur]
        return out
    finally:
        c.close()


def test_a_varied_file_leaves_the_same_books_through_core_and_the_driver(tmp_path, monkeypatch):
    """SQLite: one book copied, the same file posted through each path, every row compared."""
    one = tmp_path / "one.db"
    store = prepare(Store.open(f"sqlite:///{one}"))
    off = actor(store, "officer1")
    ids = [open_loan(store, off, product="CREDIT_FIXED", amount="12000", method="equal-installment",
                     start=date(2026, 1, 31), term_months=3),
           open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30),
           open_loan(store, off, product="CREDIT_FIXED", amount="6000", method="equal-principal",
                     start=date(2026, 1, 15), term_months=6)]
    eod.run_eod(store, actor(store, "supervisor1"), date(2026, 3, 10))
    with store.read() as s:
        na, nb, nc = (s.get(Loan, i).contract_no for i in ids)
    store.close()
    two = tmp_path / "two.db"
    src, dst = sqlite3.connect(str(one)), sqlite3.connect(str(two))
    src.backup(dst)
    src.close()
    dst.close()
    rows = [f"A1,{na},2026-03-11,100.00,repayment",          # after the last night
            f"A2,{na},2026-02-28,4120.60,repayment",          # backdated before the last night
            f"A3,{na},2026-03-12,100000.00,repayment",        # above the payoff: held
            f"A2,{na},2026-03-12,1.00,repayment",             # repeated in the file
            f"B1,{nb},2026-02-11,10050.00,order_settlement",  # settles the order loan (10 nights x 5.00)
            f"B2,{nb},2026-03-12,5.00,repayment",             # closed by the line before
            f"C1,{nc},2026-03-11,1000.00,repayment",
            f"C2,{nc},2026-03-12,1000.00,repayment",          # a second line of the same loan
            f"C3,{nc},2026-03-12,1.005,repayment",            # a fen too fine
            f"C4,{nc},2026-03-12,5.00,order_settlement",      # not an order loan
            f"C5,{nc},2026-12-31,5.00,repayment",             # in the future
            "D1,HT-NONE,2026-03-12,5.00,repayment"]            # no such loan
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount,kind\n" + "\n".join(rows) + "\n", encoding="utf-8")
    reports = []
    for path, driver in ((one, False), (two, True)):
        monkeypatch.setattr(reads, "DRIVER", driver)
        st = Store.open(f"sqlite:///{path}")
        try:
            r = import_repayments(st, actor(st, "admin"), f, today=TODAY)
            again = import_repayments(st, actor(st, "admin"), f, today=TODAY)
        finally:
            st.close()
        reports.append(((r.imported, r.held, r.duplicates, r.unmatched, r.rejected, r.backdated, r.amount_posted),
                        [(x.line, x.field, x.code, x.reason) for x in r.rejects], r.held_lines, r.duplicate_refs,
                        (again.imported, again.duplicates)))
    assert reports[0] == reports[1]
    assert reports[0][0] == (5, 1, 1, 1, 5, 3, Decimal("16270.60"))
    assert sorted(x[:3] for x in reports[0][1]) == [
        (5, "payment_ref", "duplicate_in_file"), (7, "contract_no", "loan_closed"), (10, "amount", "decimals"),
        (11, "kind", "not_order_loan"), (12, "value_date", "future"), (13, "contract_no", "unmatched")]
    assert reports[0][4] == (0, 7)
    assert _books(one) == _books(two)


@pytest.mark.parametrize("text, fen", [("0.01", 1), ("4120.60", 412060), ("1,234.5", None), ("99999999.99", 9999999999)])
def test_a_line_carries_its_amount_in_fen_parsed_once(tmp_path, text, fen):
    from workstation.servicing.repayment_file import Line, read_file
    f = tmp_path / "p.csv"
    f.write_text(f'payment_ref,contract_no,value_date,amount\nP,HT1,2026-03-01,"{text}"\n', encoding="utf-8")
    lines, rejects, _, _ = read_file(f, limit=Decimal("100000000"))
    if fen is None:
        assert not lines and rejects[0].field == "amount"
        return
    assert lines[0].fen == fen and to_fen(lines[0].amount) == fen
    assert Line(1, "P", "HT1", date(2026, 3, 1), lines[0].amount, "repayment").fen == fen
