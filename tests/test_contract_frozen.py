"""Signing freezes the contract: an approved offer prints as a draft (草稿 on every page,
never verifiable as a signed original); recording the signature stores the exact
document inputs and the PDF's hash; every later print is that text, byte for byte."""
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from tests.decide_helpers import make_application, make_store, users
from tests.test_contracting import _approved
from workstation.services import audit_trail
from workstation.servicing import contracting, loans
from workstation.decide import decisions
from workstation.printing import documents
from workstation.printing.batch_print import Job, print_document
from workstation.printing.lender import set_lender_details
from workstation.store.models import Application, Merchant
from workstation.store.models_documents import FrozenDocument

LENDER = dict(name="杭州阿里巴巴网络小额贷款有限公司", licence="浙金融办〔2010〕123号",
              address="浙江省杭州市西湖区文三路 477 号", credit_code="91330106MA2B3C4D5D",
              seal_name="杭州阿里巴巴网络小额贷款有限公司合同专用章")


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    set_lender_details(store, u["admin"], **LENDER)
    yield store, u
    store.close()


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def app_no(store, app_id: int) -> str:
    with store.read() as s:
        return s.get(Application, app_id).app_no


def change_everything(store, u, app_id: int) -> None:
    """After signing: the lender moves, the merchant is renamed and moves."""
    set_lender_details(store, u["admin"], **{**LENDER, "address": "上海市浦东新区世纪大道 1 号",
                                              "name": "上海新名小额贷款有限公司"})
    with store.tx() as s:
        merchant_id = s.get(Application, app_id).merchant_id
        s.execute(update(Merchant).where(Merchant.id == merchant_id)
                  .values(name="改名后的公司", address="新地址99号"))


def test_an_approved_offer_prints_as_a_draft_not_verifiable_as_signed(env):
    store, u = env
    app = _approved(store, u)
    draft = print_document(store, u["off1"], Job("contract", app_no(store, app)))
    texts = pages(draft.pdf)
    assert len(texts) > 1 and all("草稿" in t for t in texts)
    check = documents.verify_document(store, draft.pdf)
    assert not check.ok and check.status == "DRAFT" and "not a signed original" in check.message
    with store.read() as s:                       # a draft freezes nothing
        assert s.scalar(select(FrozenDocument.id)) is None


def test_signing_freezes_the_contract_whatever_changes_after(env):
    store, u = env
    app = _approved(store, u)
    no = app_no(store, app)
    contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="branch")
    with store.read() as s:
        contract_no = s.scalar(select(FrozenDocument.document_no).where(FrozenDocument.kind == "contract"))
    frozen = audit_trail.entries_for(store, None, entity_type="document", entity_id=contract_no)
    assert [e["action"] for e in frozen] == ["document_frozen"]
    change_everything(store, u, app)
    first = print_document(store, u["off1"], Job("contract", no))
    text = "".join(pages(first.pdf)).replace("\n", "")
    assert "草稿" not in text and "文三路 477 号" in text and "文三路1号" in text
    assert "世纪大道" not in text and "上海新名" not in text and "改名后的公司" not in text and "新地址99号" not in text
    assert first.file_sha256 == frozen[0]["details"]["file_sha256"]      # the PDF signed, byte for byte
    again = print_document(store, u["off1"], Job("contract", no))
    assert again.pdf == first.pdf
    check = documents.verify_document(store, again.pdf)
    assert check.ok and check.status == "GENUINE"


def test_a_signed_contract_no_longer_prints_as_a_draft(env):
    store, u = env
    app = _approved(store, u)
    no = app_no(store, app)
    print_document(store, u["off1"], Job("contract", no))
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    signed = print_document(store, u["off1"], Job("contract", no))
    assert signed.kind == "contract" and all("草稿" not in t for t in pages(signed.pdf))
    loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("200000.00"),
                   account="pay@example.com")
    after = print_document(store, u["off1"], Job("contract", no))
    assert after.pdf == signed.pdf


def test_the_loan_receipt_is_frozen_at_disbursement(env):
    store, u = env
    app = _approved(store, u)
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    receipt_no = loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("150000.00"),
                                account="pay@example.com")
    frozen = audit_trail.entries_for(store, None, entity_type="document", entity_id=receipt_no)
    assert [e["action"] for e in frozen] == ["document_frozen"]
    change_everything(store, u, app)
    first = print_document(store, u["off1"], Job("receipt", receipt_no))
    text = "".join(pages(first.pdf)).replace("\n", "")
    assert "杭州阿里巴巴网络小额贷款有限公司" in text and "杭州测试" in text
    assert "上海新名" not in text and "改名后的公司" not in text
    assert first.file_sha256 == frozen[0]["details"]["file_sha256"]
    assert print_document(store, u["off1"], Job("receipt", receipt_no)).pdf == first.pdf


def test_the_guarantee_agreement_is_a_draft_until_every_member_signed_then_frozen(env):
    from workstation.servicing import loan_groups
    store, u = env
    apps = [_approved(store, u) for _ in range(3)]
    with store.read() as s:
        merchants = [s.get(Application, a).merchant_id for a in apps]
    gid = loan_groups.create_group(store, u["off1"], name="联保冻结", merchant_ids=merchants,
                                   formed_on=decisions.today())
    for a in apps[:2]:
        contracting.sign_contract(store, u["off1"], a, signed_on=decisions.today(), channel="online")
    draft = print_document(store, u["admin"], Job("guarantee", str(gid)))
    assert all("草稿" in t for t in pages(draft.pdf))
    assert documents.verify_document(store, draft.pdf).status == "DRAFT"
    contracting.sign_contract(store, u["off1"], apps[2], signed_on=decisions.today(), channel="online")
    with store.read() as s:
        agreement = s.scalar(select(FrozenDocument.document_no).where(FrozenDocument.kind == "guarantee"))
    entries = audit_trail.entries_for(store, None, entity_type="document", entity_id=agreement)
    assert [e["action"] for e in entries] == ["document_printed", "document_frozen"]     # the draft, then signed
    frozen = entries[1:]
    change_everything(store, u, apps[0])
    first = print_document(store, u["admin"], Job("guarantee", str(gid)))
    text = "".join(pages(first.pdf)).replace("\n", "")
    assert "草稿" not in text and "上海新名" not in text and "改名后的公司" not in text
    assert first.file_sha256 == frozen[0]["details"]["file_sha256"]
    assert documents.verify_document(store, first.pdf).status == "GENUINE"
