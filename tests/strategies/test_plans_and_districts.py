"""Neighbourhood plans feed the strategy; the equality impact assessment; and the county's
view of its districts' priorities."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lsp_portal.permissions import RoleName
from strategies.models import EqualityImpactAssessment, NeighbourhoodPlan, PlanIssue
from tests.factories import (
    OrganisationFactory,
    PriorityFactory,
    RoleFactory,
    StrategyFactory,
    UserFactory,
)
from tests.partnerships.test_structure import date_data


@pytest.fixture
def parish(herts):
    return OrganisationFactory(lsp=herts, name="Royston Town Council", sector="parish")


@pytest.fixture
def parish_partner(herts, parish):
    user = UserFactory(email="clerk@royston.example.org")
    RoleFactory(lsp=herts, user=user, role=RoleName.PARTNER, organisation=parish)
    return user


def submit(client, herts, organisation, document=None):
    data = {
        "title": "Royston town plan",
        "organisation": organisation.pk,
        "summary": "What the people of Royston asked for.",
        "issues": "Speeding traffic on the High Street\nA youth club\n",
    }
    if document is not None:
        data["document"] = document
    return client.post(reverse("strategies:plan-new", args=[herts.slug]), data)


def test_a_parish_submits_its_plan_and_the_coordinator_maps_its_issues(
    client, herts, parish, parish_partner, herts_coordinator
):
    client.force_login(parish_partner)
    response = submit(client, herts, parish, SimpleUploadedFile("plan.pdf", b"%PDF-1.7 plan"))
    assert response.status_code == 302
    plan = NeighbourhoodPlan.objects.get()
    assert [issue.text for issue in plan.issues.all()] == [
        "Speeding traffic on the High Street",
        "A youth club",
    ]
    strategy = StrategyFactory(lsp=herts, status="adopted", adopted_on=date(2009, 1, 1))
    safer = PriorityFactory(strategy=strategy, title="Safer communities")
    speeding, youth_club = plan.issues.all()

    client.force_login(herts_coordinator)
    issue_url = reverse("strategies:plan-issue", args=[herts.slug, youth_club.pk])
    refused = client.post(issue_url, {"outcome": "not_taken_up", "reason": ""})
    assert b"Say why it was not taken up" in refused.content
    client.post(issue_url, {"outcome": "not_taken_up", "reason": "A matter for the town council."})
    client.post(
        reverse("strategies:plan-issue", args=[herts.slug, speeding.pk]),
        {"outcome": "mapped", "priority": safer.pk},
    )
    page = client.get(reverse("strategies:strategy", args=[herts.slug, strategy.pk]))
    assert "Speeding traffic on the High Street (Royston town plan)" in page.content.decode()
    plans = client.get(reverse("strategies:plans", args=[herts.slug])).context["plans"]
    assert (plans[0].mapped, plans[0].not_taken_up, plans[0].pending) == (1, 1, 0)


def test_an_empty_plan_document_is_refused_and_nothing_saved(client, herts, parish, parish_partner):
    client.force_login(parish_partner)
    response = submit(client, herts, parish, SimpleUploadedFile("plan.pdf", b""))
    assert response.status_code == 200
    assert b"The selected file is empty" in response.content
    assert b"Speeding traffic on the High Street" in response.content
    assert not NeighbourhoodPlan.objects.exists() and not PlanIssue.objects.exists()


def test_a_partner_submits_only_for_their_own_organisation(client, herts, parish_partner):
    client.force_login(parish_partner)
    response = submit(client, herts, OrganisationFactory(lsp=herts))
    assert b"Select a valid choice" in response.content
    assert not NeighbourhoodPlan.objects.exists()


def test_the_equality_impact_assessment_is_recorded_on_a_draft_and_frozen_with_it(
    client, herts, herts_coordinator
):
    draft = StrategyFactory(lsp=herts)
    client.force_login(herts_coordinator)
    url = reverse("strategies:equality-impact", args=[herts.slug, draft.pk])
    data = {
        "groups_considered": ["age", "disability"],
        "impacts": "Rural bus cuts fall hardest on older and disabled people.",
        "mitigations": "Community transport grants.",
        "signed_off_by": "Jane Smith, Head of Policy",
        **date_data("signed_off_on", date(2008, 5, 1)),
    }
    assert client.post(url, data).status_code == 302
    page = client.get(reverse("strategies:strategy", args=[herts.slug, draft.pk])).content
    assert b"Age, Disability" in page and b"Jane Smith, Head of Policy" in page
    draft.status = "adopted"
    draft.save()
    response = client.post(url, {**data, "impacts": "Changed after adoption"})
    assert b"can no longer change" in response.content
    assert EqualityImpactAssessment.objects.get().impacts.startswith("Rural bus cuts")


def test_the_county_sees_district_priorities_mapped_and_unmapped(
    client, herts, north_herts, herts_coordinator
):
    county = StrategyFactory(lsp=herts, status="adopted", adopted_on=date(2008, 6, 1))
    jobs = PriorityFactory(strategy=county, order=1, title="Jobs and skills")
    district = StrategyFactory(lsp=north_herts, status="adopted", adopted_on=date(2008, 9, 1))
    PriorityFactory(strategy=district, title="Apprenticeships in Letchworth", contributes_to=jobs)
    PriorityFactory(strategy=district, title="Garden city heritage")
    client.force_login(herts_coordinator)
    page = client.get(reverse("strategies:districts", args=[herts.slug])).content.decode()
    assert "1. Jobs and skills" in page and "Apprenticeships in Letchworth" in page
    unmapped = page.split("Not mapped")[1]
    assert "Garden city heritage" in unmapped[:300]
    assert "added value" in page.lower()
    # ... and North Hertfordshire's adopted strategy is in the county's register.
    strategy_page = client.get(reverse("strategies:strategy", args=[herts.slug, county.pk]))
    assert "listed automatically" in strategy_page.content.decode()


def test_only_a_county_has_district_priorities(client, camden, camden_coordinator):
    client.force_login(camden_coordinator)
    assert client.get(reverse("strategies:districts", args=[camden.slug])).status_code == 404
