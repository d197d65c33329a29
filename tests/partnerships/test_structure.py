"""Journey 1: a coordinator keeps the structure true; a chair manages their own members."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lsp_portal.permissions import RoleName
from partnerships.models import Attendance, Membership, Partnership
from partnerships.services import membership_end
from tests.conftest import person_with_role
from tests.factories import (
    MeetingFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    kind,
)


def date_data(prefix, value: date | None):
    if value is None:
        return {f"{prefix}_0": "", f"{prefix}_1": "", f"{prefix}_2": ""}
    return {f"{prefix}_0": value.day, f"{prefix}_1": value.month, f"{prefix}_2": value.year}


def membership_data(**fields):
    data = {
        "person": "",
        "person_name": "",
        "organisation": "",
        "position": "member",
        "sector_seat": "",
        "nominated_by": "",
        "substitute_name": "",
    }
    data.update(date_data("term_start", fields.pop("term_start", date(2009, 4, 1))))
    data.update(date_data("term_end", fields.pop("term_end", None)))
    data.update(fields)
    return data


@pytest.fixture
def older_peoples_forum(herts):
    return PartnershipFactory(
        lsp=herts, name="Older People's Forum", kind=kind(herts, "theme_group")
    )


@pytest.fixture
def chair(herts, older_peoples_forum):
    """A partner member who chairs the Older People's Forum."""
    from partnerships.services import membership_save

    person = person_with_role(herts, RoleName.PARTNER, "forum-chair@example.org")
    membership_save(
        membership=Membership(
            lsp=herts,
            partnership=older_peoples_forum,
            person=person,
            position="chair",
            term_start=date(2009, 4, 1),
        )
    )
    return person


def test_coordinator_creates_a_partnership_under_the_board(client, herts, herts_coordinator):
    board = PartnershipFactory(
        lsp=herts, name="Hertfordshire Forward Board", kind=kind(herts, "board")
    )
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:partnership-new", args=[herts.slug]),
        {
            "name": "Children and Young People Partnership",
            "kind": kind(herts, "thematic").pk,
            "parent": board.pk,
            "remit": "The CYP block",
            "area_covered": "",
            "meeting_frequency": "quarterly",
            **date_data("start_date", date(2008, 4, 1)),
            **date_data("end_date", None),
        },
    )
    assert response.status_code == 302
    created = Partnership.objects.get(name="Children and Young People Partnership")
    assert created.parent == board and created.lsp == herts
    assert created.history.first().history_user == herts_coordinator


def test_chair_manages_own_partnerships_members_and_not_anothers(
    client, herts, chair, older_peoples_forum
):
    other = PartnershipFactory(lsp=herts, name="Safer Communities Partnership")
    client.force_login(chair)
    own = reverse("partnerships:membership-new", args=[herts.slug, older_peoples_forum.pk])
    assert client.get(own).status_code == 200
    response = client.post(own, membership_data(person_name="Margaret Ellis"))
    assert response.status_code == 302
    assert older_peoples_forum.memberships.filter(person_name="Margaret Ellis").exists()
    assert (
        client.get(reverse("partnerships:membership-new", args=[herts.slug, other.pk])).status_code
        == 403
    )
    assert (
        client.post(
            reverse("partnerships:membership-new", args=[herts.slug, other.pk]),
            membership_data(person_name="Intruder"),
        ).status_code
        == 403
    )
    assert not other.memberships.exists()
    # Nor may the chair change the partnership itself.
    assert (
        client.get(
            reverse("partnerships:partnership-edit", args=[herts.slug, older_peoples_forum.pk])
        ).status_code
        == 403
    )


def test_the_chair_grant_ends_with_the_chairs_term(client, herts, chair, older_peoples_forum):
    seat = older_peoples_forum.memberships.get(person=chair)
    membership_end(membership=seat, on=date(2010, 3, 31))
    client.force_login(chair)
    url = reverse("partnerships:membership-new", args=[herts.slug, older_peoples_forum.pk])
    assert client.get(url).status_code == 403
    seat.refresh_from_db()
    assert seat.term_end == date(2010, 3, 31)  # ended, not deleted


def test_overlapping_chair_terms_are_refused_with_a_clear_error(
    client, herts, herts_coordinator, chair, older_peoples_forum
):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:membership-new", args=[herts.slug, older_peoples_forum.pk]),
        membership_data(person_name="Second Chair", position="chair", term_start=date(2011, 1, 1)),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "A partnership has one chair at a time" in page
    assert 'value="Second Chair"' in page
    assert not older_peoples_forum.memberships.filter(person_name="Second Chair").exists()


