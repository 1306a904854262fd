"""Vietnam's one time zone: every deadline, every "today" and every moment raquan shows.

Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no
time zone database; its IANA name is written where a format wants one (iCalendar).
"""

from __future__ import annotations

import datetime

VIETNAM = datetime.timezone(datetime.timedelta(hours=7), "UTC+07:00")
"""UTC+7, the time of every deadline and every moment raquan works with."""

TIME_ZONE = "Asia/Ho_Chi_Minh"
"""The IANA name of Vietnam's time zone."""


def moment(day: datetime.date, time: datetime.time | None = None) -> datetime.datetime:
    """A day (and time of day, default 00:00) in Vietnam's time."""
    return datetime.datetime.combine(day, time or datetime.time(), tzinfo=VIETNAM)


def now() -> datetime.datetime:
    """The current moment in Vietnam."""
    return datetime.datetime.now(VIETNAM)
