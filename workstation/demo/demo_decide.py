"""The demo's cases, each driven to its planned end state through the services an
officer and the supervisors use, in time order: claim, score, hard rules (a case
failing one is declined), interview where the product requires it, recommendation,
submission, sign-offs by entitled supervisors (two where the authority matrix needs
two; never the recommending officer), then contract, disbursement and repayments
(``demo_loans``). Every step carries its own moment (``now=``), after the one before
and before the demo's today, so the history reads in order in business time."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import interview as iv
from workstation.domain import clock
from workstation.domain.clock import BUSINESS_TZ, to_business
from workstation.domain.decision import Terms, required_signoffs
from workstation.domain.money import money
from workstation.domain.schedules import Method
from workstation.domain.workflow import Status
from workstation.intake import attachments
from workstation.services import auth
from workstation.decide import authority, cases, decisions, interviews, queue, signoff
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.queries import product
from workstation.services.progress import NullProgress, Progress
from workstation.store.models import Application, User

QUESTION_PICKS = {"candid": {"q1": "a", "q2": "a", "q3": "b", "q4": "a", "q5": "a", "q6": "a", "q7": "a",
                             "q8": "a"},
                  "masking": {"q1": "c", "q2": "c", "q3": "c", "q4": "d", "q5": "c", "q6": "c", "q7": "c",
                              "q8": "b"}}
_POLICY_REASONS = {"age": "POLICY_AGE", "membership": "POLICY_TENURE", "b2b_region": "POLICY_REGION",
                   "blacklist": "BLACKLIST", "overdue": "OVERDUE", "citizen": "IDENTITY", "legal_rep": "IDENTITY",
                   "real_name": "IDENTITY", "bank_card": "OTHER", "platform": "OTHER"}
_DECIDED = {Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.RETURNED, Status.APPROVED, Status.DECLINED,
            Status.OFFER_EXPIRED, Status.CONTRACTED, Status.DISBURSED, Status.CLOSED}
_SIGNED = {Status.APPROVED, Status.OFFER_EXPIRED, Status.CONTRACTED, Status.DISBURSED, Status.CLOSED}
_BOOKED = {Status.CONTRACTED, Status.DISBURSED, Status.CLOSED}


@dataclass
class DecideSummary:
    by_outcome: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)     # "app id: reason"
    loans: list[tuple[int, str, int, str]] = field(default_factory=list)   # loan, product, merchant, behaviour
    postings: int = 0


class Moments:
    """The moments of one case, in order: each a little after the last, all before ``end``."""

    def __init__(self, rng: random.Random, start: datetime, end: datetime) -> None:
        self.rng, self.t, self.end = rng, start, end
        clock.restart_at(start)         # the demo's simulated time follows this case (domain.clock)

    def next(self, lo_hours: float = 0.5, hi_hours: float = 30) -> datetime:
        room = (self.end - self.t).total_seconds()
        gap = min(self.rng.uniform(lo_hours, hi_hours) * 3600, room / 8)   # room left for later steps
        self.t = self.t + timedelta(seconds=max(60, int(gap)))
        clock.move_to(self.t)           # what the step stores without a time of its own is stamped now
        return self.t

    @property
    def day(self) -> date:
        return to_business(self.t).date()


@dataclass
class Cast:
    officer: Actor
    team_sup: Actor
    other_sup: Actor
    passwords: dict


def _passwords() -> dict[str, str]:
    from workstation.demo.demo import DEMO_USERS
    return {u[0]: u[4] for u in DEMO_USERS}


def _terms(s, app: Application, rng: random.Random) -> Terms:
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


def _interview(store: Store, officer: Actor, app_id: int, rng: random.Random, at: Moments, *, submit: bool,
               outcome: str = "verified") -> None:
    view = interviews.start_interview(store, officer, app_id, now=at.next())
    start = at.next(0.5, 48)
    style = "masking" if rng.random() < 0.15 else "candid"
    checks = []
    for item in iv.CHECKLIST:
        bad = (item.code == "sales" and rng.random() < 0.15) if outcome == "verified" else \
            item.code in ("sales", "inventory")
        checks.append(iv.CheckEntry(item.code, "discrepancy" if bad else "confirmed",
                                    "面谈所述与申报不一致 / stated figure differs from the declaration" if bad else "",
                                    None))
    minutes = rng.randint(18, 40)
    draft = iv.InterviewDraft(
        planned_start=start, planned_end=start + timedelta(minutes=30), actual_start=start + timedelta(minutes=2),
        actual_end=start + timedelta(minutes=minutes), channel="video_app",
        participants=("申请人/applicant", officer.display_name), checks=tuple(checks),
        answers=tuple(QUESTION_PICKS[style].items()), notes="视频中展示了仓库与近期发货单。",
        red_flags=("回答含糊 / evasive answers",) if style == "masking" else (), outcome=outcome)
    at.t = max(at.t, start + timedelta(minutes=minutes + 5))
    interviews.save_draft(store, officer, view.id, draft, now=at.next(0.1, 1))
    if submit:
        interviews.submit_interview(store, officer, view.id, now=at.next(0.1, 2))
        if rng.random() < 0.2:
            attachments.record_consent(store, officer, app_id, reference="视频开始时口头同意录像 / oral consent at 00:00:05",
                                       given_at=start)


def _cast(store: Store) -> tuple[list[Actor], list[Actor], dict]:
    pw = _passwords()
    with store.read(None) as s:
        names = set(s.scalars(select(User.username)))
    actors = {name: auth.sign_in(store, name, pw[name]) for name in pw if name in names}
    officers = [a for a in actors.values() if a.has("officer")]
    supervisors = [a for a in actors.values() if a.has("supervisor")]
    if not officers or len(supervisors) < 2:
        raise DomainError("demo_users_missing")
    return officers, supervisors, pw


def decide_demo(store: Store, actor: Actor | None, *, seed: int, as_of: date, share: float = 1.0, limit: int | None = None,
                plan=None, progress: Progress | None = None) -> DecideSummary:
    """Drive each planned case (``plan``: (application id, end state, received at)) to its end
    state. Without a plan, a ``share`` of the RECEIVED applications is given end states
    that fit their age (``demo.plan_for``)."""
    from workstation.demo import demo_loans
    from workstation.demo.demo import plan_for
    progress = progress or NullProgress()
    rng = random.Random(seed * 7919 + 4)
    authority.ensure_defaults(store, actor)
    officers, supervisors, pw = _cast(store)
    if plan is None:
        with store.read(None) as s:
            rows = s.execute(select(Application.id, Application.received_at).where(
                Application.status == Status.RECEIVED.value).order_by(Application.id)).all()
        plan = [(app_id, plan_for(rng, as_of, received), received) for app_id, received in rows
                if rng.random() < share]
    plan = sorted([p for p in plan if p[1] != Status.RECEIVED], key=lambda p: (p[2], p[0]))[:limit]
    end = datetime.combine(as_of, time(0), tzinfo=BUSINESS_TZ)      # every step before the demo's today
    summary = DecideSummary()
    for n, (app_id, target, received) in enumerate(plan, 1):
        officer = rng.choice(officers)
        team_sup = next((a for a in supervisors if a.id == officer.supervisor_id), supervisors[0])
        cast = Cast(officer, team_sup, next(a for a in supervisors if a.id != team_sup.id), pw)
        at = Moments(rng, received, end)
        try:
            reached = _drive(store, rng, app_id=app_id, target=Status(target), cast=cast, at=at)
            if reached in _BOOKED:
                reached = demo_loans.book_case(store, actor, rng, app_id=app_id, target=reached, cast=cast, at=at,
                                          as_of=as_of, summary=summary)
            summary.by_outcome[reached.value] = summary.by_outcome.get(reached.value, 0) + 1
        except DomainError as exc:     # a rule refused this step: the case stays where the services left it
            summary.skipped.append(f"{app_id}: {exc}")
        if n % 25 == 0 or n == len(plan):
            progress.update(n, len(plan), "demo cases")
    return summary


def _drive(store: Store, rng: random.Random, *, app_id: int, target: Status, cast: Cast, at: Moments) -> Status:
    """Through claim, interview, recommendation and sign-off; returns the state reached
    (for a booked case: APPROVED's successor still to do, i.e. ``target``)."""
    officer = cast.officer
    queue.claim(store, officer, app_id, now=at.next(0.3, 20))
    if target == Status.IN_REVIEW:
        return target
    if target == Status.MORE_INFO:
        decisions.request_info(store, officer, app_id, what="请补充近三个月银行流水 / last three months' bank statements",
                               now=at.next())
        return target
    if target == Status.INTERVIEW:
        _interview(store, officer, app_id, rng, at, submit=False)
        return target
    cases.score_now(store, officer, app_id, as_of=at.day)      # the suggested limit the officer works from
    # the requested amount may lie outside the product's range: the officer recommends within it
    failed = [c.code for c in cases.policy_checks(store, officer, app_id, as_of=at.day)
              if not c.passed and c.code != "amount"]
    with store.read(None) as s:
        needs_interview = product(s, s.get(Application, app_id).product_code).interview_required
    if failed:          # hard rules block a decision: the officer declines with the rule's reason
        codes = sorted({_POLICY_REASONS.get(c, "OTHER") for c in failed})
        decisions.decline(store, officer, app_id, reason_codes=codes, comment="不符合准入政策 / fails a hard rule",
                          now=at.next())
        return Status.DECLINED
    officer_declines = target == Status.DECLINED and rng.random() < 0.7
    if officer_declines:
        if needs_interview and rng.random() < 0.5:
            _interview(store, officer, app_id, rng, at, submit=True, outcome="not_verified")
            codes = ["INTERVIEW_FAIL"]
        else:
            codes = [rng.choice(["LOW_SCORE", "INCONSISTENT", "OTHER"])]
        decisions.decline(store, officer, app_id, reason_codes=codes, now=at.next(),
                          comment="店铺近三个月销售额持续下滑，经营稳定性不足" if "OTHER" in codes else "演示数据 / demo")
        return Status.DECLINED
    if needs_interview or rng.random() < 0.4:
        _interview(store, officer, app_id, rng, at, submit=True)
    with store.read(None) as s:
        t = _terms(s, s.get(Application, app_id), rng)
    rec = decisions.recommend(store, officer, app_id, t, expected_version=0, now=at.next())
    if target == Status.RECOMMENDED:
        return target
    decisions.submit_for_signoff(store, officer, app_id, version=rec.version, now=at.next(0.1, 4))
    return _sign_off(store, rng, app_id=app_id, target=target, cast=cast, at=at, rec=rec)


def _sign_off(store: Store, rng: random.Random, *, app_id: int, target: Status, cast: Cast, at: Moments,
              rec) -> Status:
    def sign(who: Actor, **kw):
        return signoff.sign(store, who, app_id, seen_version=rec.version, password=cast.passwords[who.username],
                            now=at.next(0.5, 30), **kw)

    if target == Status.AWAITING_SIGNOFF:
        with store.read(None) as s:
            rules = authority.rules(s)
        if required_signoffs(rules, product_code=rec.terms.product_code, amount=rec.terms.amount) > 1 \
                and rng.random() < 0.6:
            sign(cast.team_sup, decision="approve")       # "1 of 2": waits for the second signer
        return target
    if target == Status.RETURNED:
        sign(cast.team_sup, decision="return", comment="请补充客户集中度说明 / explain customer concentration")
        return target
    if target == Status.DECLINED:
        sign(cast.team_sup, decision="decline", reason_codes=["INCONSISTENT"], comment="申报数据偏差较大")
        return target
    lower = money((rec.terms.amount * Decimal("0.7")).quantize(Decimal("1000")))
    with store.read(None) as s:
        floor = product(s, rec.terms.product_code).amount_min
    if rng.random() < 0.1 and lower >= floor:
        res = sign(cast.team_sup, decision="approve_lower", limit=lower, comment="首贷降额 / first loan, lower")
    else:
        res = sign(cast.team_sup, decision="approve")
    if not res.complete:
        res = sign(cast.other_sup, decision="approve")
    return Status.APPROVED if target in (Status.APPROVED, Status.OFFER_EXPIRED) else target


def work_the_queue(store: Store, actor: Actor | None, *, seed: int, as_of: date, share: float = 0.6, decline: float = 0.25) -> int:
    """A light day at the desk for tests: officers claim a ``share`` of the RECEIVED cases
    and decline some of them, through the services, after each case arrived. Returns the
    number of cases claimed."""
    rng = random.Random(seed * 7919 + 6)
    officers, _sups, _pw = _cast(store)
    with store.read(None) as s:
        rows = s.execute(select(Application.id, Application.received_at).where(
            Application.status == Status.RECEIVED.value).order_by(Application.id)).all()
    end = datetime.combine(as_of, time(0), tzinfo=BUSINESS_TZ)
    claimed = 0
    for app_id, received in rows:
        received = received if received.tzinfo else received.replace(tzinfo=timezone.utc)
        if rng.random() >= share or received >= end:
            continue
        at, officer = Moments(rng, received, end), rng.choice(officers)
        queue.claim(store, officer, app_id, now=at.next())
        claimed += 1
        if rng.random() < decline:
            decisions.decline(store, officer, app_id, reason_codes=[rng.choice(["LOW_SCORE", "OTHER"])],
                              comment="演示数据 / demo", now=at.next())
    return claimed
