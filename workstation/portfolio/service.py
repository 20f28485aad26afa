"""The portfolio for the desk: ``(store, actor, ...)`` entry points. Supervisors see
their team's book (loans of their officers and their own), administrators the whole
book, officers their own loans. Everything is computed as of the end of a business day
from what end of day keeps (snapshot.py); the answer is a plain frozen value."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import or_, select, true
from sqlalchemy.sql.elements import ColumnElement

from workstation.domain.decision import capacity_from_settings
from workstation.portfolio import measures as m
from workstation.portfolio import measures_flow as mf
from workstation.portfolio import stats as st
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.queries import settings as read_settings
from workstation.decide.decisions import CAPACITY_KEYS
from workstation.servicing.ledger import thresholds as tier_thresholds
from workstation.decide.queue import team_ids_select
from workstation.store.bulk import raw_table
from workstation.store.models_portfolio import PortfolioLoan

ROLES = ("officer", "supervisor", "admin")
DRILL_LIMIT = 10_000


def scope_clause(actor: Actor | None, officer_col=PortfolioLoan.__table__.c.officer_id) -> ColumnElement[bool]:
    """The book ``actor`` may see, as a condition on an officer id column."""
    if actor is None or actor.has("admin"):
        return true()
    parts = [officer_col == actor.id]
    if actor.has("supervisor"):
        parts.append(officer_col.in_(team_ids_select(actor)))
    return or_(*parts)


def _check(actor: Actor | None) -> None:
    if actor is not None:
        actor.require(*ROLES, action="open the portfolio")


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    previous: date                        # the end of the month before, for the change
    headline: dict                        # measures.headline at as_of
    headline_before: dict                 # ... at previous
    by_dimension: dict                    # dimension -> [(value, count, balance)]
    fpd: list                             # measures.first_payment_default
    vintages: dict
    cohorts: dict
    rolls: list
    roll_matrix: dict
    funnel: dict
    funnel_since: date
    repeat: tuple
    recoveries: tuple
    capacity: dict
    exposures: list
    group_exposures: list
    bad_days: int = 30
    labels: dict = field(default_factory=dict)      # officer id -> name, merchant id -> name


def previous_month_end(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def dashboard(store: Store, actor: Actor | None, as_of: date, *, months: int = 24, bad_days: int = 30,
              from_kept: bool = True) -> Dashboard:
    """Every figure of the Portfolio screen and report as of the end of ``as_of``: from what
    end of day kept (stats.py) where it kept the days needed, else from the positions."""
    _check(actor)
    sc = scope_clause(actor)
    at = raw_table("applications")
    whole = actor is None or actor.has("admin")
    with store.read(actor) as s:
        th = tier_thresholds(s)
        before = previous_month_end(as_of)
        fast = from_kept and st.kept(s, [as_of, before])
        ssc = (lambda col: scope_clause(actor, col))
        if fast:
            head, head_before = st.headline(s, as_of, ssc), st.headline(s, before, ssc)
            dims = {d: st.by_dimension(s, as_of, d, ssc) for d in st.DIMS}
            dims["officer_id"] = st.by_officer(s, as_of, ssc)
            cohorts = st.cohort_amounts(s, as_of, ssc)
        else:
            head, head_before = m.headline(s, as_of, sc, thresholds=th), m.headline(s, before, sc, thresholds=th)
            dims = {d: m.by_dimension(s, as_of, d, sc) for d in m.DIMENSIONS}
            cohorts = m.cohort_amounts(s, as_of, sc)
        ends = m.month_ends(as_of, months)
        vint = (st.vintages(s, as_of, ssc, months=months) if fast and st.kept(s, ends)
                else m.vintages(s, as_of, sc, months=months))
        roll_ends = m.month_ends(as_of, min(months, 12) + 1)
        rolls_kept = fast and st.kept(s, roll_ends)
        rolls = (st.roll_rates(s, as_of, ssc, months=min(months, 12)) if rolls_kept
                 else m.roll_rates(s, as_of, sc, months=min(months, 12)))
        two = m.month_ends(as_of, 2)
        matrix = st.roll_matrix(s, two[1], ssc) if rolls_kept else m.roll_matrix(s, two[0], two[1], sc)
        fpd = (st.first_payment_default(s, as_of, ssc) if fast and bad_days == st.BAD_DAYS
               else m.first_payment_default(s, as_of, sc, bad_days=bad_days))
        if fast and whole:
            repeat, expo = st.whole_book(s, as_of)
        else:
            repeat, expo = m.repeat_borrowing(s, as_of, sc), m.exposures(s, as_of, sc)
        since = st.funnel_since(as_of)
        funnel = (st.funnel(s, as_of, ssc) if fast
                  else mf.funnel(s, since, as_of, scope_clause(actor, at.c.officer_id)))
        cap = capacity_from_settings(read_settings(s, CAPACITY_KEYS))
        return Dashboard(
            as_of=as_of, previous=before, headline=head, headline_before=head_before, by_dimension=dims,
            fpd=fpd, vintages=vint, cohorts=cohorts, rolls=rolls, roll_matrix=matrix,
            funnel=funnel, funnel_since=since,
            repeat=repeat, recoveries=mf.recoveries(s, as_of, scope_clause(actor, _loan_officer())),
            capacity=mf.capacity(cap, head["balance"]), exposures=expo,
            group_exposures=m.group_exposures(s, as_of, sc), bad_days=bad_days,
            labels=_labels(s, head, expo))


def _loan_officer():
    at, lt = raw_table("applications"), raw_table("loans")
    return select(at.c.officer_id).where(at.c.id == lt.c.application_id).scalar_subquery()


def _labels(s, head, expo) -> dict:
    from workstation.store.models import Merchant, User
    users = dict(s.execute(select(User.id, User.display_name)).all())
    ids = [e[0] for e in expo]
    merchants = dict(s.execute(select(Merchant.id, Merchant.name).where(Merchant.id.in_(ids))).all()) if ids else {}
    return {"officer": users, "merchant": merchants}


@dataclass(frozen=True)
class LoanRow:
    loan_id: int
    contract_no: str
    borrower: str
    product: str
    disbursed_on: date
    amount_fen: int
    principal_fen: int
    dpd: int


def drill_ids(store: Store, actor: Actor | None, as_of: date, figure: str, key: str | None = None) -> list[int]:
    """The ids of the loans behind a figure (measures.drill), by balance, largest first."""
    _check(actor)
    with store.read(actor) as s:
        q = m.drill(s, as_of, figure, key, scope_clause(actor), thresholds=tier_thresholds(s))
        q = q.order_by(m.PP.c.principal_fen.desc(), m.PP.c.id.desc()).limit(DRILL_LIMIT)
        return list(s.scalars(q))


def loan_rows(store: Store, actor: Actor | None, as_of: date, ids: list[int]) -> list[LoanRow]:
    """The rows of the loans ``ids`` (in that order) as of the end of ``as_of``; loans
    outside ``actor``'s book are left out."""
    _check(actor)
    if not ids:
        return []
    lt, mt = raw_table("loans"), raw_table("merchants")
    pp, pl, d = m.PP, m.PL, as_of.toordinal()
    with store.read(actor) as s:
        rows = s.execute(select(pl.c.loan_id, lt.c.contract_no, mt.c.name, pl.c.product_code, pl.c.disbursed_day,
                                pl.c.amount_fen, pp.c.principal_fen, m.dpd(d))
                         .select_from(pl.join(lt, lt.c.id == pl.c.loan_id).join(mt, mt.c.id == pl.c.merchant_id)
                                      .join(pp, (pp.c.loan_id == pl.c.loan_id) & m.in_force(d)))
                         .where(pl.c.loan_id.in_(ids), scope_clause(actor))).all()
    by_id = {r[0]: LoanRow(r[0], r[1], r[2], r[3], date.fromordinal(r[4]), int(r[5]), int(r[6]), max(int(r[7]), 0))
             for r in rows}
    return [by_id[i] for i in ids if i in by_id]
