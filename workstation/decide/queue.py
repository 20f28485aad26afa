"""The application queue: who sees what, filters, search, sort, counts, claim and
reassign. The visibility rule lives here, not in the UI:

- officers see their own cases and the unassigned ones;
- supervisors see their team's (officers whose ``supervisor_id`` is theirs) and
  the unassigned ones;
- admins see everything;
- a supervisor also sees, read-only, another team's case while it awaits their
  second signature (:func:`awaiting_my_signature`): it has a first approval, they
  did not sign it nor recommend it, and the amount is within their authority.

A user holding several roles sees the union. What a search text finds is
:mod:`workstation.decide.queue_search`. The table reads the queue in keyset pages
(:mod:`workstation.decide.queue_pages`: each page seeks from the last key seen, owner by
owner through ``(officer_id, column, id)`` indexes) and its counts from ``queue_counts``;
:func:`queue_ids` (every id in one statement, or an OFFSET window) remains for small
queues, tests and a jump into the middle of a long one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, false, literal_column, or_, select, true
from sqlalchemy.sql.elements import ColumnElement

from workstation.domain import decision as dec
from workstation.domain.workflow import OPEN_STATUSES, Status
from workstation.services import audit, workflow
from workstation.decide import authority
from workstation.decide.queue_search import clean_search, search_clause
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.store.models import Application, Product, User, UserRole
from workstation.store.models_decide import Recommendation, Signoff, SignoffChain
from workstation.store.models_queue import QueueProvince

QUEUES = ("mine", "unassigned", "signoff", "all")
# "My cases" holds the work in hand: open cases and approved or contracted ones still to be
# signed and paid out. Declined, withdrawn, expired, disbursed and closed cases appear there
# only when the status filter asks for them (or with include_finished).
MY_WORK_STATUSES = OPEN_STATUSES | {Status.APPROVED, Status.CONTRACTED}
# days waiting count while a case is in hand (received to disbursement), not once it is finished
_IN_HAND = frozenset(s.value for s in MY_WORK_STATUSES)

# sort key -> column (id is always added as the tie-breaker)
SORT_COLUMNS = {
    "app_no": Application.app_no,
    "merchant": Application.merchant_name,
    "platform": Application.platform,
    "product": Application.product_code,
    "amount": Application.amount_requested,
    "grade": Application.grade,
    "suggested_limit": Application.suggested_limit,
    "status": Application.status,
    "officer": Application.officer_id,
    "received": Application.received_at,
    # days waiting grows as received_at falls: sorted through received_at, reversed
    "days_waiting": Application.received_at,
}



@dataclass(frozen=True)
class QueueQuery:
    """What the queue shows: one of QUEUES, filters, a search text and the sort."""
    queue: str = "all"
    statuses: tuple[str, ...] = ()
    product: str | None = None
    platform: str | None = None
    province: str | None = None
    officer_id: int | None = None
    grade: str | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    search: str = ""
    sort: str = "days_waiting"
    descending: bool = True
    include_finished: bool = False  # "My cases" with declined, withdrawn, expired, disbursed, closed


@dataclass(frozen=True)
class QueueRow:
    id: int
    app_no: str
    merchant_name: str
    platform: str
    product_code: str
    amount_requested: Decimal
    grade: str | None
    suggested_limit: Decimal | None
    status: str
    officer_id: int | None
    officer_name: str | None
    received_at: datetime
    days_waiting: int | None        # None once the case is finished (declined, withdrawn, disbursed, ...)
    version: int


@dataclass(frozen=True)
class FilterOptions:
    products: list[tuple[str, str, str]] = field(default_factory=list)   # code, name_zh, name_en
    provinces: list[str] = field(default_factory=list)
    officers: list[tuple[int, str]] = field(default_factory=list)       # id, display name


# --- the rule -------------------------------------------------------------------------

def team_ids_select(actor: Actor):
    return select(User.id).where(User.supervisor_id == actor.id)


def visible_clause(actor: Actor) -> ColumnElement[bool]:
    """The SQL condition for the applications ``actor`` may see."""
    if actor.has("admin"):
        return true()
    parts: list[ColumnElement[bool]] = []
    if actor.has("officer", "supervisor"):
        parts.append(Application.officer_id.is_(None))
    if actor.has("officer"):
        parts.append(Application.officer_id == actor.id)
    if actor.has("supervisor"):
        parts.append(Application.officer_id.in_(team_ids_select(actor)))
    return or_(*parts) if parts else false()


APPROVALS = ("approve", "approve_lower")


def awaiting_my_signature(s, actor: Actor) -> list[tuple[int, int | None]]:
    """(application id, officer id) of every case awaiting ``actor``'s second signature:
    an open chain with a first approval by someone else, not recommended or submitted
    by ``actor``, the approved amount within ``actor``'s authority. Any team's."""
    if not actor.has("supervisor"):
        return []
    rows = s.execute(select(SignoffChain.id, SignoffChain.application_id, SignoffChain.submitted_by,
                            Application.officer_id, Recommendation.product_code, Recommendation.amount)
                     .join(Application, Application.id == SignoffChain.application_id)
                     .join(Recommendation, Recommendation.id == SignoffChain.recommendation_id)
                     .where(SignoffChain.state == "open", Application.status == Status.AWAITING_SIGNOFF.value,
                            # per open chain, through the signoffs' chain index (few chains are open)
                            select(Signoff.id).where(Signoff.chain_id == SignoffChain.id,
                                                     Signoff.decision.in_(APPROVALS)).exists())).all()
    if not rows:
        return []
    chain_ids = [r.id for r in rows]
    signed: dict[int, list[tuple[int, str, Decimal | None]]] = {}
    for chain_id, signer, decision, limit in s.execute(
            select(Signoff.chain_id, Signoff.signer_id, Signoff.decision, Signoff.limit_approved)
            .where(Signoff.chain_id.in_(chain_ids))):
        signed.setdefault(chain_id, []).append((signer, decision, limit))
    authored = set(s.scalars(select(Recommendation.application_id).where(
        Recommendation.officer_id == actor.id, Recommendation.application_id.in_([r.application_id for r in rows]))))
    rules = authority.rules(s)
    out = []
    for r in rows:
        sigs = signed.get(r.id, [])
        if r.submitted_by == actor.id or r.application_id in authored or any(x[0] == actor.id for x in sigs):
            continue
        limits = [x[2] for x in sigs if x[1] in APPROVALS and x[2] is not None]
        amount = min([r.amount, *limits])
        if dec.authority_problem(rules, roles=actor.roles, product_code=r.product_code, amount=amount) is None:
            out.append((r.application_id, r.officer_id))
    return out


def readable_clause(s, actor: Actor) -> ColumnElement[bool]:
    """What ``actor`` may open and list: :func:`visible_clause` plus the cases awaiting
    their second signature (read-only apart from the sign-off)."""
    extra = [app_id for app_id, _ in awaiting_my_signature(s, actor)]
    base = visible_clause(actor)
    return or_(base, Application.id.in_(extra)) if extra else base


def can_see(store: Store, actor: Actor, app_id: int) -> bool:
    with store.read(actor) as s:
        return s.scalar(select(Application.id).where(Application.id == app_id,
                                                     readable_clause(s, actor))) is not None


def _queue_clause(actor: Actor, queue: str) -> ColumnElement[bool]:
    if queue == "mine":
        return Application.officer_id == actor.id
    if queue == "unassigned":
        return Application.officer_id.is_(None)
    if queue == "signoff":
        return Application.status == Status.AWAITING_SIGNOFF.value
    if queue == "all":
        return true()
    raise ValueError(f"unknown queue {queue!r}; choose from {', '.join(QUEUES)}")


def dialect_of(s) -> str:
    return s.get_bind().dialect.name


def _where(actor: Actor, query: QueueQuery, *, visible: ColumnElement[bool] | None = None,
           dialect: str = "sqlite", walk: ColumnElement | None = None) -> list[ColumnElement[bool]]:
    """The queue's conditions. With ``walk`` (the sort column of a keyset page on SQLite) the
    filters on other columns are written so that SQLite cannot serve them from their own
    index (unary +): the page is read by walking the sort index and checking each row, and
    never by collecting every match and sorting it in a temporary tree."""
    searching = bool(clean_search(query.search))

    def c(col):
        # a search finds its rows through its own index: no other condition may offer a way in
        if dialect != "sqlite" or col is walk or (walk is None and not searching):
            return col
        return literal_column(f"+{col.table.name}.{col.name}", type_=col.type)

    conds = [visible_clause(actor) if visible is None else visible]
    if query.queue == "signoff":
        conds.append(c(Application.status) == Status.AWAITING_SIGNOFF.value)
    elif query.queue == "mine":
        conds.append(c(Application.officer_id) == actor.id)
    elif query.queue == "unassigned":
        conds.append(c(Application.officer_id).is_(None))
    else:
        conds.append(_queue_clause(actor, query.queue))
    if query.statuses:
        conds.append(c(Application.status).in_([Status(s).value for s in query.statuses]))
    elif query.queue == "mine" and not query.include_finished:
        conds.append(c(Application.status).in_(sorted(s.value for s in MY_WORK_STATUSES)))
    if query.product:
        conds.append(c(Application.product_code) == query.product)
    if query.platform:
        conds.append(c(Application.platform) == query.platform)
    if query.province:
        conds.append(c(Application.province) == query.province)
    if query.officer_id is not None:
        conds.append(c(Application.officer_id) == query.officer_id)
    if query.grade:
        conds.append(c(Application.grade) == query.grade)
    if query.amount_min is not None:
        conds.append(c(Application.amount_requested) >= query.amount_min)
    if query.amount_max is not None:
        conds.append(c(Application.amount_requested) <= query.amount_max)
    s = search_clause(query.search, dialect=dialect)
    if s is not None:
        conds.append(s)
    return conds


def ids_statement(actor: Actor, query: QueueQuery, *, visible: ColumnElement[bool] | None = None,
                  dialect: str = "sqlite"):
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    col = SORT_COLUMNS[query.sort]
    desc = query.descending != (query.sort == "days_waiting")
    order = [col.desc(), Application.id.desc()] if desc else [col.asc(), Application.id.asc()]
    if query.sort in ("grade", "suggested_limit", "officer"):
        # NULLs last whichever way, the same on SQLite and PostgreSQL
        order.insert(0, col.is_(None))
    return select(Application.id).where(*_where(actor, query, visible=visible, dialect=dialect)).order_by(*order)


# --- reading --------------------------------------------------------------------------

def queue_ids(store: Store, actor: Actor, query: QueueQuery, *, offset: int = 0,
              limit: int | None = None) -> list[int]:
    """The ordered ids of the queue (id column only), all or the window
    ``offset``..``offset + limit``. The table model asks for windows: on a slow
    desk fetching a million ids takes about a second, a window and the count a
    few milliseconds (see benchmarks/queue_window.py)."""
    with store.read(actor) as s:
        stmt = ids_statement(actor, query, visible=readable_clause(s, actor), dialect=dialect_of(s))
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(s.execute(stmt).scalars())


def queue_rows(store: Store, actor: Actor | None, ids: list[int], *, today: date | None = None) -> list[QueueRow]:
    """The rows for ``ids`` in the same order (ids no longer there, or not ``actor``'s
    to see, are left out; ``actor`` None: the system, sees all)."""
    if not ids:
        return []
    a = Application
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == a.officer_id).where(a.id.in_(ids))
    with store.read(actor) as s:
        if actor is not None:
            stmt = stmt.where(readable_clause(s, actor))
        found = {r.id: r for r in s.execute(stmt)}
    today = today or _today()
    return [to_row(found[i], found[i].display_name, today) for i in ids if i in found]


ROW_COLUMNS = (Application.id, Application.app_no, Application.merchant_name, Application.platform,
               Application.product_code, Application.amount_requested, Application.grade,
               Application.suggested_limit, Application.status, Application.officer_id, User.display_name,
               Application.received_at, Application.version)


def _today() -> date:
    from workstation.domain import clock      # business time (Asia/Shanghai), not the machine's
    return clock.today()


def to_row(r, officer_name: str | None, today: date) -> QueueRow:
    from workstation.domain import clock
    waited = (max(0, (today - clock.to_business(r.received_at).date()).days) if r.status in _IN_HAND
              else None)
    return QueueRow(r.id, r.app_no, r.merchant_name, r.platform, r.product_code, r.amount_requested,
                    r.grade, r.suggested_limit, r.status, r.officer_id, officer_name, r.received_at,
                    waited, r.version)


def _my_work() -> ColumnElement[bool]:
    return Application.status.in_(sorted(s.value for s in MY_WORK_STATUSES))


def filter_options(store: Store, actor: Actor) -> FilterOptions:
    """The queue's filter choices (products, provinces, officers): names, no case data."""
    with store.read(actor) as s:
        return read_filter_options(s)


