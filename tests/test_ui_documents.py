"""Documents in the application (pytest-qt): the PDF preview shows the pages and saves
the same bytes; the documents panel lists what applies and what was printed; the batch
dialog prints with a progress bar and can be cancelled."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from test_document_data import build_demo
from workstation.services import auth
from workstation.printing import documents
from workstation.store.models_loans import Loan

pytest.importorskip("PySide6.QtPdf")
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from workstation.ui import settings as ui_settings  # noqa: E402
from workstation.ui.documents.documents_batch import BatchPrintDialog  # noqa: E402
from workstation.ui.documents.documents_panel import DocumentsPanel  # noqa: E402
from workstation.ui.documents.documents_preview import PdfPreviewDialog  # noqa: E402


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('uidocs') / 'demo.db'}", None)
    yield store
    store.close()


@pytest.fixture
def officer(demo, tmp_path):
    ui_settings.use_directory(tmp_path / "settings")
    return auth.sign_in(demo, "officer1", "Officer#2026")


def closed_loan(store, officer) -> tuple[int, str]:
    """A closed loan of ``officer``'s own case (another officer's is not theirs to print)."""
    from workstation.store.models import Application
    with store.read() as s:
        return s.execute(select(Loan.application_id, Loan.contract_no)
                         .join(Application, Application.id == Loan.application_id)
                         .where(Loan.status == "closed", Application.officer_id == officer.id)
                         .order_by(Loan.id)).first()


def test_preview_shows_pages_saves_same_bytes_and_prints(qtbot, officer, demo, tmp_path):
    _, contract = closed_loan(demo, officer)
    from workstation.printing.batch_print import Job, print_document
    issued = print_document(demo, officer, Job("schedule", contract))
    dlg = PdfPreviewDialog(issued.pdf, title="schedule", suggested_name="s.pdf")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.page_count >= 1 and str(dlg.page_count) in dlg.pages_label.text()
    out = tmp_path / "saved.pdf"
    dlg.save_to(out)
    assert out.read_bytes() == issued.pdf
    assert documents.verify_document(demo, out.read_bytes()).ok
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dlg.print_to(printer)
    import pypdf
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == dlg.page_count
    zoom = dlg.view.zoomFactor()
    dlg.zoom_by(2.0)
    assert dlg.view.zoomFactor() == pytest.approx(zoom * 2.0)


def test_panel_lists_available_and_printed_documents(qtbot, officer, demo):
    app_id, contract = closed_loan(demo, officer)
    panel = DocumentsPanel(demo, officer, application_id=app_id)
    qtbot.addWidget(panel)
    panel.load()
    assert {"approval_memo", "contract", "schedule", "statement", "settlement"} <= set(panel.available_kinds)
    assert "decline_notice" not in panel.available_kinds
    assert panel.period_row.isVisibleTo(panel)
    before = panel.history.rowCount()
    with qtbot.waitSignal(panel.printed, timeout=10000):
        dlg = panel.open_document("settlement")
    assert dlg is not None and dlg.page_count == 1
    qtbot.addWidget(dlg)
    assert panel.history.rowCount() == before + 1
    assert panel.history.item(0, 1).text() == contract
    assert panel.history.item(0, 3).text() == "officer1"
    by_loan = DocumentsPanel(demo, officer, contract_no=contract)
    qtbot.addWidget(by_loan)
    by_loan.load()
    assert by_loan.available_kinds == panel.available_kinds
    assert by_loan.history.rowCount() >= 1


def test_batch_dialog_prints_with_progress_and_cancels(qtbot, officer, demo, tmp_path):
    dlg = BatchPrintDialog(demo, officer)
    qtbot.addWidget(dlg)
    dlg.month.setText("2026-11")
    dlg.out_dir.setText(str(tmp_path / "run"))
    with qtbot.waitSignal(dlg.finished_batch, timeout=60000) as sig:
        assert dlg.start()
    result = sig.args[0]
    assert not result.cancelled and not result.failed
    assert len(result.printed) + len(result.skipped) == result.total     # other teams' loans are skipped
    assert dlg.bar.value() == dlg.bar.maximum()
    files = sorted((tmp_path / "run").iterdir())
    assert len(files) == len(result.printed)
    assert {hashlib.sha256(f.read_bytes()).hexdigest() for f in files} == {i.file_sha256 for _, i, _ in result.printed}
    # cancel straight away: the batch stops, the dialog is usable again
    dlg.out_dir.setText(str(tmp_path / "cancelled"))
    with qtbot.waitSignal(dlg.finished_batch, timeout=60000) as sig:
        assert dlg.start()
        dlg.btn_cancel.click()
    assert sig.args[0].cancelled and len(sig.args[0].printed) < result.total
    assert dlg.btn_start.isEnabled() and not dlg.running
