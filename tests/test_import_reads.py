"""The import's reads of what is stored (duplicates, known people, known merchants) go
straight through the driver (store.bulk.select_in, IN lists in parts): the very rows
SQLAlchemy's queries give, on SQLite and PostgreSQL, for more values than one part holds,
values stored and not, and text beyond ASCII."""
from __future__ import annotations

from sqlalchemy import select

from tests.test_imports import officer, records, svc, write_jsonl  # noqa: F401 - fixtures
from workstation.intake import imports, imports_rows
from workstation.intake.imports import import_applications
from workstation.store.bulk import select_in
from workstation.store.models import Application, Merchant, Person


def test_driver_reads_equal_the_orm_queries(svc, officer, tmp_path):  # noqa: F811
    recs = records(30, seed=9)
    recs[3]["merchant"]["member_id"] = "会员-商户-003"
    import_applications(svc, officer, write_jsonl(tmp_path / "a.jsonl", recs))
    with svc.read() as s:
        ext = list(s.scalars(select(Application.external_id)))
        ids = list(s.scalars(select(Person.id_number)))
        members = list(s.scalars(select(Merchant.member_id)))
        assert "会员-商户-003" in members and len(ext) == 30
        for extra in ([], [f"NOPE{i}" for i in range(2000)]):          # more than a part of 900
            want = set(s.scalars(select(Application.external_id).where(Application.external_id.in_(ext + extra))))
            got = {r[0] for r in select_in(s, imports._STORED_IDS, ext + extra)}
            assert got == want == set(ext)
            want = {p.id_number: (p.id, p.name) for p in s.execute(
                select(Person.id_number, Person.id, Person.name).where(Person.id_number.in_(ids + extra)))}
            got = {r[0]: (r[1], r[2]) for r in select_in(s, imports_rows._PEOPLE_BY_ID_NUMBER, ids + extra)}
            assert got == want and len(got) == 30
            want = {m.member_id: tuple(m) for m in s.execute(
                select(Merchant.member_id, Merchant.id, Merchant.legal_rep_id, Merchant.name, Merchant.platform,
                       Merchant.province).where(Merchant.member_id.in_(members + extra)))}
            got = {r[0]: imports_rows._StoredMerchant(*r) for r in
                   select_in(s, imports_rows._MERCHANTS_BY_MEMBER, members + extra)}
            assert {k: tuple(v) for k, v in got.items()} == want and len(got) == 30
            for k, m in got.items():
                assert (m.member_id, m.id, m.legal_rep_id, m.name, m.platform, m.province) == want[k]
                assert [type(x) for x in m] == [type(x) for x in want[k]]