def read_filter_options(s) -> FilterOptions:
    """:func:`filter_options` in an open read (three small reads of names, no objects;
    the statements built once: every window opens with them)."""
    products_q, provinces_q, officers_q = _filter_statements()
    c = s.connection()
    products = [tuple(r) for r in c.execute(products_q)]
    provinces = [r[0] for r in c.execute(provinces_q)]
    officers = [tuple(r) for r in c.execute(officers_q)]
    return FilterOptions(products, provinces, officers)


@lru_cache(maxsize=1)
def _filter_statements() -> tuple[Select, Select, Select]:
    return (select(Product.code, Product.name_zh, Product.name_en).order_by(Product.code),
            select(QueueProvince.province).order_by(QueueProvince.province),
            select(User.id, User.display_name).where(User.id.in_(select(UserRole.user_id).where(
                UserRole.role == "officer"))).order_by(User.username))


def team_officers(store: Store, actor: Actor) -> list[tuple[int, str]]:
    """Officers ``actor`` may assign cases to: the team, or every active officer for admins."""
    with store.read(actor) as s:
        stmt = select(User).where(User.active.is_(True)).order_by(User.username)
        if not actor.has("admin"):
            stmt = stmt.where(User.supervisor_id == actor.id)
        return [(u.id, u.display_name) for u in s.scalars(stmt) if "officer" in u.role_names]


