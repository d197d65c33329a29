"""The engagement diary: partners add their own organisation's activities, and the form
warns of consultation fatigue before saving an activity that overlaps another."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from lsp_portal.permissions import RoleName
from strategies.models import EngagementActivity
from tests.factories import EngagementActivityFactory, OrganisationFactory, RoleFactory, UserFactory
from tests.partnerships.test_structure import date_data


@pytest.fixture
def council(herts):
    return OrganisationFactory(lsp=herts, name="Hertfordshire County Council")


@pytest.fixture
def vcs(herts):
    return OrganisationFactory(lsp=herts, name="Community Development Action Hertfordshire")


@pytest.fixture
def vcs_partner(herts, vcs):
    user = UserFactory(email="vcs@example.org")
    RoleFactory(lsp=herts, user=user, role=RoleName.PARTNER, organisation=vcs)
    return user


@pytest.fixture
def youth_survey(herts, council):
    return EngagementActivityFactory(
        lsp=herts,
        organiser=council,
        title="Youth survey",
        audiences=["young_people"],
        areas="Stevenage, Hitchin",
        starts_on=date(2010, 3, 1),
        ends_on=date(2010, 3, 31),
    )


def activity_data(organiser, **fields):
    return {
        "title": "Older people's forum",
        "kind": "public_meeting",
        "organiser": organiser.pk,
        "audiences": ["older_people"],
        "areas": "Letchworth",
        **date_data("starts_on", date(2010, 3, 10)),
        **date_data("ends_on", date(2010, 3, 10)),
        **fields,
    }


def post_new(client, herts, data):
    return client.post(reverse("strategies:engagement-new", args=[herts.slug]), data)


def test_an_overlap_in_time_and_audience_is_warned_of_before_saving(
    client, herts, vcs, vcs_partner, youth_survey
):
    client.force_login(vcs_partner)
    data = activity_data(vcs, audiences=["young_people"], areas="Royston")
    response = post_new(client, herts, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Other activities ask the same people or places at the same time" in page
    assert "Youth survey, run by Hertfordshire County Council" in page
    assert 'value="Older people&#x27;s forum"' in page  # nothing typed is lost
    assert EngagementActivity.objects.count() == 1
    response = post_new(client, herts, {**data, "confirm_overlap": "on"})
    assert response.status_code == 302
    assert EngagementActivity.objects.count() == 2


def test_the_same_place_at_the_same_time_is_an_overlap_too(
    client, herts, vcs, vcs_partner, youth_survey
):
    client.force_login(vcs_partner)
    response = post_new(client, herts, activity_data(vcs, areas="hitchin"))
    assert b"Youth survey" in response.content
    assert EngagementActivity.objects.count() == 1


def test_disjoint_dates_or_people_and_places_save_without_a_warning(
    client, herts, vcs, vcs_partner, youth_survey
):
    client.force_login(vcs_partner)
    assert post_new(client, herts, activity_data(vcs)).status_code == 302  # other people, place
    later = activity_data(
        vcs,
        audiences=["young_people"],
        areas="Stevenage",
        **date_data("starts_on", date(2010, 5, 1)),
        **date_data("ends_on", date(2010, 5, 2)),
    )
    assert post_new(client, herts, later).status_code == 302
    assert EngagementActivity.objects.count() == 3


def test_an_activity_that_ends_before_it_starts_is_explained(client, herts, vcs, vcs_partner):
    client.force_login(vcs_partner)
    response = post_new(client, herts, activity_data(vcs, **date_data("ends_on", date(2010, 3, 1))))
    assert b"The end date must be the same as or after the start" in response.content
    assert not EngagementActivity.objects.exists()


def test_a_partner_adds_and_changes_only_their_own_organisations_activities(
    client, herts, council, vcs, vcs_partner, youth_survey
):
    client.force_login(vcs_partner)
    response = post_new(client, herts, activity_data(council, areas="Royston"))
    assert b"Select a valid choice" in response.content
    edit = reverse("strategies:engagement-edit", args=[herts.slug, youth_survey.pk])
    assert client.get(edit).status_code == 403


def test_the_diary_is_a_month_calendar_and_an_ical_feed(client, herts, youth_survey, vcs_partner):
    client.force_login(vcs_partner)
    month = client.get(reverse("strategies:engagement-month", args=[herts.slug, 2010, 3]))
    assert month.content.decode().count("Youth survey") == 31
    assert (
        client.get(reverse("strategies:engagement-month", args=[herts.slug, 2010, 13])).status_code
        == 404
    )
    feed = client.get(reverse("strategies:engagement-calendar", args=[herts.slug]))
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert event.decoded("dtstart") == date(2010, 3, 1)
    assert event.decoded("dtend") == date(2010, 4, 1)
    assert "Youth survey" in str(event["summary"])


def edit_links(page: str, herts) -> list[str]:
    prefix = f"/{herts.slug}/strategy/engagement/"
    return sorted(set(re.findall(rf'href="({re.escape(prefix)}\d+/edit/)"', page)))


def edit_url(herts, activity):
    return reverse("strategies:engagement-edit", args=[herts.slug, activity.pk])


def test_a_partner_is_offered_edit_only_on_their_own_organisations_activities(
    client, herts, vcs, vcs_partner, youth_survey
):
    own = EngagementActivityFactory(lsp=herts, organiser=vcs, title="Volunteers' survey")
    client.force_login(vcs_partner)
    page = client.get(reverse("strategies:engagement", args=[herts.slug])).content.decode()
    assert "Youth survey" in page
    assert edit_links(page, herts) == [edit_url(herts, own)]
    for link in edit_links(page, herts):
        assert client.get(link).status_code == 200


def test_a_coordinator_is_offered_edit_on_every_activity(
    client, herts, herts_coordinator, vcs, youth_survey
):
    own = EngagementActivityFactory(lsp=herts, organiser=vcs)
    client.force_login(herts_coordinator)
    page = client.get(reverse("strategies:engagement", args=[herts.slug])).content.decode()
    assert edit_links(page, herts) == sorted([edit_url(herts, youth_survey), edit_url(herts, own)])
    for link in edit_links(page, herts):
        assert client.get(link).status_code == 200


def test_readers_of_the_diary_are_offered_no_edit_links(client, herts, youth_survey):
    scrutineer = UserFactory()
    RoleFactory(lsp=herts, user=scrutineer, role=RoleName.SCRUTINEER)
    client.force_login(scrutineer)
    page = client.get(reverse("strategies:engagement", args=[herts.slug])).content.decode()
    assert "Youth survey" in page
    assert edit_links(page, herts) == []


def test_the_ical_feed_links_to_the_edit_form_only_where_it_opens(
    client, herts, vcs, vcs_partner, youth_survey
):
    own = EngagementActivityFactory(lsp=herts, organiser=vcs, title="Volunteers' survey")
    client.force_login(vcs_partner)
    feed = client.get(reverse("strategies:engagement-calendar", args=[herts.slug]))
    urls = {
        str(event["summary"]).split(": ", 1)[1].split(" (")[0]: str(event["url"])
        for event in Calendar.from_ical(feed.content).walk("VEVENT")
    }
    assert urls["Volunteers' survey"].endswith(edit_url(herts, own))
    assert urls["Youth survey"].endswith(
        reverse("strategies:engagement-month", args=[herts.slug, 2010, 3])
    )
    for url in urls.values():
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_the_diary_asks_who_may_edit_once_however_many_activities(
    client, herts, council, vcs, vcs_partner
):
    client.force_login(vcs_partner)
    url = reverse("strategies:engagement", args=[herts.slug])
    client.get(url)  # the session and anything cached per person are read once
    counts, own = [], 0
    for size in (1, 8):  # the past shows 20
        own += size
        EngagementActivityFactory.create_batch(size, lsp=herts, organiser=vcs)
        EngagementActivityFactory.create_batch(size, lsp=herts, organiser=council)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        assert len(edit_links(page.content.decode(), herts)) == own
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
