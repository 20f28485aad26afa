"""Tampering with the audit log directly in the database, as an attacker with file
or superuser access would: the triggers refuse first; with them dropped, ``verify``
names the entry altered, removed or inserted, and ``--head`` catches a rewrite."""
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text

from decide_helpers import PASSWORD, make_application, make_store, terms, users
from workstation.services import audit
from workstation.decide import decisions, signoff
from workstation.store.models_audit import AuditEntry, AuditHead



@pytest.fixture(autouse=True)
def _own_audit_folder(tmp_path, monkeypatch):
    """These tests make, retire and swap keys: a folder of their own for each."""
    monkeypatch.setenv("WORKSTATION_AUDIT_DIR", str(tmp_path / "audit"))


@pytest.fixture
def chained(db_url):
    """A database whose chain holds a real recommendation and sign-off (>= 6 entries)."""
    store = make_store(db_url)
    u = users(store)
    app = make_application(store, officer=u["off1"])
    decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert audit.verify(store, None).ok
    yield store
    store.close()


def _drop_triggers(store):
    with store.engine.begin() as c:
        if store.backend == "sqlite":
            c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            c.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            c.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")


def _exec(store, sql, **params):
    with store.engine.begin() as c:
        c.execute(text(sql), params)


def _rows(store):
    with store.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()


