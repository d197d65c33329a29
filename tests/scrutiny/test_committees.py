"""Scrutiny committees (DOMAIN.md journey 4 starts here): the coordinator records the
committees and who sits on them; a councillor on a committee holds the grant to work on
its reviews, and loses it when their seat ends. Every change keeps its history."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lsp_portal.permissions import RoleName
from scrutiny.models import Committee, CommitteeMember
from scrutiny.permissions import works_on
from tests.conftest import person_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def councillor(herts):
    return person_with_role(herts, RoleName.SCRUTINEER, "cllr-jones@example.org")


def date_fields(name, day: date) -> dict:
    return {f"{name}_0": day.day, f"{name}_1": day.month, f"{name}_2": day.year}


def set_up(client, herts, **fields):
    data = {"name": "Overview and Scrutiny Committee", "remit": "The LAA."} | fields
    return client.post(reverse("scrutiny:committee-new", args=[herts.slug]), data)


def seat(client, herts, committee, person, position="member", starts=date(2009, 5, 21)):
    return client.post(
        reverse("scrutiny:committee-member-new", args=[herts.slug, committee.pk]),
        {"person": person.pk, "position": position, **date_fields("starts_on", starts)},
    )


def test_the_coordinator_sets_up_a_committee_and_seats_a_councillor_who_may_then_work_on_it(
    client, herts, herts_coordinator, councillor
):
    client.force_login(herts_coordinator)
    response = set_up(client, herts)
    committee = Committee.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("scrutiny:committee", args=[herts.slug, committee.pk])
    assert not works_on(user=councillor, committee=committee)

    assert seat(client, herts, committee, councillor, "chair").status_code == 302
    chair = CommitteeMember.objects.get()
    assert chair.position == "chair" and works_on(user=councillor, committee=committee)
    page = client.get(reverse("scrutiny:committees", args=[herts.slug])).content.decode()
    assert "Overview and Scrutiny Committee" in page and councillor.full_name in page

    response = client.post(
        reverse("scrutiny:committee-member-end", args=[herts.slug, chair.pk]),
        date_fields("ends_on", date(2010, 5, 20)),
    )
    assert response.status_code == 302
    chair.refresh_from_db()
    assert chair.ends_on == date(2010, 5, 20)
    # Seats end; nothing is deleted, and the grant follows the seat.
    assert not works_on(user=councillor, committee=committee)
    assert CommitteeMember.objects.count() == 1
    assert chair.history.first().history_user == herts_coordinator
    assert committee.history.first().history_user == herts_coordinator
    detail = client.get(reverse("scrutiny:committee", args=[herts.slug, committee.pk]))
    assert "Former and future members" in detail.content.decode()
    assert "History of changes" in detail.content.decode()


def test_a_committee_without_a_name_keeps_what_was_typed(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    response = set_up(client, herts, name="", remit="Crime and disorder in the county")
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page and "Enter the committee&#x27;s name" in page
    assert "Crime and disorder in the county" in page
    assert not Committee.objects.exists()


def test_there_is_one_crime_and_disorder_committee(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    set_up(client, herts, name="Community Safety Panel", is_crime_and_disorder="on")
    response = set_up(client, herts, name="Second Panel", is_crime_and_disorder="on")
    assert response.status_code == 200
    assert "Community Safety Panel is the crime and disorder committee already" in (
        response.content.decode()
    )
    assert list(Committee.objects.values_list("name", flat=True)) == ["Community Safety Panel"]


def test_only_the_partnerships_scrutineers_sit_and_one_chair_at_a_time(
    client, herts, camden, herts_coordinator, herts_partner, councillor
):
    other = person_with_role(herts, RoleName.SCRUTINEER, "cllr-smith@example.org")
    camden_councillor = person_with_role(camden, RoleName.SCRUTINEER, "cllr-camden@example.org")
    client.force_login(herts_coordinator)
    set_up(client, herts)
    committee = Committee.objects.get()
    for outsider in (herts_partner, camden_councillor):
        response = seat(client, herts, committee, outsider)
        assert response.status_code == 200 and "govuk-error-summary" in response.content.decode()
    seat(client, herts, committee, councillor, "chair")
    response = seat(client, herts, committee, other, "chair", starts=date(2010, 1, 1))
    assert "chairs the committee then. End their time as chair first." in (
        response.content.decode()
    )
    assert CommitteeMember.objects.count() == 1
    # A seat cannot end before it starts.
    response = client.post(
        reverse(
            "scrutiny:committee-member-end", args=[herts.slug, CommitteeMember.objects.get().pk]
        ),
        date_fields("ends_on", date(2009, 1, 1)),
    )
    assert "The last day must be the same as or after the first day." in response.content.decode()
    assert CommitteeMember.objects.get().ends_on is None


def test_a_joint_committee_seats_the_districts_scrutineers_too(
    client, herts, north_herts, herts_coordinator
):
    district = person_with_role(north_herts, RoleName.SCRUTINEER, "cllr-north@example.org")
    client.force_login(herts_coordinator)
    set_up(client, herts, name="Joint Panel", joint_with=north_herts.pk)
    set_up(client, herts, name="County Committee")
    joint, county = (
        Committee.objects.get(name="Joint Panel"),
        Committee.objects.get(name="County Committee"),
    )
    assert seat(client, herts, joint, district).status_code == 302
    assert seat(client, herts, county, district).status_code == 200
    assert works_on(user=district, committee=joint)


def test_another_lsps_committee_is_not_found(client, herts, camden, herts_coordinator):
    camden_committee = Committee.objects.create(lsp=camden, name="Camden Committee")
    client.force_login(herts_coordinator)
    for name in ("scrutiny:committee", "scrutiny:committee-edit", "scrutiny:committee-member-new"):
        url = reverse(name, args=[herts.slug, camden_committee.pk])
        assert client.get(url).status_code == 404, name


def grow(lsp, committees: int, seats_each: int):
    for n in range(committees):
        committee = Committee.objects.create(lsp=lsp, name=f"Committee {lsp.pk}-{n}-{seats_each}")
        for s in range(seats_each):
            CommitteeMember.objects.create(
                lsp=lsp,
                committee=committee,
                person=person_with_role(
                    lsp, RoleName.SCRUTINEER, f"c{committee.pk}-{s}@example.org"
                ),
                position="chair" if s == 0 else "member",
                starts_on=date(2009, 5, 21),
            )
    return committee


@pytest.mark.parametrize("page", ["committees", "committee"])
def test_committee_pages_make_the_same_queries_as_committees_grow_tenfold(
    client, herts, herts_coordinator, page
):
    client.force_login(herts_coordinator)
    counts = []
    for size in (1, 10):
        committee = grow(herts, committees=size, seats_each=2 * size)
        args = [herts.slug] + ([committee.pk] if page == "committee" else [])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"scrutiny:{page}", args=args)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
