"""The first-run demo obeys the application's own rules (issue 11, item 5): checked with
SQL on a demo database of 200 applications built once for the module."""
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text

from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.decision import required_signoffs
from workstation.decide import authority
from workstation.store.session import Store

AS_OF = date(2026, 11, 27)
AFTER_APPROVAL = ("approved", "offer_expired", "contracted", "disbursed", "closed")
CONTRACTED_ON = ("contracted", "disbursed", "closed")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from workstation.demo.demo_build import build_demo
    url = f"sqlite:///{tmp_path_factory.mktemp('rules') / 'demo.db'}"
    store = Store.open(url)
    built = build_demo(store, None, applications=200, seed=2, as_of=AS_OF)
    yield store, url, built
    store.close()


def rows(store, sql, **params):
    with store.read() as s:
        return s.execute(text(sql), params).all()


def _utc(at) -> datetime:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at


def test_the_demo_has_every_state_a_desk_shows(demo):
    store, _url, built = demo
    states = {s for (s,) in rows(store, "SELECT DISTINCT status FROM applications")}
    assert {"received", "in_review", "awaiting_signoff", "approved", "declined", "disbursed"} <= states
    assert built.loans > 0


def test_every_case_awaiting_signoff_has_a_recommendation_and_an_open_chain(demo):
    store, _url, _ = demo
    bad = rows(store, """SELECT a.app_no FROM applications a WHERE a.status = 'awaiting_signoff' AND (
                           NOT EXISTS (SELECT 1 FROM recommendations r WHERE r.application_id = a.id)
                           OR NOT EXISTS (SELECT 1 FROM signoff_chains c WHERE c.application_id = a.id
                                          AND c.state = 'open'))""")
    assert bad == []
    assert rows(store, "SELECT count(*) FROM applications WHERE status = 'awaiting_signoff'")[0][0] > 0


def test_every_contracted_or_later_case_has_its_contract(demo):
    store, _url, _ = demo
    bad = rows(store, f"""SELECT a.app_no FROM applications a WHERE a.status IN {CONTRACTED_ON}
                          AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.application_id = a.id)""")
    assert bad == []
    undisbursed = rows(store, """SELECT a.app_no FROM applications a JOIN loans l ON l.application_id = a.id
                                 WHERE a.status IN ('disbursed', 'closed') AND l.disbursed_on IS NULL""")
    assert undisbursed == []


def test_every_approval_has_the_signoffs_it_needs_from_other_people(demo):
    store, _url, _ = demo
    with store.read() as s:
        rules = authority.rules(s)
    cases = rows(store, f"""SELECT a.id, a.app_no, o.amount, o.product_code, c.id, r.officer_id
                            FROM applications a JOIN approved_offers o ON o.application_id = a.id
                            JOIN signoff_chains c ON c.id = o.chain_id
                            JOIN recommendations r ON r.id = o.recommendation_id
                            WHERE a.status IN {AFTER_APPROVAL}""")
    approved = rows(store, f"SELECT count(*) FROM applications WHERE status IN {AFTER_APPROVAL}")[0][0]
    assert approved > 0 and len(cases) == approved, "an approved-or-later case without its offer and chain"
    two = 0
    for app_id, app_no, amount, product_code, chain_id, recommender in cases:
        signers = [u for (u,) in rows(store, """SELECT signer_id FROM signoffs WHERE chain_id = :c
                                                AND decision IN ('approve', 'approve_lower')""", c=chain_id)]
        granted = rows(store, "SELECT count(*) FROM policy_exceptions WHERE chain_id = :c AND state = 'granted'",
                       c=chain_id)[0][0]
        from workstation.domain.money import from_fen
        need = required_signoffs(rules, product_code=product_code, amount=from_fen(amount)) + (1 if granted else 0)
        assert len(signers) >= need, app_no
        assert len(set(signers)) == len(signers), f"{app_no}: one person signed twice"
        assert recommender not in signers, f"{app_no}: the recommending officer signed off"
        roles = {r for (r,) in rows(store, f"SELECT DISTINCT role FROM user_roles WHERE user_id IN "
                                    f"({','.join(str(u) for u in signers)})")}
        assert roles == {"supervisor"}, app_no
        two += need == 2
    assert two > 0, "the demo shows no case that needed two signatures"


