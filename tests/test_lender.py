"""Lender details (issue 12, point 11): set once by an administrator (service, CLI,
dialog), audited; a real database prints nothing while a placeholder remains; the
demo's documents carry a 样本 (SAMPLE) mark on every page."""
from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import func, select

from test_document_data import build_demo
from test_document_records import REAL_LENDER
from workstation.documents import samples
from workstation.services import audit_trail, auth
from workstation.printing import batch_print as bp, documents, lender
from workstation.domain.errors import PermissionDenied
from workstation.services.progress import Progress
from workstation.store.models import Application, Setting
from workstation.store.models_documents import PrintedDocument
from workstation.store.models_loans import Loan


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def admin(svc):
    return auth.add_user(svc, None, username="adm", display_name="管理员", password="Pass#word1",
                         roles={"officer", "admin"})


def test_real_database_prints_nothing_with_placeholder_lender_details(svc, admin):
    with pytest.raises(lender.LenderRefused) as err:
        documents.issue(svc, admin, samples.settlement())
    assert err.value.code == "lender_placeholder"
    assert set(err.value.params["fields"]) == {"name", "licence", "address", "credit_code", "seal_name"}
    with svc.read() as s:
        assert s.scalar(select(func.count()).select_from(PrintedDocument)) == 0


def test_only_an_administrator_sets_real_details_and_it_is_audited(svc, admin):
    officer = auth.add_user(svc, admin, username="o2", display_name="O", password="Pass#word1", roles={"officer"})
    with pytest.raises(PermissionDenied):
        lender.set_lender_details(svc, officer, **REAL_LENDER)
    with pytest.raises(lender.LenderRefused) as err:
        lender.set_lender_details(svc, admin, **{**REAL_LENDER, "licence": "浙金融办〔2010〕XX号",
                                                 "credit_code": "91330106MA2B3C4D5X", "seal_name": " "})
    assert err.value.code == "lender_invalid"
    assert set(err.value.params["fields"]) == {"licence", "credit_code", "seal_name"}
    lender.set_lender_details(svc, admin, **REAL_LENDER, phone="0571-88157858")
    assert lender.lender_details(svc, None)["seal_name"] == REAL_LENDER["seal_name"]
    entry = audit_trail.entries_for(svc, admin, entity_type="settings", entity_id="lender")[-1]
    assert entry["action"] == "lender_details_set"
    assert entry["details"]["changed"]["name"]["new"] == REAL_LENDER["name"]
    doc = documents.issue(svc, officer, samples.settlement())
    assert all("样本" not in t for t in page_texts(doc.pdf))


def test_cli_lender_set_and_show(svc, admin, monkeypatch, capsys):
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Pass#word1")
    base = ["--database", svc.url, "lender"]
    if svc.backend == "postgresql":
        pytest.skip("the CLI opens its own connection by URL: the per-test PostgreSQL schema is not in it")
    assert main(base + ["show"]) == 1
    assert "cannot be printed until these are set: name, licence" in capsys.readouterr().out
    args = ["set", "--user", "adm"] + [x for k, v in REAL_LENDER.items() for x in (f"--{k.replace('_', '-')}", v)]
    assert main(base + args) == 0
    out = capsys.readouterr().out
    assert REAL_LENDER["seal_name"] in out and "cannot be printed" not in out
    assert main(base + ["set", "--user", "adm", "--name", "X", "--licence", "XX", "--address", "a",
                        "--credit-code", "1", "--seal-name", "s"]) == 2
    assert "licence" in capsys.readouterr().err


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('lender') / 'demo.db'}", None)
    yield store
    store.close()


def contracted_app(store, n: int = 0) -> str:
    with store.read() as s:
        return s.scalar(select(Application.app_no).join(Loan, Loan.application_id == Application.id)
                        .order_by(Loan.id).offset(n).limit(1))


def test_demo_documents_carry_the_sample_mark_on_every_page(demo, tmp_path):
    assert lender.is_demo(demo, None)
    officer = auth.sign_in(demo, "admin", "Admin#2026")      # sees every case
    doc = bp.print_document(demo, officer, bp.Job("contract", contracted_app(demo)))
    texts = page_texts(doc.pdf)
    assert len(texts) >= 2 and all("样本" in t and "SAMPLE" in t for t in texts)
    result = bp.print_batch(demo, officer, [bp.Job("contract", contracted_app(demo))], out_dir=tmp_path,
                            merge=False, progress=Progress(), workers=1)
    assert all("样本" in t for t in page_texts(result.printed[0][2].read_bytes()))


def test_real_database_prints_the_details_set_without_the_mark(demo, tmp_path):
    admin = officer = auth.sign_in(demo, "admin", "Admin#2026")
    with demo.tx() as s:
        s.get(Setting, "demo").value = False
    try:
        with demo.read() as s:   # an approved offer not yet signed: its contract prints as a draft of today's text
            approved = s.scalar(select(Application.app_no).where(Application.status == "approved")
                                .order_by(Application.id).limit(1))
        assert approved is not None, "the demo has an approved offer waiting for its contract"
        jobs = [bp.Job("contract", approved)]
        refused = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=True, progress=Progress())
        assert refused.printed == [] and "lender's details are not set" in refused.failed[0][1]
        assert list(tmp_path.iterdir()) == []
        lender.set_lender_details(demo, admin, **REAL_LENDER)
        doc = bp.print_document(demo, officer, jobs[0])
        text = "".join(page_texts(doc.pdf))
        assert "样本" not in text and REAL_LENDER["name"] in text.replace("\n", "") and "草稿" in text
        # a contract signed earlier reprints as signed: the lender it names is the one at signing
        signed = "".join(page_texts(bp.print_document(demo, officer, bp.Job("contract", contracted_app(demo, 1))).pdf))
        assert REAL_LENDER["name"] not in signed.replace("\n", "")
    finally:
        with demo.tx() as s:
            s.get(Setting, "demo").value = True


def test_lender_dialog_saves_or_explains_in_chinese(qtbot, svc, admin):
    from workstation.ui import i18n
    from workstation.ui.documents.documents_lender import LenderDialog
    i18n.install("zh_CN")
    try:
        dlg = LenderDialog(svc, admin)
        qtbot.addWidget(dlg)
        assert dlg.edits["licence"].text() == "浙金融办〔2010〕XX号"
        assert not dlg.save()
        assert "请填写真实信息" in dlg.message.text() and "公章名称" in dlg.message.text()
        for word, value in REAL_LENDER.items():
            dlg.edits[word].setText(value)
        assert dlg.save()
        assert lender.lender_details(svc, None)["credit_code"] == REAL_LENDER["credit_code"]
    finally:
        i18n.install("en")
