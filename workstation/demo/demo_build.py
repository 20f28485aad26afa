"""The whole demo database: merchants and applications (all received), then each
case driven to its planned state through the services, in time order (decisions,
contracts, disbursements, repayments), end of day up to today, then the open cases
scored so the queue shows grades and suggested limits."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from workstation.domain import clock
from workstation.domain.workflow import OPEN_STATUSES
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress


@dataclass(frozen=True)
class DemoBuild:
    applications: int
    merchants: int
    decided: dict
    loans: int
    scored: int


MAX_LOANS = 400      # the serviced loan book of the demo, whatever the number of applications
MAX_CASES = 200      # cases driven through the services (about 0.2 s each); the others arrive as new work
MAX_SCORED = 5000    # the newest open cases scored up front; the others by "Score now" or Tools > Score unscored


def build_demo(store: Store, actor: Actor | None, *, applications: int, seed: int = 1, as_of: date | None = None,
               progress: Progress | None = None, max_loans: int = MAX_LOANS,
               max_cases: int = MAX_CASES) -> DemoBuild:
    from workstation.decide.cases import score_unscored
    from workstation.demo.demo import generate
    from workstation.demo.demo_decide import decide_demo
    from workstation.demo.demo_loans import loans_demo
    from workstation.demo.demo_time import day_end, history_start
    progress = progress or NullProgress()
    as_of = as_of or clock.today()
    # every instant the demo stores follows its simulated business time (domain.clock): set-up
    # before the oldest case, each case along its own timeline, the closing steps on as_of's evening
    with clock.simulation(history_start(as_of)):
        base = generate(store, actor, applications=applications, seed=seed, as_of=as_of, progress=progress,
                        max_loans=max_loans, max_cases=max_cases)
        decided = decide_demo(store, actor, seed=seed, as_of=as_of, plan=base.plan, progress=progress)
        progress.check()
        clock.restart_at(day_end(as_of) - timedelta(minutes=5))
        loans = loans_demo(store, actor, seed=seed, as_of=as_of, progress=progress, made=decided.loans)
        clock.move_to(day_end(as_of) - timedelta(minutes=2))
        scored = score_unscored(store, actor, progress=progress, as_of=as_of,
                                statuses=[s.value for s in OPEN_STATUSES], limit=MAX_SCORED)
    return DemoBuild(applications=base.applications, merchants=base.merchants, decided=dict(decided.by_outcome),
                     loans=loans.loans, scored=scored)
