"""A role may be limited to masked copies (issue 12, point 5): an administrator sets it
(audited), and every print path honours it -- one document from the desk's service, a
batch, the command line: the borrower's ID and phone numbers masked, the copy marked
遮蔽副本, no unmask recorded; a role not limited still prints in full."""
from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import select

from test_document_data import build_demo
from test_print_access import case_of, sign
from workstation.services import audit_trail
from workstation.printing import batch_print as bp, document_access
from workstation.domain.errors import PermissionDenied
from workstation.services.progress import Progress
from workstation.store.models import Application


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('masked') / 'demo.db'}", None)
    yield store
    store.close()


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def full_numbers(store, app_no: str) -> tuple[str, str]:
    with store.read() as s:
        m = s.scalar(select(Application).where(Application.app_no == app_no)).merchant
        return m.legal_rep.id_number, m.contact_phone


def unmasks(store, app_no: str) -> int:
    return len([e for e in audit_trail.entries_for(store, None, entity_type="application", entity_id=app_no)
                if e["action"] == "unmask"])


@pytest.fixture
def officers_masked(demo):
    admin = sign(demo, "admin")
    document_access.set_masked_only_roles(demo, admin, ["officer"])
    yield
    document_access.set_masked_only_roles(demo, admin, [])


def test_only_an_administrator_sets_it_and_it_is_audited(demo):
    with pytest.raises(PermissionDenied):
        document_access.set_masked_only_roles(demo, sign(demo, "supervisor1"), ["officer"])
    admin = sign(demo, "admin")
    with pytest.raises(document_access.AccessSettingRefused) as err:
        document_access.set_masked_only_roles(demo, admin, ["admin"])
    assert err.value.code == "role_not_limitable"
    document_access.set_masked_only_roles(demo, admin, ["officer", "supervisor"])
    document_access.set_masked_only_roles(demo, admin, [])
    changes = [e["details"] for e in audit_trail.entries_for(demo, admin, entity_type="settings",
                                                       entity_id=document_access.MASKED_ONLY_KEY)]
    assert changes[-2:] == [{"old": [], "new": ["officer", "supervisor"]},
                            {"old": ["officer", "supervisor"], "new": []}]
    assert document_access.masked_only_roles(demo, None) == frozenset()


def test_single_print_is_a_masked_copy_without_an_unmask(demo, officers_masked):
    app_no, _ = case_of(demo, "officer1", own=True)
    id_no, phone = full_numbers(demo, app_no)
    before = unmasks(demo, app_no)
    doc = bp.print_document(demo, sign(demo, "officer1"), bp.Job("contract", app_no))
    text = text_of(doc.pdf)
    assert id_no not in text and id_no[:6] in text and phone not in text
    assert "遮蔽副本" in text and unmasks(demo, app_no) == before
    # a supervisor is not limited: the full contract, audited as an unmask
    full = bp.print_document(demo, sign(demo, "supervisor1"), bp.Job("contract", app_no))
    assert id_no in text_of(full.pdf) and "遮蔽副本" not in text_of(full.pdf)
    assert unmasks(demo, app_no) == before + 1


def test_batch_prints_masked_copies(demo, officers_masked, tmp_path):
    app_no, _ = case_of(demo, "officer1", own=True)
    id_no, _ = full_numbers(demo, app_no)
    result = bp.print_batch(demo, sign(demo, "officer1"), [bp.Job("contract", app_no)], out_dir=tmp_path,
                            merge=True, progress=Progress(), workers=1)
    assert len(result.printed) == 1 and not result.failed
    text = text_of((tmp_path / "documents.pdf").read_bytes())
    assert id_no not in text and "遮蔽副本" in text


def test_command_line_prints_a_masked_copy(demo, officers_masked, tmp_path, monkeypatch):
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    app_no, _ = case_of(demo, "officer1", own=True)
    id_no, _ = full_numbers(demo, app_no)
    out = tmp_path / "c.pdf"
    assert main(["--database", demo.url, "print", "contract", "--application", app_no, "--out", str(out),
                 "--user", "officer1"]) == 0
    text = text_of(out.read_bytes())
    assert id_no not in text and "遮蔽副本" in text


def test_guarantee_agreement_is_masked_for_every_member(demo, officers_masked):
    from test_print_access import mixed_group
    ref, username, members = mixed_group(demo)
    doc = bp.print_document(demo, sign(demo, username), bp.Job("guarantee", ref))
    text = text_of(doc.pdf)
    assert all(id_no not in text for _, id_no, _ in members) and "遮蔽副本" in text


def test_the_access_dialog_saves_the_roles(qtbot, demo):
    from workstation.ui.documents.documents_access import DocumentAccessDialog
    admin = sign(demo, "admin")
    dlg = DocumentAccessDialog(demo, admin)
    qtbot.addWidget(dlg)
    dlg.boxes["supervisor"].setChecked(True)
    assert dlg.save()
    assert document_access.masked_only_roles(demo, None) == frozenset({"supervisor"})
    dlg.boxes["supervisor"].setChecked(False)
    assert dlg.save() and document_access.masked_only_roles(demo, None) == frozenset()


def test_the_approval_memo_never_shows_the_phone_number_in_the_payment_account(demo):
    app_no, _ = case_of(demo, "officer1", own=True)
    _, phone = full_numbers(demo, app_no)
    doc = bp.print_document(demo, sign(demo, "officer1"), bp.Job("approval_memo", app_no))
    assert phone not in text_of(doc.pdf) and phone[-4:] in text_of(doc.pdf)
