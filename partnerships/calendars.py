"""iCalendar (RFC 5545) feeds: one builder for meetings, engagement activities and any
other dated thing the portal publishes as a calendar."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from partnerships.models import Meeting


@dataclass
class CalendarEntry:
    uid: str
    summary: str
    starts: date | datetime
    ends: date | datetime  # for a whole-day entry, the day after the last day (RFC 5545)
    location: str
    url: str
    changed_at: datetime
    is_public: bool = True


def calendar_of(entries: Iterable[CalendarEntry], *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//LSP Portal//Calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for entry in entries:
        event = Event()
        # A stable UID, so calendar programs update a moved entry rather than adding it twice.
        event.add("uid", entry.uid)
        event.add("dtstamp", entry.changed_at)
        event.add("dtstart", entry.starts)
        event.add("dtend", entry.ends)
        event.add("summary", entry.summary)
        if entry.location:
            event.add("location", entry.location)
        event.add("url", entry.url)
        event.add("class", "PUBLIC" if entry.is_public else "PRIVATE")
        calendar.add_component(event)
    return calendar.to_ical()


def meeting_entry(meeting: Meeting, url: str) -> CalendarEntry:
    """Only what a meeting's page header shows; agendas and papers stay on the portal,
    where who may read them is checked."""
    return CalendarEntry(
        uid=f"meeting-{meeting.pk}@lsp-portal",
        summary=f"{meeting.partnership.name} meeting",
        starts=meeting.starts_at,
        ends=meeting.ends_at,
        location=meeting.venue or meeting.online_link,
        url=url,
        changed_at=meeting.updated_at,
        is_public=meeting.is_public,
    )


def meetings_calendar(
    meetings: Iterable[Meeting], *, name: str, url_for: Callable[[Meeting], str]
) -> bytes:
    return calendar_of((meeting_entry(m, url_for(m)) for m in meetings), name=name)


def whole_days(first: date, last: date) -> tuple[date, date]:
    """A whole-day entry's start and its exclusive end."""
    return first, last + timedelta(days=1)
