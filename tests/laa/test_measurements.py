"""Journey 3: figures are submitted, verified or returned, and judged against the
trajectory on the overview."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa.models import Block, Indicator, LocalAreaAgreement, Measurement, Outcome, Target
from laa.services import measurement_submit


@pytest.fixture
def crime_target(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Less serious acquisitive crime"
    )
    target = Target.objects.create(
        lsp=herts,
        outcome=outcome,
        indicator=Indicator.objects.get(code="NI 16"),  # lower is better
        baseline_value=Decimal("14.2"),
        baseline_on=date(2008, 3, 31),
    )
    target.years.create(lsp=herts, year=2008, value=Decimal("13.8"))
    target.years.create(lsp=herts, year=2009, value=Decimal("13.2"))
    return target


def submit(client, herts, target, period, value, commentary=""):
    return client.post(
        reverse("laa:figure-submit", args=[herts.slug, target.pk]),
        {"period_end": period, "value": value, "commentary": commentary},
    )


def overview(client, herts):
    return client.get(reverse("laa:overview", args=[herts.slug])).content.decode()


def test_a_figure_on_trajectory_is_on_track_and_one_well_off_is_off_track(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    assert submit(client, herts, crime_target, "2008-06-30", "14.0").status_code == 302
    page = overview(client, herts)
    assert "14.0" in page and "2008/09 Q1, not yet verified" in page
    assert "On track" in page
    submit(client, herts, crime_target, "2008-09-30", "15.5", "A burglary spree in Stevenage.")
    page = overview(client, herts)
    assert (
        "Off track" in page
        and 'Since the last period: <span aria-hidden="true">↓ </span>Getting worse' in page
    )
    assert 'Since a year before: <span aria-hidden="true">? </span>Not known' in page
    detail = client.get(reverse("laa:target", args=[herts.slug, crime_target.pk])).content
    assert b"A burglary spree in Stevenage." in detail


def test_the_coordinator_verifies_or_returns_a_figure(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    submit(client, herts, crime_target, "2008-06-30", "14.0")
    figure = Measurement.objects.get()
    client.post(reverse("laa:measurement-verify", args=[herts.slug, figure.pk]))
    figure.refresh_from_db()
    assert figure.status == "verified" and figure.verified_by == herts_coordinator
    response = submit(client, herts, crime_target, "2008-06-30", "13.0")
    assert b"The coordinator returns it before it can change" in response.content
    return_url = reverse("laa:measurement-return", args=[herts.slug, figure.pk])
    assert b"Say why the figure is returned" in client.post(return_url, {"reason": ""}).content
    client.post(return_url, {"reason": "The police count changed; use the revised one."})
    figure.refresh_from_db()
    assert figure.status == "returned"
    assert submit(client, herts, crime_target, "2008-06-30", "13.9").status_code == 302
    figure.refresh_from_db()
    assert (figure.status, figure.value) == ("submitted", Decimal("13.900"))
    assert figure.history.count() >= 4  # every revision is kept


def test_bad_figures_are_explained_and_nothing_saved(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    response = submit(client, herts, crime_target, "2008-06-30", "lots")
    assert b"Enter the figure as a number" in response.content
    response = submit(client, herts, crime_target, "2008-05-31", "14")
    assert b"Choose a period" in response.content
    with pytest.raises(ValidationError):
        measurement_submit(
            lsp=herts,
            indicator=crime_target.indicator,
            period_end=date(2008, 5, 31),
            value=Decimal(14),
            commentary="",
            by=herts_coordinator,
        )
    assert not Measurement.objects.exists()


def test_partners_scrutineers_and_mps_cannot_submit_or_verify(
    client, herts, crime_target, herts_partner
):
    client.force_login(herts_partner)
    assert submit(client, herts, crime_target, "2008-06-30", "14").status_code == 403
    assert not Measurement.objects.exists()


def test_exceptions_list_off_track_targets_and_late_figures(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    submit(client, herts, crime_target, "2008-06-30", "15.5")
    page = client.get(reverse("laa:exceptions", args=[herts.slug])).content.decode()
    off_track, late = page.split("Late figures")
    assert "NI 16" in off_track and "Off track" in off_track
    # Every later quarter of 2008-11 is long past its deadline with no figure.
    assert "2008/09 Q2" in late and "2010/11 Q4" in late and "2008/09 Q1" not in late


@pytest.mark.parametrize("page", ["overview", "exceptions"])
def test_performance_pages_make_the_same_queries_as_indicators_and_periods_grow_tenfold(
    client, herts, crime_target, herts_coordinator, page
):
    from laa.periods import periods_for

    client.force_login(herts_coordinator)
    indicators = list(Indicator.objects.filter(lsp__isnull=True).exclude(code="NI 16")[:30])
    quarters = periods_for("quarterly", 2008, 2010)
    counts = []
    for size in (1, 10):
        for indicator in indicators[(size - 1) * 3 : size * 3]:
            target = Target.objects.create(
                lsp=herts, outcome=crime_target.outcome, indicator=indicator, baseline_value=5
            )
            target.years.create(lsp=herts, year=2008, value=6)
            for period in quarters[: size + 1]:
                Measurement.objects.create(
                    lsp=herts,
                    indicator=indicator,
                    period_end=period.end,
                    value=5,
                    status="verified",
                )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"laa:{page}", args=[herts.slug])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_direction_is_also_judged_against_the_same_period_a_year_before(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    submit(client, herts, crime_target, "2008-06-30", "15.0")
    submit(client, herts, crime_target, "2009-03-31", "13.0")
    submit(client, herts, crime_target, "2009-06-30", "13.5")
    page = overview(client, herts)
    assert 'Since the last period: <span aria-hidden="true">↓ </span>Getting worse' in page
    assert 'Since a year before: <span aria-hidden="true">↑ </span>Improving' in page


def test_every_revision_of_a_figure_is_readable_on_its_page(
    client, herts, crime_target, herts_coordinator
):
    client.force_login(herts_coordinator)
    submit(client, herts, crime_target, "2008-06-30", "14.0", "First go")
    figure = Measurement.objects.get()
    client.post(reverse("laa:measurement-return", args=[herts.slug, figure.pk]), {"reason": "Typo"})
    submit(client, herts, crime_target, "2008-06-30", "13.6", "Corrected")
    target_page = client.get(reverse("laa:target", args=[herts.slug, crime_target.pk]))
    url = reverse("laa:measurement", args=[herts.slug, figure.pk])
    assert url.encode() in target_page.content
    page = client.get(url).content.decode()
    assert "The figure for 2008/09 Q1" in page and "Corrected" in page
    # Created, returned, submitted again: three revisions, each with what changed.
    assert page.count("<strong>Created</strong>") == 1
    assert page.count("<strong>Changed</strong>") == 2
    assert "Typo" in page and "14.000 → 13.600" in page