def test_the_database_refuses_update_and_delete(chained):
    store = chained
    with pytest.raises(Exception, match="append-only"):
        _exec(store, "UPDATE audit_log SET details = '{}' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        _exec(store, "DELETE FROM audit_log WHERE seq = 2")
    assert audit.verify(store, None).ok


@pytest.mark.tampers('edits an audit entry to show verify names it')
def test_an_edited_entry_is_named(chained):
    store = chained
    _drop_triggers(store)
    _exec(store, "UPDATE audit_log SET details = :d WHERE seq = 3", d='{"limit":"9999999.00"}')
    r = audit.verify(store, None)
    assert not r.ok and r.first_bad_seq == 3 and "entry 3" in r.problem and "altered" in r.problem


@pytest.mark.tampers('deletes an audit entry to show verify names it')
def test_a_deleted_entry_is_named(chained):
    store = chained
    _drop_triggers(store)
    _exec(store, "DELETE FROM audit_log WHERE seq = 4")
    r = audit.verify(store, None)
    assert not r.ok and r.first_bad_seq == 4 and "entry 4 is missing" in r.problem


@pytest.mark.tampers('deletes the last audit entries to show the head row catches it')
def test_deleting_the_last_entries_is_caught_by_the_head_row(chained):
    store = chained
    _drop_triggers(store)
    last = len(_rows(store))
    _exec(store, "DELETE FROM audit_log WHERE seq = :n", n=last)
    r = audit.verify(store, None)
    assert not r.ok and r.first_bad_seq == last and "removed" in r.problem


@pytest.mark.tampers('inserts a forged audit entry to show verify names it')
def test_an_inserted_entry_is_named(chained):
    store = chained
    _drop_triggers(store)
    rows = _rows(store)
    # make room at seq 3 (from the top down: seq is unique), then insert a forged entry there
    for e in reversed(rows[2:]):
        _exec(store, "UPDATE audit_log SET seq = seq + 1 WHERE id = :id", id=e.id)
    _exec(store, "INSERT INTO audit_log (seq, at, user_id, username, action, entity_type, entity_id, details, "
                 "prev_hash, hash) VALUES (3, :at, NULL, 'sup1', 'signoff', 'application', 'X', '{}', :prev, :h)",
          at=datetime.now(timezone.utc), prev=rows[1].hash, h="f" * 64)
    with store.read() as s:
        forged = s.scalar(select(AuditEntry.id).where(AuditEntry.seq == 3))
    r = audit.verify(store, None)
    assert not r.ok and r.first_bad_seq == 3 and f"(id {forged}" in r.problem


def _rewrite_from_2(store, key):
    _exec(store, "UPDATE audit_log SET username = 'nobody' WHERE seq = 2")
    prev = _rows(store)[0].hash
    for e in _rows(store)[1:]:
        h = audit.entry_hash(prev_hash=prev, seq=e.seq, at=e.at, username=e.username, action=e.action,
                             entity_type=e.entity_type, entity_id=e.entity_id, details=e.details, key=key)
        _exec(store, "UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :id", p=prev, h=h, id=e.id)
        prev = h
    _exec(store, "UPDATE audit_head SET hash = :h", h=prev)


@pytest.mark.tampers('rewrites the audit chain without the key')
def test_a_rewritten_chain_without_the_key_is_caught_by_the_chain(chained):
    store = chained
    _drop_triggers(store)
    _rewrite_from_2(store, None)                  # recomputed with plain SHA-256: no key in the database
    r = audit.verify(store, None, recorded=False)
    assert not r.ok and r.first_bad_seq == 2 and "forged" in r.problem


def test_a_rewritten_chain_with_the_key_is_caught_only_with_the_head_kept_outside(chained):
    from workstation.services import audit_anchor
    store = chained
    kept = audit.head(store, None)                      # printed by `workstation audit head`, kept elsewhere
    seq_kept = int(kept.split(":")[0])
    _drop_triggers(store)
    _rewrite_from_2(store, audit_anchor.load_key(create=False))   # an insider holding the desk's key
    assert audit.verify(store, None).ok                 # the chain alone cannot tell
    r = audit.verify(store, None, expected_head=kept)
    assert not r.ok and r.first_bad_seq == seq_kept and "rewritten" in r.problem
    with store.read() as s:
        assert s.get(AuditHead, 1).seq == seq_kept


@pytest.mark.tampers('appends a forged audit row to show the CLI reports it')
def test_cli_verify_and_head(chained, capsys):
    store = chained
    from workstation.cli import main
    url = store.engine.url.render_as_string(hide_password=False)
    if store.backend == "postgresql":      # the test's own schema, addressed through the URL
        with store.engine.connect() as c:
            schema = c.exec_driver_sql("SHOW search_path").scalar()
        url += f"?options=-csearch_path%3D{schema}"
    assert main(["--database", url, "audit", "head"]) == 0
    head = capsys.readouterr().out.strip()
    assert main(["--database", url, "audit", "verify", "--head", head]) == 0
    _drop_triggers(store)
    _exec(store, "UPDATE audit_log SET action = 'x' WHERE seq = 5")
    assert main(["--database", url, "audit", "verify", "--head", head]) == 1
    assert "entry 5" in capsys.readouterr().out


def _entries(store):
    with store.read() as s:
        return [(e.seq, e.at, e.user_id, e.username, e.action, e.entity_type, e.entity_id, e.details, e.prev_hash,
                 e.hash) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


@pytest.mark.parametrize("fresh", [True, False])
def test_record_many_appends_what_record_appends_one_by_one(tmp_path, fresh):
    """Several entries under one lock of the head (an import's chunk) are the entries ``record``
    appends one after the other at the same instant: the same seqs, texts and hashes, also as
    the first entries of a chain (the keyed entry before them); the chain verifies."""
    at = datetime(2026, 3, 1, 9, 30, 0, 123456, tzinfo=timezone.utc)
    actor = type("A", (), {"id": 0, "username": "imp"})()
    entries = [("import", "import_batch", 7, {"stage": "chunk", "first": "A1", "lines": [1, 500]}),
               ("import.blacklist_hit", "import_batch", 7, {"applications": ["A3"]}),
               ("score", "applications", "A1..A9", None)]
    got = []
    for many in (False, True):
        store = make_store((f"sqlite:///{tmp_path / f'{many}.db'}", None))
        if not fresh:
            with store.tx() as s:
                audit.record(s, actor=None, action="setup", entity_type="x", entity_id=1, details={"a": 1}, at=at)
        with store.tx() as s:
            if many:
                audit.record_many(s, actor=actor, entries=entries, at=at)
            else:
                for action, kind, ident, details in entries:
                    audit.record(s, actor=actor, action=action, entity_type=kind, entity_id=ident, details=details,
                                 at=at)
        assert audit.verify(store, None).ok
        got.append(_entries(store))
        store.close()
    assert got[0] == got[1] and len(got[1]) == 4 + (not fresh)
