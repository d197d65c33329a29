"""Open data: the published structure is valid Popolo, and publishes nothing private."""

import csv
import datetime
import io
import json
from functools import cache
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from jsonschema import Draft3Validator
from referencing import Registry
from referencing.jsonschema import DRAFT3

from partnerships.models import Meeting, Membership
from partnerships.open_data import meetings_csv, memberships_csv, organisations_csv, popolo_of
from tenancy.models import Organisation
from tests.factories import (
    MeetingFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
    kind,
    published_pack,
)

TODAY = datetime.date(2010, 6, 1)

# Copies of the Popolo schemas live in the repository, so CI on a clean clone needs nothing else.
SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "popolo_schemas"
SCHEMA_OF = {
    "organizations": "organization",
    "persons": "person",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
}


@cache
def schema_registry() -> Registry:
    """Every Popolo schema under its own id, so ``$ref``s resolve locally, never over the net."""
    resources = []
    for path in SCHEMAS.glob("*.json"):
        contents = json.loads(path.read_text())
        resources.append((contents["id"].rstrip("#"), DRAFT3.create_resource(contents)))
    return Registry().with_resources(resources)


def validator_for(name: str) -> Draft3Validator:
    registry = schema_registry()
    schema = registry.contents(f"http://www.popoloproject.com/schemas/{name}.json")
    return Draft3Validator(schema, registry=registry, format_checker=Draft3Validator.FORMAT_CHECKER)


def errors_of(name: str, item: dict) -> list[str]:
    return [error.message for error in validator_for(name).iter_errors(item)]


def add_partnership(lsp, number: int, *, parent=None):
    """One partnership with a chair who has an account, a named member for an organisation in
    a network, an ended member, and a public and a private meeting."""
    network = OrganisationFactory(
        lsp=lsp, name=f"{lsp.slug} VCS network {number}", is_network=True, charity_number="1100"
    )
    organisation = OrganisationFactory(
        lsp=lsp,
        name=f"{lsp.slug} organisation {number}",
        sector=Organisation.Sector.HEALTH,
        is_statutory_partner=True,
        company_number="01234567",
        nhs_ods_code="RWH",
    )
    organisation.networks.add(network)
    partnership = PartnershipFactory(
        lsp=lsp,
        name=f"{lsp.slug} partnership {number}",
        parent=parent,
        remit="Healthier communities and older people.",
    )
    chair = UserFactory(email=f"{lsp.slug}-chair-{number}@example.org", full_name=f"Chair {number}")
    MembershipFactory(
        partnership=partnership,
        person=chair,
        person_name="",
        position=Membership.Position.CHAIR,
        organisation=organisation,
    )
    MembershipFactory(
        partnership=partnership,
        person_name=f"Named Member {number}",
        organisation=organisation,
        sector_seat=Organisation.Sector.VCS,
        nominated_by=network,
    )
    MembershipFactory(
        partnership=partnership,
        person_name=f"Former Member {number}",
        term_end=datetime.date(2009, 3, 31),
    )
    public = MeetingFactory(partnership=partnership, venue=f"{lsp.slug} public venue {number}")
    published_pack(public, number=1)
    published_pack(public, number=2)
    published_pack(public, number=3, published=False)  # a draft: never in the open data
    private = MeetingFactory(
        partnership=partnership, venue=f"{lsp.slug} private venue {number}", is_public=False
    )
    published_pack(private, number=1)
    return partnership


@pytest.fixture
def board(herts):
    return PartnershipFactory(
        lsp=herts, name="Hertfordshire Forward board", kind=kind(herts, "board")
    )


@pytest.fixture
def world(herts, board):
    for number in range(2):
        add_partnership(herts, number, parent=board)
    return herts


@pytest.fixture
def document(world):
    return popolo_of(world)


def all_rows(build) -> list[list]:
    header, rows = build
    return [header, *rows]


# Valid Popolo -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", SCHEMA_OF)
def test_every_item_of_the_document_is_valid_popolo(document, key):
    assert document[key], f"the world should give some {key} to check"
    for item in document[key]:
        assert errors_of(SCHEMA_OF[key], item) == [], item


def test_an_event_with_a_malformed_start_date_fails_validation(document):
    event = document["events"][0]
    assert errors_of("event", event) == []
    for malformed in ("4 March 2010 18:30", "2010-03-04 18:30:00", "2010-03-04T18:30:00"):
        assert errors_of("event", {**event, "start_date": malformed}), malformed


