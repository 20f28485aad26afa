"""Demo data for verify-and-decide: interviews, recommendations, sign-offs and
declines for a share of the demo's RECEIVED applications, written through the real
services so that the demo database's audit chain verifies."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import interview as iv
from workstation.domain.decision import Terms
from workstation.domain.money import money
from workstation.domain.schedules import Method
from workstation.domain.workflow import Status
from workstation.services import attachments, auth, authority, decisions, interviews, signoff
from workstation.services.context import Actor, DomainError, Store
from workstation.services.decide_support import product
from workstation.store.models import Application, User

# end state -> weight
OUTCOMES = [("recommended", 10), ("awaiting", 15), ("approved", 30), ("approved_lower", 5), ("returned", 8),
            ("declined_officer", 15), ("declined_signoff", 5), ("more_info", 7), ("interview_draft", 5)]
QUESTION_PICKS = {"candid": {"q1": "a", "q2": "a", "q3": "b", "q4": "a", "q5": "a", "q6": "a", "q7": "a",
                             "q8": "a"},
                  "masking": {"q1": "c", "q2": "c", "q3": "c", "q4": "d", "q5": "c", "q6": "c", "q7": "c",
                              "q8": "b"}}


@dataclass
class DecideSummary:
    by_outcome: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)     # "app_no: reason"


def _passwords() -> dict[str, str]:
    from workstation.services.demo import DEMO_USERS
    return {u[0]: u[4] for u in DEMO_USERS}


def _terms(s, app: Application, rng: random.Random, *, lower: bool = False) -> Terms:
    p = product(s, app.product_code)
    amount = app.amount_requested
    if app.suggested_limit and app.suggested_limit > 0 and rng.random() < 0.7:
        amount = min(amount, app.suggested_limit)
    amount = money(max(p.amount_min, min(p.amount_max, amount)))
    method = p.default_method
    rate = p.rate.percent("day")
    daily = (Decimal(rate.numerator) / Decimal(rate.denominator)).normalize()
    months = days = None
    if method is Method.BULLET:
        days = app.term_days if app.term_days and p.days_min <= app.term_days <= p.days_max else p.default_days
    else:
        months = app.term_months if app.term_months in p.term_months else p.default_term_months
    just = ""
    if app.suggested_limit is None or amount > app.suggested_limit:
        just = "经营稳定，平台流水持续增长，复贷客户 / stable business, growing platform sales"
    return Terms(product_code=p.code, amount=amount, method=method.value, daily_rate_pct=daily, term_months=months,
                 term_days=days, conditions="按月提供平台经营数据" if rng.random() < 0.3 else "",
                 justification=just)


def _interview(store: Store, officer: Actor, app_id: int, rng: random.Random, *, submit: bool,
               outcome: str = "verified", as_of: date) -> int:
    view = interviews.start_interview(store, officer, app_id)
    start = datetime.combine(as_of - timedelta(days=rng.randint(0, 5)), time(rng.randint(1, 9), 0),
                             tzinfo=timezone.utc)
    style = "masking" if rng.random() < 0.15 else "candid"
    checks = []
    for item in iv.CHECKLIST:
        if outcome == "verified":
            bad = item.code == "sales" and rng.random() < 0.15
        else:
            bad = item.code in ("sales", "inventory")
        checks.append(iv.CheckEntry(item.code, "discrepancy" if bad else "confirmed",
                                    "面谈所述与申报不一致 / stated figure differs from the declaration" if bad else "",
                                    None))
    draft = iv.InterviewDraft(
        planned_start=start, planned_end=start + timedelta(minutes=30), actual_start=start + timedelta(minutes=2),
        actual_end=start + timedelta(minutes=rng.randint(18, 40)), channel="video_app",
        participants=("申请人/applicant", officer.display_name), checks=tuple(checks),
        answers=tuple(QUESTION_PICKS[style].items()), notes="视频中展示了仓库与近期发货单。",
        red_flags=("回答含糊 / evasive answers",) if style == "masking" else (), outcome=outcome)
    interviews.save_draft(store, officer, view.id, draft)
    if submit:
        interviews.submit_interview(store, officer, view.id)
        if rng.random() < 0.2:
            attachments.record_consent(store, officer, app_id, reference="视频开始时口头同意录像 / oral consent at 00:00:05")
    return view.id


def decide_demo(store: Store, *, seed: int, as_of: date, share: float = 0.4, limit: int = 300) -> DecideSummary:
    """Drive a share of RECEIVED applications through interview, recommendation and sign-off."""
    from workstation.services import queue
    rng = random.Random(seed * 7919 + 4)
    authority.ensure_defaults(store)
    pw = _passwords()
    with store.read() as s:
        users = {u.username: u for u in s.scalars(select(User))}
        received = s.scalars(select(Application.id).where(Application.status == Status.RECEIVED.value)
                             .order_by(Application.id)).all()
    actors = {name: auth.sign_in(store, name, pw[name]) for name in pw if name in users}
    officers = [a for a in actors.values() if a.has("officer")]
    supervisors = [a for a in actors.values() if a.has("supervisor")]
    if not officers or len(supervisors) < 2:
        raise DomainError("demo users missing: run the demo generator first")
    picked = [a for a in received if rng.random() < share][:limit]
    summary = DecideSummary()
    for app_id in picked:
        outcome = rng.choices([o for o, _ in OUTCOMES], weights=[w for _, w in OUTCOMES])[0]
        officer = rng.choice(officers)
        team_sup = next((a for a in supervisors if a.id == officer.supervisor_id), supervisors[0])
        other_sup = next(a for a in supervisors if a.id != team_sup.id)
        try:
            outcome = _drive(store, rng, app_id=app_id, outcome=outcome, officer=officer, team_sup=team_sup,
                             other_sup=other_sup, pw=pw, as_of=as_of, queue=queue) or outcome
            summary.by_outcome[outcome] = summary.by_outcome.get(outcome, 0) + 1
        except DomainError as exc:     # a rule refused this case: the demo says so, and moves on
            summary.skipped.append(f"{app_id}: {exc}")
    return summary


_POLICY_REASONS = {"age": "POLICY_AGE", "membership": "POLICY_TENURE", "b2b_region": "POLICY_REGION",
                   "blacklist": "BLACKLIST", "overdue": "OVERDUE", "citizen": "IDENTITY", "legal_rep": "IDENTITY"}


def _drive(store: Store, rng: random.Random, *, app_id: int, outcome: str, officer: Actor, team_sup: Actor,
           other_sup: Actor, pw: dict, as_of: date, queue) -> str | None:
    from workstation.services import cases
    queue.claim(store, officer, app_id)
    cases.score(store, officer, app_id, as_of=as_of)       # the suggested limit the officer works from
    failed = [c.code for c in cases.policy_checks(store, officer, app_id, as_of=as_of) if not c.passed]
    if failed and outcome not in ("more_info", "interview_draft"):
        # hard rules block a decision: the officer declines with the rule's reason
        codes = sorted({_POLICY_REASONS.get(c, "OTHER") for c in failed})
        decisions.decline(store, officer, app_id, reason_codes=codes, comment="不符合准入政策 / fails a hard rule")
        return "declined_officer"
    with store.read() as s:
        app = s.get(Application, app_id)
        needs_interview = product(s, app.product_code).interview_required
    if outcome == "more_info":
        decisions.request_info(store, officer, app_id, what="请补充近三个月银行流水 / last three months' bank statements")
        return
    if outcome == "interview_draft":
        _interview(store, officer, app_id, rng, submit=False, as_of=as_of)
        return
    if outcome == "declined_officer":
        if needs_interview and rng.random() < 0.5:
            _interview(store, officer, app_id, rng, submit=True, outcome="not_verified", as_of=as_of)
            codes = ["INTERVIEW_FAIL"]
        else:
            codes = [rng.choice(["LOW_SCORE", "INCONSISTENT", "POLICY_TENURE", "OTHER"])]
        decisions.decline(store, officer, app_id, reason_codes=codes,
                          comment="店铺近三个月销售额持续下滑，经营稳定性不足" if "OTHER" in codes else "演示数据 / demo")
        return
    if needs_interview or rng.random() < 0.4:
        _interview(store, officer, app_id, rng, submit=True, as_of=as_of)
    with store.read() as s:
        t = _terms(s, s.get(Application, app_id), rng)
    rec = decisions.recommend(store, officer, app_id, t, expected_version=0)
    if outcome == "recommended":
        return
    decisions.submit_for_signoff(store, officer, app_id, version=rec.version)
    if outcome == "awaiting":
        return
    sign = lambda who, **kw: signoff.sign(store, who, app_id, seen_version=rec.version,  # noqa: E731
                                          password=pw[who.username], **kw)
    if outcome == "returned":
        sign(team_sup, decision="return", comment="请补充客户集中度说明 / explain customer concentration")
    elif outcome == "declined_signoff":
        sign(team_sup, decision="decline", reason_codes=["INCONSISTENT"], comment="申报数据偏差较大")
    elif outcome == "approved_lower":
        lower = money((t.amount * Decimal("0.7")).quantize(Decimal("1000")))
        with store.read() as s:
            floor = product(s, t.product_code).amount_min
        if lower >= floor:
            res = sign(team_sup, decision="approve_lower", limit=lower, comment="首贷降额 / first loan, lower")
        else:
            res = sign(team_sup, decision="approve")
        if not res.complete:
            sign(other_sup, decision="approve")
    else:
        res = sign(team_sup, decision="approve")
        if not res.complete:
            sign(other_sup, decision="approve")
