"""Demo data for servicing: each case planned to be contracted, disbursed or closed is
signed (``contracting.sign_contract``) and paid out to one of the borrower's listed
accounts (``loans.disburse``) a little after its approval, then lives with realistic
repayment behaviour (most on time, some late and cured, some in default, some paid
off early, order loans settled by their orders, revolving lines drawn and repaid),
all posted through the servicing services; a few joint-guarantee groups are formed
and one end-of-day run brings every loan to ``as_of`` (night by night).

Deterministic: the same seed and as-of date give the same loans and postings.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import clock
from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.money import round_fen
from workstation.domain.workflow import Status
from workstation.servicing import contracting, credit_lines, disbursement, eod, loan_groups, loans
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.loan_views import amount_due, loan_view, payoff_quote
from workstation.demo import demo_book
from workstation.demo.demo_time import day_end
from workstation.services.progress import NullProgress, Progress
from workstation.store.models import Application, User
from workstation.store.models_loans import Loan


@dataclass(frozen=True)
class DemoLoansSummary:
    loans: int
    postings: int
    groups: int
    eod_entries: int


def _actor(store: Store, username: str | int) -> Actor:
    with store.read(None) as s:     # the demo's own users, looked up by the system
        u = s.scalar(select(User).where(User.id == username if isinstance(username, int)
                                        else User.username == username))
        if u is None:
            u = s.scalar(select(User).join(User.roles).order_by(User.id))
        return Actor(u.id, u.username, u.display_name, frozenset(u.role_names), u.supervisor_id)


def book_case(store: Store, actor: Actor | None, rng: random.Random, *, app_id: int, target: Status, cast, at, as_of: date,
         summary) -> Status:
    """An approved case: the borrower signs, the money goes out, the loan lives to ``as_of``."""
    officer = cast.officer
    signed = at.next(2, 72)
    loan_id = contracting.sign_contract(store, officer, app_id, signed_on=at.day, channel="online", now=signed)
    if target == Status.CONTRACTED:
        return target
    offer = disbursement.disbursement_offer(store, officer, loan_id)
    usable = [a for a in offer.accounts if a.usable]
    if not usable:       # nowhere listed to pay: the contract waits, as it would at the desk
        return Status.CONTRACTED
    when = at.next(0.5, 48)
    amount = (round_fen(offer.contracted * Decimal(rng.randint(30, 80)) / 100) if offer.revolving
              else offer.contracted)
    loans.disburse(store, officer, loan_id, on=at.day, amount=amount, account=usable[0].account, now=when)
    behaviour = demo_book.behaviour(rng, target, start=at.day, as_of=as_of, made=summary.loans,
                                    revolving=offer.revolving)
    summary.postings += _live(store, officer, cast.team_sup, rng, loan_id=loan_id, start=at.day, as_of=as_of,
                              behaviour=behaviour, closed_app=target == Status.CLOSED)
    with store.read(None) as s:
        app = s.get(Application, app_id)
        summary.loans.append((loan_id, app.product_code, app.merchant_id, behaviour))
        return Status(app.status)


def loans_demo(store: Store, actor: Actor | None, *, seed: int, as_of: date, progress: Progress | None = None,
               made: list | None = None) -> DemoLoansSummary:
    """Guarantee groups among the demo's loans, then end of day up to ``as_of``."""
    progress = progress or NullProgress()
    rng = random.Random(seed * 7919 + 5)
    supervisor = _actor(store, "supervisor1")
    officer = _actor(store, "officer1")
    if made is None:
        with store.read(None) as s:
            made = [(lid, p, m, "on_time") for lid, p, m in s.execute(
                select(Loan.id, Loan.product_code, Loan.merchant_id).order_by(Loan.id))]
    groups = _groups(store, officer, rng, made, as_of)
    demo_book.recover(store, actor, seed=seed, as_of=as_of, made=made, actor_of=lambda uid: _actor(store, uid),
                      move_clock=at_value_date)
    progress.update(len(made), len(made), "demo loans")
    from workstation.demo import demo_monitoring  # a year of platform snapshots, some deteriorating
    demo_monitoring.generate(store, supervisor, seed=seed, as_of=as_of)
    from workstation.demo.demo_collections import collections_demo  # calls, promises, a letter on the overdue
    collections_demo(store, actor, seed=seed, as_of=as_of, made=made, officer_of=lambda uid: _actor(store, uid),
                     pay=_pay)
    clock.move_to(clock.now() + timedelta(minutes=1))       # end of day after the day's work
    if clock.today() < as_of:       # a demo dated ahead: its end of day in that day's evening
        clock.move_to(datetime.combine(as_of, time(18, 0), tzinfo=BUSINESS_TZ))
    result = eod.run_eod(store, supervisor, as_of, progress)
    return DemoLoansSummary(len(made), 0, groups, result.entries)


def at_value_date(loan_id: int, on: date, as_of: date) -> None:
    """The demo's simulated time moves on to a posting dated ``on``: during that day's office
    hours (a fixed spread per loan, no draw on the demo's random numbers), never after the
    demo's last moment; never before the case's previous step (``clock.move_to``)."""
    moment = datetime.combine(on, time(9, 0), tzinfo=BUSINESS_TZ) + timedelta(
        minutes=(loan_id * 37 + on.toordinal()) % 480)
    clock.move_to(min(moment, day_end(as_of) - timedelta(minutes=10)))


