"""The demo's loan book seasoned for the Portfolio view: enough of it goes bad, late and
stays outstanding for every chart to show something real (vintages going bad, the five
tiers, roll rates, first-payment default), and written-off loans see some money come back
after the write-off (a recovery, ``servicing.recoveries``).

* ``behaviour``: how a booked loan will live (``demo_loans._live`` acts it out): more
  defaults and loans late now than a healthy book would have, and the first loan old
  enough to be written off (more than 120 days past its first due date before ``as_of``,
  not a revolving line) is; young loans never are.
* ``recover``: before the last end of day, each loan written off is paid part of its
  written-off memo by the borrower, posted at the desk as a recovery, on the demo's
  simulated clock (``demo_loans.at_value_date``).

Deterministic: the same seed and as-of date give the same behaviours and recoveries.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from workstation.domain.errors import DomainError
from workstation.domain.money import round_fen
from workstation.domain.workflow import Status
from workstation.servicing import loans, recoveries
from workstation.store.models import Application
from workstation.store.models_loans import Loan
from workstation.domain.actor import Actor
from workstation.store.session import Store

BOOK = [("on_time", 48), ("late_cured", 14), ("default", 13), ("early_payoff", 8), ("written_off", 5),
        ("one_late_now", 12)]
WRITE_OFF_AGE = 190        # days on book before a loan can be written off (first due + 120 days + margin)


def behaviour(rng: random.Random, target: Status, *, start: date, as_of: date, made: list,
              revolving: bool) -> str:
    """How the loan booked on ``start`` will live; ``made``: the loans booked so far
    (loan id, product, merchant, behaviour). A revolving line is never written off here."""
    if target == Status.CLOSED:
        return rng.choice(["on_time", "early_payoff"])
    old = (as_of - start).days >= WRITE_OFF_AGE and not revolving
    if old and not any(b == "written_off" for *_, b in made):
        return "written_off"
    got = rng.choices([b for b, _ in BOOK], weights=[w for _, w in BOOK])[0]
    return "default" if got == "written_off" and not old else got


def recover(store: Store, actor: Actor | None, *, seed: int, as_of: date, made: list, actor_of, move_clock) -> int:
    """Each loan written off: 20-40% of its written-off memo paid back on a day between the
    write-off and ``as_of``, posted by the case's officer. Returns the number posted.
    ``actor_of(user id)``: the demo's users as actors; ``move_clock(loan id, day, as_of)``:
    the simulated clock to that day's office hours (``demo_loans.at_value_date``)."""
    rng = random.Random(seed * 104729 + 17)
    ids = [lid for lid, _, _, b in made if b == "written_off"]
    if not ids:
        return 0
    with store.read(None) as s:         # the system looks up who serves each loan
        rows = s.execute(select(Loan.id, Loan.written_off_on, Application.officer_id)
                         .join(Application, Application.id == Loan.application_id)
                         .where(Loan.id.in_(ids), Loan.status == "written_off")).all()
    n = 0
    for lid, wo, officer_id in sorted(rows):
        if wo is None or officer_id is None or wo > as_of:
            continue
        officer = actor_of(officer_id)
        left = recoveries.loan_recoveries(store, officer, lid).memo_balance
        amount = round_fen(left * Decimal(rng.randint(20, 40)) / 100)
        on = min(as_of, wo + timedelta(days=rng.randint(0, max((as_of - wo).days, 0))))
        if amount <= 0:
            continue
        move_clock(lid, on, as_of)
        try:
            loans.post_repayment(store, officer, lid, amount=amount, value_date=on, today=as_of,
                                 reference=f"HS{lid:06d}", source="demo")
            n += 1
        except DomainError:
            pass
    return n
