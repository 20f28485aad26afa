"""Business time: the company works in Asia/Shanghai (China Standard Time, no daylight
saving), whatever the machine's own time zone. Every screen and paper asks here for
"now" and "today" and formats instants through :func:`local_text`.

Instants are stored in UTC (aware datetimes); a naive datetime handed here is taken
as UTC, as the store returns it. ``zoneinfo`` needs the IANA data: the ``tzdata``
package (a dependency) supplies it where the system has none (Windows)."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone
from typing import Iterator
from zoneinfo import ZoneInfo

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")

__all__ = ["BUSINESS_TZ", "now", "today", "utcnow", "to_business", "local_text", "simulation", "move_to", "restart_at"]

# The demo builds months of history in seconds: while it runs (``simulation``) "now" is the
# simulated moment of the step being done, so that every instant it stores (audit entries,
# journal postings, status moves, frozen documents) follows the simulated business time.
_SIMULATED: ContextVar[datetime | None] = ContextVar("simulated_now", default=None)


def now() -> datetime:
    """The current instant in business time (aware); the simulated one inside ``simulation``."""
    sim = _SIMULATED.get()
    return sim.astimezone(BUSINESS_TZ) if sim is not None else datetime.now(BUSINESS_TZ)


def utcnow() -> datetime:
    """The current instant (as ``now``) in UTC, as the store keeps instants."""
    return now().astimezone(timezone.utc)


@contextmanager
def simulation(start: datetime) -> Iterator[None]:
    """Simulated time from ``start`` (aware) until the block ends; ``move_to`` moves it on."""
    if start.tzinfo is None:
        raise ValueError("simulation: give an aware datetime")
    token = _SIMULATED.set(start)
    try:
        yield
    finally:
        _SIMULATED.reset(token)


def move_to(at: datetime) -> datetime:
    """Inside ``simulation``, move the current instant on to ``at`` (never backwards: a step
    is stamped after the one before it); outside, nothing. Returns the current instant."""
    sim = _SIMULATED.get()
    if sim is None:
        return at
    if at > sim:
        _SIMULATED.set(at)
    return max(at, sim)


def restart_at(at: datetime) -> None:
    """Inside ``simulation``, set the current instant to ``at`` even if earlier: the demo
    drives one case at a time along that case's own timeline."""
    if _SIMULATED.get() is not None:
        _SIMULATED.set(at)


def simulating() -> bool:
    return _SIMULATED.get() is not None


def today() -> date:
    """Today's date in business time (a loan falls due on the Shanghai calendar day)."""
    return now().date()


def to_business(at: datetime) -> datetime:
    """``at`` (aware, or naive meaning UTC) as an aware business-time datetime."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(BUSINESS_TZ)


def local_text(at: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``at`` written in business time; '' for None."""
    return to_business(at).strftime(fmt) if at is not None else ""