def test_no_money_goes_out_before_the_application_arrived_and_dates_are_in_order(demo):
    store, _url, _ = demo
    apps = rows(store, "SELECT id, app_no, received_at FROM applications")
    received = {i: _utc(r) for i, _n, r in apps}
    # the status history of each case reads in time order, from its arrival
    last: dict[int, datetime] = {}
    for app_id, at, frm in rows(store, "SELECT application_id, at, from_status FROM status_history ORDER BY id"):
        at = _utc(at)
        if frm is None:
            assert at == received[app_id]
        assert at >= last.get(app_id, received[app_id]), app_id
        last[app_id] = at
    # claim < interview < recommendation < sign-off < contract < disbursement < repayments
    for app_id, claimed, rec_at in rows(store, """SELECT h.application_id, h.at, r.created_at FROM status_history h
                                                  JOIN recommendations r ON r.application_id = h.application_id
                                                  WHERE h.to_status = 'in_review' AND h.from_status = 'received'"""):
        assert received[app_id] < _utc(claimed) < _utc(rec_at)
    for app_id, sub, rec_at in rows(store, """SELECT i.application_id, i.submitted_at, r.created_at FROM interviews i
                                              JOIN recommendations r ON r.application_id = i.application_id
                                              WHERE i.submitted_at IS NOT NULL"""):
        assert received[app_id] < _utc(sub) < _utc(rec_at)
    for app_no, rec_at, signed in rows(store, """SELECT a.app_no, r.created_at, g.signed_at FROM signoffs g
                                                 JOIN recommendations r ON r.id = g.recommendation_id
                                                 JOIN applications a ON a.id = r.application_id"""):
        assert _utc(rec_at) < _utc(signed), app_no
    for app_id, contract_no, approved_at, signed_on, disbursed_on in rows(
            store, """SELECT l.application_id, l.contract_no, o.approved_at, l.signed_on, l.disbursed_on FROM loans l
                      JOIN approved_offers o ON o.application_id = l.application_id"""):
        assert _utc(approved_at).astimezone(BUSINESS_TZ).date() <= date.fromisoformat(str(signed_on)), contract_no
        if disbursed_on is not None:
            on = date.fromisoformat(str(disbursed_on))
            assert received[app_id].astimezone(BUSINESS_TZ).date() <= date.fromisoformat(str(signed_on)) <= on
            assert on < AS_OF
    early = rows(store, """SELECT l.contract_no, j.kind, j.value_date FROM journal j JOIN loans l ON l.id = j.loan_id
                           WHERE j.value_date < l.disbursed_on OR l.disbursed_on IS NULL""")
    assert early == []


def test_times_are_office_hours_in_shanghai(demo):
    store, _url, _ = demo
    hours = {_utc(r).astimezone(BUSINESS_TZ).hour for (r,) in rows(store, "SELECT received_at FROM applications")}
    assert hours <= set(range(8, 21))
    assert all(no.startswith("A") for (no,) in rows(store, "SELECT app_no FROM applications"))


def test_every_state_change_has_its_audit_entry(demo):
    store, _url, _ = demo
    moves = rows(store, """SELECT a.app_no, count(*) FROM status_history h JOIN applications a
                           ON a.id = h.application_id WHERE h.from_status IS NOT NULL GROUP BY a.app_no""")
    audited = dict(rows(store, """SELECT entity_id, count(*) FROM audit_log WHERE action = 'status_change'
                                  AND entity_type = 'application' GROUP BY entity_id"""))
    assert moves and all(audited.get(no) == n for no, n in moves)
    signed = rows(store, "SELECT count(*) FROM signoffs")[0][0]
    assert rows(store, "SELECT count(*) FROM audit_log WHERE action = 'signoff'")[0][0] == signed
    assert rows(store, "SELECT count(*) FROM audit_log WHERE action = 'loan.disburse'")[0][0] == \
        rows(store, "SELECT count(*) FROM loans WHERE disbursed_on IS NOT NULL")[0][0]


def test_reconcile_and_audit_verify_are_clean(demo, capsys):
    from workstation.cli import main
    _store, url, _ = demo
    assert main(["--database", url, "reconcile"]) == 0
    assert main(["--database", url, "audit", "verify"]) == 0


