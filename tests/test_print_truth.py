"""Printing that is true (issue 12, point 10): a print is recorded only once its file
is completely written; an unwritable target leaves no record and a summary, never a
traceback; a merged batch records each document and the file, and verifies; a scanned
or photographed page verifies by its QR code."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from test_batch_print import active_contracts
from test_document_data import build_demo
from test_document_records import real_lender
from workstation.documents import samples
from workstation.services import auth
from workstation.printing import batch_print as bp, documents
from workstation.services.progress import Progress
from workstation.store.models_documents import PrintedDocument


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('truth') / 'demo.db'}", None)
    yield store
    store.close()


@pytest.fixture
def officer(demo):
    return auth.sign_in(demo, "officer4", "Officer#2026")


def n_records(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(PrintedDocument))


def test_merged_file_that_cannot_be_written_records_nothing(demo, officer, tmp_path):
    jobs = bp.schedule_jobs(active_contracts(demo, 3))
    (tmp_path / "schedules.pdf").mkdir()            # the merged file's name is taken by a folder
    before = n_records(demo)
    result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=True, progress=Progress(), workers=1,
                            merged_name="schedules.pdf")
    assert n_records(demo) == before
    assert result.printed == [] and result.merged is None and len(result.failed) == 3
    assert all("cannot write" in why for _, why in result.failed)
    assert "3 failed: cannot write" in result.summary() and "(3)" in result.summary()
    assert [p.name for p in tmp_path.iterdir()] == ["schedules.pdf"]     # no temporary file left


def test_files_that_cannot_be_written_record_nothing(demo, officer, tmp_path):
    contracts = active_contracts(demo, 3)
    jobs = bp.schedule_jobs(contracts)
    blocked = bp.file_stem(bp.build_document(demo, None, jobs[1]))
    (tmp_path / f"{blocked}.pdf").mkdir()
    before = n_records(demo)
    result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=False, progress=Progress(), workers=1)
    assert n_records(demo) == before + 2
    assert [j.ref for j, _ in result.failed] == [contracts[1]]
    assert [j.ref for j, _, _ in result.printed] == [contracts[0], contracts[2]]
    assert all(p.is_file() and p.read_bytes() == i.pdf for _, i, p in result.printed)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_folder_that_cannot_be_made_records_nothing(demo, officer, tmp_path):
    (tmp_path / "afile").write_text("x")
    jobs = bp.schedule_jobs(active_contracts(demo, 2))
    before = n_records(demo)
    result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path / "afile" / "out", merge=False,
                            progress=Progress())
    assert n_records(demo) == before and len(result.failed) == 2 and result.printed == []
    assert "cannot write" in result.summary()


def test_cli_single_print_to_an_unwritable_place(demo, tmp_path, monkeypatch, capsys):
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    (tmp_path / "afile").write_text("x")
    before = n_records(demo)
    code = main(["--database", demo.url, "print", "schedule", "--contract", active_contracts(demo, 1)[0],
                 "--out", str(tmp_path / "afile" / "s.pdf"), "--user", "officer4"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "cannot write" in err[0] and "Traceback" not in err[0]
    assert n_records(demo) == before


def test_merged_batch_records_each_document_and_verifies(demo, officer, tmp_path):
    contracts = active_contracts(demo, 3)
    before = n_records(demo)
    result = bp.print_batch(demo, officer, bp.schedule_jobs(contracts), out_dir=tmp_path, merge=True,
                            progress=Progress(), workers=1, merged_name="m.pdf")
    assert not result.failed and n_records(demo) == before + 4
    assert result.merged_record.kind == "batch"
    blob = result.merged.read_bytes()
    check = documents.verify_document(demo, blob)
    assert check.ok and check.message.startswith("GENUINE: merged file of 3 documents")
    assert [p.document_no for p in check.parts] == [i.document_no for _, i, _ in result.printed]
    assert all(p.ok and p.status == "GENUINE" for p in check.parts)
    tampered = blob.replace(b"/Producer", b"/Producex", 1)
    bad = documents.verify_document(demo, tampered)
    assert not bad.ok and bad.message.startswith("ALTERED") and len(bad.parts) == 3


needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm (poppler-utils) is not installed: cannot render a scan")


def rasterise(pdf: bytes, tmp_path, *, dpi: int, fmt: str) -> bytes:
    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    flag = "-png" if fmt == "png" else "-jpeg"
    subprocess.run(["pdftoppm", flag, "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(src),
                    str(tmp_path / "page")], check=True)
    return (tmp_path / f"page.{'png' if fmt == 'png' else 'jpg'}").read_bytes()


@needs_pdftoppm
@pytest.mark.parametrize("dpi,fmt", [(150, "png"), (300, "jpeg")])
def test_scanned_page_verifies_by_its_qr_code(svc, dpi, fmt, tmp_path):
    officer = auth.add_user(svc, None, username="o1", display_name="王信贷", password="Pass#word1",
                            roles={"officer", "admin"})
    real_lender(svc, officer)
    doc = documents.issue(svc, officer, samples.settlement())
    check = documents.verify_document(svc, rasterise(doc.pdf, tmp_path, dpi=dpi, fmt=fmt))
    assert check.ok and check.status == "GENUINE" and check.document_no == doc.document_no
    assert check.printed_by == "o1"


@needs_pdftoppm
def test_scanned_page_never_printed_or_without_code(svc, tmp_path):
    never = documents.render_pdf(samples.decline())
    check = documents.verify_document(svc, rasterise(never, tmp_path, dpi=150, fmt="png"))
    assert not check.ok and check.status == "NOT ISSUED"
    from PIL import Image
    import io
    buf = io.BytesIO()
    Image.new("L", (400, 300), 255).save(buf, format="PNG")
    blank = documents.verify_document(svc, buf.getvalue())
    assert not blank.ok and blank.status == "UNKNOWN" and "no workstation QR code" in blank.message


def test_verify_dialog_in_the_desk_language(qtbot, demo, officer, tmp_path):
    from workstation.ui import i18n
    from workstation.ui.documents.documents_verify import VerifyDialog
    result = bp.print_batch(demo, officer, bp.schedule_jobs(active_contracts(demo, 2)), out_dir=tmp_path,
                            merge=True, progress=Progress(), workers=1, merged_name="m.pdf")
    i18n.install("zh_CN")
    try:
        dlg = VerifyDialog(demo)
        qtbot.addWidget(dlg)
        check = dlg.check_file(result.merged)
        assert check.ok and dlg.verdict.text() == "真实有效"
        text = dlg.details.toPlainText()
        assert "真实的合并打印文件" in text and text.count("真实：还款计划表") == 2 and "第 1-" in text
        assert not any(w in text for w in ("Genuine", "printed", "Pages"))
        (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 not ours")
        assert not dlg.check_file(tmp_path / "x.pdf").ok and dlg.verdict.text() == "未通过核验"
        assert "非本工作台文书" in dlg.details.toPlainText()
    finally:
        i18n.install("en")
