"""What the main window shows the moment it opens, read at once.

The filter choices, the four queues' counts and the first queue's count and first page
come from one read: one session, the user checked once, and the owner streams and
second-signature cases worked out once for all of them (the read's memo), where the
separate calls would each open a read and ask again. Each part is what its own call
returns (:func:`workstation.decide.queue.filter_options`,
:func:`workstation.decide.queue_pages.queue_counts`, ``queue_start``);
tests/test_queue_open.py compares them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from workstation.decide import queue_pages
from workstation.decide.queue import QUEUES, SORT_COLUMNS, FilterOptions, QueueQuery, QueueRow, read_filter_options
from workstation.domain.actor import Actor
from workstation.store import queries
from workstation.store.session import Store


@dataclass(frozen=True)
class QueueOpening:
    options: FilterOptions
    counts: dict[str, int]          # queue -> cases, as the navigation shows them
    query: QueueQuery               # the queue shown first
    count: int                      # its rows
    rows: list[QueueRow]            # its first page
    settings: dict[str, object]     # the settings asked for, with their defaults


def open_queue(store: Store, actor: Actor, query: QueueQuery, *, limit: int = queue_pages.PAGE,
               settings: tuple[str, ...] = ()) -> QueueOpening:
    """The filter choices, every queue's count and ``query``'s count and first ``limit``
    rows, in one read under the queue's visibility rule; with the desk's ``settings``
    (names only, no case data: what ``services.setup.get_setting`` reads)."""
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    with store.read(actor) as s:
        options = read_filter_options(s)
        counts = {q: queue_pages.count_in(s, actor, QueueQuery(queue=q)) for q in QUEUES}
        plain = replace(query, sort=QueueQuery.sort, descending=QueueQuery.descending) == QueueQuery(queue=query.queue)
        n = counts[query.queue] if plain else queue_pages.count_in(s, actor, query)    # no filter: counted already
        rows = queue_pages.page_rows(s, actor, query, key=None, backward=False, limit=limit) if n else []
        return QueueOpening(options, counts, query, n, queue_pages.rows_of(s, rows), queries.settings(s, settings))
