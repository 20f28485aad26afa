"""The demo's own times: when its history starts and when its last day ends (kept apart so
the demo's steps read them without importing each other)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from workstation.domain.clock import BUSINESS_TZ


def day_end(as_of: date) -> datetime:
    """The demo's last moment: the evening of ``as_of`` in Shanghai, or the real present when
    that evening has not come yet (nothing is stamped in the future)."""
    evening = datetime.combine(as_of, time(22, 0), tzinfo=BUSINESS_TZ)
    return min(evening, datetime.now(BUSINESS_TZ))


def history_start(as_of: date) -> datetime:
    """Before the oldest demo case arrives (``demo.AGE``: at most 540 days back): when the
    demo's users, settings and reference data are set up."""
    return datetime.combine(as_of - timedelta(days=560), time(9, 0), tzinfo=BUSINESS_TZ)
