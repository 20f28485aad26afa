"""`workstation quote`: through a real argparse parser, and as a subprocess."""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workstation.commands import quote

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ["--amount", "100000", "--annual-rate", "18", "--term", "12",
           "--method", "equal-installment", "--start", "2026-01-31"]


def parser() -> argparse.ArgumentParser:
    """Shaped like the real CLI: a top-level parser with a `quote` subcommand."""
    top = argparse.ArgumentParser(prog="workstation")
    sub = top.add_subparsers(dest="command")
    quote.add_arguments(sub.add_parser("quote"))
    return top


def call(argv: list[str], *, today: date = date(2026, 3, 15)) -> tuple[int, str, str]:
    args = parser().parse_args(["quote", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = quote.run(args, out=out, err=err, today=today)
    return code, out.getvalue(), err.getvalue()


def test_json_for_the_issue_example():
    code, out, err = call([*EXAMPLE, "--json"])
    assert code == 0 and err == ""
    data = json.loads(out)
    rows = data["installments"]
    assert len(rows) == 12
    assert rows[0] == {"period": 1, "due_date": "2026-02-28", "principal": "7668.00",
                       "interest": "1500.00", "payment": "9168.00", "balance": "92332.00"}
    assert [r["due_date"] for r in rows[1:4]] == ["2026-03-31", "2026-04-30", "2026-05-31"]
    assert rows[-1]["balance"] == "0.00" and rows[-1]["payment"] == "9167.99"
    assert (data["total_principal"], data["total_interest"], data["total_payment"]) == (
        "100000.00", "10015.99", "110015.99")
    assert isinstance(data["apr"], float) and data["apr"] == 18.0
    assert '"apr": 18.00' in out                      # written from the Decimal's digits
    assert data["apr_basis"] == "irr"


def test_bullet_with_daily_rate_and_product():
    code, out, _ = call(["--amount", "100000", "--daily-rate", "0.05", "--days", "30",
                         "--method", "bullet", "--start", "2026-01-31", "--json"])
    data = json.loads(out)
    assert code == 0 and data["apr"] == 18.25 and data["apr_basis"] == "simple"
    assert data["installments"][0]["due_date"] == "2026-03-02"
    assert data["total_interest"] == "1500.00"
    # --product ORDER: rate, method and days come from the product.
    code, out2, _ = call(["--amount", "100000", "--product", "order", "--start", "2026-01-31",
                          "--json"])
    assert code == 0
    product_data = json.loads(out2)
    assert product_data["product"] == "ORDER"
    assert product_data["installments"] == data["installments"]


def test_monthly_rate_equals_annual_and_start_defaults_to_today():
    _, by_month, _ = call(["--amount", "5000", "--monthly-rate", "1.5", "--term", "3",
                           "--method", "equal-principal", "--json"])
    _, by_year, _ = call(["--amount", "5000", "--annual-rate", "18", "--term", "3",
                          "--method", "equal-principal", "--start", "2026-03-15", "--json"])
    a, b = json.loads(by_month), json.loads(by_year)
    assert a["start"] == "2026-03-15"
    assert a["installments"] == b["installments"]


def test_table_output_is_aligned():
    code, out, _ = call(EXAMPLE)
    assert code == 0
    lines = out.splitlines()
    assert "APR       18.00%" in out and "等额本息" in out
    head = next(i for i, line in enumerate(lines) if line.startswith("Period"))
    body = lines[head + 2: head + 14]
    assert len(body) == 12 and body[0].split() == [
        "1", "2026-02-28", "7,668.00", "1,500.00", "9,168.00", "92,332.00"]
    assert len({len(line) for line in body}) == 1        # right-aligned columns
    assert lines[-1].split() == ["Total", "100,000.00", "10,015.99", "110,015.99"]


@pytest.mark.parametrize("argv, fragment", [
    (["--amount", "-5", "--annual-rate", "18", "--term", "12", "--method", "bullet"],
     "amount: must be positive"),
    (["--amount", "0", "--annual-rate", "18", "--term", "12", "--method", "interest-only"],
     "amount: must be positive"),
    (["--amount", "abc", "--annual-rate", "18", "--term", "12", "--method", "interest-only"],
     "amount: not an amount"),
    (["--amount", "100", "--annual-rate", "18", "--term", "12", "--method", "balloon"],
     "method: unknown repayment method 'balloon' (allowed: equal-installment"),
    (["--amount", "100", "--annual-rate", "18", "--term", "12", "--method", "bullet"],
     "term: a bullet loan is set with --days"),
    (["--amount", "100", "--annual-rate", "x", "--term", "12", "--method", "bullet"],
     "rate (--annual-rate): "),
    (["--amount", "100", "--term", "12", "--method", "equal-installment"], "rate: give"),
    (["--amount", "100", "--annual-rate", "18", "--term", "twelve", "--method", "interest-only"],
     "term: not a whole number"),
    (["--amount", "100", "--annual-rate", "18", "--term", "12", "--method", "interest-only",
      "--start", "2026-02-30"], "start: malformed date '2026-02-30'"),
    (["--amount", "100000", "--product", "B2B_CREDIT", "--term", "5"],
     "term: B2B_CREDIT does not allow 5 months; allowed: 3, 6, 9, 12"),
    (["--amount", "5000", "--product", "CREDIT_FIXED", "--term", "6"],
     "amount: 5,000.00 is outside CREDIT_FIXED's range 50,000.00 to 1,000,000.00"),
    (["--amount", "100000", "--product", "ORDER", "--days", "45"], "days: 45 is outside"),
    (["--amount", "100000", "--product", "CREDIT_FIXED", "--term", "6", "--annual-rate", "30"],
     "rate: 30%/year is outside CREDIT_FIXED's band"),
    (["--amount", "100000", "--product", "NOPE"], "product: unknown product 'NOPE'"),
    (["--amount", "100000", "--product", "B2B_CREDIT", "--method", "bullet"],
     "method: B2B_CREDIT does not allow bullet; allowed: equal-installment, interest-only"),
])
def test_bad_input_exits_2_with_one_line(argv, fragment):
    code, out, err = call(argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("workstation quote: error: ")
    assert fragment in err


def test_argparse_errors_are_one_line_too(capsys):
    with pytest.raises(SystemExit) as exc:
        parser().parse_args(["quote", "--annual-rate", "18"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--amount" in err
    with pytest.raises(SystemExit):
        parser().parse_args(["quote", "--amount", "1", "--annual-rate", "1", "--daily-rate", "1"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not allowed with argument" in err


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_standalone_module_in_a_subprocess():
    ok = _run("-m", "workstation.commands.quote", *EXAMPLE, "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["installments"][0]["payment"] == "9168.00"


@pytest.mark.skipif(importlib.util.find_spec("workstation.cli") is None,
                    reason="workstation.cli not written yet")
def test_workstation_quote_in_a_subprocess():
    ok = _run("-m", "workstation", "quote", *EXAMPLE, "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["total_payment"] == "110015.99"
    bad = _run("-m", "workstation", "quote", *EXAMPLE[:-2], "--start", "31/01/2026")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.strip().count("\n") == 0 and "start: malformed date" in bad.stderr


# issue 10, point 9: the one money parser and bounds on every typed value
BASE = ["--term", "12", "--method", "equal-installment", "--start", "2026-01-31"]


@pytest.mark.parametrize("argv, fragment", [
    (["--amount", "1e5", "--annual-rate", "18", *BASE], "amount: '1e5': no exponent form"),
    (["--amount", "1_000", "--annual-rate", "18", *BASE], "amount: '1_000': no underscores"),
    (["--amount", "1,0,0,0", "--annual-rate", "18", *BASE], "amount: '1,0,0,0': thousands separators must"),
    (["--amount", "1,50", "--annual-rate", "18", *BASE], "amount: '1,50': a decimal comma"),
    (["--amount", "NaN", "--annual-rate", "18", *BASE], "amount: 'NaN': not a number"),
    (["--amount", "100000000.01", "--annual-rate", "18", *BASE], "amount: '100000000.01': beyond the limit"),
    (["--amount", "1000", "--annual-rate", "1e1", *BASE], "rate (--annual-rate): '1e1': no exponent form"),
    (["--amount", "1000", "--daily-rate", "NaN", *BASE], "rate (--daily-rate): 'NaN'"),
    (["--amount", "1000", "--annual-rate", "18", "--method", "bullet", "--days", "3000000"],
     "days: '3000000': beyond the limit of 3,660"),
    (["--amount", "1000", "--annual-rate", "18", "--term", "100000", "--method", "equal-installment"],
     "term: '100000': beyond the limit of 360"),
    (["--amount", "1000", "--annual-rate", "18", "--term", "1e2", "--method", "equal-installment"],
     "term: '1e2': no exponent form"),
    (["--amount", "1000", "--annual-rate", "18", "--term", "12", "--method", "equal-installment",
      "--start", "9999-12-31"], "start: '9999-12-31': outside 1900-01-01 to 2100-12-31"),
    (["--amount", "1000", "--annual-rate", "18", "--method", "bullet", "--days", "30",
      "--start", "2100-12-31"], None),
])
def test_typed_values_are_bounded(argv, fragment):
    code, out, err = call(argv)
    if fragment is None:
        assert code == 0 and err == "", err
        return
    assert code == 2 and out == "", out
    assert err.count("\n") == 1 and err.startswith("workstation quote: error: ")
    assert fragment in err, err


def test_grouped_amount_is_the_plain_amount():
    _, plain, _ = call(["--amount", "1234567.89", "--annual-rate", "18", *BASE, "--json"])
    code, grouped, _ = call(["--amount", "1,234,567.89", "--annual-rate", "18", *BASE, "--json"])
    assert code == 0 and plain == grouped
