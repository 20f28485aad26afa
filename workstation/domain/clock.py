"""Business time: the company works in Asia/Shanghai (China Standard Time, no daylight
saving), whatever the machine's own time zone. Every screen and paper asks here for
"now" and "today" and formats instants through :func:`local_text`.

Instants are stored in UTC (aware datetimes); a naive datetime handed here is taken
as UTC, as the store returns it. ``zoneinfo`` needs the IANA data: the ``tzdata``
package (a dependency) supplies it where the system has none (Windows)."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

BUSINESS_TZ = ZoneInfo("Asia/Shanghai")

__all__ = ["BUSINESS_TZ", "now", "today", "to_business", "local_text"]


def now() -> datetime:
    """The current instant in business time (aware)."""
    return datetime.now(BUSINESS_TZ)


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