def test_a_new_chair_may_follow_when_the_old_term_has_ended(herts, chair, older_peoples_forum):
    from partnerships.services import membership_save

    membership_end(
        membership=older_peoples_forum.memberships.get(person=chair), on=date(2010, 3, 31)
    )
    membership_save(
        membership=Membership(
            lsp=herts,
            partnership=older_peoples_forum,
            person_name="Next Chair",
            position="chair",
            term_start=date(2010, 4, 1),
        )
    )
    assert older_peoples_forum.memberships.filter(position="chair").count() == 2


@pytest.mark.parametrize("case", ["end_before_start", "no_person", "other_lsps_organisation"])
def test_bad_membership_input_is_explained_and_nothing_saved(
    client, herts, camden, herts_coordinator, older_peoples_forum, case
):
    data = membership_data(person_name="Jo Bloggs")
    expected = {
        "end_before_start": "The end of the term must be the same as or after its start",
        "no_person": "Choose a person with an account, or type the name",
        "other_lsps_organisation": "Select a valid choice",
    }[case]
    if case == "end_before_start":
        data.update(date_data("term_end", date(2009, 1, 1)))
    elif case == "no_person":
        data["person_name"] = ""
    else:
        data["organisation"] = OrganisationFactory(lsp=camden).pk
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:membership-new", args=[herts.slug, older_peoples_forum.pk]), data
    )
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert "govuk-error-summary" in response.content.decode()
    assert not older_peoples_forum.memberships.exists()


@pytest.mark.parametrize(
    "case", ["end_before_start", "task_and_finish_without_end", "parent_in_another_lsp", "no_name"]
)
def test_bad_partnership_input_is_explained_and_nothing_saved(
    client, herts, camden, herts_coordinator, case
):
    data = {
        "name": "Worklessness Group",
        "kind": kind(herts, "thematic").pk,
        "parent": "",
        "remit": "",
        "area_covered": "",
        "meeting_frequency": "monthly",
        **date_data("start_date", date(2010, 9, 1)),
        **date_data("end_date", None),
    }
    expected = {
        "end_before_start": "The end date must be the same as or after the start date",
        "task_and_finish_without_end": "A task-and-finish group needs an end date",
        "parent_in_another_lsp": "Select a valid choice",
        "no_name": "Enter the name of the partnership",
    }[case]
    if case == "end_before_start":
        data.update(date_data("end_date", date(2010, 1, 1)))
    elif case == "task_and_finish_without_end":
        data["kind"] = kind(herts, "task_and_finish").pk
    elif case == "parent_in_another_lsp":
        data["parent"] = PartnershipFactory(lsp=camden).pk
    else:
        data["name"] = ""
    client.force_login(herts_coordinator)
    response = client.post(reverse("partnerships:partnership-new", args=[herts.slug]), data)
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not Partnership.objects.for_lsp(herts).exists()


def test_a_partnership_cannot_report_to_one_under_it(herts):
    from django.core.exceptions import ValidationError

    board = PartnershipFactory(lsp=herts, kind=kind(herts, "board"))
    child = PartnershipFactory(lsp=herts, parent=board)
    board.parent = child
    with pytest.raises(ValidationError, match="cannot report to itself"):
        board.full_clean()


def test_board_page_warns_when_no_vcs_or_business_member(client, herts, herts_partner):
    board = PartnershipFactory(lsp=herts, name="The Board", kind=kind(herts, "board"))
    MembershipFactory(
        partnership=board, organisation=OrganisationFactory(lsp=herts, sector="police")
    )
    client.force_login(herts_partner)
    page = client.get(
        reverse("partnerships:partnership", args=[herts.slug, board.pk])
    ).content.decode()
    assert "no member from the voluntary and community sector" in page
    assert "no member from business" in page
    MembershipFactory(partnership=board, organisation=OrganisationFactory(lsp=herts, sector="vcs"))
    MembershipFactory(
        partnership=board, organisation=OrganisationFactory(lsp=herts, sector="business")
    )
    page = client.get(
        reverse("partnerships:partnership", args=[herts.slug, board.pk])
    ).content.decode()
    assert "no member from" not in page


def test_organisation_page_lists_every_seat_it_holds(client, herts, herts_partner):
    police = OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary", sector="police")
    for name in ("Board", "Safer Communities"):
        MembershipFactory(
            partnership=PartnershipFactory(lsp=herts, name=name),
            organisation=police,
            person_name=f"Officer on {name}",
        )
    client.force_login(herts_partner)
    page = client.get(
        reverse("partnerships:organisation", args=[herts.slug, police.pk])
    ).content.decode()
    assert "Officer on Board" in page and "Officer on Safer Communities" in page


