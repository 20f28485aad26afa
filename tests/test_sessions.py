"""Sessions end when the user is stopped: every service call re-checks, in its own
transaction, that the acting user is active, not locked and still holds its roles.
Runs on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update

from workstation.services import auth
from workstation.decide import cases, decisions, queue, queue_pages
from workstation.servicing import loans
from workstation.domain.errors import SessionEnded
from workstation.store.session import Store
from workstation.store.models import Application, User, UserRole
from workstation.store.models_audit import AuditEntry
from workstation.store.models_loans import JournalEntry

from tests.decide_helpers import make_application, make_store, terms, users
from tests.servicing_support import open_loan

D = date
T = D(2026, 6, 30)
EI = dict(product="CREDIT_FIXED", amount="12000", method="equal-installment", start=D(2026, 1, 31),
          term_months=3)


@pytest.fixture
def desk(db_url):
    store = make_store(db_url)
    yield store
    store.close()


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        return s.scalar(select(func.count(AuditEntry.id))), s.scalar(select(func.count(JournalEntry.id)))


def _stop(store: Store, admin, who: str, how: str) -> None:
    if how == "deactivated":
        auth.set_active(store, admin, username=who, active=False)
    elif how == "locked":
        with store.tx() as s:
            s.execute(update(User).where(User.username == who)
                      .values(locked_until=datetime.now(timezone.utc) + timedelta(minutes=15)))
    else:  # role withdrawn
        with store.tx() as s:
            uid = s.scalar(select(User.id).where(User.username == who))
            s.execute(delete(UserRole).where(UserRole.user_id == uid))
            s.add(UserRole(user_id=uid, role="admin"))


@pytest.mark.parametrize("how", ["deactivated", "locked", "role"])
def test_stopped_officer_open_session_is_refused_everywhere(desk, how):
    u = users(desk)
    off, sup = u["off1"], u["sup1"]
    mine = make_application(desk, officer=off)
    free = make_application(desk, officer=None, status="received")
    with desk.read() as s:
        merchant = s.get(Application, mine).merchant_id
    lid = open_loan(desk, off, merchant_id=merchant, **EI)
    paid = loans.post_repayment(desk, off, lid, amount=Decimal("100.00"), value_date=D(2026, 2, 10), today=T)
    _stop(desk, u["admin"], "off1", how)
    before = _counts(desk)
    attempts = {
        "unmask": lambda: cases.unmask(desk, off, mine, "id_number"),
        "claim": lambda: queue.claim(desk, off, free),
        "repayment": lambda: loans.post_repayment(desk, off, lid, amount=Decimal("50.00"),
                                                  value_date=D(2026, 2, 11), today=T),
        "recommend": lambda: decisions.recommend(desk, off, mine, terms(), expected_version=0),
    }
    for name, call in attempts.items():
        with pytest.raises(SessionEnded) as err:
            call()
        assert err.value.code == ("role" if how == "role" else "inactive" if how == "deactivated" else "locked"), name
        assert str(err.value).startswith("user stopped"), name
    assert _counts(desk) == before
    with desk.read() as s:
        assert s.get(Application, free).officer_id is None
    # the supervisor still works; stopping the supervisor stops the reversal
    _stop(desk, u["admin"], "sup1", how)
    with pytest.raises(SessionEnded):
        loans.reverse(desk, sup, lid, paid.entry_id, reason="bounced", confirm=True)
    assert _counts(desk) == before


def test_active_user_keeps_working_and_reads_are_checked_too(desk):
    u = users(desk)
    off = u["off1"]
    mine = make_application(desk, officer=off)
    assert cases.unmask(desk, off, mine, "id_number")
    assert queue_pages.queue_count(desk, off, queue.QueueQuery(queue="mine")) >= 1
    auth.set_active(desk, u["admin"], username="off1", active=False)
    with pytest.raises(SessionEnded):
        queue_pages.queue_count(desk, off, queue.QueueQuery(queue="mine"))
    auth.set_active(desk, u["admin"], username="off1", active=True)
    assert queue_pages.queue_count(desk, off, queue.QueueQuery(queue="mine")) >= 1


def test_gaining_a_role_does_not_end_the_session(desk):
    u = users(desk)
    with desk.tx() as s:
        s.add(UserRole(user_id=u["off1"].id, role="supervisor"))
    mine = make_application(desk, officer=u["off1"])
    assert cases.unmask(desk, u["off1"], mine, "phone")


def test_locked_supervisor_signing_off_is_told_the_account_is_locked(desk):
    from workstation.decide import signoff
    from tests.decide_helpers import PASSWORD
    u = users(desk)
    app = make_application(desk, officer=u["off1"])
    decisions.recommend(desk, u["off1"], app, terms(), expected_version=0)
    decisions.submit_for_signoff(desk, u["off1"], app, version=1)
    for _ in range(auth.MAX_FAILURES):               # somebody guesses sup1's password at another desk
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(desk, "sup1", "not-the-password")
    with pytest.raises(SessionEnded, match="account is locked") as err:
        signoff.sign(desk, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert err.value.code == "locked" and "password" not in str(err.value)


def test_the_user_check_reads_every_role_in_one_statement(desk):
    """The check reads the user row with each role it holds (one statement): a user with two
    roles passes, losing either ends the session, an added role does not, an unknown id is
    refused; the system (no actor) and internal readers (id <= 0) are not checked."""
    from dataclasses import replace
    from sqlalchemy import event
    u = users(desk)
    both = u["offsup"]
    assert both.roles == {"officer", "supervisor"}
    sent = []

    def seen(conn, cursor, statement, *args):
        sent.append(statement)
    event.listen(desk.engine, "before_cursor_execute", seen)
    try:
        with desk.read(both):
            pass
    finally:
        event.remove(desk.engine, "before_cursor_execute", seen)
    assert len([x for x in sent if "user_roles" in x or "users" in x]) == 1
    with desk.tx() as s:
        s.add(UserRole(user_id=both.id, role="admin"))           # a role added: still the session's roles
    with desk.read(both):
        pass
    for lost in ("officer", "supervisor"):
        with desk.tx() as s:
            s.execute(delete(UserRole).where(UserRole.user_id == both.id, UserRole.role == lost))
        with pytest.raises(SessionEnded) as err:
            with desk.read(both):
                pass
        assert err.value.code == "role"
        with desk.tx() as s:
            s.add(UserRole(user_id=both.id, role=lost))
        with desk.read(both):
            pass
    with desk.tx() as s:                                         # no role left at all
        s.execute(delete(UserRole).where(UserRole.user_id == both.id))
    with pytest.raises(SessionEnded) as err:
        with desk.tx(both):
            pass
    assert err.value.code == "role"
    with pytest.raises(SessionEnded) as err:
        with desk.read(replace(both, id=10_000_000)):
            pass
    assert err.value.code == "unknown"
    with desk.read(replace(both, id=0)), desk.read(None):        # internal reader, the system
        pass