def _instant_columns():
    import workstation.store.models_audit, workstation.store.models_decide  # noqa: F401 - every table
    import workstation.store.models_disburse, workstation.store.models_documents  # noqa: F401
    import workstation.store.models_loans, workstation.store.models_repayments  # noqa: F401
    from workstation.store.base import Base, UTCDateTime
    return [(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns
            if isinstance(c.type, UTCDateTime) and c.name != "locked_until"]    # a lock-out ends in the future


def test_every_stored_instant_follows_the_simulated_business_time(demo):
    """No instant the demo stores is the run's real time: each lies between the demo's set-up
    (before its oldest case) and its last moment (the evening of as_of in Shanghai)."""
    from workstation.demo.demo_time import day_end, history_start
    store, _url, _ = demo
    first, last = history_start(AS_OF), day_end(AS_OF)
    outside = []
    for table, col in _instant_columns():
        lo, hi, n = rows(store, f"SELECT min({col}), max({col}), count({col}) FROM {table}")[0]
        if n and not (first <= _utc(lo) and _utc(hi) <= last):
            outside.append(f"{table}.{col}: {lo} .. {hi}")
    assert outside == []
    # the checks above are not empty: the stamps the real time used to give are there
    assert rows(store, "SELECT count(*) FROM audit_log WHERE action = 'loan.repayment'")[0][0] > 0
    assert rows(store, "SELECT count(*) FROM status_history WHERE to_status IN ('closed', 'offer_expired')")[0][0] > 0


def test_each_case_and_loan_reads_in_time_order(demo):
    """Per application and per loan the audit log, in sequence, never goes back in time; a
    posting is made on or after its value date; the CLOSED move comes with the loan's
    settlement and the OFFER_EXPIRED move after the expiry date."""
    store, _url, _ = demo
    last: dict = {}
    for kind, entity, seq, at in rows(store, "SELECT entity_type, entity_id, seq, at FROM audit_log ORDER BY seq"):
        at = _utc(at)
        assert at >= last.get((kind, entity), at), f"audit entry {seq} ({kind} {entity}) is earlier than the one before"
        last[(kind, entity)] = at
    by_loan: dict = {}
    for loan_id, entry, kind, value_date, posted in rows(
            store, "SELECT loan_id, id, kind, value_date, posted_at FROM journal ORDER BY id"):
        posted = _utc(posted)
        assert posted.astimezone(BUSINESS_TZ).date() >= date.fromisoformat(str(value_date)), (entry, kind)
        assert posted >= by_loan.get(loan_id, posted), f"journal entry {entry} posted before the one before it"
        by_loan[loan_id] = posted
    closed = rows(store, """SELECT a.app_no, h.at, l.closed_on, (SELECT max(j.posted_at) FROM journal j
                            WHERE j.loan_id = l.id AND j.kind = 'repayment') FROM status_history h
                            JOIN applications a ON a.id = h.application_id
                            JOIN loans l ON l.application_id = a.id WHERE h.to_status = 'closed'""")
    assert closed
    for app_no, at, closed_on, paid in closed:
        assert _utc(at).astimezone(BUSINESS_TZ).date() >= date.fromisoformat(str(closed_on)), app_no
        assert paid is None or _utc(at) >= _utc(paid), app_no
    for app_no, at, expires in rows(store, """SELECT a.app_no, h.at, a.offer_expires_on FROM status_history h
                                            JOIN applications a ON a.id = h.application_id
                                            WHERE h.to_status = 'offer_expired'"""):
        assert _utc(at).astimezone(BUSINESS_TZ).date() > date.fromisoformat(str(expires)), app_no


def test_the_demo_book_gives_every_portfolio_chart_something_real(demo):
    """Several vintages, some of the book going bad (overdue, NPL, first-payment default,
    roll rates), and a write-off with money recovered after it (demo.demo_book)."""
    from workstation.domain.actor import Actor
    from workstation.portfolio import service
    store, _url, _built = demo
    (uid,), = rows(store, "SELECT id FROM users WHERE username = 'admin'")
    dash = service.dashboard(store, Actor(uid, "admin", "admin", frozenset({"admin"})), AS_OF)
    h = dash.headline
    assert h["count"] >= 5 and h["overdue_count"] >= 2 and h["npl"] > 0
    assert len([m for m, v in dash.vintages.items() if any(x[1] for x in v.values())]) >= 1    # a vintage goes bad
    assert len(dash.vintages) >= 6
    assert any(bad for _, _, bad, _, _ in dash.fpd)
    assert any(moved for _, rates in dash.rolls for moved, _ in rates.values())
    written_off, recovered = dash.recoveries
    assert written_off > 0 and 0 < recovered < written_off
    (n,), = rows(store, "SELECT count(*) FROM recoveries")
    (audited,), = rows(store, "SELECT count(*) FROM audit_log WHERE action = 'loan.recovery'")
    assert n == audited >= 1
