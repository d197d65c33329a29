"""Which partners a target relates to (issue 13, point 2): recorded on the target, or by
default the partnership agreement's accountable organisation and contributors for its
outcome. It decides whom a scrutiny recommendation on the target can bind."""

import pytest
from django.urls import reverse

from laa.models import (
    AgreementOutcome,
    Block,
    Indicator,
    LocalAreaAgreement,
    Outcome,
    PartnershipAgreement,
    Target,
)
from laa.selectors import partners_target_relates_to
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def target(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Less crime"
    )
    return Target.objects.create(
        lsp=herts, outcome=outcome, indicator=Indicator.objects.get(code="NI 16")
    )


def test_by_default_a_target_relates_to_the_agreements_accountable_and_contributors(herts, target):
    police = OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary")
    council = OrganisationFactory(lsp=herts, name="Hertfordshire County Council")
    assert partners_target_relates_to(target) == []
    covered = AgreementOutcome.objects.create(
        lsp=herts,
        agreement=PartnershipAgreement.objects.create(lsp=herts, title="Community safety"),
        outcome=target.outcome,
        accountable=police,
    )
    covered.contributors.add(council)
    assert partners_target_relates_to(target) == [police, council]


def test_the_coordinator_records_the_partners_and_the_target_page_names_them(
    client, herts, target, herts_coordinator
):
    police = OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary")
    jobcentre = OrganisationFactory(lsp=herts, name="Jobcentre Plus")
    client.force_login(herts_coordinator)
    url = reverse("laa:target-edit", args=[herts.slug, target.pk])
    response = client.post(
        url,
        {"indicator": target.indicator_id, "relates_to": [police.pk, jobcentre.pk]},
    )
    assert response.status_code == 302
    assert partners_target_relates_to(target) == [police, jobcentre]
    # Who changed it is kept with the target's history.
    assert target.history.first().history_user == herts_coordinator
    page = client.get(reverse("laa:target", args=[herts.slug, target.pk])).content.decode()
    assert "Hertfordshire Constabulary, Jobcentre Plus" in page


def test_another_lsps_organisation_cannot_be_named(
    client, herts, camden, target, herts_coordinator
):
    camden_council = OrganisationFactory(lsp=camden, name="Camden Council")
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("laa:target-edit", args=[herts.slug, target.pk]),
        {"indicator": target.indicator_id, "relates_to": [camden_council.pk]},
    )
    assert response.status_code == 200 and "govuk-error-summary" in response.content.decode()
    assert not target.relates_to.exists()
