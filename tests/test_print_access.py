"""Who may print what (issue 12, point 9): printing follows the rule that opens a case;
a document showing full ID or phone numbers is audited as an unmask; the guarantee
agreement masks the IDs of members the user may not unmask; a batch prints only what
the user may see and says what it skipped."""
from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import func, select

from test_document_data import build_demo
from workstation.services import audit_trail, auth
from workstation.printing import batch_print as bp
from workstation.domain.errors import PermissionDenied
from workstation.services.progress import Progress
from workstation.store.models import Application, Merchant, User
from workstation.store.models_documents import PrintedDocument
from workstation.store.models_loans import GroupMember, Loan


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('access') / 'demo.db'}", None)
    yield store
    store.close()


def sign(store, name):
    pw = {"admin": "Admin#2026"}.get(name, "Supervisor#2026" if name.startswith("supervisor") else "Officer#2026")
    return auth.sign_in(store, name, pw)


def case_of(store, username: str, *, own: bool) -> tuple[str, str]:
    """(application no, contract no) of a loan case owned by ``username`` (or by nobody
    in that user's team when ``own`` is False)."""
    with store.read() as s:
        uid = s.scalar(select(User.id).where(User.username == username))
        team = select(User.id).where(User.username.in_(["officer3", "officer4"]))
        cond = Application.officer_id == uid if own else Application.officer_id.in_(team)
        return tuple(s.execute(select(Application.app_no, Loan.contract_no)
                               .join(Loan, Loan.application_id == Application.id).where(cond)
                               .order_by(Loan.id).limit(1)).first())


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def n_records(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(PrintedDocument))


def test_another_teams_contract_cannot_be_printed(demo):
    officer = sign(demo, "officer1")
    app_no, contract = case_of(demo, "officer1", own=False)
    before = n_records(demo)
    for job in (bp.Job("contract", app_no), bp.Job("schedule", contract), bp.Job("approval_memo", app_no)):
        with pytest.raises(PermissionDenied, match="another team"):
            bp.print_document(demo, officer, job)
    assert n_records(demo) == before


def test_own_contract_prints_and_is_audited_as_an_unmask(demo):
    officer = sign(demo, "officer1")
    app_no, _ = case_of(demo, "officer1", own=True)
    doc = bp.print_document(demo, officer, bp.Job("contract", app_no))
    entries = [e for e in audit_trail.entries_for(demo, None, entity_type="application", entity_id=app_no)
               if e["action"] == "unmask"]
    assert entries and entries[-1]["details"] == {"fields": ["id_number", "contact_phone"], "document": "contract",
                                                  "document_no": doc.document_no}
    # the schedule shows no full personal data: no unmask
    n = len(entries)
    bp.print_document(demo, officer, bp.Job("approval_memo", app_no))
    assert len([e for e in audit_trail.entries_for(demo, None, entity_type="application", entity_id=app_no)
                if e["action"] == "unmask"]) == n


def mixed_group(store) -> tuple[str, str, list[tuple[str, str, str]]]:
    """A guarantee group whose member contracts belong to officer1's and another team's
    cases: (agreement ref, officer, [(company, id number, officer username of that
    member's contract in the agreement)])."""
    from workstation.printing import document_data as dd
    from workstation.store.models_loans import GuaranteeGroup
    with store.read() as s:
        group_ids = s.scalars(select(GuaranteeGroup.id).order_by(GuaranteeGroup.id)).all()
    for gid in group_ids:
        data = dd.guarantee_data(store, None, str(gid))
        with store.read() as s:
            owner = dict(s.execute(select(Loan.contract_no, User.username)
                                   .join(Application, Application.id == Loan.application_id)
                                   .join(User, User.id == Application.officer_id)
                                   .where(Loan.contract_no.in_([m.contract_no for m in data.members]))).all())
        members = [(m.company, m.legal_rep_id_no, owner.get(m.contract_no, "")) for m in data.members]
        users = {u for _, _, u in members}
        for u in sorted(users):
            if u.startswith("officer") and len(users) > 1:
                return str(gid), u, members
    pytest.skip("the demo has no guarantee group spanning two officers")


def test_guarantee_masks_ids_the_user_may_not_unmask(demo):
    ref, username, members = mixed_group(demo)
    doc = bp.print_document(demo, sign(demo, username), bp.Job("guarantee", ref))
    text = text_of(doc.pdf)
    for company, id_no, owner in members:
        if owner == username:
            assert id_no in text, company
        else:
            assert id_no not in text and id_no[:6] in text, company       # masked, the region kept
    full = bp.print_document(demo, sign(demo, "admin"), bp.Job("guarantee", ref))
    assert all(id_no in text_of(full.pdf) for _, id_no, _ in members)


def test_batch_prints_only_what_the_user_may_see(demo, tmp_path):
    officer = sign(demo, "officer1")
    jobs = bp.statement_jobs(demo, None, "2026-11")
    with demo.read() as s:
        uid = s.scalar(select(User.id).where(User.username == "officer1"))
        mine = set(s.scalars(select(Loan.contract_no).join(Application, Application.id == Loan.application_id)
                             .where(Application.officer_id == uid)))
    result = bp.print_batch(demo, officer, jobs, out_dir=tmp_path, merge=False, progress=Progress(), workers=1)
    assert {j.ref for j, _, _ in result.printed} == {j.ref for j in jobs if j.ref in mine}
    assert {j.ref for j, _ in result.skipped} == {j.ref for j in jobs if j.ref not in mine}
    assert result.skipped and f"{len(result.skipped)} skipped (cases you may not open)" in result.summary()
    assert len(list(tmp_path.iterdir())) == len(result.printed)


def test_cli_refuses_another_teams_contract(demo, tmp_path, monkeypatch, capsys):
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    app_no, _ = case_of(demo, "officer1", own=False)
    out = tmp_path / "c.pdf"
    assert main(["--database", demo.url, "print", "contract", "--application", app_no, "--out", str(out),
                 "--user", "officer1"]) == 2
    assert "another team" in capsys.readouterr().err and not out.exists()


def test_cli_refuses_in_chinese_with_lang_zh_cn(demo, tmp_path, monkeypatch, capsys, qapp):
    """The command line's refusal in the language asked for: the same catalogue and
    translation the desk uses (by code), not the English text."""
    from workstation.cli import main
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Officer#2026")
    app_no, _ = case_of(demo, "officer1", own=False)
    out = tmp_path / "c.pdf"
    assert main(["--lang", "zh_CN", "--database", demo.url, "print", "contract", "--application", app_no,
                 "--out", str(out), "--user", "officer1"]) == 2
    err = capsys.readouterr().err
    assert "officer1" in err and "其他团队" in err and "another team" not in err and not out.exists()
    from workstation.ui import i18n
    assert i18n.current() == "en"           # the process's own language is left as it was
    assert main(["--lang", "en", "--database", demo.url, "print", "contract", "--application", app_no,
                 "--out", str(out), "--user", "officer1"]) == 2
    assert "another team" in capsys.readouterr().err
