"""Journey 3's set-up: the coordinator agrees the LAA's blocks, outcomes and targets on
indicators from the National Indicator Set or the LSP's own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa.models import Block, Indicator, LocalAreaAgreement, Outcome, Target
from laa.selectors import indicator_library
from lsp_portal.permissions import RoleName
from tests.conftest import person_with_role


@pytest.fixture
def agreement(herts):
    return LocalAreaAgreement.objects.create(
        lsp=herts,
        title="Hertfordshire LAA 2008-11",
        period_start=2008,
        period_end=2010,
        status="signed",
    )


@pytest.fixture
def safer(herts, agreement):
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    return Outcome.objects.create(lsp=herts, block=block, agreement=agreement, title="Less crime")


def test_the_national_indicator_set_is_shipped_with_its_polarities(db):
    assert Indicator.objects.filter(lsp__isnull=True).count() == 198
    assert Indicator.objects.get(code="NI 152").polarity == "lower"
    assert Indicator.objects.get(code="NI 40").polarity == "higher"


def test_setting_up_the_agreement_brings_the_four_blocks(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("laa:agreement", args=[herts.slug]),
        {
            "title": "Hertfordshire LAA 2008-11",
            "period_start": 2008,
            "period_end": 2010,
            "status": "negotiation",
            "government_office": "GO East",
        },
    )
    assert response.status_code == 302
    assert [b.name for b in Block.objects.for_lsp(herts)] == [
        "Children and Young People",
        "Safer and Stronger Communities",
        "Healthier Communities and Older People",
        "Economic Development and Enterprise",
    ]


def test_a_district_has_no_laa_of_its_own(client, north_herts):
    coordinator = person_with_role(north_herts, RoleName.COORDINATOR, "nh@example.org")
    client.force_login(coordinator)
    response = client.post(
        reverse("laa:agreement", args=[north_herts.slug]),
        {"title": "NH LAA", "period_start": 2008, "period_end": 2010, "status": "draft"},
    )
    assert b"A district LSP has no LAA of its own" in response.content
    assert not LocalAreaAgreement.objects.exists()


def test_a_target_has_a_value_for_each_year_of_the_agreement(
    client, herts, safer, herts_coordinator
):
    client.force_login(herts_coordinator)
    ni16 = Indicator.objects.get(code="NI 16")
    response = client.post(
        reverse("laa:target-new", args=[herts.slug, safer.pk]),
        {
            "indicator": ni16.pk,
            "baseline_value": "18.4",
            "is_designated": "on",
            "year_2008": "17.5",
            "year_2009": "16.8",
            "year_2010": "",
            "stretch_value": "15.9",
            "reward_grant": "450000",
        },
    )
    assert response.status_code == 302
    target = Target.objects.get()
    assert {y.year: str(y.value) for y in target.years.all()} == {2008: "17.500", 2009: "16.800"}
    page = client.get(reverse("laa:overview", args=[herts.slug])).content.decode()
    assert "NI 16" in page and "18.4" in page and "16.8" in page and "Designated" in page


def test_reward_grant_needs_a_stretch_target(client, herts, safer, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("laa:target-new", args=[herts.slug, safer.pk]),
        {
            "indicator": Indicator.objects.get(code="NI 16").pk,
            "reward_grant": "1000",
            "year_2008": "abc",
        },
    )
    page = response.content.decode()
    assert "Enter the target as a number" in page
    assert not Target.objects.exists()
    response = client.post(
        reverse("laa:target-new", args=[herts.slug, safer.pk]),
        {"indicator": Indicator.objects.get(code="NI 16").pk, "reward_grant": "1000"},
    )
    assert b"Reward grant is earned by a stretch target" in response.content
    assert not Target.objects.exists()


def test_a_correction_applies_to_one_lsp_only(client, herts, camden, herts_coordinator):
    ni1 = Indicator.objects.get(code="NI 1")
    client.force_login(herts_coordinator)
    client.post(
        reverse("laa:indicator-correct", args=[herts.slug, ni1.pk]),
        {"title": "Cohesion: people get on well together", "polarity": "higher"},
    )
    herts_view = {v.code: v for v in indicator_library(lsp=herts)}["NI 1"]
    camden_view = {v.code: v for v in indicator_library(lsp=camden)}["NI 1"]
    assert herts_view.title == "Cohesion: people get on well together" and herts_view.corrected
    assert camden_view.title == ni1.title and not camden_view.corrected


def test_local_indicators_need_a_polarity_and_a_code_of_their_own(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    url = reverse("laa:indicator-new", args=[herts.slug])
    data = {"code": "NI 16", "title": "Local crime", "frequency": "quarterly", "decimal_places": 1}
    response = client.post(url, data)
    assert b"Choose whether higher or lower is better" in response.content
    response = client.post(url, {**data, "polarity": "lower"})
    assert b"An indicator with this code already exists" in response.content
    assert client.post(url, {**data, "code": "L 1", "polarity": "lower"}).status_code == 302
    assert Indicator.objects.filter(lsp=herts).count() == 1


def test_mps_see_the_agreement_once_it_is_signed(client, herts, safer, agreement):
    mp = person_with_role(herts, RoleName.MP, "mp@example.org")
    client.force_login(mp)
    url = reverse("laa:overview", args=[herts.slug])
    assert b"Less crime" in client.get(url).content
    agreement.status = "negotiation"
    agreement.save()
    page = client.get(url).content
    assert b"Less crime" not in page and b"still being negotiated" in page


def test_the_tolerance_is_a_share_between_0_and_1(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    response = client.post(reverse("laa:settings", args=[herts.slug]), {"rag_tolerance": "5"})
    assert b"Enter a share between 0 and 1" in response.content


def test_the_overview_makes_the_same_queries_as_it_grows_tenfold(
    client, herts, agreement, herts_coordinator
):
    client.force_login(herts_coordinator)
    indicators = list(Indicator.objects.filter(lsp__isnull=True)[:40])
    counts = []
    for size in (2, 20):
        for number in range(size):
            block = Block.objects.create(lsp=herts, name=f"Block {size}-{number}")
            outcome = Outcome.objects.create(lsp=herts, block=block, title=f"Outcome {number}")
            target = Target.objects.create(
                lsp=herts, outcome=outcome, indicator=indicators[number], baseline_value=10
            )
            target.years.create(lsp=herts, year=2008, value=9)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("laa:overview", args=[herts.slug])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
