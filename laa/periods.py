"""Reporting periods. The local government year runs from 1 April; a period is named by the
year it falls in ("2008/09") and, below a year, its quarter or month."""

import calendar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache


@dataclass(frozen=True)
class Period:
    end: date
    label: str


def year_label(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def year_end(year: int) -> date:
    """The last day of the year that starts on 1 April ``year``."""
    return date(year + 1, 3, 31)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=256)
def periods_for(frequency: str, first_year: int, last_year: int) -> tuple[Period, ...]:
    """Every period from April ``first_year`` to March after ``last_year`` (kept once
    worked out: dashboards ask for the same few hundreds of times a page)."""
    periods = []
    for year in range(first_year, last_year + 1):
        if frequency == "annual":
            periods.append(Period(year_end(year), year_label(year)))
        elif frequency == "monthly":
            for offset in range(12):
                month = (3 + offset) % 12 + 1
                calendar_year = year if month >= 4 else year + 1
                periods.append(
                    Period(
                        _month_end(calendar_year, month),
                        f"{year_label(year)} {calendar.month_abbr[month]}",
                    )
                )
        else:
            for quarter, (month, in_next_year) in enumerate(
                [(6, False), (9, False), (12, False), (3, True)], start=1
            ):
                periods.append(
                    Period(_month_end(year + in_next_year, month), f"{year_label(year)} Q{quarter}")
                )
    return tuple(periods)


def period_label(frequency: str, end: date) -> str:
    year = end.year if end.month >= 4 else end.year - 1
    for period in periods_for(frequency, year, year):
        if period.end == end:
            return period.label
    return end.isoformat()
