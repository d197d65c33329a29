"""Journey 2: the coordinator writes the strategy, the executive adopts it, the public
reads it; an adopted version never changes."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from documents.services import document_render
from lsp_portal.permissions import RoleName
from strategies.models import Evidence, LinkedPlan, Priority, Strategy
from strategies.services import strategy_new_draft
from tests.conftest import person_with_role
from tests.factories import (
    DecisionFactory,
    LinkedPlanFactory,
    MeetingFactory,
    OrganisationFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
)
from tests.partnerships.test_structure import date_data


@pytest.fixture
def draft(herts):
    strategy = StrategyFactory(lsp=herts, title="Hertfordshire 2021", version=1)
    housing = PriorityFactory(strategy=strategy, order=1, title="Affordable homes")
    health = PriorityFactory(strategy=strategy, order=2, title="Healthier lives")
    housing.links.add(health)
    Evidence.objects.create(
        lsp=herts,
        priority=housing,
        statement="Homes affordable to key workers",
        figure=12,
        unit="%",
        source="Housing needs survey 2007",
    )
    LinkedPlanFactory(strategy=strategy, title="Core Strategy").priorities.add(housing)
    return strategy


@pytest.fixture
def adoption_decision(herts):
    board = PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board")
    return DecisionFactory(
        meeting=MeetingFactory(partnership=board), text="The strategy is adopted."
    )


def adopt(client, herts, strategy, decision, day=date(2008, 6, 12)):
    return client.post(
        reverse("strategies:strategy-adopt", args=[herts.slug, strategy.pk]),
        {"decision": decision.pk, **date_data("adopted_on", day)},
    )


def test_coordinator_starts_the_strategy_and_adds_priorities(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("strategies:strategy-new", args=[herts.slug]),
        {
            "title": "Hertfordshire 2021",
            "period_start": 2008,
            "period_end": 2021,
            "vision": "A county where everyone can thrive.",
        },
    )
    assert response.status_code == 302
    strategy = Strategy.objects.get()
    assert (strategy.version, strategy.status) == (1, "draft")
    response = client.post(
        reverse("strategies:priority-new", args=[herts.slug, strategy.pk]),
        {"order": 1, "title": "Affordable homes", "pillars": ["social", "economic"]},
    )
    assert response.status_code == 302
    assert Priority.objects.get().pillar_names() == ["Social", "Economic"]


def test_a_period_that_ends_before_it_starts_is_explained_and_nothing_saved(
    client, herts, herts_coordinator
):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("strategies:strategy-new", args=[herts.slug]),
        {"title": "Backwards", "period_start": 2021, "period_end": 2008, "vision": "Hmm."},
    )
    assert response.status_code == 200
    assert b"The last year must be the same as or after the first year" in response.content
    assert b'value="Backwards"' in response.content
    assert not Strategy.objects.exists()


def test_a_priority_needs_a_pillar(client, herts, herts_coordinator, draft):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("strategies:priority-new", args=[herts.slug, draft.pk]),
        {"order": 3, "title": "Cleaner air"},
    )
    assert b"Choose at least one pillar" in response.content
    assert draft.priorities.count() == 2


def test_a_linked_plan_cannot_name_another_lsps_priority(
    client, herts, camden, herts_coordinator, draft
):
    camden_priority = PriorityFactory(strategy=StrategyFactory(lsp=camden))
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("strategies:linked-plan-new", args=[herts.slug, draft.pk]),
        {
            "title": "Waste plan",
            "kind": "ldf",
            "owner": OrganisationFactory(lsp=herts).pk,
            "priorities": [camden_priority.pk],
            "alignment": "aligned",
        },
    )
    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    assert b'value="Waste plan"' in response.content
    assert not LinkedPlan.objects.filter(title="Waste plan").exists()


def test_the_executive_adopts_and_the_strategy_is_published(
    client, herts, draft, adoption_decision
):
    executive = person_with_role(herts, RoleName.EXECUTIVE, "leader@example.org")
    client.force_login(executive)
    assert adopt(client, herts, draft, adoption_decision).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Strategy.Status.ADOPTED
    assert draft.adopted_by_decision == adoption_decision
    assert (draft.refresh_due, draft.review_due) == (date(2009, 6, 12), date(2011, 6, 12))
    document = draft.published_document
    assert document.kind == "strategy" and document.status == "queued"

    client.logout()
    public = client.get(reverse("strategies:public-strategy", args=[herts.slug])).content.decode()
    assert "Affordable homes" in public and "being prepared" in public
    document_render(document_id=document.pk)  # what the worker does
    pdf = client.get(reverse("strategies:public-strategy-pdf", args=[herts.slug]))
    assert pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")


def test_adoption_needs_a_decision_and_priorities(client, herts, herts_coordinator):
    empty = StrategyFactory(lsp=herts)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("strategies:strategy-adopt", args=[herts.slug, empty.pk]),
        date_data("adopted_on", date(2008, 6, 1)),
    )
    assert b"Choose the decision that adopted the strategy" in response.content
    empty.refresh_from_db()
    assert empty.status == "draft"


def test_an_adopted_version_never_changes(
    client, herts, herts_coordinator, draft, adoption_decision
):
    client.force_login(herts_coordinator)
    adopt(client, herts, draft, adoption_decision)
    edit = client.post(
        reverse("strategies:strategy-edit", args=[herts.slug, draft.pk]),
        {"title": "Rewritten", "period_start": 2008, "period_end": 2021, "vision": "New"},
    )
    assert b"can no longer change" in edit.content
    priority = draft.priorities.get(order=1)
    response = client.post(
        reverse("strategies:priority-edit", args=[herts.slug, priority.pk]),
        {"order": 1, "title": "Changed after adoption", "pillars": ["social"]},
    )
    assert b"can no longer change" in response.content
    draft.refresh_from_db()
    assert draft.title == "Hertfordshire 2021"
    assert draft.priorities.get(order=1).title == "Affordable homes"


def test_a_new_draft_copies_everything_and_leaves_the_adopted_text_alone(
    client, herts, herts_coordinator, draft, adoption_decision
):
    client.force_login(herts_coordinator)
    adopt(client, herts, draft, adoption_decision)
    response = client.post(reverse("strategies:strategy-new-draft", args=[herts.slug, draft.pk]))
    second = Strategy.objects.get(version=2)
    assert response.status_code == 302 and second.based_on == draft
    housing = second.priorities.get(order=1)
    assert [p.title for p in housing.links.all()] == ["Healthier lives"]
    assert housing.links.get().strategy == second
    assert housing.evidence.get().figure == 12
    assert second.linked_plans.get().priorities.get() == housing
    client.post(
        reverse("strategies:priority-edit", args=[herts.slug, housing.pk]),
        {"order": 1, "title": "Homes for everyone", "pillars": ["social"]},
    )
    assert draft.priorities.get(order=1).title == "Affordable homes"
    assert strategy_new_draft(strategy=draft) == second  # asking again gives the same draft

    compare = client.get(
        reverse("strategies:compare", args=[herts.slug]),
        {"before": draft.pk, "after": second.pk},
    ).content.decode()
    assert "<del>Affordable homes</del>" in compare
    assert "<ins>Homes for everyone</ins>" in compare

    adopt(client, herts, second, adoption_decision, day=date(2011, 6, 1))
    draft.refresh_from_db()
    assert draft.status == Strategy.Status.SUPERSEDED


def test_mps_read_the_adopted_strategy_but_not_drafts(client, herts, draft, adoption_decision):
    mp = person_with_role(herts, RoleName.MP, "mp@example.org")
    client.force_login(mp)
    url = reverse("strategies:strategy", args=[herts.slug, draft.pk])
    assert client.get(url).status_code == 404
    scrutineer = person_with_role(herts, RoleName.SCRUTINEER, "scrutiny@example.org")
    client.force_login(scrutineer)
    assert client.get(url).status_code == 200


def test_the_public_never_sees_a_draft(client, herts, draft):
    page = client.get(reverse("strategies:public-strategy", args=[herts.slug])).content.decode()
    assert "Affordable homes" not in page
    assert "has not adopted a strategy yet" in page


def grow(strategy, size):
    for _ in range(size):
        priority = PriorityFactory(strategy=strategy)
        Evidence.objects.create(
            lsp=strategy.lsp, priority=priority, statement="A fact", source="Census 2001"
        )
        LinkedPlanFactory(strategy=strategy).priorities.add(priority)
        priority.links.add(strategy.priorities.first())


@pytest.mark.parametrize("page", ["strategy", "public-strategy"])
def test_strategy_pages_make_the_same_queries_as_they_grow_tenfold(
    client, herts, herts_coordinator, page
):
    strategy = StrategyFactory(lsp=herts, status="adopted", adopted_on=date(2008, 6, 1))
    client.force_login(herts_coordinator)
    args = [herts.slug] + ([strategy.pk] if page == "strategy" else [])
    counts = []
    for size in (2, 20):
        grow(strategy, size)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"strategies:{page}", args=args)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_an_executive_member_comments_on_a_draft_not_on_the_adopted_text(
    client, herts, draft, adoption_decision
):
    executive = person_with_role(herts, RoleName.EXECUTIVE, "leader@example.org")
    client.force_login(executive)
    url = reverse("strategies:strategy-comment", args=[herts.slug, draft.pk])
    assert client.post(url, {"text": "Put housing first."}).status_code == 302
    page = client.get(reverse("strategies:strategy", args=[herts.slug, draft.pk])).content
    assert b"Put housing first." in page
    adopt(client, herts, draft, adoption_decision)
    response = client.post(url, {"text": "Too late"})
    assert b"Comments are for versions that can still change" in response.content
    assert draft.comments.count() == 1


def test_comments_on_a_draft_stay_with_those_who_read_drafts(
    client, herts, draft, adoption_decision, herts_coordinator
):
    client.force_login(herts_coordinator)
    client.post(
        reverse("strategies:strategy-comment", args=[herts.slug, draft.pk]),
        {"text": "Internal thought"},
    )
    adopt(client, herts, draft, adoption_decision)
    client.force_login(person_with_role(herts, RoleName.MP, "mp@example.org"))
    page = client.get(reverse("strategies:strategy", args=[herts.slug, draft.pk])).content
    assert b"Affordable homes" in page and b"Internal thought" not in page


def test_only_a_decision_taken_in_public_records_an_adoption(
    client, herts, draft, herts_coordinator
):
    private = MeetingFactory(partnership=PartnershipFactory(lsp=herts), is_public=False)
    secret = DecisionFactory(meeting=private, text="Adopted behind closed doors")
    client.force_login(herts_coordinator)
    response = adopt(client, herts, draft, secret)
    assert b"Select a valid choice" in response.content
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_stale_form_cannot_undo_an_adoption(herts, draft, adoption_decision, herts_coordinator):
    from strategies.services import strategy_adopt, strategy_save

    stale = Strategy.objects.get(pk=draft.pk)
    strategy_adopt(
        strategy=draft,
        decision=adoption_decision,
        adopted_on=date(2008, 6, 1),
        by=herts_coordinator,
    )
    stale.title = "Rewritten"
    with pytest.raises(ValidationError):
        strategy_save(strategy=stale)
    draft.refresh_from_db()
    assert (draft.status, draft.title) == ("adopted", "Hertfordshire 2021")


def test_mappings_to_an_earlier_version_follow_the_priority(
    client, herts, north_herts, draft, adoption_decision, herts_coordinator
):
    from strategies.services import strategy_adopt

    strategy_adopt(
        strategy=draft,
        decision=adoption_decision,
        adopted_on=date(2008, 6, 1),
        by=herts_coordinator,
    )
    housing_v1 = draft.priorities.get(order=1)
    district = StrategyFactory(lsp=north_herts, status="adopted", adopted_on=date(2008, 9, 1))
    PriorityFactory(strategy=district, title="Homes in Letchworth", contributes_to=housing_v1)
    second = strategy_new_draft(strategy=draft)
    strategy_adopt(
        strategy=second,
        decision=adoption_decision,
        adopted_on=date(2011, 6, 1),
        by=herts_coordinator,
    )
    client.force_login(herts_coordinator)
    page = client.get(reverse("strategies:districts", args=[herts.slug])).content.decode()
    assert "Homes in Letchworth" in page
    assert "Not mapped" not in page
    assert second.priorities.get(order=1).copied_from == housing_v1
