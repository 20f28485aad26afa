"""What the kept counts can answer for a queue query (issue 15).

Three tables, each kept by the database's triggers in the transaction that changes an
application (store/queue_index.py), hold how many applications each owner has (0:
unassigned):

- ``queue_counts`` per status, product, platform and grade: a query filtering on those;
- ``queue_province_counts`` per status and province: a province filter (with status and
  owner filters, not with product, platform or grade);
- ``queue_amount_counts`` per status and amount band (the amount cut to two significant
  digits): an amount range is the sum of the bands it holds whole plus the rows of the
  two part bands at its ends, counted exactly through the ``(officer_id, amount)``
  index (:func:`amount_split`). A round bound (100,000) starts a band: nothing to count.

Anything else (a search, a province with a product, an amount with a province...) is
counted from the applications themselves, owner by owner (queue_pages).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select

from workstation.domain.money import from_fen, to_fen
from workstation.domain.workflow import Status
from workstation.decide.queue import MY_WORK_STATUSES, QueueQuery
from workstation.decide.queue_search import clean_search
from workstation.store.models_queue import QueueAmountCount, QueueCount, QueueProvinceCount
from workstation.store.queue_index import band_end, band_of


def kept_statuses(query: QueueQuery) -> set[str] | None:
    """The statuses the query shows (None: every one)."""
    statuses: set[str] | None = None
    if query.statuses:
        statuses = {Status(x).value for x in query.statuses}
    elif query.queue == "mine" and not query.include_finished:
        statuses = {x.value for x in MY_WORK_STATUSES}
    if query.queue == "signoff":
        statuses = {Status.AWAITING_SIGNOFF.value} & (statuses if statuses is not None
                                                      else {Status.AWAITING_SIGNOFF.value})
    return statuses


def _has_amount(query: QueueQuery) -> bool:
    return query.amount_min is not None or query.amount_max is not None


def _columns_only(query: QueueQuery) -> bool:
    """No product, platform or grade filter (the facet tables do not keep them), no search."""
    return not (clean_search(query.search) or query.product or query.platform or query.grade)


def kept_source(query: QueueQuery, *, amount_band: tuple[int, int | None] | None = None):
    """(table, conditions) of the kept counts answering ``query`` whole, or None. With
    ``amount_band`` (first band, end band or None) the amount table for those bands."""
    statuses = kept_statuses(query)
    if amount_band is not None or _has_amount(query):
        if amount_band is None or query.province or not _columns_only(query):
            return None
        t, conds = QueueAmountCount, [QueueAmountCount.band >= amount_band[0]]
        if amount_band[1] is not None:
            conds.append(QueueAmountCount.band < amount_band[1])
    elif query.province:
        if not _columns_only(query):
            return None
        t, conds = QueueProvinceCount, [QueueProvinceCount.province == query.province]
    elif clean_search(query.search):
        return None
    else:
        t, conds = QueueCount, []
        if query.product:
            conds.append(QueueCount.product_code == query.product)
        if query.platform:
            conds.append(QueueCount.platform == query.platform)
        if query.grade:
            conds.append(QueueCount.grade == query.grade)
    if statuses is not None:
        conds.append(t.status.in_(sorted(statuses)))
    return t, conds


def kept_sizes(s, own, query: QueueQuery, *, amount_band=None) -> dict | None:
    """Rows per owner ("*": everyone) from the kept counts, or None when they cannot say.
    An amount range without ``amount_band``: the rows of every band it touches (no fewer
    than the range holds: an owner shown 0 has none)."""
    if amount_band is None and _has_amount(query):
        split = amount_split(query)
        if split.empty:
            return {}
        amount_band = split.touched
    source = kept_source(query, amount_band=amount_band)
    if source is None:
        return None
    t, conds = source
    if own.everyone:
        return {"*": s.scalar(select(func.coalesce(func.sum(t.n), 0)).where(*conds)) or 0}
    keys = list(own.officers) + ([0] if own.unassigned else [])
    if not keys:
        return {}
    return dict(s.execute(select(t.owner, func.sum(t.n)).where(t.owner.in_(keys), *conds).group_by(t.owner)).all())


def kept_bounds(s, own, query: QueueQuery) -> dict | None:
    """Rows per owner no fewer than ``query`` holds (None: the kept counts cannot say): its
    own kept counts or, for a province or amount filter combined with a product, platform or
    grade, the least of those of the looser queries the kept counts answer (without the
    amount range, the province, both, or without product, platform and grade). An owner
    shown 0 has none; one shown few is found through a filter's index."""
    sizes = kept_sizes(s, own, query)
    if sizes is not None:
        return sizes
    bounds = []
    for q in (replace(query, amount_min=None, amount_max=None), replace(query, province=None),
              replace(query, province=None, amount_min=None, amount_max=None),
              replace(query, product=None, platform=None, grade=None)):
        if q != query and (sizes := kept_sizes(s, own, q)) is not None:
            bounds.append(sizes)
    if not bounds:
        return None
    keys = set().union(*bounds)                  # an owner a bound leaves out has none
    return {k: min(b.get(k, 0) for b in bounds) for k in keys}


@dataclass(frozen=True)
class AmountSplit:
    """An amount range as whole bands (``bands``: first band, end band or None; None: no
    whole band) and the part ranges at its ends (``edges``: (min, max) inclusive, Decimal)."""
    bands: tuple[int, int | None] | None
    edges: tuple[tuple[Decimal, Decimal], ...]
    empty: bool = False
    touched: tuple[int, int | None] = (0, None)      # every band holding part of the range


def amount_split(query: QueueQuery) -> AmountSplit:
    lo = max(0, to_fen(query.amount_min)) if query.amount_min is not None else 0
    hi = to_fen(query.amount_max) + 1 if query.amount_max is not None else None      # exclusive
    if hi is not None and hi <= lo:
        return AmountSplit(None, (), empty=True)
    first = lo if band_of(lo) == lo else band_end(band_of(lo))
    last = band_of(hi) if hi is not None else None
    touched = (band_of(lo), None if hi is None else band_end(band_of(hi - 1)))
    if last is not None and first >= last:          # inside one band, or across one boundary
        return AmountSplit(None, ((from_fen(lo), from_fen(hi - 1)),), touched=touched)
    edges = []
    if first > lo:
        edges.append((from_fen(lo), from_fen(first - 1)))
    if last is not None and hi > last:
        edges.append((from_fen(last), from_fen(hi - 1)))
    return AmountSplit((first, last), tuple(edges), touched=touched)
