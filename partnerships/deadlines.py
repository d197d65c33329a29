"""When a meeting's papers must be published: so many clear days before it.

A clear day is a working day that is neither the day of publication nor the meeting day;
weekends and the bank holidays of England and Wales do not count. Five clear days is the
council standard; each LSP sets its own number (LSP.papers_clear_days), and 0 turns the
deadline off.
"""

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # England and Wales share their bank holidays ("ENG" in the library's subdivisions).
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def clear_days_between(published_on: date, meeting_on: date) -> int:
    """The working days strictly between the day of publication and the meeting day."""
    day, count = published_on + timedelta(days=1), 0
    while day < meeting_on:
        count += is_working_day(day)
        day += timedelta(days=1)
    return count


def latest_publication_date(meeting_on: date, clear_days: int) -> date | None:
    """The last day on which papers can be published with ``clear_days`` clear days before
    the meeting, or None when the LSP sets no deadline."""
    if not clear_days:
        return None
    day, counted = meeting_on, 0
    while counted < clear_days:
        day -= timedelta(days=1)
        counted += is_working_day(day)
    # ``day`` is the earliest clear day; publishing the day before it leaves them all clear.
    return day - timedelta(days=1)


def is_late(*, published_on: date, meeting_on: date, clear_days: int) -> bool:
    deadline = latest_publication_date(meeting_on, clear_days)
    return deadline is not None and published_on > deadline
