"""Journey 7: what the public reads without signing in, and what never reaches it.

A confidential item, a private meeting and draft minutes are seeded on purpose; every
published page, paper, feed and export is then read as the public and searched for them.
"""

import itertools
from datetime import UTC, date, datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from partnerships.models import Declaration
from tests.factories import (
    AgendaItemFactory,
    DecisionFactory,
    MeetingActionFactory,
    MeetingFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    published_pack,
)
from tests.permission_table import TABLE

SECRETS = [
    "SECRET-ITEM-TITLE",
    "SECRET-PAPER-TEXT",
    "SECRET-PAPER-FILE",
    "SECRET-MINUTES",
    "SECRET-DECISION",
    "SECRET-ACTION",
    "SECRET-INTEREST",
    "SECRET-PRIVATE-VENUE",
    "SECRET-PRIVATE-ITEM",
    "DRAFT-MINUTES",
    "DRAFT-DECISION",
]


def with_paper(item, name, content):
    item.paper.save(name, ContentFile(content), save=False)
    item.paper_name = name
    item.save()
    return item


@pytest.fixture
def published(herts):
    """A board with an approved public meeting holding one confidential item, a public
    meeting whose minutes are still a draft, and a private meeting."""
    board = PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board", remit="Leads.")
    member = MembershipFactory(
        partnership=board,
        person_name="Cllr Ann Smith",
        position="chair",
        organisation=OrganisationFactory(lsp=herts, name="Hertfordshire County Council"),
    )
    approved = MeetingFactory(partnership=board, starts_at=datetime(2010, 3, 4, 18, tzinfo=UTC))
    open_item = with_paper(
        AgendaItemFactory(meeting=approved, order=1, title="Open item", minutes="Open minutes."),
        "open.pdf",
        b"%PDF-1.7 open paper",
    )
    secret = with_paper(
        AgendaItemFactory(
            meeting=approved,
            order=2,
            title="SECRET-ITEM-TITLE",
            paper_text="SECRET-PAPER-TEXT",
            minutes="SECRET-MINUTES",
            is_confidential=True,
        ),
        "secret.pdf",
        b"%PDF-1.7 SECRET-PAPER-FILE",
    )
    DecisionFactory(meeting=approved, agenda_item=open_item, text="Open decision.")
    DecisionFactory(meeting=approved, agenda_item=secret, text="SECRET-DECISION")
    MeetingActionFactory(meeting=approved, agenda_item=secret, description="SECRET-ACTION")
    Declaration.objects.create(
        lsp=herts,
        agenda_item=secret,
        membership=member,
        kind="personal",
        interest="SECRET-INTEREST",
    )
    draft = MeetingFactory(partnership=board, starts_at=datetime(2010, 6, 3, 18, tzinfo=UTC))
    AgendaItemFactory(meeting=draft, title="Draft item", minutes="DRAFT-MINUTES")
    DecisionFactory(meeting=draft, text="DRAFT-DECISION")
    approved.minutes_approved_at = timezone.now()
    approved.minutes_approved_at_meeting = draft
    approved.save()
    private = MeetingFactory(
        partnership=board,
        is_public=False,
        venue="SECRET-PRIVATE-VENUE",
        starts_at=timezone.now() + timezone.timedelta(days=10),
    )
    private_item = AgendaItemFactory(meeting=private, title="SECRET-PRIVATE-ITEM")
    # Packs: the approved meeting's version 1 is published, its version 2 is a draft; the
    # private meeting's pack is never public, even published.
    published_pack(approved, number=1)
    published_pack(approved, number=2, published=False, content=b"%PDF-1.7 SECRET-DRAFT-PACK")
    published_pack(private, number=1, content=b"%PDF-1.7 SECRET-PRIVATE-PACK")
    return {
        "board": board,
        "approved": approved,
        "draft": draft,
        "private": private,
        "items": [open_item, secret, private_item],
    }


