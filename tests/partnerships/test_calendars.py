"""Calendars: public meetings per LSP and per partnership, and a person's own feed behind
a secret address that can be reset. Every feed is read back with the icalendar library."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from lsp_portal.permissions import RoleName
from tests.conftest import person_with_role
from tests.factories import MeetingFactory, MembershipFactory, PartnershipFactory


def events(response) -> dict[str, object]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def soon():
    return timezone.now().replace(microsecond=0) + timedelta(days=7)


@pytest.fixture
def meetings(herts, camden, soon):
    board = PartnershipFactory(lsp=herts, name="Board")
    safer = PartnershipFactory(lsp=herts, name="Safer Communities")
    return {
        "board": MeetingFactory(partnership=board, starts_at=soon, venue="County Hall"),
        "safer": MeetingFactory(partnership=safer, starts_at=soon + timedelta(days=1)),
        "private": MeetingFactory(
            partnership=safer, starts_at=soon + timedelta(days=2), is_public=False
        ),
        "camden": MeetingFactory(partnership=PartnershipFactory(lsp=camden, name="Camden Board")),
        "long_ago": MeetingFactory(
            partnership=board, starts_at=timezone.now() - timedelta(days=800)
        ),
    }


def test_public_feed_lists_public_meetings_of_the_lsp(client, herts, meetings, soon):
    found = events(client.get(reverse("partnerships:public-calendar", args=[herts.slug])))
    assert set(found) == {"Board meeting", "Safer Communities meeting"}
    board = found["Board meeting"]
    assert board.decoded("dtstart") == soon
    assert board.decoded("dtend") == soon + timedelta(minutes=120)
    assert str(board["location"]) == "County Hall"
    assert str(board["uid"]) == f"meeting-{meetings['board'].pk}@lsp-portal"
    assert str(board["url"]).endswith(
        reverse("partnerships:public-meeting", args=[herts.slug, meetings["board"].pk])
    )


def test_partnership_feed_lists_only_its_public_meetings(client, herts, meetings):
    safer = meetings["safer"].partnership
    found = events(
        client.get(reverse("partnerships:public-partnership-calendar", args=[herts.slug, safer.pk]))
    )
    assert set(found) == {"Safer Communities meeting"}


def test_personal_feed_holds_every_meeting_the_person_may_open(client, herts, camden, meetings):
    partner = person_with_role(herts, RoleName.PARTNER, "partner@example.org")
    MembershipFactory(partnership=meetings["private"].partnership, person=partner)
    client.force_login(partner)
    client.post(reverse("partnerships:calendar-reset"))
    partner.refresh_from_db()
    feed_url = reverse("partnerships:calendar-feed", args=[partner.calendar_token])
    assert feed_url in client.get(reverse("partnerships:calendar")).content.decode()
    client.logout()  # calendar programs never sign in: the address is the credential
    found = events(client.get(feed_url))
    summaries = sorted(str(event["summary"]) for event in found.values())
    # The private meeting is there because the partner sits on Safer Communities.
    assert len(list(Calendar.from_ical(client.get(feed_url).content).walk("VEVENT"))) == 3
    assert summaries == ["Board meeting", "Safer Communities meeting"]
    assert "Camden Board meeting" not in found


def test_a_scrutineer_does_not_get_private_meetings_in_their_feed(client, herts, meetings):
    scrutineer = person_with_role(herts, RoleName.SCRUTINEER, "scrutiny@example.org")
    client.force_login(scrutineer)
    client.post(reverse("partnerships:calendar-reset"))
    scrutineer.refresh_from_db()
    client.logout()
    feed = client.get(reverse("partnerships:calendar-feed", args=[scrutineer.calendar_token]))
    calendar = Calendar.from_ical(feed.content)
    assert [str(e["class"]) for e in calendar.walk("VEVENT")] == ["PUBLIC", "PUBLIC"]


def test_resetting_the_address_stops_the_old_one(client, herts, herts_partner):
    client.force_login(herts_partner)
    client.post(reverse("partnerships:calendar-reset"))
    herts_partner.refresh_from_db()
    old = herts_partner.calendar_token
    response = client.post(reverse("partnerships:calendar-reset"), follow=True)
    assert b"The old one no longer works" in response.content
    herts_partner.refresh_from_db()
    assert herts_partner.calendar_token != old
    client.logout()
    assert client.get(reverse("partnerships:calendar-feed", args=[old])).status_code == 404
    assert (
        client.get(
            reverse("partnerships:calendar-feed", args=[herts_partner.calendar_token])
        ).status_code
        == 200
    )


def test_a_person_who_has_left_has_no_feed(client, herts, herts_partner):
    client.force_login(herts_partner)
    client.post(reverse("partnerships:calendar-reset"))
    herts_partner.refresh_from_db()
    herts_partner.is_active = False
    herts_partner.save()
    feed_url = reverse("partnerships:calendar-feed", args=[herts_partner.calendar_token])
    assert client.get(feed_url).status_code == 404
