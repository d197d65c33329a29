"""Journey 3 in a two-tier area: a county outcome carries each district's share; the
district sees the county outcomes that affect it and submits its own figures; the county
sees every district side by side."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa.models import Block, Indicator, LocalAreaAgreement, Measurement, Outcome, Target
from laa.services import target_save
from lsp_portal.permissions import RoleName
from tenancy.models import LSP
from tests.conftest import person_with_role
from tests.factories import LSPFactory


@pytest.fixture
def crime(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    return Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Less serious acquisitive crime"
    )


def district_share(herts, outcome, district, baseline="12.0", targets=("11.6", "11.2", "10.8")):
    return target_save(
        target=Target(
            lsp=herts,
            outcome=outcome,
            indicator=Indicator.objects.get(code="NI 16"),
            district=district,
            baseline_value=Decimal(baseline),
            baseline_on=date(2008, 3, 31),
        ),
        yearly={2008 + i: Decimal(v) for i, v in enumerate(targets)},
    )


def test_a_county_coordinator_gives_a_district_its_share(
    client, herts, north_herts, crime, herts_coordinator
):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("laa:target-new", args=[herts.slug, crime.pk]),
        {
            "indicator": Indicator.objects.get(code="NI 16").pk,
            "district": north_herts.pk,
            "baseline_value": "12.0",
            "year_2008": "11.6",
        },
    )
    assert response.status_code == 302, response.content
    assert Target.objects.get().district == north_herts
    # The county's own overview leaves the district's share to the districts page.
    assert b"NI 16" not in client.get(reverse("laa:overview", args=[herts.slug])).content


def test_only_a_district_of_the_county_gets_a_share(herts, crime):
    elsewhere = LSPFactory(slug="huntingdonshire", level=LSP.Level.DISTRICT)
    with pytest.raises(ValidationError, match="Choose a district of this county"):
        district_share(herts, crime, elsewhere)


def test_a_district_submits_its_figures_and_the_county_sees_them_side_by_side(
    client, herts, north_herts, crime
):
    share = district_share(herts, crime, north_herts)
    district_coordinator = person_with_role(
        north_herts, RoleName.COORDINATOR, "nh-coordinator@example.org"
    )
    client.force_login(district_coordinator)
    page = client.get(reverse("laa:county-share", args=[north_herts.slug])).content.decode()
    assert "Less serious acquisitive crime" in page and "NI 16" in page
    submit_url = reverse("laa:county-figure-submit", args=[north_herts.slug, share.pk])
    response = client.post(
        submit_url, {"period_end": "2008-06-30", "value": "13.1", "commentary": "Hitchin"}
    )
    assert response.status_code == 302
    figure = Measurement.objects.get()
    assert figure.lsp == north_herts  # the district's own figure
    detail = client.get(reverse("laa:county-target", args=[north_herts.slug, share.pk]))
    assert b"Hitchin" in detail.content and b"Off track" in detail.content
    # The county reads it beside its other districts, and may not change it.
    county_coordinator = person_with_role(herts, RoleName.COORDINATOR, "cc@example.org")
    client.force_login(county_coordinator)
    page = client.get(reverse("laa:districts", args=[herts.slug])).content.decode()
    assert "North Hertfordshire Partnership" in page and "13.1" in page and "Off track" in page
    assert client.post(submit_url, {"period_end": "2008-09-30", "value": "1"}).status_code == 403
    export = client.get(reverse("laa:districts-export", args=[herts.slug, "csv"])).content
    assert b"NI 16,North Hertfordshire Partnership,2008/09 Q1,13.1,Off track" in export


def test_a_district_does_not_open_another_districts_share(client, herts, north_herts, crime):
    share = district_share(herts, crime, north_herts)
    stevenage = LSPFactory(slug="stevenage", level=LSP.Level.DISTRICT, county_lsp=herts)
    coordinator = person_with_role(stevenage, RoleName.COORDINATOR, "sc@example.org")
    client.force_login(coordinator)
    assert (
        client.get(reverse("laa:county-target", args=[stevenage.slug, share.pk])).status_code == 404
    )


def test_the_districts_page_takes_the_same_queries_for_one_district_or_ten(
    client, herts, crime, herts_coordinator
):
    client.force_login(herts_coordinator)
    counts = []
    for wanted in (1, 10):
        while herts.district_lsps.count() < wanted:
            n = herts.district_lsps.count()
            district = LSPFactory(slug=f"district-{n}", level=LSP.Level.DISTRICT, county_lsp=herts)
            district_share(herts, crime, district)
            Measurement.objects.create(
                lsp=district,
                indicator=Indicator.objects.get(code="NI 16"),
                period_end=date(2008, 6, 30),
                value=12,
                status="verified",
            )
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("laa:districts", args=[herts.slug]))
        assert page.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