def _pay(store, officer, loan_id, amount, on, as_of, *, ref=None) -> int:
    if amount <= 0 or on > as_of:
        return 0
    at_value_date(loan_id, on, as_of)
    try:
        loans.post_repayment(store, officer, loan_id, amount=amount, value_date=on, today=as_of,
                             reference=ref, source="demo")
    except DomainError:
        return 0
    return 1


def _live(store, officer, supervisor, rng, *, loan_id, start, as_of, behaviour, closed_app) -> int:
    v = loan_view(store, officer, loan_id)
    n = 0
    if v.line is not None:
        return _line_life(store, officer, rng, v, as_of=as_of, behaviour=behaviour)
    dues = [i.due_date for i in v.installments]
    stop_at = rng.randint(1, len(dues)) if behaviour in ("default", "written_off") else None
    payoff_at = rng.randint(1, len(dues)) if behaviour == "early_payoff" else None
    late_now = len([d for d in dues if d < as_of]) if behaviour == "one_late_now" else None
    for k, due in enumerate(dues, 1):
        if stop_at is not None and k >= stop_at:
            break
        if payoff_at is not None and k == payoff_at:
            on = due - timedelta(days=rng.randint(1, max(1, (due - start).days // 2 if k == 1 else 25)))
            if v.method == "bullet" and v.product_code == "ORDER":
                on = start + timedelta(days=rng.randint(3, 25))      # the orders settled
            if on <= as_of and on > start:
                q = payoff_quote(store, officer, loan_id, on=on)
                n += _pay(store, officer, loan_id, q.total, on, as_of)
                return n
        if late_now is not None and k == late_now:
            break
        late = behaviour == "late_cured" and rng.random() < 0.3 and due < as_of - timedelta(days=40)
        on = due + timedelta(days=rng.randint(3, 35)) if late else due - timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        if on > as_of:
            break
        n += _pay(store, officer, loan_id, amount_due(store, officer, loan_id, on=on), on, as_of)
    if closed_app and loan_view(store, officer, loan_id).balances.status == "active":
        on = min(as_of, max(start + timedelta(days=1), as_of - timedelta(days=rng.randint(1, 20))))
        n += _pay(store, officer, loan_id, payoff_quote(store, officer, loan_id, on=on).total, on, as_of)
    if behaviour == "written_off":
        wo = as_of - timedelta(days=rng.randint(1, 10))
        if (wo - max(dues[0], start)).days > 120:
            try:
                at_value_date(loan_id, wo, as_of)
                loans.write_off(store, supervisor, loan_id, value_date=wo, today=as_of,
                                reason="逾期超过120天，催收无果，核销")
                n += 1
            except DomainError:
                pass
    return n


def _line_life(store, officer, rng, v, *, as_of, behaviour) -> int:
    """Draws and repayments on a revolving line, repaid in full at expiry when expired."""
    n, day = 0, v.disbursed_on
    while True:
        day += timedelta(days=rng.randint(15, 60))
        if day >= min(as_of, v.line.expiry):
            break
        view = loan_view(store, officer, v.id)
        if rng.random() < 0.5 and view.line.available > 1000:
            amt = round_fen(view.line.available * Decimal(rng.randint(10, 50)) / 100)
            try:
                at_value_date(v.id, day, as_of)
                credit_lines.draw(store, officer, v.id, amount=amt, on=day, today=as_of)
                n += 1
            except DomainError:
                pass
        else:
            q = payoff_quote(store, officer, v.id, on=day)
            part = round_fen(q.total * Decimal(rng.randint(20, 100)) / 100)
            n += _pay(store, officer, v.id, part, day, as_of)
    if v.line.expiry <= as_of and behaviour not in ("default", "written_off"):
        on = v.line.expiry + timedelta(days=rng.choice([0, 0, 3]))
        if on <= as_of:
            n += _pay(store, officer, v.id, payoff_quote(store, officer, v.id, on=on).total, on, as_of)
    return n


def _groups(store, officer, rng, made, as_of) -> int:
    """A few joint-guarantee groups of 3-4 firms with loans; one has a member in default."""
    from workstation.store.models_loans import GuaranteeGroup
    with store.read(officer) as s:
        taken = set(s.scalars(select(GuaranteeGroup.name)))
    monthly = [(lid, m, b) for lid, p, m, b in made if p in ("B2B_CREDIT", "JOINT_GUARANTEE", "CREDIT_FIXED")]
    defaulters = [x for x in monthly if x[2] in ("default", "one_late_now")]
    others = [x for x in monthly if x[2] not in ("default", "one_late_now", "written_off")]
    rng.shuffle(others)
    count = 0
    for g in range(3):
        size = rng.choice([3, 4])
        members = others[:size - 1] if g == 0 and defaulters else others[:size]
        others = others[len(members):]
        if g == 0 and defaulters:
            members = members + [defaulters[0]]
        merchants = list(dict.fromkeys(m for _, m, _ in members))
        name = f"联保小组{g + 1:02d}"
        if len(merchants) < loan_groups.MIN_MEMBERS or name in taken:
            continue
        loan_groups.create_group(store, officer, name=name, merchant_ids=merchants,
                                 formed_on=as_of - timedelta(days=400))
        count += 1
    return count
