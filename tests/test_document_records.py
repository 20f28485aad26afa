import dataclasses
import subprocess
import sys
from decimal import Decimal

import pytest

from workstation.documents import samples
from workstation.services import audit, audit_trail, auth
from workstation.printing import documents
from workstation.domain.actor import Actor
from workstation.domain.errors import PermissionDenied
from workstation.store.session import Store


REAL_LENDER = dict(name="杭州阿里巴巴网络小额贷款有限公司", licence="浙金融办〔2010〕123号",
                   address="浙江省杭州市西湖区文三路 477 号", credit_code="91330106MA2B3C4D5D",
                   seal_name="杭州阿里巴巴网络小额贷款有限公司合同专用章")


def real_lender(store, admin) -> None:
    """A real (not demo) database prints only once the lender's details are set."""
    from workstation.printing.lender import set_lender_details
    set_lender_details(store, admin, **REAL_LENDER)


@pytest.fixture
def officer(svc):
    user = auth.add_user(svc, None, username="o1", display_name="王信贷", password="Pass#word1",
                         roles={"officer", "admin"})
    real_lender(svc, user)
    return user


def test_print_is_recorded_and_audited(svc, officer):
    doc = documents.issue(svc, officer, samples.statement(), loan_ref="ALXD-2026-000123")
    assert doc.pdf.startswith(b"%PDF")
    recs = documents.documents_for(svc, None, loan_ref="ALXD-2026-000123")
    assert [r["kind"] for r in recs] == ["statement"] and recs[0]["content_hash"] == doc.content_hash
    entries = audit_trail.entries_for(svc, None, entity_type="document", entity_id=doc.document_no)
    assert entries[-1]["action"] == "document_printed"
    assert entries[-1]["details"]["file_sha256"] == doc.file_sha256
    assert audit.verify(svc, None).ok


def test_signed_contract_is_frozen(svc, officer):
    first = documents.issue(svc, officer, samples.contract())
    changed = dataclasses.replace(samples.contract(), amount=Decimal("999999.00"))
    again = documents.issue(svc, officer, changed)
    assert again.reprint_of_frozen
    assert again.pdf == first.pdf and again.content_hash == first.content_hash


def test_verify_genuine_altered_unknown(svc, officer, tmp_path):
    doc = documents.issue(svc, officer, samples.settlement())
    ok = documents.verify_document(svc, doc.pdf)
    assert ok.ok and "GENUINE" in ok.message and ok.printed_by == "o1"
    # same content, different bytes (e.g. re-saved by an editor)
    tampered = doc.pdf.replace(b"/Producer", b"/Producex", 1)
    bad = documents.verify_document(svc, tampered)
    assert not bad.ok and "ALTERED" in bad.message
    # a document never printed here
    other = documents.render_pdf(samples.decline())
    assert "NOT ISSUED" in documents.verify_document(svc, other).message
    assert "UNKNOWN" in documents.verify_document(svc, b"%PDF-1.4 not ours").message


def test_cli_verify_document(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    svc = Store.open(url)
    officer = auth.add_user(svc, None, username="o1", display_name="O", password="Pass#word1",
                            roles={"officer", "admin"})
    real_lender(svc, officer)
    doc = documents.issue(svc, officer, samples.schedule_doc())
    f = tmp_path / "s.pdf"
    f.write_bytes(doc.pdf)
    r = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "verify-document", str(f)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "GENUINE" in r.stdout
    f.write_bytes(doc.pdf[:-10] + b"x" * 10)
    r = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "verify-document", str(f)],
                       capture_output=True, text=True)
    assert r.returncode == 1
    f.write_bytes(b"hello, not a PDF")               # the PDF library's complaints are not the user's
    r = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "verify-document", str(f)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "UNKNOWN" in r.stdout and "pypdf" not in r.stderr, r.stderr


def test_only_desk_roles_print(svc, officer):
    nobody = Actor(id=officer.id, username="x", display_name="x", roles=frozenset())
    with pytest.raises(PermissionDenied):
        documents.issue(svc, nobody, samples.statement())