# --- actions --------------------------------------------------------------------------

def claim(store: Store, actor: Actor, app_id: int, *, expected_version: int | None = None,
          now: datetime | None = None) -> None:
    """An officer takes an unassigned case: RECEIVED -> IN_REVIEW, officer set."""
    actor.require("officer", action="claim cases")
    with store.tx(actor) as s:
        app = workflow.load_for_update(s, app_id, expected_version=expected_version)
        if app.officer_id is not None:
            raise DomainError("already_assigned", app_no=app.app_no)
        if app.status != Status.RECEIVED.value:
            raise DomainError("not_claimable", app_no=app.app_no)
        workflow.move(s, app, Status.IN_REVIEW, actor=actor, event=("claimed", {}), at=now)
        app.officer_id = actor.id
        audit.record(s, actor=actor, action="claim", entity_type="application", entity_id=app.app_no,
                     details={"officer": actor.username}, at=now)


def reassign(store: Store, actor: Actor, app_id: int, *, officer_id: int,
             expected_version: int | None = None) -> None:
    """A supervisor hands a case to an officer of the team (admins: to any officer)."""
    actor.require("supervisor", action="reassign cases")
    with store.tx(actor) as s:
        target = s.get(User, officer_id)
        if target is None or not target.active or "officer" not in target.role_names:
            raise DomainError("owner_not_officer")
        if target.supervisor_id != actor.id and not actor.has("admin"):
            raise PermissionDenied("assign_outside_team", user=actor.username)
        visible = s.scalar(select(Application.id).where(Application.id == app_id, visible_clause(actor)))
        if visible is None:
            raise PermissionDenied("reassign_outside_team", user=actor.username)
        app = workflow.load_for_update(s, app_id, expected_version=expected_version)
        if Status(app.status) not in _REASSIGNABLE:
            raise DomainError("closed_to_reassignment", app_no=app.app_no)
        before = app.officer_id
        before_name = s.get(User, before).username if before else None
        if before == officer_id:
            raise DomainError("already_with", app_no=app.app_no, owner=target.display_name)
        app.officer_id = officer_id
        if app.status == Status.RECEIVED.value:
            workflow.move(s, app, Status.IN_REVIEW, actor=actor, event=("assigned", {}))
        audit.record(s, actor=actor, action="reassign", entity_type="application", entity_id=app.app_no,
                     details={"from": before_name, "to": target.username})


_REASSIGNABLE = frozenset({Status.RECEIVED, Status.IN_REVIEW, Status.INTERVIEW, Status.MORE_INFO,
                           Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.RETURNED})
