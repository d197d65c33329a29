"""Meetings as iCalendar (RFC 5545) feeds: one builder for the public and personal feeds."""

from collections.abc import Callable, Iterable

from icalendar import Calendar, Event

from partnerships.models import Meeting


def meetings_calendar(
    meetings: Iterable[Meeting], *, name: str, url_for: Callable[[Meeting], str]
) -> bytes:
    """A feed of meetings: when, where, which partnership, and a link to the meeting page.

    Only what a meeting's page header shows goes in; agendas and papers stay on the portal,
    where who may read them is checked.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//LSP Portal//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        event = Event()
        # A stable UID, so calendar programs update a moved meeting rather than adding it twice.
        event.add("uid", f"meeting-{meeting.pk}@lsp-portal")
        event.add("dtstamp", meeting.updated_at)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at)
        event.add("summary", f"{meeting.partnership.name} meeting")
        event.add("location", meeting.venue or meeting.online_link)
        event.add("url", url_for(meeting))
        event.add("class", "PUBLIC" if meeting.is_public else "PRIVATE")
        calendar.add_component(event)
    return calendar.to_ical()
