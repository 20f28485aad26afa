"""The demo's collections work (催收), so the collections desk shows something real on a
fresh demo: for the loans that are overdue at ``as_of`` (among the behaviours that leave a
loan unpaid: default, late, one late now, not yet written off), through the collections services and on the demo's simulated clock, the
officer's calls of the last weeks (within the contact hours, under the day's attempt
limit), promises to pay made on those calls (one kept by a part payment, one broken; the
final end of day checks them), a promise still open, and a reminder letter printed.

Runs before the final end of day (which buckets the loans and checks the promises);
deterministic for a seed."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from workstation.aftercare import collections
from workstation.domain.actor import Actor
from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.errors import DomainError
from workstation.servicing.loan_views import amount_due
from workstation.store.models import Application
from workstation.store.models_loans import Loan
from workstation.store.session import Store

MAX_LOANS = 12               # overdue loans worked on
OVERDUE = ("default", "one_late_now", "late_cured", "written_off")   # the behaviours that may be overdue now
NOTES = {"no_answer": "无人接听", "reached": "法人接听，称资金周转困难", "promised": "法人承诺近期还款",
         "refused": "借款人拒绝还款", "disputed": "借款人对罚息有异议，已解释合同条款"}


@dataclass(frozen=True)
class DemoCollections:
    loans: int
    contacts: int
    promises: int
    letters: int


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BUSINESS_TZ)


def collections_demo(store: Store, actor: Actor | None, *, seed: int, as_of: date, made: list, officer_of,
                     pay) -> DemoCollections:
    """Contacts, promises and a letter on the overdue demo loans among ``made`` (loan,
    product, merchant, behaviour); ``officer_of(user id)`` gives the case officer's Actor,
    ``pay(store, officer, loan, amount, on, as_of)`` posts a repayment as the demo does."""
    if actor is not None:
        actor.require("admin", action="build the demo data")
    rng = random.Random(seed * 6151 + 11)
    overdue = [lid for lid, _p, _m, behaviour in made if behaviour in OVERDUE]
    with store.read(None) as s:
        officers = dict(s.execute(select(Loan.id, Application.officer_id).join(
            Application, Application.id == Loan.application_id).where(Loan.id.in_(overdue), Loan.status == "active")).all())
    n_contacts = n_promises = n_letters = 0
    kept = broken = open_left = False
    worked = 0
    for lid in sorted(officers):
        if worked >= MAX_LOANS:
            break
        officer = officer_of(officers[lid])
        owed = amount_due(store, officer, lid, on=as_of - timedelta(days=1))    # something unpaid before today
        if owed <= 0:
            continue
        first = as_of - timedelta(days=rng.randint(12, 20))
        outcomes = rng.sample(["no_answer", "reached", "refused", "disputed"], 2) + ["promised"]
        contact_id = None
        for j, outcome in enumerate(outcomes):          # a call every few days, the last one a promise
            day = first + timedelta(days=3 * j)
            try:
                contact_id = collections.log_contact(
                    store, officer, lid, channel=rng.choice(["phone", "phone", "wechat"]),
                    person="legal_rep" if outcome != "no_answer" else "borrower", outcome=outcome,
                    note=NOTES[outcome], at=_at(day, rng.randint(9, 17), rng.choice([5, 20, 35, 50])))
                n_contacts += 1
            except DomainError:
                contact_id = None
        made_on = first + timedelta(days=3 * (len(outcomes) - 1))
        part = min(owed, Decimal(rng.choice([1000, 1500, 2000])))
        if not kept or not broken:            # due before as_of: the final end of day decides them
            promised_on = made_on + timedelta(days=rng.randint(2, 5))
            collections.promise(store, officer, lid, amount=part, promised_on=promised_on, contact_id=contact_id,
                                today=made_on)
            if not kept:                      # paid in part, as promised
                pay(store, officer, lid, part, promised_on - timedelta(days=1), as_of)
                kept = True
            else:
                broken = True
            n_promises += 1
        elif not open_left:                   # still to come
            collections.promise(store, officer, lid, amount=part, promised_on=as_of + timedelta(days=5),
                                contact_id=contact_id, today=as_of)
            open_left = True
            n_promises += 1
        worked += 1
        if worked == 1:
            from workstation.aftercare import collection_letters     # with reportlab, when a letter is printed
            try:
                collection_letters.print_letter(store, officer, lid, "reminder", today=as_of)
                n_letters += 1
            except DomainError:
                pass
    return DemoCollections(worked, n_contacts, n_promises, n_letters)
