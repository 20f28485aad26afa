"""The batch dialog, Chinese desk: a statement batch for a month not yet ended prints as
of the last end of day; a month no day of which is in the books is refused in Chinese."""
from __future__ import annotations

import re
from datetime import date as D

import pytest

from workstation.servicing import eod
from workstation.store.session import Store
from workstation.ui import i18n, settings as ui_settings
from workstation.ui.documents.documents_batch import BatchPrintDialog

from tests.servicing_support import actor, open_loan, prepare


@pytest.fixture
def desk(tmp_path):
    ui_settings.use_directory(tmp_path / "settings")
    store = prepare(Store.open(f"sqlite:///{tmp_path / 'b.db'}"))
    off = actor(store, "officer1")
    open_loan(store, off, product="CREDIT_FIXED", amount="12000", method="equal-installment",
              start=D(2026, 1, 31), term_months=3)
    eod.run_eod(store, actor(store, "supervisor1"), D(2026, 3, 17))
    i18n.install("zh_CN")
    yield store, off
    i18n.install("en")
    store.close()


def test_month_not_in_the_books_is_refused_in_chinese_and_the_current_month_prints(qtbot, desk, tmp_path):
    store, off = desk
    dlg = BatchPrintDialog(store, off, workers=1)
    qtbot.addWidget(dlg)
    dlg.out_dir.setText(str(tmp_path / "out"))
    dlg.month.setText("2026-04")
    assert not dlg.start()
    text = dlg.status.text()
    assert "日终处理仅运行至 2026-03-17" in text and not re.search(r"[A-Za-z]{3,}", text), text
    dlg.month.setText("2026-03")
    with qtbot.waitSignal(dlg.finished_batch, timeout=60000) as sig:
        assert dlg.start()
    result = sig.args[0]
    assert not result.failed and len(result.printed) == 1
    assert [p.name for p in (tmp_path / "out").iterdir()][0].endswith("-20260317.pdf")