def test_organisation_page_shows_how_often_its_members_came(client, herts, herts_partner):
    police = OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary", sector="police")
    seat = MembershipFactory(
        partnership=PartnershipFactory(lsp=herts, name="Board"), organisation=police
    )
    for status in ("present", "substitute", "apologies", "absent"):
        Attendance.objects.create(
            lsp=herts,
            meeting=MeetingFactory(partnership=seat.partnership),
            membership=seat,
            status=status,
            substitute_name="Deputy" if status == "substitute" else "",
        )
    client.force_login(herts_partner)
    page = client.get(reverse("partnerships:organisation", args=[herts.slug, police.pk]))
    (row,) = page.context["attendance"]
    assert (row.name, row.expected, row.present, row.apologies, row.absent, row.rate) == (
        "Board",
        4,
        2,
        1,
        1,
        50,
    )
    assert "50%" in page.content.decode()


def test_county_structure_lists_district_boards(client, herts, north_herts, herts_coordinator):
    PartnershipFactory(lsp=north_herts, name="North Herts Board", kind=kind(north_herts, "board"))
    client.force_login(herts_coordinator)
    page = client.get(reverse("partnerships:structure", args=[herts.slug])).content.decode()
    assert "North Hertfordshire Partnership" in page and "North Herts Board" in page


def test_structure_page_shows_the_tree_as_a_diagram_and_a_list(client, herts, herts_partner):
    board = PartnershipFactory(lsp=herts, name="Board <script>", kind=kind(herts, "board"))
    PartnershipFactory(lsp=herts, name="Thematic One", parent=board)
    client.force_login(herts_partner)
    page = client.get(reverse("partnerships:structure", args=[herts.slug])).content.decode()
    assert "<svg" in page and 'aria-hidden="true"' in page
    assert (
        "Board &lt;script&gt;" in page
        and "<script>" not in page.split("<svg")[1].split("</svg>")[0]
    )
    assert "Thematic One" in page


def grow(lsp, partnerships: int, members_each: int):
    board = PartnershipFactory(lsp=lsp, kind=kind(lsp, "board"))
    organisation = OrganisationFactory(lsp=lsp)
    for _ in range(partnerships):
        partnership = PartnershipFactory(lsp=lsp, parent=board)
        Membership.objects.bulk_create(
            Membership(
                lsp=lsp,
                partnership=partnership,
                person_name=f"P{i}",
                organisation=organisation,
                term_start=date(2009, 1, 1),
            )
            for i in range(members_each)
        )
    return board


@pytest.mark.parametrize("page", ["structure", "partnership", "organisations"])
def test_structure_pages_make_the_same_queries_as_the_structure_grows_tenfold(
    client, herts, herts_coordinator, page
):
    client.force_login(herts_coordinator)
    counts = []
    for size in (1, 10):
        board = grow(herts, partnerships=4 * size, members_each=5)
        args = [herts.slug] + ([board.pk] if page == "partnership" else [])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"partnerships:{page}", args=args)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_person_page_lists_seats_and_is_not_found_from_another_lsp(
    client, herts, camden, herts_partner, camden_coordinator
):
    MembershipFactory(
        partnership=PartnershipFactory(lsp=herts, name="Forum"),
        person=herts_partner,
        person_name="",
    )
    client.force_login(herts_partner)
    page = client.get(reverse("partnerships:person", args=[herts.slug, herts_partner.pk]))
    assert "Forum" in page.content.decode()
    # A Camden person is not a person of Hertfordshire.
    assert (
        client.get(
            reverse("partnerships:person", args=[herts.slug, camden_coordinator.pk])
        ).status_code
        == 404
    )


def test_coordinator_renames_and_adds_kinds_of_partnership(client, herts, herts_coordinator):
    theme_group = kind(herts, "theme_group")
    forum = PartnershipFactory(lsp=herts, kind=theme_group, name="Older People's Forum")
    client.force_login(herts_coordinator)
    edit = reverse("partnerships:partnership-kind-edit", args=[herts.slug, theme_group.pk])
    response = client.post(edit, {"name": "Forum", "order": 3})
    assert response.status_code == 302
    forum.refresh_from_db()
    assert forum.kind.name == "Forum" and forum.kind.code == "theme_group"

    new = reverse("partnerships:partnership-kind-new", args=[herts.slug])
    assert client.post(new, {"name": "Local Public Service Board", "order": 9}).status_code == 302
    added = herts.partnerships_partnershipkind_set.get(name="Local Public Service Board")
    assert added.code == "local-public-service-board"
    page = client.get(reverse("partnerships:partnership-new", args=[herts.slug])).content.decode()
    assert "Local Public Service Board" in page


def test_two_kinds_cannot_share_a_name(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:partnership-kind-new", args=[herts.slug]),
        {"name": "board", "order": 1},
    )
    assert response.status_code == 200
    assert b"already has a kind of partnership with that name" in response.content
    assert herts.partnerships_partnershipkind_set.filter(name__iexact="board").count() == 1
