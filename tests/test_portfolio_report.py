"""The portfolio report: the figures on the screen, in the PDF (read back with pypdf) and
in the XLSX (read back with openpyxl) and CSV agree; the definitions have a sheet of
their own; the PDF is deterministic."""
from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from workstation.documents.portfolio_report import render_portfolio_report
from workstation.domain.portfolio_figures import FIGURES, HEADLINE
from workstation.portfolio import report, service
from workstation.store.session import Store
from workstation.ui.portfolio.portfolio_view import PortfolioScreen

from tests.portfolio_support import SERVICED_AS_OF, serviced_book
from tests.servicing_support import actor, prepare


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    store = prepare(Store.open(f"sqlite:///{tmp_path_factory.mktemp('pr') / 'p.db'}"))
    serviced_book(store)
    yield store
    store.close()


@pytest.mark.parametrize("zh", [True, False])
def test_screen_pdf_xlsx_and_csv_agree(qtbot, book, tmp_path, zh):
    admin = actor(book, "admin")
    screen = PortfolioScreen(book, admin, as_of=SERVICED_AS_OF)
    qtbot.addWidget(screen)
    on_screen = {k: screen.tiles[k].value.text() for k in HEADLINE}
    data = report.report_data(service.dashboard(book, admin, SERVICED_AS_OF), zh=zh)
    pdf = render_portfolio_report(data)
    assert pdf == render_portfolio_report(data)                     # invariant: the same bytes
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    report.write_xlsx(data, tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    summary = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(min_row=3, values_only=True)}
    report.write_csv(data, tmp_path / "r.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    in_csv = {r[0]: r[1] for r in rows[2:2 + len(data.figures)]}
    for k in HEADLINE:
        name = FIGURES[k][0 if zh else 1]
        value = on_screen[k]
        assert summary[name] == value and in_csv[name] == value, k
        lines = [ln.strip() for ln in text.splitlines()]
        assert lines[lines.index(name) + 1] == value, k          # the figure's cell, then its value
    # the definitions on a sheet of their own, every figure named
    defs = wb.worksheets[-1]
    assert defs.title == ("定义" if zh else "Definitions")
    assert {r[0] for r in defs.iter_rows(min_row=2, values_only=True)} == {v[0 if zh else 1] for v in FIGURES.values()}
    # every table of the screen is a sheet with the same rows
    for t in data.tables:
        sheet = wb[t.key[:31]]
        assert [tuple(r) for r in sheet.iter_rows(min_row=3, values_only=True)] == \
            [tuple(c if c != "" else None for c in r) for r in t.rows]
    if zh:
        assert "资产组合月报" in text and "五级分类" in text
    else:      # printed from the English desk: English words, header and footer included (the
        # merchants' names and provinces are Chinese: they are data)
        import re
        assert "Monthly portfolio report" in text and "Page 1 of" in text and "Substandard" in text
        words = set(re.findall(r"[\u4e00-\u9fff]+", text))
        assert not words & {"正常", "关注", "次级", "可疑", "损失", "编号", "页", "共", "内容校验码"}


def test_report_command(book, tmp_path, monkeypatch):
    from workstation.cli import main
    from workstation.services import auth
    with book.tx(None) as s:
        from workstation.store.models import User
        from sqlalchemy import select
        u = s.scalar(select(User).where(User.username == "admin"))
        u.password_hash = auth.hash_password("Secret-Pass-2026")
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Secret-Pass-2026")
    for suffix in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"p.{suffix}"
        assert main(["--database", book.url, "report", "portfolio", "--as-of", "2026-03-31",
                     "--out", str(out), "--user", "admin"]) == 0
        assert out.stat().st_size > 0
    assert main(["--database", book.url, "report", "portfolio", "--as-of", "2026-03-31",
                 "--out", str(tmp_path / "p.txt"), "--user", "admin"]) == 2


def test_report_pdf_is_recorded_as_a_print_and_verified(book, tmp_path):
    """The report PDF is a print like any other: recorded (file and content hashes, who),
    audited, and ``verify-document`` knows it; an edited copy is ALTERED."""
    from sqlalchemy import select

    from workstation.printing.documents import verify_document
    from workstation.store.models_audit import AuditEntry
    from workstation.store.models_documents import PrintedDocument
    admin = actor(book, "admin")
    data = report.report_data(service.dashboard(book, admin, SERVICED_AS_OF), zh=True)
    out = tmp_path / "report.pdf"
    issued = report.issue_pdf(book, admin, data, out)
    assert out.read_bytes() == issued.pdf and issued.kind == "portfolio_report"
    with book.read(None) as s:
        rec = s.get(PrintedDocument, issued.record_id)
        assert (rec.kind, rec.document_no, rec.username) == ("portfolio_report", "PF20260331", "admin")
        assert rec.file_sha256 == issued.file_sha256
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "document_printed",
                                                     AuditEntry.entity_id == "PF20260331")).all()
        assert len(audited) >= 1
    check = verify_document(book, out.read_bytes())
    assert check.status == "GENUINE" and check.document_no == "PF20260331"
    bad = bytearray(issued.pdf)
    i = bad.index(b"/Producer")
    bad[i + 12:i + 13] = b"X"
    assert verify_document(book, bytes(bad)).status == "ALTERED"      # bytes differ, content known
