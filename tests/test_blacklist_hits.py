"""``blacklist.hits_among`` (one statement straight to the driver) finds exactly what the
same query through SQLAlchemy finds: every identifier kind, a value listed under another
kind (no hit), more application numbers than one IN list takes, duplicates, none."""
from __future__ import annotations

import pytest
from sqlalchemy import and_, exists, or_, select

from workstation.aftercare.blacklist import hits_among
from workstation.intake.imports import import_applications
from workstation.store.models import Application, BlacklistEntry, Merchant, Person
from tests.test_imports import officer, records, svc, write_jsonl  # noqa: F401 - fixtures


def _by_sqlalchemy(s, app_nos: list[str]) -> list[str]:
    pairs = (("credit_code", Merchant.credit_code), ("id_number", Person.id_number), ("phone", Person.phone),
             ("phone", Merchant.contact_phone), ("payment_account", Merchant.payment_account),
             ("member_id", Merchant.member_id))
    listed = or_(*[exists().where(and_(BlacklistEntry.kind == k, BlacklistEntry.value == col)) for k, col in pairs])
    return list(s.scalars(select(Application.app_no).join(Merchant, Merchant.id == Application.merchant_id)
                          .join(Person, Person.id == Merchant.legal_rep_id)
                          .where(Application.app_no.in_(app_nos), listed).order_by(Application.app_no)))


@pytest.mark.parametrize("count", [1000])
def test_hits_among_is_the_sqlalchemy_query(svc, officer, tmp_path, count):  # noqa: F811 - fixtures
    recs = records(count, seed=5)
    import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", recs), parallel=False)
    listed = [("credit_code", recs[3]["merchant"]["credit_code"]), ("id_number", recs[10]["legal_rep"]["id_number"]),
              ("phone", recs[20]["legal_rep"]["phone"]), ("phone", recs[950]["merchant"]["contact_phone"]),
              ("payment_account", recs[400]["merchant"]["payment_account"]),
              ("member_id", recs[999]["merchant"]["member_id"]),
              ("phone", recs[30]["legal_rep"]["id_number"]),           # an ID number listed as a phone: no hit
              ("id_number", recs[31]["merchant"]["member_id"])]         # a member id listed as an ID number
    with svc.tx() as s:
        s.add_all([BlacklistEntry(kind=k, value=v, reason="test") for k, v in listed if v])
    with svc.read() as s:
        every = list(s.scalars(select(Application.app_no)))
        assert len(every) == count
        want = _by_sqlalchemy(s, every)
        assert len(want) >= 5
        assert hits_among(s, every) == want
        assert hits_among(s, list(reversed(every)) + every[:50]) == want
        assert hits_among(s, every[:25]) == _by_sqlalchemy(s, every[:25])
        assert hits_among(s, ["A-none"]) == [] and hits_among(s, []) == []
