"""Blacklist and credit restoration: a listing proposed with reason, source and evidence
takes effect only when a second person signs it; matching by credit code, ID number,
phone and payment account feeds the hard policy rule; a malicious default is published
at sign-off; a restoration plan confirmed lifts it with a record."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from servicing_support import actor, new_application, prepare
from workstation.aftercare import blacklist
from workstation.aftercare.blacklist import BlacklistRefused
from workstation.services import auth, audit
from workstation.domain.errors import PermissionDenied
from workstation.store.session import Store
from workstation.decide.decide_policy import checks_for
from workstation.store.models import Application, BlacklistEntry, Merchant
from workstation.store.models_audit import AuditEntry

TODAY = date(2026, 6, 1)


@pytest.fixture
def bl(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    admin = actor(store, "admin")
    auth.add_user(store, admin, username="sup2", display_name="李主管", password="Sign-off-2026!",
                  roles={"supervisor"})
    yield store, actor(store, "officer1"), actor(store, "supervisor1"), actor(store, "sup2")
    store.close()


def _rule(store, app_id):
    with store.read() as s:
        app = s.get(Application, app_id)
        return next(c for c in checks_for(s, app, product_code=app.product_code, amount=app.amount_requested,
                                          as_of=TODAY) if c.code == "blacklist")


def _merchant(store, app_id):
    with store.read() as s:
        m = s.get(Application, app_id).merchant
        return m.id, m.credit_code, m.legal_rep.id_number, m.legal_rep.phone, m.payment_account


@pytest.mark.parametrize("key", ["id_number", "phone", "payment_account"])
def test_each_identifier_matches_once_signed_by_a_second_person(bl, key):
    from decimal import Decimal
    store, off, sup, sup2 = bl
    app_id = new_application(store, product="CREDIT_FIXED", amount=Decimal("50000"), term_months=6)
    mid, code, idn, phone, account = _merchant(store, app_id)
    value = {"id_number": idn.lower(), "phone": f"+86 {phone[:3]} {phone[3:]}", "payment_account": account}[key]
    lid = blacklist.propose(store, off, subject_name="某某", reason="fraud", source="platform",
                            evidence="平台通报：刷单欺诈", **{key: value})
    assert _rule(store, app_id).passed                     # proposed only: not in force
    with pytest.raises(PermissionDenied):
        blacklist.approve(store, off, lid)
    with pytest.raises(BlacklistRefused) as e:
        blacklist.approve(store, sup2, lid + 999)
    assert e.value.code == "no_listing"
    blacklist.approve(store, sup, lid, note="核实", today=TODAY)
    assert not _rule(store, app_id).passed and _rule(store, app_id).reason_en == "on the blacklist"
    assert blacklist.listing(store, off, lid).published_on is None       # fraud: no malicious-default mark


def test_maker_checker_malicious_default_mark_and_restoration(bl):
    from decimal import Decimal
    store, off, sup, sup2 = bl
    app_id = new_application(store, product="CREDIT_FIXED", amount=Decimal("50000"), term_months=6)
    mid, *_ = _merchant(store, app_id)
    with pytest.raises(BlacklistRefused) as e:
        blacklist.propose(store, off, subject_name="x", reason="fraud", source="platform", evidence="  ")
    assert e.value.code == "blacklist_required" and e.value.field == "evidence"
    with pytest.raises(BlacklistRefused) as e:
        blacklist.propose(store, off, subject_name="x", reason="fraud", source="platform", evidence="e")
    assert e.value.code == "no_identifier"
    with pytest.raises(BlacklistRefused) as e:
        blacklist.propose(store, off, subject_name="x", reason="lazy", source="platform", evidence="e", phone="1")
    assert e.value.code == "blacklist_bad_choice" and e.value.field == "reason"
    lid = blacklist.propose_for_merchant(store, sup, mid, reason="malicious_default", source="collections",
                                         evidence="M3+逾期，有还款能力拒不还款；催收函已送达")
    with pytest.raises(BlacklistRefused) as e:
        blacklist.approve(store, sup, lid)
    assert e.value.code == "own_proposal"
    blacklist.approve(store, sup2, lid, today=TODAY)
    v = blacklist.listing(store, off, lid)
    assert v.status == "active" and v.published_on == TODAY and v.decided_by == "李主管"
    assert blacklist.published_marks(store, off) == [(v.listing_no, v.subject_name, TODAY)]
    assert not _rule(store, app_id).passed
    with pytest.raises(BlacklistRefused) as e:
        blacklist.approve(store, sup2, lid)
    assert e.value.code == "blacklist_not_pending"
    # credit restoration: planned by one, confirmed by another; lifts the mark with a record
    pid = blacklist.add_restoration_plan(store, off, lid, conditions=["结清全部欠款", "六个月内无新增逾期"],
                                         deadline=date(2026, 12, 31), today=TODAY)
    with pytest.raises(PermissionDenied):
        blacklist.confirm_restoration(store, off, pid, met_on=TODAY, note="x", today=TODAY)
    with pytest.raises(BlacklistRefused) as e:
        blacklist.confirm_restoration(store, sup, pid, met_on=date(2026, 7, 1), note="已结清", today=TODAY)
    assert e.value.code == "blacklist_date_in_future"
    blacklist.confirm_restoration(store, sup, pid, met_on=TODAY, note="已结清，六个月无逾期", today=TODAY)
    v = blacklist.listing(store, off, lid)
    assert (v.status, v.lifted_on, v.lift_note) == ("lifted", TODAY, "已结清，六个月无逾期")
    assert v.plans[0].status == "met" and v.plans[0].confirmed_by == "supervisor1"
    assert blacklist.published_marks(store, off) == []
    assert _rule(store, app_id).passed
    with store.read() as s:
        assert s.scalar(select(BlacklistEntry.id).where(BlacklistEntry.listing_id == lid)) is None
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == v.listing_no)
                                 .order_by(AuditEntry.id)))
    assert actions == ["blacklist.propose", "blacklist.approve", "blacklist.restoration_plan", "blacklist.lift"]


def test_lifting_one_listing_keeps_an_identifier_another_active_listing_holds(bl):
    """Two listings name the same phone: lifting the first must not take the phone off the
    list while the second is still in force (and lifting the second then does)."""
    from decimal import Decimal
    store, off, sup, sup2 = bl
    app_id = new_application(store, product="CREDIT_FIXED", amount=Decimal("50000"), term_months=6)
    mid, code, idn, phone, account = _merchant(store, app_id)
    first = blacklist.propose(store, off, subject_name="某甲", reason="fraud", source="platform",
                              evidence="平台通报", phone=phone)
    blacklist.approve(store, sup, first, today=TODAY)
    second = blacklist.propose(store, off, subject_name="某乙", reason="fraud", source="credit_review",
                               evidence="同一手机号另案", phone=phone, payment_account=account)
    blacklist.approve(store, sup2, second, today=TODAY)
    pid = blacklist.add_restoration_plan(store, off, first, conditions=["结清"], deadline=date(2026, 12, 31),
                                         today=TODAY)
    blacklist.confirm_restoration(store, sup, pid, met_on=TODAY, note="已结清", today=TODAY)
    assert blacklist.listing(store, off, first).status == "lifted"
    with store.read() as s:
        held = sorted(s.execute(select(BlacklistEntry.kind, BlacklistEntry.listing_id)).tuples())
    assert held == [("payment_account", second), ("phone", second)]
    assert not _rule(store, app_id).passed                 # still on the list by the second listing
    pid2 = blacklist.add_restoration_plan(store, off, second, conditions=["结清"], deadline=date(2026, 12, 31),
                                          today=TODAY)
    blacklist.confirm_restoration(store, sup, pid2, met_on=TODAY, note="已结清", today=TODAY)
    with store.read() as s:
        assert s.scalar(select(BlacklistEntry.id)) is None
    assert _rule(store, app_id).passed


def test_refused_listing_never_matches(bl):
    from decimal import Decimal
    store, off, sup, _ = bl
    app_id = new_application(store, product="CREDIT_FIXED", amount=Decimal("50000"), term_months=6)
    mid, *_ = _merchant(store, app_id)
    lid = blacklist.propose_for_merchant(store, off, mid, reason="false_information", source="credit_review",
                                         evidence="营业执照疑似伪造")
    with pytest.raises(BlacklistRefused) as e:
        blacklist.refuse(store, sup, lid, reason="")
    assert e.value.code == "blacklist_required"
    blacklist.refuse(store, sup, lid, reason="核实为真")
    assert blacklist.listing(store, off, lid).status == "refused" and _rule(store, app_id).passed
    assert [x.id for x in blacklist.listings(store, off, status="refused")] == [lid]


def test_application_import_flags_blacklisted_borrowers(bl, tmp_path):
    import json
    from pathlib import Path

    from workstation.intake.imports import import_applications
    store, off, sup, _ = bl
    sample = Path(__file__).resolve().parents[1] / "resources/samples/applications_sample.jsonl"
    first = json.loads(sample.read_text(encoding="utf-8").splitlines()[0])
    lid = blacklist.propose(store, off, subject_name=first["merchant"]["name"], reason="fraud", source="platform",
                            evidence="平台通报", phone=first["legal_rep"]["phone"])
    blacklist.approve(store, sup, lid, today=TODAY)
    report = import_applications(store, off, sample)
    assert report.imported > 1 and report.blacklisted >= 1 and "on the blacklist" in report.summary()
    with store.read() as s:
        hit = s.scalar(select(AuditEntry).where(AuditEntry.action == "import.blacklist_hit"))
        app_no = s.scalar(select(Application.app_no).join(Merchant, Merchant.id == Application.merchant_id)
                          .where(Merchant.member_id == first["merchant"]["member_id"]))
    assert app_no in json.loads(hit.details)["applications"]
