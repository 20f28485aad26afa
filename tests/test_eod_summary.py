"""End of day's summary, said the same way by the desk and the Chinese command line: the
nights it completed (a range when it caught up), or that the day was complete already."""
from __future__ import annotations

import re
from datetime import date

from workstation.servicing.eod import EodResult
from workstation.ui import i18n
from workstation.ui.loans.loan_menu import eod_summary

from tests.ui_texts import latin_words


def _r(dates, loans=3, already=False):
    return EodResult(dates[-1], tuple(dates), loans, 7, 1, already, 0.5)


def test_the_summary_names_the_nights_and_a_day_already_complete(qapp):
    one, two = date(2026, 12, 3), date(2026, 12, 4)
    assert eod_summary(_r([two])) == "End of day 2026-12-04: 3 loans, 7 entries, 1 offers expired."
    assert eod_summary(_r([one, two])) == "End of day 2026-12-03 to 2026-12-04: 3 loans, 7 entries, 1 offers expired."
    done = eod_summary(_r([two], loans=0, already=True))
    assert "already complete" in done and "0 loans" not in done
    i18n.install("zh_CN")
    try:
        texts = [eod_summary(_r([two])), eod_summary(_r([one, two])), eod_summary(_r([two], 0, True))]
    finally:
        i18n.install("en")
    for t in texts:
        assert re.search(r"[\u4e00-\u9fff]", t) and latin_words(t) == [], t
    assert "2026-12-03" in texts[1] and "2026-12-04" in texts[1]


def test_the_chinese_command_line_says_it_too(tmp_path, monkeypatch, capsys):
    from workstation.cli import main
    from tests.servicing_support import cli_database
    url = cli_database(tmp_path / "e.db", monkeypatch, username="root", password="First#admin1", roles={"admin"})
    assert main(["--lang", "zh_CN", "--database", url, "eod", "--user", "root"]) == 0
    first = capsys.readouterr().out
    assert main(["--lang", "zh_CN", "--database", url, "eod", "--user", "root"]) == 0
    again = capsys.readouterr().out
    assert "日终处理" in first and "0 笔贷款" in first and "已完成" in again, (first, again)
    assert latin_words(first + again) == [], first + again
