"""Publishing a board pack: the deadline and the reason for urgency, the members' e-mail,
who may download which edition, and what the public sees."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from lsp_portal.permissions import RoleName
from partnerships import packs, services
from partnerships.models import AgendaItem, Meeting, PackDownload
from tests.conftest import person_with_role
from tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
    published_pack,
)


@pytest.fixture
def meeting(herts):
    board = PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board")
    for email in ("chair@example.org", "police@example.org"):
        MembershipFactory(
            partnership=board,
            organisation=OrganisationFactory(lsp=herts),
            person=UserFactory(email=email),
        )
    return services.meeting_save(
        meeting=Meeting(
            lsp=herts,
            partnership=board,
            starts_at=timezone.now() + timedelta(days=2),
            venue="Council chamber",
        )
    )


def test_a_new_meeting_starts_with_the_standard_items(meeting):
    assert list(meeting.items.values_list("standard", flat=True)) == [
        "apologies",
        "declarations",
        "previous_minutes",
        "urgent_business",
    ]
    added = services.agenda_item_save(
        item=AgendaItem(lsp=meeting.lsp, meeting=meeting, order=4, title="Housing")
    )
    urgent = meeting.items.get(standard="urgent_business")
    assert urgent.order == added.order + 1  # urgent business stays last


def test_a_standard_item_can_be_removed_but_not_one_with_minutes(meeting):
    apologies = meeting.items.get(standard="apologies")
    services.agenda_item_remove(item=apologies)
    assert not meeting.items.filter(standard="apologies").exists()
    minutes = meeting.items.get(standard="previous_minutes")
    minutes.minutes = "Approved."
    minutes.save()
    with pytest.raises(ValidationError):
        services.agenda_item_remove(item=minutes)


def test_publishing_after_the_deadline_needs_the_chairs_reason(meeting, herts_coordinator):
    # Two days ahead is always inside five clear days.
    assert packs.publishing_is_late(meeting)
    with pytest.raises(ValidationError) as refused:
        packs.pack_request(meeting=meeting, actor=herts_coordinator, publish=True)
    assert "reason for urgency" in str(refused.value)
    from documents.models import Document

    assert not Document.objects.exists()  # nothing saved
    # A draft needs no reason.
    packs.pack_request(meeting=meeting, actor=herts_coordinator, publish=False)


def test_the_reason_for_urgency_goes_into_the_minutes_and_members_get_one_email_in_two_hours(
    meeting, herts_coordinator
):
    first = published_pack(meeting, number=1, published=False)
    packs.pack_publish(version=first, actor=herts_coordinator, urgency_reason="Budget deadline.")
    urgent = meeting.items.get(standard="urgent_business")
    assert "Budget deadline." in urgent.minutes and "after the deadline" in urgent.minutes
    assert packs.pack_notices_send() == 2
    assert {m.to[0] for m in mail.outbox} == {"chair@example.org", "police@example.org"}
    assert "/meetings/" in mail.outbox[0].body and not mail.outbox[0].attachments
    # A second version an hour later: its e-mail waits until two hours after the first.
    second = published_pack(meeting, number=2, published=False)
    packs.pack_publish(version=second, actor=herts_coordinator)
    assert packs.pack_notices_send(now=timezone.now() + timedelta(hours=1)) == 0
    third = published_pack(meeting, number=3, published=False)
    packs.pack_publish(version=third, actor=herts_coordinator)
    assert packs.pack_notices_send(now=timezone.now() + timedelta(hours=2, minutes=1)) == 2
    assert len(mail.outbox) == 4  # versions 2 and 3: one e-mail each member


def test_the_members_edition_is_for_those_who_see_the_whole_meeting(
    client, herts, meeting, herts_coordinator
):
    version = published_pack(meeting)
    members = reverse(
        "partnerships:pack-download", args=[herts.slug, meeting.pk, version.number, "members"]
    )
    public = reverse(
        "partnerships:pack-download", args=[herts.slug, meeting.pk, version.number, "public"]
    )
    for role in (RoleName.SCRUTINEER, RoleName.MP):
        client.force_login(person_with_role(herts, role, f"{role}@example.org"))
        assert client.get(members).status_code == 404
        assert client.get(public).status_code == 200
    assert not PackDownload.objects.exists()
    client.force_login(herts_coordinator)
    assert client.get(members).status_code == 200
    download = PackDownload.objects.get()
    assert download.user == herts_coordinator and download.version == version


def test_drafts_are_never_public(client, herts, meeting, herts_coordinator):
    draft = published_pack(meeting, number=1, published=False)
    client.force_login(person_with_role(herts, RoleName.PARTNER, "partner@example.org"))
    url = reverse("partnerships:pack-download", args=[herts.slug, meeting.pk, 1, "public"])
    assert client.get(url).status_code == 404
    client.logout()
    public = reverse("partnerships:public-pack", args=[herts.slug, meeting.pk, draft.number])
    assert client.get(public).status_code == 404
    page = client.get(reverse("partnerships:public-meeting", args=[herts.slug, meeting.pk]))
    assert b"Download the meeting" not in page.content
    packs.pack_publish(version=draft, actor=herts_coordinator)
    page = client.get(reverse("partnerships:public-meeting", args=[herts.slug, meeting.pk]))
    assert b"Download the meeting's papers" in page.content
    assert client.get(public).status_code == 200


def test_the_coordinator_asks_for_a_pack_and_a_second_request_joins_it(
    client, herts, meeting, herts_coordinator
):
    client.force_login(herts_coordinator)
    url = reverse("partnerships:pack-make", args=[herts.slug, meeting.pk])
    page = client.get(url)
    assert b"latest date to publish" in page.content
    response = client.post(url, {"publish": "yes", "urgency_reason": ""})
    assert response.status_code == 200 and b"govuk-error-summary" in response.content
    assert client.post(url, {"publish": "no"}).status_code == 302
    assert client.post(url, {"publish": "no"}).status_code == 302
    from documents.models import Document

    assert Document.objects.filter(kind="board_pack").count() == 1
    detail = client.get(reverse("partnerships:meeting", args=[herts.slug, meeting.pk]))
    assert b"Waiting for a worker" in detail.content and detail["Refresh"]


def test_the_deadline_follows_the_lsps_own_clear_days(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    url = reverse("partnerships:papers-settings", args=[herts.slug])
    assert client.post(url, {"papers_clear_days": "45"}).status_code == 200
    assert client.post(url, {"papers_clear_days": "0"}).status_code == 302
    herts.refresh_from_db()
    assert herts.papers_clear_days == 0
    meeting = Meeting(lsp=herts, starts_at=datetime(2011, 1, 5, 18, tzinfo=UTC))
    assert packs.deadline_of(meeting) is None and not packs.publishing_is_late(meeting)


def test_the_deadline_counts_from_the_meetings_date_in_the_uk(herts):
    # 23:30 UTC on Thursday 10 June 2010 is 00:30 on Friday 11 June in London.
    meeting = Meeting(lsp=herts, starts_at=datetime(2010, 6, 10, 23, 30, tzinfo=UTC))
    assert packs.deadline_of(meeting) == date(2010, 6, 3)