def test_a_reference_to_another_schema_is_checked_too(document):
    """organization.json checks identifiers through a ``$ref`` to identifier.json."""
    organisation = next(o for o in document["organizations"] if o["identifiers"])
    assert errors_of("organization", organisation) == []
    broken = {**organisation, "identifiers": [{"scheme": "GB-CHC"}]}
    assert errors_of("organization", broken) == ["'identifier' is a required property"]


def test_a_summer_meeting_starts_at_local_time_with_its_offset(herts, board):
    MeetingFactory(
        partnership=board, starts_at=datetime.datetime(2010, 7, 1, 17, 30, tzinfo=datetime.UTC)
    )
    (event,) = popolo_of(herts)["events"]
    assert event["start_date"] == "2010-07-01T18:30:00+01:00"
    assert errors_of("event", event) == []


def test_a_network_membership_names_the_member_organisation(document):
    networked = [m for m in document["memberships"] if "member" in m]
    assert len(networked) == 2
    assert all(m["member"]["@type"] == "Organization" for m in networked)


def test_organisations_carry_their_register_numbers_and_partnerships_their_parent(document):
    by_name = {o["name"]: o for o in document["organizations"]}
    assert by_name["hertfordshire organisation 0"]["identifiers"] == [
        {"scheme": "GB-COH", "identifier": "01234567"},
        {"scheme": "GB-NHS", "identifier": "RWH"},
    ]
    assert by_name["hertfordshire VCS network 0"]["identifiers"] == [
        {"scheme": "GB-CHC", "identifier": "1100"}
    ]
    partnership = by_name["hertfordshire partnership 0"]
    board = by_name["Hertfordshire Forward board"]
    assert partnership["parent_id"] == board["id"]
    assert partnership["classification"] == "Thematic partnership"
    assert partnership["founding_date"] == "2008-04-01"


# People -----------------------------------------------------------------------------------------


def test_people_with_and_without_an_account_are_both_persons(document):
    persons = {p["id"]: p["name"] for p in document["persons"]}
    chair = Membership.objects.get(person__full_name="Chair 0").person
    assert persons[f"person/user-{chair.pk}"] == "Chair 0"
    assert persons["person/name-named-member-0"] == "Named Member 0"


def test_one_named_person_on_two_seats_is_one_person(herts, board):
    for partnership in (board, PartnershipFactory(lsp=herts)):
        MembershipFactory(partnership=partnership, person_name="Jo Bloggs")
    document = popolo_of(herts)
    assert document["persons"] == [{"id": "person/name-jo-bloggs", "name": "Jo Bloggs"}]
    assert len(document["memberships"]) == 2


def test_no_email_address_is_published(document, world):
    published = json.dumps(document)
    _, rows = memberships_csv(world, today=TODAY)
    published_csv = json.dumps(list(rows))
    emails = list(
        Membership.objects.for_lsp(world)
        .filter(person__isnull=False)
        .values_list("person__email", flat=True)
    )
    assert emails
    for email in emails:
        assert email not in published
        assert email not in published_csv
    assert "@example.org" not in published


def test_memberships_refer_to_people_organisations_and_posts_in_the_document(document):
    ids = [item["id"] for key in SCHEMA_OF for item in document[key]]
    assert len(ids) == len(set(ids)), "ids are unique in the document"
    persons = {p["id"] for p in document["persons"]}
    organisations = {o["id"] for o in document["organizations"]}
    posts = {p["id"] for p in document["posts"]}
    for membership in document["memberships"]:
        assert membership["organization_id"] in organisations
        if "member" in membership:
            assert membership["member"]["id"] in organisations
        else:
            assert membership["person_id"] in persons
            assert membership["post_id"] in posts
        if "on_behalf_of_id" in membership:
            assert membership["on_behalf_of_id"] in organisations
    for item in document["posts"] + document["events"]:
        assert item["organization_id"] in organisations
    for organisation in document["organizations"]:
        assert organisation.get("parent_id", organisation["id"]) in organisations


# What is never published ------------------------------------------------------------------------