def public_urls(herts, world):
    """Every published URL, with every object of the world that could go in it."""
    candidates = {
        "lsp_slug": [herts.slug],
        "meeting_id": [world["approved"].pk, world["draft"].pk, world["private"].pk],
        "item_id": [item.pk for item in world["items"]],
        "partnership_id": [world["board"].pk],
        "dataset": ["memberships", "organisations", "meetings"],
        "number": [1, 2],
    }
    for name, row in TABLE.items():
        if row.expected["anonymous"] != 200 or "lsp_slug" not in row.kwargs:
            continue
        for values in itertools.product(*(candidates[key] for key in row.kwargs)):
            yield reverse(name, kwargs=dict(zip(row.kwargs, values, strict=True)))


def read_as_public(client, url) -> str:
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code)
    if response.status_code == 404:
        return ""
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


def test_nothing_private_confidential_or_draft_is_ever_published(client, herts, published):
    everything = {url: read_as_public(client, url) for url in public_urls(herts, published)}
    assert len(everything) >= 15
    leaks = [(url, s) for url, body in everything.items() for s in SECRETS if s in body]
    assert not leaks
    # ... and the published pages are not empty: the open parts do appear.
    meeting = everything[
        reverse("partnerships:public-meeting", args=[herts.slug, published["approved"].pk])
    ]
    assert "Open item" in meeting and "Open minutes." in meeting and "Open decision." in meeting
    paper = everything[
        reverse("partnerships:public-paper", args=[herts.slug, published["items"][0].pk])
    ]
    assert "open paper" in paper


def test_private_meeting_and_confidential_paper_are_not_found(client, herts, published):
    private = reverse("partnerships:public-meeting", args=[herts.slug, published["private"].pk])
    secret_paper = reverse("partnerships:public-paper", args=[herts.slug, published["items"][1].pk])
    assert client.get(private).status_code == 404
    assert client.get(secret_paper).status_code == 404


def test_draft_minutes_wait_for_approval(client, herts, published):
    page = client.get(
        reverse("partnerships:public-meeting", args=[herts.slug, published["draft"].pk])
    ).content.decode()
    assert "Draft item" in page
    assert "published once approved" in page


def test_the_public_sees_the_structure_with_chairs_and_member_organisations(
    client, herts, published
):
    PartnershipFactory(
        lsp=herts, name="Closed group", start_date=date(2008, 4, 1), end_date=date(2009, 1, 1)
    )
    page = client.get(reverse("partnerships:public-home", args=[herts.slug])).content.decode()
    assert "Hertfordshire Forward Board" in page
    assert "chaired by Cllr Ann Smith" in page
    assert "Hertfordshire County Council" in page
    assert "Closed group" not in page
    assert "Sign in" in page or "sign-in" in page


@pytest.mark.parametrize("page", ["public-home", "public-meetings"])
def test_public_pages_make_the_same_queries_as_the_lsp_grows_tenfold(client, herts, page):
    counts = []
    for size in (2, 20):
        for _ in range(size):
            partnership = PartnershipFactory(lsp=herts)
            MembershipFactory(partnership=partnership, organisation=OrganisationFactory(lsp=herts))
            MeetingFactory(partnership=partnership)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"partnerships:{page}", args=[herts.slug])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_open_data_is_served_as_json_and_csv(client, herts, published):
    popolo = client.get(reverse("partnerships:open-data-popolo", args=[herts.slug]))
    assert popolo["Content-Type"].startswith("application/json")
    assert {"organizations", "persons", "memberships", "posts", "events"} <= set(popolo.json())
    memberships = client.get(
        reverse("partnerships:open-data-csv", args=[herts.slug, "memberships"])
    )
    assert memberships["Content-Type"].startswith("text/csv")
    assert "Cllr Ann Smith" in memberships.content.decode()
    missing = client.get(reverse("partnerships:open-data-csv", args=[herts.slug, "passwords"]))
    assert missing.status_code == 404
