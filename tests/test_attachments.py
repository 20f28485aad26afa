import hashlib
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from decide_helpers import make_application, make_store, users
from workstation.domain import clock
from workstation.intake import attachments
from workstation.services import audit, audit_trail
from workstation.decide import interviews
from workstation.intake.attachments import AttachmentCorrupt
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.models_decide import Attachment


@pytest.fixture
def env(db_url, tmp_path, monkeypatch):
    store = make_store(db_url)
    if store.backend != "sqlite":
        with store.tx() as s:
            from workstation.store.models import Setting
            s.add(Setting(key="attachments.dir", value=str(tmp_path / "pg_attachments")))
    u = users(store)
    app = make_application(store, officer=u["off1"])
    iv = interviews.start_interview(store, u["off1"], app)
    rec = tmp_path / "call.mp4"
    rec.write_bytes(b"\x00\x01fake video" * 5000)
    yield store, u, app, iv.id, rec
    store.close()


def test_store_dir_is_beside_the_sqlite_database(env, tmp_path):
    store, *_ = env
    if store.backend == "sqlite":
        assert attachments.store_dir(store) == (tmp_path / "attachments").resolve()
    else:
        assert attachments.store_dir(store) == tmp_path / "pg_attachments"


def test_recording_refused_without_consent_and_nothing_left_behind(env):
    store, u, app, iv, rec = env
    with pytest.raises(DomainError, match="consent"):
        attachments.attach_recording(store, u["off1"], interview_id=iv, source=rec)
    assert attachments.list_attachments(store, None, app) == []
    root = attachments.store_dir(store)
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))


def test_attach_copies_with_hash_and_size_and_verifies_on_open(env):
    store, u, app, iv, rec = env
    attachments.record_consent(store, u["off1"], app, reference="consent form C-17, clip 00:00:12")
    a = attachments.attach_recording(store, u["off1"], interview_id=iv, source=rec)
    data = rec.read_bytes()
    assert a.sha256 == hashlib.sha256(data).hexdigest() and a.size_bytes == len(data)
    path = attachments.open_attachment(store, u["sup1"], a.id)
    assert path.read_bytes() == data and path != rec
    # tampering with the stored copy is caught when it is opened
    path.write_bytes(data[:-1] + b"X")
    with pytest.raises(AttachmentCorrupt, match="altered"):
        attachments.open_attachment(store, u["off1"], a.id)
    path.unlink()
    with pytest.raises(AttachmentCorrupt, match="missing"):
        attachments.open_attachment(store, u["off1"], a.id)
    with pytest.raises(PermissionDenied):
        attachments.open_attachment(store, u["admin"], a.id)


def test_purge_after_retention_is_audited(env):
    store, u, app, iv, rec = env
    attachments.record_consent(store, u["off1"], app, reference="form C-18")
    old = attachments.attach_recording(store, u["off1"], interview_id=iv, source=rec)
    new = attachments.attach_recording(store, u["off1"], interview_id=iv, source=rec)
    stored_old = attachments.open_attachment(store, u["off1"], old.id)
    with store.tx() as s:      # the first recording was made 200 days ago (retention: 180)
        s.execute(update(Attachment).where(Attachment.id == old.id)
                  .values(added_at=datetime.now(timezone.utc) - timedelta(days=200)))
    assert attachments.purge_expired(store, u["sup1"], as_of=clock.today()) == [old.id]
    assert not stored_old.exists()
    with pytest.raises(DomainError, match="purged"):
        attachments.open_attachment(store, u["off1"], old.id)
    attachments.open_attachment(store, u["off1"], new.id)
    entries = [e for e in audit_trail.entries_for(store, None, entity_type="application", entity_id=_app_no(store, app))
               if e["action"] == "purge_recording"]
    assert len(entries) == 1 and entries[0]["details"]["retention_days"] == 180
    assert attachments.purge_expired(store, None, as_of=clock.today()) == []
    with pytest.raises(PermissionDenied):
        attachments.purge_expired(store, u["off1"], as_of=clock.today())
    assert audit.verify(store, None).ok


def _app_no(store, app_id):
    from workstation.store.models import Application
    with store.read() as s:
        return s.get(Application, app_id).app_no