def test_private_meetings_are_never_published(document, world):
    assert len(document["events"]) == 2
    assert "private venue" not in json.dumps(document)
    header, *rows = all_rows(meetings_csv(world))
    assert header[:5] == ["partnership", "date", "time", "venue", "online link"]
    # The private meetings' packs, though published to their members, are not here either.
    for private in Meeting.objects.filter(is_public=False):
        assert f"/meetings/{private.pk}/pack/" not in json.dumps([document, rows])
    assert sorted(row[3] for row in rows) == [
        "hertfordshire public venue 0",
        "hertfordshire public venue 1",
    ]


def test_another_lsps_structure_is_never_published(world, camden):
    add_partnership(camden, 0)
    published = json.dumps(popolo_of(world))
    published += json.dumps(all_rows(memberships_csv(world, today=TODAY)))
    published += json.dumps(all_rows(organisations_csv(world)))
    published += json.dumps(all_rows(meetings_csv(world)))
    assert "camden" not in published
    assert "hertfordshire partnership 0" in published


# CSV --------------------------------------------------------------------------------------------


def test_memberships_csv_has_a_row_per_seat_current_and_ended(world):
    header, *rows = all_rows(memberships_csv(world, today=TODAY))
    assert len(rows) == 6
    named = dict(zip(header, next(r for r in rows if r[4] == "Named Member 0"), strict=True))
    assert named == {
        "partnership": "hertfordshire partnership 0",
        "partnership kind": "Thematic partnership",
        "parent partnership": "Hertfordshire Forward board",
        "position": "Member",
        "person": "Named Member 0",
        "organisation represented": "hertfordshire organisation 0",
        "sector": "Health",
        "sector seat": "Voluntary and community",
        "nominated by": "hertfordshire VCS network 0",
        "term start": "2008-04-01",
        "term end": "",
        "current": "yes",
    }
    former = next(r for r in rows if r[4] == "Former Member 0")
    assert former[-2:] == ["2009-03-31", "no"]


def test_organisations_csv_lists_networks_and_register_numbers(world):
    header, *rows = all_rows(organisations_csv(world))
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_name["hertfordshire organisation 0"] == {
        "name": "hertfordshire organisation 0",
        "sector": "Health",
        "statutory partner": "yes",
        "network": "no",
        "networks it belongs to": "hertfordshire VCS network 0",
        "charity number": "",
        "company number": "01234567",
        "NHS ODS code": "RWH",
    }


def test_meetings_csv_gives_local_date_and_time(world):
    _, rows = meetings_csv(world)
    assert next(iter(rows))[1:3] == ["2010-03-04", "18:30"]


def test_a_name_that_looks_like_a_formula_cannot_run_in_a_spreadsheet(client, herts):
    OrganisationFactory(lsp=herts, name='=HYPERLINK("http://example.com")')
    response = client.get(reverse("partnerships:open-data-csv", args=[herts.slug, "organisations"]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0] == '\'=HYPERLINK("http://example.com")'


# Query counts -----------------------------------------------------------------------------------


BUILDERS = {
    "popolo": (lambda lsp: popolo_of(lsp), 6),
    "memberships csv": (lambda lsp: all_rows(memberships_csv(lsp, today=TODAY)), 1),
    "organisations csv": (lambda lsp: all_rows(organisations_csv(lsp)), 2),
    "meetings csv": (lambda lsp: all_rows(meetings_csv(lsp)), 2),
}


def queries_to_build(build, lsp) -> int:
    with CaptureQueriesContext(connection) as queries:
        build(lsp)
    return len(queries)


@pytest.mark.parametrize("name", BUILDERS)
def test_query_count_does_not_grow_with_the_lsp(herts, board, name):
    build, expected = BUILDERS[name]
    add_partnership(herts, 0, parent=board)
    small = queries_to_build(build, herts)
    for number in range(1, 10):
        add_partnership(herts, number, parent=board)
    large = queries_to_build(build, herts)
    assert small == large == expected


def test_a_public_meetings_published_papers_are_in_its_record_and_drafts_are_not(herts, board):
    add_partnership(herts, 0, parent=board)
    events = [e for e in popolo_of(herts)["events"] if "public venue" in e["location"]]
    assert [event["location"] for event in events] == ["hertfordshire public venue 0"]
    notes = [source["note"] for source in events[0]["sources"]]
    assert [note.split(",")[1].strip() for note in notes] == ["version 2", "version 1"]
    assert "/public/meetings/" in events[0]["sources"][0]["url"]
    header, *rows = all_rows(meetings_csv(herts))
    assert rows[0][header.index("papers version")] == 2
