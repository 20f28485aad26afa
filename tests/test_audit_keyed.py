"""The keyed audit chain (HMAC-SHA256, key outside the database) and the heads
recorded outside the database by end of day. SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select, text

from workstation.services import audit, audit_anchor
from workstation.servicing import eod
from workstation.services.audit_anchor import AuditKeyError
from workstation.store.session import Store
from workstation.store.models_audit import AuditEntry, AuditHead

from tests.decide_helpers import make_application, make_store, users



@pytest.fixture(autouse=True)
def _own_audit_folder(tmp_path, monkeypatch):
    """These tests make, retire and swap keys: a folder of their own for each."""
    monkeypatch.setenv("WORKSTATION_AUDIT_DIR", str(tmp_path / "audit"))


@pytest.fixture
def desk(db_url):
    store = make_store(db_url)
    yield store
    store.close()


def _write(store: Store, n: int = 3) -> None:
    for k in range(n):
        with store.tx() as s:
            audit.record(s, actor=None, action="test.write", entity_type="t", entity_id=k, details={"k": k})


def _exec(store, sql, **params):
    with store.engine.begin() as c:
        c.execute(text(sql), params)


def _drop_triggers(store):
    with store.engine.begin() as c:
        if store.backend == "sqlite":
            c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            c.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            c.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")


def _rows(store):
    with store.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()


def test_key_file_created_0600_and_chain_starts_keyed(desk):
    _write(desk)
    path = audit_anchor.key_path()
    assert path.exists() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    first = _rows(desk)[0]
    assert first.seq == 1 and first.action == audit.KEYED
    assert json.loads(first.details)["key_id"] == audit_anchor.key_id(audit_anchor.load_key(create=False))
    r = audit.verify(desk, None)
    assert r.ok and not any("SHA-256 only" in n for n in r.notes)


@pytest.mark.tampers('appends a forged audit entry')
def test_a_correctly_hashed_forged_entry_appended_at_the_end_is_caught(desk):
    _write(desk)
    _drop_triggers(desk)
    last = _rows(desk)[-1]
    at = datetime.now(timezone.utc)
    forged = dict(prev_hash=last.hash, seq=last.seq + 1, at=at, username="sup1", action="signoff",
                  entity_type="application", entity_id="A1", details='{"decision":"approve"}')
    h = audit.entry_hash(**forged)                # the formula is public; the key is not
    _exec(desk, "INSERT INTO audit_log (seq, at, user_id, username, action, entity_type, entity_id, details, "
                "prev_hash, hash) VALUES (:seq, :at, NULL, :username, :action, :entity_type, :entity_id, "
                ":details, :prev_hash, :h)", h=h, **forged)
    _exec(desk, "UPDATE audit_head SET seq = :s, hash = :h", s=last.seq + 1, h=h)
    r = audit.verify(desk, None)
    assert not r.ok and r.first_bad_seq == last.seq + 1 and "forged" in r.problem


@pytest.mark.tampers('wipes the audit log')
def test_a_wiped_log_is_reported_against_the_recorded_head(desk):
    _write(desk)
    assert audit.anchor_head(desk, None) == audit.head(desk, None)
    _drop_triggers(desk)
    _exec(desk, "DELETE FROM audit_log")
    _exec(desk, "DELETE FROM audit_head")
    r = audit.verify(desk, None)
    assert not r.ok and "empty" in r.problem and "wiped" in r.problem
    r = audit.verify(desk, None, recorded=False)          # the chain alone: OK, but it says what it cannot see
    assert r.ok and r.entries == 0


def test_a_new_database_says_no_head_was_recorded_yet(desk):
    r = audit.verify(desk, None)
    assert r.ok and any("no head has been recorded" in n for n in r.notes)


@pytest.mark.tampers('shortens the audit log')
def test_a_shortened_log_is_reported_as_shortened(desk):
    _write(desk, 4)
    recorded = audit.anchor_head(desk, None)
    n = int(recorded.split(":")[0])
    _drop_triggers(desk)
    _exec(desk, "DELETE FROM audit_log WHERE seq > 2")
    keep = _rows(desk)[-1]
    _exec(desk, "UPDATE audit_head SET seq = :s, hash = :h", s=keep.seq, h=keep.hash)
    r = audit.verify(desk, None)
    assert not r.ok and r.first_bad_seq == 3 and "shortened" in r.problem and f"entry {n}" in r.problem


@pytest.mark.tampers('appends an audit row outside the service')
def test_an_appended_row_is_not_called_removed(desk):
    _write(desk)
    _drop_triggers(desk)
    last = _rows(desk)[-1]
    _exec(desk, "INSERT INTO audit_log (seq, at, user_id, username, action, entity_type, entity_id, details, "
                "prev_hash, hash) VALUES (:seq, :at, NULL, 'x', 'x', 'x', 'x', '{}', :p, :h)",
          seq=last.seq + 1, at=datetime.now(timezone.utc), p=last.hash, h="0" * 64)
    r = audit.verify(desk, None, recorded=False)
    assert not r.ok and r.first_bad_seq == last.seq + 1
    assert "removed" not in r.problem


@pytest.mark.tampers('gives the desk a foreign audit key, under which the chain cannot be checked')
def test_a_desk_with_another_key_may_not_write(desk, monkeypatch):
    _write(desk)
    before = len(_rows(desk))
    monkeypatch.setenv("WORKSTATION_AUDIT_KEY", "ab" * 32)
    with pytest.raises(AuditKeyError, match="not the key of this database"):
        _write(desk, 1)
    assert len(_rows(desk)) == before
    r = audit.verify(desk, None)                        # it cannot check the chain either, and says why
    assert not r.ok and "does not hold" in r.problem


def test_database_from_before_keying_is_keyed_from_the_next_entry(desk):
    # three entries written by the old code: plain SHA-256, no audit.keyed entry
    prev = audit.GENESIS
    with desk.tx() as s:
        for seq in (1, 2, 3):
            at = datetime(2026, 1, seq, tzinfo=timezone.utc)
            h = audit.entry_hash(prev_hash=prev, seq=seq, at=at, username="system", action="old",
                                 entity_type="t", entity_id=str(seq), details="{}")
            s.add(AuditEntry(seq=seq, at=at, username="system", action="old", entity_type="t",
                             entity_id=str(seq), details="{}", prev_hash=prev, hash=h))
            prev = h
        s.add(AuditHead(id=1, seq=3, hash=prev))
    _write(desk, 2)
    rows = _rows(desk)
    assert rows[3].action == audit.KEYED and json.loads(rows[3].details)["keyed_from"] == 4
    r = audit.verify(desk, None)
    assert r.ok and any("entries 1 to 3" in n and "SHA-256 only" in n for n in r.notes)


@pytest.mark.tampers('deletes the retired key file: the stretch it keyed can no longer be checked')
def test_rekey_is_an_admin_action_and_keeps_the_old_key(desk):
    u = users(desk)
    _write(desk)
    old_id = audit_anchor.key_id(audit_anchor.load_key(create=False))
    from workstation.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        audit.rekey(desk, u["off1"], reason="rotation")
    seq = audit.rekey(desk, u["admin"], reason="yearly rotation")
    new_id = audit_anchor.key_id(audit_anchor.load_key(create=False))
    assert new_id != old_id and old_id in audit_anchor.known_keys()
    entry = _rows(desk)[seq - 1]
    details = json.loads(entry.details)
    assert (entry.username, entry.action, details["previous_key_id"], details["key_id"]) == \
        ("admin", audit.KEYED, old_id, new_id)
    _write(desk, 2)
    assert audit.verify(desk, None).ok
    # a lost key: the stretch it keyed can no longer be checked, and verify says so
    audit_anchor.key_path().with_name(f"audit.key.{old_id}").unlink()
    r = audit.verify(desk, None)
    assert not r.ok and old_id in r.problem and r.first_bad_seq == 1


def test_end_of_day_records_the_head_outside(desk):
    u = users(desk)
    make_application(desk, officer=u["off1"])
    eod.run_eod(desk, u["sup1"], date(2026, 6, 30))
    rec = audit_anchor.last_head(audit.database_id(desk))
    assert rec is not None and f"{rec.seq}:{rec.hash}" == audit.head(desk, None)
    assert audit.verify(desk, None).ok


@pytest.mark.tampers('wipes the audit log to show the CLI reports it')
def test_cli_verify_uses_the_recorded_head(desk, capsys):
    from workstation.cli import main
    url = desk.engine.url.render_as_string(hide_password=False)
    if desk.backend == "postgresql":
        with desk.engine.connect() as c:
            schema = c.exec_driver_sql("SHOW search_path").scalar()
        url += f"?options=-csearch_path%3D{schema}"
    _write(desk)
    assert main(["--database", url, "audit", "head", "--record"]) == 0
    capsys.readouterr()
    _drop_triggers(desk)
    _exec(desk, "DELETE FROM audit_log")
    _exec(desk, "DELETE FROM audit_head")
    assert main(["--database", url, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "empty" in out
