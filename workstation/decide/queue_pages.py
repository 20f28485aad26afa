"""The queue at any size: keyset (seek) pages and the kept counts.

A page is read by seeking from the last key seen, never by OFFSET: ``(sort value, id)``
of the last row shown, and the next page is the rows after it, read from the index
``(column, id)`` (the admin's whole table) or ``(officer_id, column, id)`` owner by
owner (an officer: their own cases and the unassigned ones; a supervisor: each officer
of the team and the unassigned ones), each stream an index walk stopping after a page,
merged here (each stream's statements: :mod:`workstation.decide.queue_seek`). The last
page is read the same way from the other end, reversed.

Columns that may be empty (grade, suggested limit, officer) keep empty values last in
either direction: each stream reads the filled values, then the empty ones by id.

Counts come from the kept counts (:mod:`workstation.decide.queue_kept`: per owner and
status, and product, platform, grade; or province; or amount band), which the database's
triggers keep in the transaction that changes an application.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal

from sqlalchemy import bindparam, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement

from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.decide import queue_kept
from workstation.decide.queue import (QUEUES, SORT_COLUMNS, QueueQuery, QueueRow, _today, _where,
                                        awaiting_my_signature, dialect_of, team_ids_select,
                                        to_row)
from workstation.decide.queue_search import clean_search
from workstation.decide.queue_seek import (  # noqa: F401 - SeekKey, key_of: the UI's and tests' names here
    NULLABLE, ROW_ATTR, SeekKey, _collation_rank, _plain, _segment, _stream, key_of, sorts_descending)
from workstation.store.models import Application, User

PAGE = 200


# --- who owns what the queue shows ----------------------------------------------------

@dataclass(frozen=True)
class Owners:
    """The queue as owner streams: ``everyone`` (no owner condition), else the officers
    and/or the unassigned cases, plus ``extra`` ids (other teams' cases awaiting the
    supervisor's second signature)."""
    everyone: bool
    officers: tuple[int, ...] = ()
    unassigned: bool = False
    extra: tuple[int, ...] = ()


def _memo(s, key, make):
    """``make()`` once per read session (the session's own dict): the count and the first
    page read together, and the four queues' counts, ask the same questions."""
    memo = s.info.setdefault("queue_memo", {})
    if key not in memo:
        memo[key] = make()
    return memo[key]


def owners(s, actor: Actor, query: QueueQuery) -> Owners:
    return _memo(s, ("owners", actor.id, actor.roles, query.queue, query.officer_id),
                 lambda: _owners(s, actor, query))


def _team(s, actor: Actor) -> frozenset[int]:
    return _memo(s, ("team", actor.id), lambda: frozenset(s.scalars(team_ids_select(actor))))


def _awaiting(s, actor: Actor) -> list[tuple[int, int | None]]:
    return _memo(s, ("awaiting", actor.id, actor.roles), lambda: awaiting_my_signature(s, actor))


def _owners(s, actor: Actor, query: QueueQuery) -> Owners:
    if actor.has("admin"):
        seen: set[int] | None = None
        unassigned_ok = True
    else:
        seen = {actor.id} if actor.has("officer") else set()
        if actor.has("supervisor"):
            seen.update(_team(s, actor))
        unassigned_ok = actor.has("officer", "supervisor")
    extra: tuple[int, ...] = ()
    if query.queue == "mine":
        officers: set[int] | None = {actor.id} if seen is None or actor.id in seen else set()
        unassigned = False
    elif query.queue == "unassigned":
        officers, unassigned = set(), unassigned_ok
    else:
        officers, unassigned = seen, unassigned_ok
        if seen is not None:
            extra = tuple(sorted(a for a, officer in _awaiting(s, actor)
                                 if officer is not None and officer not in seen
                                 and (query.officer_id is None or officer == query.officer_id)))
    if query.officer_id is not None:
        officers = {query.officer_id} if officers is None or query.officer_id in officers else set()
        unassigned = False
    if officers is None:
        return Owners(everyone=True)
    return Owners(everyone=False, officers=tuple(sorted(officers)), unassigned=unassigned, extra=extra)


SMALL_STREAM = 3000     # a stream the kept counts show this small is found through its filters' index, then sorted


@dataclass(frozen=True)
class Stream:
    """One owner's part of the queue: its condition, and whether it is read by walking the
    sort index (``walk``) or found through a filter's (or the search's) index and sorted:
    the way for a search, an extra id list, or a part the kept counts show small."""
    cond: ColumnElement[bool] | None
    walk: bool


def streams(s, actor: Actor, query: QueueQuery) -> list[Stream]:
    own = owners(s, actor, query)
    sizes = _kept_sizes(s, own, query)
    sqlite = dialect_of(s) == "sqlite"
    searching = bool(clean_search(query.search))
    out: list[Stream] = []

    def add(key, owner: int | None) -> None:
        n = None if sizes is None else sizes.get(key, 0)
        if n == 0:
            return                               # the kept counts say: nothing there
        walk = not searching and (n is None or n > SMALL_STREAM)
        if key == "*":
            out.append(Stream(None, walk))
            return
        # a search finds its rows through its own index: the owner must not offer another way in
        col = _plain(Application.officer_id) if searching and sqlite else Application.officer_id
        out.append(Stream(col.is_(None) if owner is None else col == owner, walk))

    if own.everyone:
        add("*", None)
    else:
        for o in own.officers:
            add(o, o)
        if own.unassigned:
            add(0, None)
    if own.extra:
        out.append(Stream(Application.id.in_(own.extra), False))
    if searching and len(out) > 1:
        # the search's index finds the rows once, each checked against every owner (the owners
        # are disjoint), instead of once per owner
        return [Stream(or_(*(st.cond for st in out)), False)]
    return out


def _kept_sizes(s, own: Owners, query: QueueQuery) -> dict | None:
    """Rows per owner ("*": everyone) from the kept counts, no fewer than the query holds,
    or None when they cannot say (queue_kept.kept_bounds)."""
    return queue_kept.kept_bounds(s, own, query)


# --- pages ----------------------------------------------------------------------------

def queue_page(store: Store, actor: Actor, query: QueueQuery, *, after: SeekKey | None = None,
               before: SeekKey | None = None, last: bool = False, limit: int = PAGE) -> list[QueueRow]:
    """Up to ``limit`` rows of the queue in display order: the first ones, those right
    after ``after``, those right before ``before``, or (``last``) the last ones."""
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    backward = before is not None or last
    key = before if before is not None else after
    with store.read(actor) as s:
        rows = page_rows(s, actor, query, key=key, backward=backward, limit=limit)
        return rows_of(s, rows)


def queue_start(store: Store, actor: Actor, query: QueueQuery, *, limit: int = PAGE) -> tuple[int, list[QueueRow]]:
    """The queue's count and its first ``limit`` rows, read together (one read, the owners
    and their kept counts worked out once): what a new filter, search or queue shows first."""
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    with store.read(actor) as s:
        n = count_in(s, actor, query)
        rows = page_rows(s, actor, query, key=None, backward=False, limit=limit) if n else []
        return n, rows_of(s, rows)


def rows_of(s, rows: list) -> list[QueueRow]:
    """Queue rows of raw page rows, with their officers' names."""
    ids = sorted({r.officer_id for r in rows if r.officer_id is not None})
    names = dict(s.connection().execute(_names_statement(), {"ids": ids}).all()) if ids else {}
    today = _today()
    return [to_row(r, names.get(r.officer_id), today) for r in rows]


@lru_cache(maxsize=1)
def _names_statement():
    """The officers' display names by id (built once: every page of every queue reads it)."""
    return select(User.id, User.display_name).where(User.id.in_(bindparam("ids", expanding=True)))


def page_rows(s, actor: Actor, query: QueueQuery, *, key: SeekKey | None, backward: bool, limit: int) -> list:
    """The raw rows of one page (display order), each stream an index walk."""
    col = SORT_COLUMNS[query.sort]
    travel_desc = sorts_descending(query) != backward
    nullable = query.sort in NULLABLE
    walking = _where(actor, query, visible=true(), dialect=dialect_of(s), walk=col)
    sorting = _where(actor, query, visible=true(), dialect=dialect_of(s))
    sqlite = dialect_of(s) == "sqlite"
    got = []
    for st in streams(s, actor, query):
        got.extend(_stream(s, st.cond, walking if st.walk else sorting, col, nullable=nullable,
                           travel_desc=travel_desc, nulls_first=backward, key=key, limit=limit,
                           walk=st.walk or not sqlite))
    attr = ROW_ATTR[query.sort]
    rank = _collation_rank(s, got, attr)

    def sort_key(r):
        v = getattr(r, attr)
        empty = v is None
        return (empty if (not backward) != travel_desc else not empty, rank(v), r.id)

    got.sort(key=sort_key, reverse=travel_desc)
    seen, page = set(), []
    for r in got:                   # an id can come from two streams (an extra id of a listed owner)
        if r.id not in seen:
            seen.add(r.id)
            page.append(r)
    page = page[:limit]
    return page[::-1] if backward else page


def page_statements(s, actor: Actor, query: QueueQuery, *, key: SeekKey | None = None,
                    backward: bool = False, limit: int = PAGE) -> list:
    """Every statement a page may run, with whether it walks the sort index (for EXPLAIN in
    the tests): (statement, walk)."""
    col = SORT_COLUMNS[query.sort]
    nullable = query.sort in NULLABLE
    travel_desc = sorts_descending(query) != backward
    walking = _where(actor, query, visible=true(), dialect=dialect_of(s), walk=col)
    sorting = _where(actor, query, visible=true(), dialect=dialect_of(s))
    return [(_segment(st.cond, walking if st.walk else sorting, col, nullable=nullable, empty=empty,
                      travel_desc=travel_desc, key=key if key is not None and key.empty == empty else None,
                      limit=limit, walk=st.walk), st.walk)
            for st in streams(s, actor, query)
            for empty in ([False, True] if nullable else [False])]


# --- counts ---------------------------------------------------------------------------

def kept_count(s, actor: Actor, query: QueueQuery) -> int | None:
    """The queue's count from the kept counts (store/queue_index.py), or None when they
    cannot answer (a search; province or amount with product, platform or grade...).
    An amount range adds the whole bands it holds and counts its two part bands."""
    own = owners(s, actor, query)
    edges: tuple = ()
    if query.amount_min is not None or query.amount_max is not None:
        if queue_kept.kept_source(query, amount_band=(0, None)) is None:
            return None
        split = queue_kept.amount_split(query)
        if split.empty:
            return 0
        sizes = queue_kept.kept_sizes(s, own, query, amount_band=split.bands) if split.bands else {}
        edges = split.edges
    else:
        sizes = queue_kept.kept_sizes(s, own, query)
        if sizes is None:
            return None
    total = sum((sizes or {}).values())
    for lo, hi in edges:       # the part bands at the ends: through the (officer_id, amount) index
        total += _counted(s, actor, replace(query, amount_min=lo, amount_max=hi),
                          walk=Application.amount_requested, extra=False)
    if own.extra:
        total += s.scalar(select(func.count(Application.id)).where(
            Application.id.in_(own.extra), *_where(actor, query, visible=true(), dialect=dialect_of(s)))) or 0
    return int(total)


# -- counts -----------------------------------------------------------------------------------

def _visible_parts(s, actor: Actor, *, extra: bool = True) -> list[ColumnElement[bool]] | None:
    """The visibility rule as disjoint conditions (None: everything), for counting:
    SQLite counts an OR of index ranges through a temporary set of row ids, while
    counting each disjoint range and adding up reads the index only."""
    if actor.has("admin"):
        return None
    owners: set[int] = {actor.id} if actor.has("officer") else set()
    if actor.has("supervisor"):
        owners.update(_team(s, actor))
    parts: list[ColumnElement[bool]] = []
    if actor.has("officer", "supervisor"):
        parts.append(Application.officer_id.is_(None))
    if owners:
        parts.append(Application.officer_id.in_(sorted(owners)))
    # other teams' cases awaiting this supervisor's second signature (disjoint from the above)
    extra_ids = [a for a, officer in _awaiting(s, actor)
                 if extra and officer is not None and officer not in owners]
    if extra_ids:
        parts.append(Application.id.in_(extra_ids))
    return parts


def queue_count(store: Store, actor: Actor, query: QueueQuery) -> int:
    """How many applications the queue holds with these filters: from ``queue_counts``
    (kept by the database's triggers) when the filters are owner, status, product,
    platform and grade; counted through the indexes, owner by owner, otherwise."""
    with store.read(actor) as s:
        return count_in(s, actor, query)


def count_in(s, actor: Actor, query: QueueQuery) -> int:
    fast = kept_count(s, actor, query)
    if fast is not None:
        return fast
    outside = _outside(s, actor, query)
    if outside is not None:
        whole = kept_count(s, actor, replace(query, amount_min=None, amount_max=None))
        if whole is not None:
            return whole - sum(_counted(s, actor, q, walk=Application.amount_requested) for q in outside)
    return _counted(s, actor, query, walk=_count_index(query))


def _outside(s, actor: Actor, query: QueueQuery) -> list[QueueQuery] | None:
    """An amount range holding most of the queue, with a product, platform or grade filter:
    the ranges outside it (counted through the amount's index and taken from the kept count
    without the range), or None when the range itself is the smaller part. The kept amount
    bands (without product, platform and grade) say which part is smaller."""
    if query.province or clean_search(query.search) or (query.amount_min is None and query.amount_max is None):
        return None
    lo, hi = query.amount_min, query.amount_max
    if lo is not None and hi is not None and lo > hi:
        return None
    own = owners(s, actor, query)
    plain = replace(query, product=None, platform=None, grade=None)
    inside = queue_kept.kept_sizes(s, own, plain)                 # no fewer than the range holds
    whole = queue_kept.kept_sizes(s, own, replace(plain, amount_min=None, amount_max=None))
    if inside is None or whole is None or 2 * sum(inside.values()) <= sum(whole.values()):
        return None
    cent = Decimal("0.01")                 # amounts are whole fen: below lo is at most lo - 0.01
    parts = []
    if lo is not None and lo > 0:
        parts.append(replace(query, amount_min=None, amount_max=lo - cent))
    if hi is not None:
        parts.append(replace(query, amount_min=hi + cent, amount_max=None))
    return parts


def _count_index(query: QueueQuery):
    """A province or amount filter combined with another (the kept counts cannot say): the
    column whose index counts it alone, without a table row (the province's and amount's
    indexes carry every filter column, models_queue.CARRIED); the province first, a small
    part of any queue. On SQLite the other filters may not offer their own index: one of
    them (a grade, a product) would be checked against the table row by row."""
    if clean_search(query.search):
        return None
    if query.province:
        return Application.province
    if query.amount_min is not None or query.amount_max is not None:
        return Application.amount_requested
    return None


def _counted(s, actor: Actor, query: QueueQuery, *, walk=None, extra: bool = True) -> int:
    """Counted from the applications, owner by owner (``walk``: the column whose index
    serves the count on SQLite; ``extra``: with the other teams' cases awaiting the
    supervisor's signature)."""
    dialect = dialect_of(s)
    if dialect == "sqlite" and clean_search(query.search):
        # the search's own index finds the rows and each owner is checked on them (the same
        # parts as the pages'), never an owner's whole index range checked for the text
        return sum(s.scalar(select(func.count(Application.id)).where(
            *_where(actor, query, visible=true(), dialect=dialect), *([st.cond] if st.cond is not None else [])))
            or 0 for st in streams(s, actor, query))
    parts = _visible_parts(s, actor, extra=extra)
    if parts is None:
        return s.scalar(select(func.count(Application.id)).where(
            *_where(actor, query, dialect=dialect, walk=walk))) or 0
    if not parts:
        return 0
    return sum(s.scalar(select(func.count(Application.id)).where(
        *_where(actor, query, visible=p, dialect=dialect, walk=walk))) or 0 for p in parts)


def queue_counts(store: Store, actor: Actor) -> dict[str, int]:
    """Cases per queue as ``actor`` sees them, from ``queue_counts`` (no table count)."""
    with store.read(actor) as s:
        return {q: count_in(s, actor, QueueQuery(queue=q)) for q in QUEUES}
