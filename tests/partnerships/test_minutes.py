"""Journey 5, after the meeting: declarations of interest, decisions, the forward plan,
the action log, and minutes approved by an executive member at the next meeting."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lsp_portal.actions import ActionStatus
from lsp_portal.permissions import RoleName
from partnerships.models import Decision, Declaration, Meeting, MeetingAction, PlannedDecision
from tests.conftest import person_with_role
from tests.factories import (
    AgendaItemFactory,
    DecisionFactory,
    MeetingActionFactory,
    MeetingFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    PlannedDecisionFactory,
    published_pack,
)
from tests.partnerships.test_structure import date_data


@pytest.fixture
def board(herts):
    return PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board")


@pytest.fixture
def march(board):
    """A meeting with one item discussed and minuted, and the next meeting after it."""
    meeting = MeetingFactory(partnership=board, starts_at=datetime(2010, 3, 4, 18, 30, tzinfo=UTC))
    AgendaItemFactory(meeting=meeting, order=1, title="Housing growth", minutes="Agreed.")
    return meeting


@pytest.fixture
def june(board):
    return MeetingFactory(partnership=board, starts_at=datetime(2010, 6, 3, 18, 30, tzinfo=UTC))


@pytest.fixture
def executive(herts):
    return person_with_role(herts, RoleName.EXECUTIVE, "leader@example.org")


def approve(client, herts, meeting):
    return client.post(reverse("partnerships:minutes-approve", args=[herts.slug, meeting.pk]))


def test_executive_member_approves_the_minutes_at_the_next_meeting(
    client, herts, march, june, executive
):
    client.force_login(executive)
    response = approve(client, herts, march)
    assert response.status_code == 302
    march.refresh_from_db()
    assert march.minutes_approved_by == executive
    assert march.minutes_approved_at_meeting == june
    page = client.get(reverse("partnerships:meeting", args=[herts.slug, march.pk])).content
    assert b"Minutes approved" in page and b"3 June 2010" in page
    assert "Minutes approved" in [entry.history_change_reason for entry in march.history.all()]


def test_minutes_wait_for_the_next_meeting(client, herts, march, executive):
    client.force_login(executive)
    response = approve(client, herts, march)
    assert response.status_code == 200
    assert b"none has been arranged yet" in response.content
    assert b"govuk-error-summary" in response.content
    march.refresh_from_db()
    assert not march.minutes_approved


def test_minutes_are_not_approved_before_the_next_meeting_has_met(
    client, herts, march, board, executive
):
    MeetingFactory(partnership=board, starts_at=timezone.now() + timedelta(days=30))
    client.force_login(executive)
    response = approve(client, herts, march)
    assert b"Minutes are approved at the next meeting, on" in response.content
    march.refresh_from_db()
    assert not march.minutes_approved


def test_a_coordinator_writes_minutes_but_does_not_approve_them(
    client, herts, march, june, herts_coordinator
):
    client.force_login(herts_coordinator)
    assert approve(client, herts, march).status_code == 403
    march.refresh_from_db()
    assert not march.minutes_approved


def test_approved_minutes_cannot_be_changed(
    client, herts, march, june, executive, herts_coordinator
):
    client.force_login(executive)
    approve(client, herts, march)
    item = march.items.get()
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:agenda-item-edit", args=[herts.slug, item.pk]),
        {
            "order": 1,
            "title": item.title,
            "purpose": "information",
            "minutes": "Rewritten afterwards.",
        },
    )
    assert response.status_code == 200
    assert b"can no longer change" in response.content
    assert b"Rewritten afterwards." in response.content  # what was typed is shown again
    item.refresh_from_db()
    assert item.minutes == "Agreed."
    decision = client.post(
        reverse("partnerships:decision-new", args=[herts.slug, march.pk]),
        {"text": "A late decision", "decided_by": "The board"},
    )
    assert b"can no longer change" in decision.content
    assert not Decision.objects.exists()


def test_a_members_declaration_of_interest_is_carried_into_the_minutes(
    client, herts, march, board, herts_coordinator
):
    councillor = MembershipFactory(
        partnership=board,
        person_name="Cllr Ann Smith",
        organisation=OrganisationFactory(lsp=herts, name="Hertfordshire County Council"),
    )
    item = march.items.get()
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:declaration-new", args=[herts.slug, item.pk]),
        {
            "membership": councillor.pk,
            "kind": "prejudicial",
            "interest": "Her husband owns land on the growth site.",
            "left_the_meeting": "on",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("partnerships:meeting", args=[herts.slug, march.pk])).content.decode()
    assert (
        "Cllr Ann Smith (Hertfordshire County Council) declared a prejudicial interest: "
        "Her husband owns land on the growth site." in page
    )
    assert "They left the meeting for this item." in page


def test_only_a_member_of_the_partnership_can_declare(client, herts, march, herts_coordinator):
    outsider = MembershipFactory(partnership=PartnershipFactory(lsp=herts), person_name="Outsider")
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:declaration-new", args=[herts.slug, march.items.get().pk]),
        {"membership": outsider.pk, "kind": "personal", "interest": "A school governor."},
    )
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    assert b"A school governor." in response.content
    assert not Declaration.objects.exists()


def test_a_decision_takes_the_entry_off_the_forward_plan(
    client, herts, march, board, herts_coordinator
):
    planned = PlannedDecisionFactory(partnership=board, title="Adopt the housing strategy")
    client.force_login(herts_coordinator)
    plan_url = reverse("partnerships:forward-plan", args=[herts.slug])
    assert b"Adopt the housing strategy" in client.get(plan_url).content
    response = client.post(
        reverse("partnerships:decision-new", args=[herts.slug, march.pk]),
        {
            "agenda_item": march.items.get().pk,
            "text": "The housing strategy is adopted.",
            "decided_by": "The board",
            "planned": planned.pk,
        },
    )
    assert response.status_code == 302
    planned.refresh_from_db()
    assert planned.status == PlannedDecision.Status.TAKEN
    assert planned.decision.text == "The housing strategy is adopted."
    assert b"Adopt the housing strategy" not in client.get(plan_url).content


def test_a_decision_on_another_meetings_item_is_refused(
    client, herts, march, june, herts_coordinator
):
    other_item = AgendaItemFactory(meeting=june)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:decision-new", args=[herts.slug, march.pk]),
        {"agenda_item": other_item.pk, "text": "Agreed", "decided_by": "The board"},
    )
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    assert not Decision.objects.exists()


def test_changing_a_decision_is_kept_in_its_history(client, herts, march, herts_coordinator):
    decision = DecisionFactory(meeting=march, text="First wording")
    client.force_login(herts_coordinator)
    url = reverse("partnerships:decision-edit", args=[herts.slug, decision.pk])
    client.post(url, {"text": "Second wording", "decided_by": "The board"})
    page = client.get(url).content.decode()
    assert "First wording → Second wording" in page
    assert decision.history.first().history_user == herts_coordinator


def test_forward_plan_entry_with_a_meeting_of_another_partnership_is_refused(
    client, herts, board, herts_coordinator
):
    elsewhere = MeetingFactory(
        partnership=PartnershipFactory(lsp=herts), starts_at=timezone.now() + timedelta(days=9)
    )
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:planned-decision-new", args=[herts.slug]),
        {
            "partnership": board.pk,
            "title": "Agree the LAA refresh",
            "meeting": elsewhere.pk,
            **date_data("expected_on", date(2030, 1, 1)),
        },
    )
    assert response.status_code == 200
    assert b"Choose a meeting of this partnership" in response.content
    assert not PlannedDecision.objects.exists()


def action_data(organisation, **fields):
    return {
        "description": "Write to the Government Office about the housing target",
        "owner_organisation": organisation.pk,
        "owner_name": "",
        **date_data("due_on", date(2010, 4, 30)),
        **fields,
    }


def test_an_action_needs_an_owner(client, herts, march, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:action-new", args=[herts.slug, march.pk]),
        action_data(OrganisationFactory(lsp=herts)),
    )
    assert response.status_code == 200
    assert b"Choose the person who owns the action, or enter their name" in response.content
    assert not MeetingAction.objects.exists()


def test_the_owner_of_an_action_reports_progress_and_nobody_else_but_the_coordinator(
    client, herts, march, herts_coordinator, herts_partner
):
    council = OrganisationFactory(lsp=herts, name="Hertfordshire County Council")
    client.force_login(herts_coordinator)
    client.post(
        reverse("partnerships:action-new", args=[herts.slug, march.pk]),
        action_data(council, owner=herts_partner.pk),
    )
    action = MeetingAction.objects.get()
    assert action.owner == herts_partner

    other_partner = person_with_role(herts, RoleName.PARTNER, "other@example.org")
    update_url = reverse("partnerships:action-update", args=[herts.slug, action.pk])
    client.force_login(other_partner)
    assert client.post(update_url, {"text": "Done", "status": "complete"}).status_code == 403

    client.force_login(herts_partner)
    response = client.post(update_url, {"text": "Letter sent on 12 April.", "status": "complete"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.COMPLETE and action.status_label == "Done"
    page = client.get(reverse("partnerships:action", args=[herts.slug, action.pk])).content
    assert b"Letter sent on 12 April." in page


def test_overdue_actions_are_flagged_in_words(client, herts, march, herts_coordinator):
    MeetingActionFactory(meeting=march, description="Late thing", due_on=date(2010, 4, 1))
    MeetingActionFactory(
        meeting=march, description="Future thing", due_on=timezone.localdate() + timedelta(1)
    )
    client.force_login(herts_coordinator)
    page = client.get(
        reverse("partnerships:action-log", args=[herts.slug]), {"show": "overdue"}
    ).content.decode()
    assert "Late thing" in page and "Overdue" in page
    assert "Future thing" not in page


def test_scrutineers_do_not_see_actions_on_confidential_items_or_private_meetings(
    client, herts, march, board
):
    secret_item = AgendaItemFactory(meeting=march, is_confidential=True)
    MeetingActionFactory(meeting=march, description="Public action")
    MeetingActionFactory(meeting=march, agenda_item=secret_item, description="Confidential action")
    private = MeetingFactory(partnership=board, is_public=False)
    hidden = MeetingActionFactory(meeting=private, description="Private meeting action")
    scrutineer = person_with_role(herts, RoleName.SCRUTINEER, "scrutiny@example.org")
    client.force_login(scrutineer)
    page = client.get(
        reverse("partnerships:action-log", args=[herts.slug]), {"show": "all"}
    ).content.decode()
    assert "Public action" in page
    assert "Confidential action" not in page and "Private meeting action" not in page
    assert (
        client.get(reverse("partnerships:action", args=[herts.slug, hidden.pk])).status_code == 404
    )
    meeting_page = client.get(reverse("partnerships:meeting", args=[herts.slug, march.pk]))
    assert b"Confidential action" not in meeting_page.content


def grow_meeting(herts, board, meeting, size):
    for _ in range(size):
        item = AgendaItemFactory(meeting=meeting)
        member = MembershipFactory(partnership=board, organisation=OrganisationFactory(lsp=herts))
        Declaration.objects.create(
            lsp=herts, agenda_item=item, membership=member, kind="personal", interest="Governor"
        )
        DecisionFactory(meeting=meeting, agenda_item=item)
        MeetingActionFactory(
            meeting=meeting, agenda_item=item, owner_organisation=member.organisation
        )
        PlannedDecisionFactory(partnership=board)
        item.paper.save("paper.pdf", ContentFile(b"%PDF-1.7 paper"))
        published_pack(meeting, number=meeting.pack_versions.count() + 1)


@pytest.mark.parametrize(
    "page", ["meeting", "action-log", "forward-plan", "meetings", "public-meeting"]
)
def test_meeting_pages_make_the_same_queries_as_they_grow_tenfold(
    client, herts, board, march, herts_coordinator, page
):
    client.force_login(herts_coordinator)
    args = [herts.slug] + ([march.pk] if page in ("meeting", "public-meeting") else [])
    counts = []
    for size in (2, 20):
        grow_meeting(herts, board, march, size)
        MeetingFactory.create_batch(size, partnership=board)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse(f"partnerships:{page}", args=args), {"show": "all"})
            assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_meetings_page_lists_coming_meetings_from_the_navigation(
    client, herts, board, herts_partner
):
    MeetingFactory(partnership=board, starts_at=timezone.now() + timedelta(days=7))
    MeetingFactory(partnership=board, is_public=False, starts_at=timezone.now() + timedelta(days=8))
    client.force_login(herts_partner)
    home = client.get(reverse("portal:lsp-home", args=[herts.slug])).content.decode()
    assert reverse("partnerships:meetings", args=[herts.slug]) in home
    page = client.get(reverse("partnerships:meetings", args=[herts.slug])).content.decode()
    assert page.count("Hertfordshire Forward Board") == 1  # the private one is not theirs
    assert Meeting.objects.count() == 2


def test_the_action_log_pages_through_many_actions(client, herts, march, herts_coordinator):
    MeetingActionFactory.create_batch(60, meeting=march)
    client.force_login(herts_coordinator)
    url = reverse("partnerships:action-log", args=[herts.slug])
    first = client.get(url, {"show": "all"})
    assert len(first.context["actions"]) == 50
    assert b"Page 1 of 2" in first.content
    second = client.get(url, {"show": "all", "page": 2})
    assert len(second.context["actions"]) == 10
    assert client.get(url, {"show": "all", "page": "nonsense"}).status_code == 200


def test_draft_minutes_are_for_those_who_take_part_not_for_scrutineers_or_mps(client, herts, march):
    Declaration.objects.create(
        lsp=herts,
        agenda_item=march.items.get(),
        membership=MembershipFactory(partnership=march.partnership, person_name="Cllr Ann Smith"),
        kind="personal",
        interest="A school governor.",
    )
    DecisionFactory(meeting=march, text="A draft decision")
    url = reverse("partnerships:meeting", args=[herts.slug, march.pk])
    for role in (RoleName.SCRUTINEER, RoleName.MP):
        client.force_login(person_with_role(herts, role, f"{role}@example.org"))
        page = client.get(url).content.decode()
        assert "Housing growth" in page
        assert "Agreed." not in page and "A school governor." not in page
        assert "A draft decision" not in page
    client.force_login(person_with_role(herts, RoleName.EXECUTIVE, "exec@example.org"))
    page = client.get(url).content.decode()
    assert "Agreed." in page and "A school governor." in page and "A draft decision" in page


def test_an_mp_is_never_an_actions_owner(client, herts, march, herts_coordinator):
    mp = person_with_role(herts, RoleName.MP, "mp@example.org")
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:action-new", args=[herts.slug, march.pk]),
        action_data(OrganisationFactory(lsp=herts), owner=mp.pk),
    )
    assert b"Select a valid choice" in response.content
    action = MeetingActionFactory(meeting=march, owner=mp)  # made before the rule, say
    client.force_login(mp)
    update_url = reverse("partnerships:action-update", args=[herts.slug, action.pk])
    assert client.post(update_url, {"text": "x", "status": "complete"}).status_code == 403


def test_an_owner_reaches_their_action_on_a_meeting_they_could_not_otherwise_open(
    client, herts, board, herts_partner
):
    private = MeetingFactory(partnership=board, is_public=False)
    action = MeetingActionFactory(meeting=private, owner=herts_partner)
    client.force_login(herts_partner)
    assert (
        client.get(reverse("partnerships:action", args=[herts.slug, action.pk])).status_code == 200
    )


def test_forward_plan_leaves_out_entries_for_meetings_the_reader_cannot_open(client, herts, board):
    private = MeetingFactory(
        partnership=board, is_public=False, starts_at=timezone.now() + timedelta(days=5)
    )
    PlannedDecisionFactory(partnership=board, meeting=private, title="Close the day centre")
    PlannedDecisionFactory(partnership=board, title="Agree the LAA refresh")
    client.force_login(person_with_role(herts, RoleName.SCRUTINEER, "s@example.org"))
    page = client.get(reverse("partnerships:forward-plan", args=[herts.slug])).content.decode()
    assert "Agree the LAA refresh" in page and "Close the day centre" not in page


def test_a_planned_decision_can_be_withdrawn_after_its_meeting(
    client, herts, board, march, herts_coordinator
):
    planned = PlannedDecisionFactory(partnership=board, meeting=march)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:planned-decision-edit", args=[herts.slug, planned.pk]),
        {
            "partnership": board.pk,
            "title": planned.title,
            "meeting": march.pk,
            "status": "withdrawn",
            **date_data("expected_on", date(2010, 3, 4)),
        },
    )
    assert response.status_code == 302
    planned.refresh_from_db()
    assert planned.status == PlannedDecision.Status.WITHDRAWN


def test_no_item_joins_an_agenda_whose_minutes_are_approved(
    client, herts, march, june, executive, herts_coordinator
):
    client.force_login(executive)
    approve(client, herts, march)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:agenda-item-new", args=[herts.slug, march.pk]),
        {"order": 2, "title": "A late addition", "purpose": "information"},
    )
    assert b"can no longer change" in response.content
    assert march.items.count() == 1
