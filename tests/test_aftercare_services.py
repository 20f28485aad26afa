"""Monitoring import, evaluation and the warnings desk's actions through the services,
on SQLite and PostgreSQL: bad lines named by line and field, nothing imported twice,
no warning repeated while open, sign-off refusals (own request, own case, officer,
authority, password), the freeze/limit cut/recall effects and the recall notice read
back against the ledger."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from aftercare_support import LOAN_DAY, member_of, weekly, write_jsonl
from servicing_support import actor, open_loan, prepare
from workstation.aftercare import actions, desk, evaluation, monitoring, recall, rulesets
from workstation.aftercare.desk import WarningQuery, WarningRefused
from workstation.commands.import_ import exit_status
from workstation.domain.money import fmt
from workstation.services import auth
from workstation.decide import authority
from workstation.servicing import credit_lines, eod, loan_views
from workstation.domain.errors import DomainError, NotVisible, PermissionDenied
from workstation.store.session import Store
from workstation.store.models import Application
from workstation.store.models_aftercare import Warning

PASSWORD = "Sign-off-2026!"
TODAY = date(2026, 2, 20)


@pytest.fixture
def desk_store(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store
    store.close()


def _people(store):
    admin = actor(store, "admin")
    for name in ("sup2", "sup3"):
        auth.add_user(store, admin, username=name, display_name=name, password=PASSWORD, roles={"supervisor"})
    return actor(store, "officer1"), actor(store, "sup2"), actor(store, "sup3")


def _line(store, off, **kw) -> int:
    return open_loan(store, off, product="CREDIT_REVOLVING", amount="100000", method="bullet", start=LOAN_DAY,
                     term_months=6, daily_rate="0.0006", draw="60000", **kw)


def _warned(store, off, tmp_path, *, loan_id=None) -> tuple[int, int]:
    loan_id = loan_id or _line(store, off)
    path = write_jsonl(tmp_path / "mon.jsonl", weekly(member_of(store, loan_id), deteriorate=True))
    monitoring.import_monitoring(store, off, path, as_of=TODAY)
    with store.read() as s:
        wid = s.scalar(select(Warning.id).where(Warning.loan_id == loan_id, Warning.rule == "sales_drop"))
    return loan_id, wid


def test_import_rejects_bad_lines_by_line_and_field_and_is_idempotent(desk_store, tmp_path):
    off, _, _ = _people(desk_store)
    lid = _line(desk_store, off)
    member = member_of(desk_store, lid)
    good = weekly(member)
    bad = [dict(good[0], date="2026-02-30"), dict(good[1], gmv="12.345"), dict(good[2], shop_status="sleeping"),
           dict(good[3], member_id="NOBODY"), dict(good[4], rating="5.5"), dict(good[5], orders=-1)]
    for r in bad:
        r["date"] = r["date"] if r["date"] == "2026-02-30" else "2027-01-0" + str(bad.index(r) + 1)
    path = write_jsonl(tmp_path / "mon.jsonl", good + bad, ['{"member_id": "x", "date": '])
    rep = monitoring.import_monitoring(desk_store, off, path, as_of=TODAY)
    assert rep.imported == len(good)
    n = len(good)
    got = sorted((int(r.split(",")[0].split()[1]), r.split(", ", 1)[1].split(":")[0]) for r in rep.rejects)
    assert got == [(n + 1, "date"), (n + 2, "gmv"), (n + 3, "shop_status"), (n + 4, "member_id"),
                   (n + 5, "rating"), (n + 6, "orders"), (n + 7, "(line)")]
    rows = list(csv.reader(io.StringIO(rep.rejects_path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["line", "field", "reason", "raw"]
    # every refused line, the cut-off last one too (that one had been written over all the others)
    assert sorted((int(r[0]), r[1]) for r in rows[1:]) == got
    assert exit_status(rep) == 1
    again = monitoring.import_monitoring(desk_store, off, path, as_of=TODAY)
    assert (again.imported, again.duplicates) == (0, len(good))
    changed = write_jsonl(tmp_path / "changed.jsonl", [dict(good[0], gmv="1.00")])
    rep3 = monitoring.import_monitoring(desk_store, off, changed, as_of=TODAY)
    assert rep3.imported == 0 and "already stored" in rep3.rejects[0] and exit_status(rep3) == 2
    assert len(monitoring.snapshots(desk_store, off, _merchant(desk_store, lid))) == len(good)


def test_a_cut_off_file_keeps_every_refused_line_in_its_rejects_file(desk_store, tmp_path):
    """The cut-off last line was added to the rejects file after it was closed, which
    opened it again for writing: the lines refused before it were lost from the file."""
    off, _, _ = _people(desk_store)
    member = member_of(desk_store, _line(desk_store, off))
    good = weekly(member)
    path = write_jsonl(tmp_path / "cut.jsonl", good[:2] + [dict(good[2], rating="9"), dict(good[3], member_id="NOBODY")],
                       ['{"member_id": "x", "date": '])
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")     # no newline: cut off
    rep = monitoring.import_monitoring(desk_store, off, path, as_of=TODAY)
    assert (rep.imported, rep.rejected, rep.outcome) == (2, 3, "truncated")
    rows = list(csv.reader(io.StringIO(rep.rejects_path.read_text(encoding="utf-8-sig"))))
    assert [(r[0], r[1]) for r in rows] == [("line", "field"), ("3", "rating"), ("4", "member_id"), ("5", "(line)")]
    assert [(r.line, r.code) for r in rep.refused] == [(3, "rating"), (4, "no_merchant"), (5, "truncated")]


def _merchant(store, loan_id):
    return loan_views.loan_view(store, None, loan_id).merchant_id


def test_csv_import(desk_store, tmp_path):
    off, _, _ = _people(desk_store)
    lid = _line(desk_store, off)
    rows = weekly(member_of(desk_store, lid))
    buf = io.StringIO()
    buf.write(",".join(monitoring.FIELDS) + "\n")
    for r in rows:
        buf.write(",".join(str(r[f]) for f in monitoring.FIELDS) + "\n")
    path = tmp_path / "mon.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    rep = monitoring.import_monitoring(desk_store, off, path, as_of=TODAY)
    assert (rep.imported, rep.rejected, exit_status(rep)) == (len(rows), 0, 0)


def test_deterioration_raises_warnings_once_until_closed(desk_store, tmp_path):
    off, sup, _ = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    rows = desk.warning_rows(desk_store, off, desk.warning_ids(desk_store, off, WarningQuery()))
    assert {r.rule for r in rows} == {"sales_drop", "login_gap"}
    assert all(r.status == "new" for r in rows)
    again = evaluation.evaluate_all(desk_store, sup, TODAY)
    assert again.raised == 0                       # open ones are not repeated
    actions.close_false_alarm(desk_store, off, wid, reason="双十一后季节性回落，已电话核实")
    assert evaluation.evaluate_all(desk_store, sup, TODAY).raised == 1      # closed: the rule may speak again
    assert desk.warning_count(desk_store, off, WarningQuery(status="closed")) == 1


def test_end_of_day_evaluates(desk_store, tmp_path):
    off, sup, _ = _people(desk_store)
    lid = _line(desk_store, off)
    path = write_jsonl(tmp_path / "mon.jsonl", weekly(member_of(desk_store, lid), deteriorate=True))
    monitoring.import_monitoring(desk_store, off, path, evaluate=False)
    assert desk.warning_count(desk_store, off, WarningQuery()) == 0
    eod.run_eod(desk_store, sup, TODAY)
    assert desk.warning_count(desk_store, off, WarningQuery()) == 2


def test_notes_assign_and_close_need_a_reason(desk_store, tmp_path):
    off, sup, _ = _people(desk_store)
    _, wid = _warned(desk_store, off, tmp_path)
    actions.assign(desk_store, off, wid)
    assert desk.warning_view(desk_store, off, wid).row.status == "assigned"
    actions.record_contact(desk_store, off, wid, kind="call", note="法人称近期备货延迟，两周内恢复")
    actions.ask_information(desk_store, off, wid, what="近三个月进货单据")
    v = desk.warning_view(desk_store, off, wid)
    assert v.row.status == "acting" and [a.kind for a in v.actions] == ["assign", "call", "ask_info"]
    with pytest.raises(WarningRefused) as e:
        actions.close_false_alarm(desk_store, off, wid, reason="  ")
    assert e.value.code == "warning_text_required"
    with pytest.raises(WarningRefused) as e:
        actions.assign(desk_store, off, wid, to_user_id=sup.id)
    assert e.value.code == "assign_needs_supervisor"


def test_freeze_needs_another_supervisors_signature(desk_store, tmp_path):
    off, sup, sup3 = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    aid = actions.request_freeze(desk_store, off, wid, reason="销售额骤降，暂停新增支用")
    with pytest.raises(PermissionDenied):
        actions.sign(desk_store, off, aid, password=PASSWORD)            # an officer never signs
    with pytest.raises(WarningRefused) as e:
        actions.sign(desk_store, sup, aid, password="wrong-password-1")
    assert e.value.code == "signature_password_wrong"
    own = actions.request_limit_cut(desk_store, sup, wid, new_limit=Decimal("70000"), reason="压降额度")
    with pytest.raises(WarningRefused) as e:
        actions.sign(desk_store, sup, own, password=PASSWORD)
    assert e.value.code == "warning_own_request"
    assert loan_views.loan_view(desk_store, None, lid).line.frozen is False
    actions.sign(desk_store, sup3, aid, password=PASSWORD, note="同意冻结")
    assert loan_views.loan_view(desk_store, None, lid).line.frozen is True
    with pytest.raises(DomainError, match="frozen"):
        credit_lines.draw(desk_store, off, lid, amount=Decimal("100"), on=TODAY, today=TODAY)
    actions.sign(desk_store, sup3, own, password=PASSWORD)
    assert loan_views.loan_view(desk_store, None, lid).line.limit == Decimal("70000.00")
    with pytest.raises(WarningRefused) as e:
        actions.sign(desk_store, sup3, own, password=PASSWORD)
    assert e.value.code == "warning_not_pending"


def test_sign_off_refused_on_own_case_and_above_authority(desk_store, tmp_path):
    off, sup, sup3 = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    aid = actions.request_freeze(desk_store, off, wid, reason="资金流向异常")
    dual = auth.add_user(desk_store, actor(desk_store, "admin"), username="dual", display_name="dual",
                         password=PASSWORD, roles={"officer", "supervisor"})   # works cases and signs
    with desk_store.tx() as s:
        app_id = s.scalar(select(Warning.application_id).where(Warning.id == wid))
        s.execute(update(Application).where(Application.id == app_id).values(officer_id=dual.id))
    with pytest.raises(WarningRefused) as e:
        actions.sign(desk_store, dual, aid, password=PASSWORD)
    assert e.value.code == "warning_own_case"
    with desk_store.tx() as s:
        s.execute(update(Application).where(Application.id == app_id).values(officer_id=None))
    authority.set_rule(desk_store, actor(desk_store, "admin"), role="supervisor", product_code="CREDIT_REVOLVING",
                       max_limit=Decimal("50000"), dual_above=None)
    with pytest.raises(WarningRefused) as e:
        actions.sign(desk_store, sup3, aid, password=PASSWORD)
    assert e.value.code == "warning_above_authority" and e.value.params["limit"] == "50,000.00"
    actions.refuse(desk_store, sup3, aid, reason="先电话核实")
    assert desk.warning_view(desk_store, off, wid).actions[-1].state == "refused"


def test_early_recall_and_its_notice_read_back_against_the_ledger(desk_store, tmp_path):
    from pypdf import PdfReader
    off, sup, sup3 = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    due = date(2026, 3, 10)
    with pytest.raises(WarningRefused) as e:
        actions.request_recall(desk_store, off, wid, due_date=date(2026, 2, 1), reason="x", today=TODAY)
    assert e.value.code == "due_date_not_future"
    aid = actions.request_recall(desk_store, off, wid, due_date=due, reason="经营显著恶化", today=TODAY)
    with pytest.raises(WarningRefused) as e:
        actions.close_false_alarm(desk_store, off, wid, reason="误报")
    assert e.value.code == "pending_actions"
    with pytest.raises(WarningRefused) as e:
        recall.notice_data(desk_store, off, aid)
    assert e.value.code == "recall_not_signed"
    actions.sign(desk_store, sup3, aid, password=PASSWORD, today=TODAY)
    quote = loan_views.payoff_quote(desk_store, off, lid, on=due)
    [(declared, due_on, amount, notice_no)] = recall.accelerations(desk_store, off, lid)
    assert (declared, due_on, amount) == (TODAY, due, quote.total)
    out = tmp_path / "recall.pdf"
    doc = recall.print_notice(desk_store, off, aid, path=out)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\n", "")
    assert "提前收贷通知书" in text and notice_no in text
    assert fmt(quote.total) in text and fmt(quote.principal) in text and fmt(quote.interest) in text
    assert "2026年3月10日" in text and "9.2" in text and "全部借款提前到期" in text
    assert doc.document_no == notice_no
    from workstation.printing.documents import verify_document
    assert verify_document(desk_store, out.read_bytes()).status == "GENUINE"    # the paper is checkable
    with pytest.raises(WarningRefused) as e:
        actions.request_recall(desk_store, off, wid, due_date=due, reason="again", today=TODAY)
    assert e.value.code == "already_recalled"


def test_another_team_sees_no_warning(desk_store, tmp_path):
    off, sup, _ = _people(desk_store)
    lid, wid = _warned(desk_store, off, tmp_path)
    admin = actor(desk_store, "admin")
    other = auth.add_user(desk_store, admin, username="officer2", display_name="o2", password=PASSWORD,
                          roles={"officer"})
    with desk_store.tx() as s:
        app_id = s.scalar(select(Warning.application_id).where(Warning.id == wid))
        s.execute(update(Application).where(Application.id == app_id).values(officer_id=off.id))
    assert desk.warning_count(desk_store, other, WarningQuery()) == 0
    with pytest.raises(NotVisible):
        desk.warning_view(desk_store, other, wid)
    with pytest.raises(NotVisible):
        actions.record_contact(desk_store, other, wid, kind="call", note="x")


def test_rule_versions_are_stored_by_an_administrator(desk_store):
    off, sup, _ = _people(desk_store)
    admin = actor(desk_store, "admin")
    assert rulesets.current(desk_store, off).version == 1
    data = rulesets.wr.to_data(rulesets.current(desk_store, off))
    data["rules"][1]["params"]["drop_pct"] = "30"
    with pytest.raises(PermissionDenied):
        rulesets.store_version(desk_store, sup, data, note="x")
    assert rulesets.store_version(desk_store, admin, data, note="销售降幅阈值下调至30%") == 2
    assert rulesets.current(desk_store, off).rule("sales_drop").params["drop_pct"] == Decimal("30")
    data["rules"][1]["params"]["drop_pct"] = "300"
    with pytest.raises(rulesets.RulesRefused) as e:
        rulesets.store_version(desk_store, admin, data, note="x")
    assert e.value.params == {"rule": "sales_drop", "rule_field": "params.drop_pct", "problem": "out_of_range"}
    assert [v for v, _ in rulesets.versions(desk_store, admin)] == [1, 2]


def test_notice_quotes_the_contracts_own_acceleration_clause():
    """The notice cites the clause the contract prints; if the contract's words change,
    this fails until the notice follows."""
    import inspect
    from workstation.documents import contract_articles, contract_form1, recall as notice
    assert notice.ACCELERATION_ARTICLE in inspect.getsource(contract_form1)
    for form in (contract_form1, contract_articles):
        assert notice.ACCELERATION_CLAUSE in inspect.getsource(form)


def _crafted(member: str, rule: str) -> list[dict]:
    """19 weekly snapshots around LOAN_DAY, steady except what ``rule`` looks for."""
    out = weekly(member)
    after = [r for r in out if r["date"] > LOAN_DAY.isoformat()]
    if rule == "login_gap":
        out[-1]["days_since_login"] = 8
    for r in after:
        if rule == "sales_drop":
            r["gmv"] = "25000.00"
        elif rule == "ad_traffic_fall":
            r["ad_spend"], r["traffic"] = "1000.00", 2000
        elif rule == "refund_share":
            r["refunds"] = 20
        elif rule == "rating_fall":
            r["rating"] = "4.30"
    if rule == "shop_status":
        out[-1]["shop_status"] = "closed"
    if rule == "unrelated_outflow":
        after[0]["unrelated_outflow"], after[0]["outflow"] = "35000.00", "45000.00"
    return out


@pytest.mark.tampers("a group member's loan is made 12 days overdue by writing its dpd directly (the related-party rule reads only that)")
def test_each_rule_raises_once_and_does_not_repeat_while_open(desk_store, tmp_path):
    from workstation.store.models_loans import GroupMember, GuaranteeGroup, Loan
    off, sup, _ = _people(desk_store)
    rules = ["login_gap", "sales_drop", "ad_traffic_fall", "shop_status", "refund_share", "unrelated_outflow",
             "related_overdue", "rating_fall"]
    loans = {rule: _line(desk_store, off) for rule in rules}
    late = _line(desk_store, off)                              # a group member of related_overdue's borrower
    with desk_store.tx() as s:
        g = GuaranteeGroup(name="联保一组", formed_on=LOAN_DAY)
        s.add(g)
        s.flush()
        for lid in (loans["related_overdue"], late):
            s.add(GroupMember(group_id=g.id, merchant_id=s.get(Loan, lid).merchant_id, joined_on=LOAN_DAY))
        s.execute(update(Loan).where(Loan.id == late).values(dpd=12))
    records = []
    for rule, lid in loans.items():
        records += _crafted(member_of(desk_store, lid), rule if rule != "related_overdue" else "none")
    records += weekly(member_of(desk_store, late))
    monitoring.import_monitoring(desk_store, off, write_jsonl(tmp_path / "m.jsonl", records), evaluate=False)
    first = evaluation.evaluate_all(desk_store, sup, TODAY)
    with desk_store.read() as s:
        raised = sorted((lid, r) for lid, r in s.execute(select(Warning.loan_id, Warning.rule)))
    assert raised == sorted((lid, rule) for rule, lid in loans.items())     # each fires, on its borrower only
    assert first.raised == len(rules)
    assert evaluation.evaluate_all(desk_store, sup, TODAY).raised == 0       # open: not repeated
