"""Journey 3 and 4: the LAA dashboards draw their figures as charts with a text
alternative, forecast reward grant from the stretch targets on track, and give their data
as CSV and Excel."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from laa import caches as laa_caches
from laa import services
from laa.models import Block, Indicator, IndicatorCorrection, LocalAreaAgreement, Outcome, Target
from laa.rag import Point, Polarity, stretch_on_track
from lsp_portal.charts import Series, line_chart, sparkline


@pytest.fixture
def neet(herts):
    """NI 117 (lower is better), with a stretch target earning £380,000."""
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Children and Young People")
    outcome = Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Young people in EET"
    )
    target = Target.objects.create(
        lsp=herts,
        outcome=outcome,
        indicator=Indicator.objects.get(code="NI 117"),
        baseline_value=Decimal("5.6"),
        baseline_on=date(2008, 3, 31),
        stretch_value=Decimal("4.5"),
        reward_grant=Decimal("380000"),
    )
    for year, value in ((2008, "5.4"), (2009, "5.1"), (2010, "4.8")):
        target.years.create(lsp=herts, year=year, value=Decimal(value))
    return target


def figure(herts, target, period_end, value, by, commentary=""):
    return services.measurement_submit(
        lsp=herts,
        indicator=target.indicator,
        period_end=period_end,
        value=Decimal(value),
        commentary=commentary,
        by=by,
    )


def test_the_indicator_page_draws_figures_trajectory_and_targets_with_a_text_alternative(
    client, herts, neet, herts_coordinator
):
    figure(herts, neet, date(2008, 6, 30), "5.5", herts_coordinator)
    figure(herts, neet, date(2008, 9, 30), "5.3", herts_coordinator)
    client.force_login(herts_coordinator)
    page = client.get(reverse("laa:target", args=[herts.slug, neet.pk])).content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert "Figure: 5.5 in 2008/09 Q1 to 5.3 in 2008/09 Q2." in page
    assert "Year&#x27;s target: 5.4 in 2008/09 Q4 to 4.8 in 2010/11 Q4." in page
    assert "The table below gives every figure." in page


def test_the_overview_shows_a_sparkline_and_the_reward_grant_forecast(
    client, herts, neet, herts_coordinator
):
    client.force_login(herts_coordinator)
    figure(herts, neet, date(2008, 6, 30), "5.5", herts_coordinator)
    figure(herts, neet, date(2008, 9, 30), "5.2", herts_coordinator)
    page = client.get(reverse("laa:overview", args=[herts.slug])).content.decode()
    assert 'aria-label="Trend of the last figures for NI 117"' in page
    # 5.2 by September is ahead of the straight line from 5.6 to the 4.5 stretch.
    assert "On track for the stretch" in page and "<strong>£380,000</strong>" in page
    figure(herts, neet, date(2008, 12, 31), "5.6", herts_coordinator)
    page = client.get(reverse("laa:overview", args=[herts.slug])).content.decode()
    assert "Not on track for the stretch" in page and "<strong>£0</strong>" in page


def test_stretch_on_track_worked_examples():
    start = Point(date(2008, 3, 31), Decimal("5.6"))
    stretch = Point(date(2011, 3, 31), Decimal("4.5"))
    halfway = date(2009, 9, 30)
    lower = Polarity.LOWER
    assert stretch_on_track(
        actual=Decimal("5.0"), on=halfway, baseline=start, stretch=stretch, polarity=lower
    )
    assert not stretch_on_track(
        actual=Decimal("5.1"), on=halfway, baseline=start, stretch=stretch, polarity=lower
    )
    assert not stretch_on_track(
        actual=None, on=halfway, baseline=start, stretch=stretch, polarity=lower
    )
    assert not stretch_on_track(
        actual=Decimal(1), on=halfway, baseline=start, stretch=None, polarity=lower
    )
    assert not stretch_on_track(
        actual=Decimal(1), on=halfway, baseline=None, stretch=stretch, polarity=None
    )


@given(
    actual=st.decimals(min_value=-1000, max_value=1000, places=2),
    baseline=st.decimals(min_value=-1000, max_value=1000, places=2) | st.none(),
    stretch=st.decimals(min_value=-1000, max_value=1000, places=2),
    polarity=st.sampled_from([Polarity.HIGHER, Polarity.LOWER, None]),
    days=st.integers(min_value=-400, max_value=2000),
)
def test_stretch_on_track_never_raises_and_reaching_the_stretch_is_on_track(
    actual, baseline, stretch, polarity, days
):
    from datetime import timedelta

    start = date(2008, 3, 31)
    on = start + timedelta(days=days)
    stretch_point = Point(date(2011, 3, 31), stretch)
    baseline_point = Point(start, baseline) if baseline is not None else None
    kwargs = {"on": on, "baseline": baseline_point, "stretch": stretch_point}
    stretch_on_track(actual=actual, polarity=polarity, **kwargs)
    if polarity is not None and on >= stretch_point.on:
        assert stretch_on_track(actual=stretch, polarity=polarity, **kwargs)


def test_a_chart_escapes_its_words_and_says_when_it_has_nothing():
    chart = line_chart(
        title="<script>x</script>", labels=["Q1", "Q2"], series=[Series("A & B", [1, 2])]
    )
    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg
    assert "A &amp; B" in chart.svg
    assert line_chart(title="T", labels=["Q1"], series=[Series("A", [None])]).description == (
        "T: no figures yet."
    )
    assert sparkline([1], label="x") == ""
    flat = line_chart(title="T", labels=["Q1", "Q2"], series=[Series("A", [0, 0])])
    assert "<polyline" in flat.svg


def test_dashboards_download_as_csv_and_excel(client, herts, neet, herts_coordinator):
    figure(herts, neet, date(2008, 6, 30), "5.5", herts_coordinator, commentary="=HYPERLINK()")
    client.force_login(herts_coordinator)
    text = client.get(reverse("laa:overview-export", args=[herts.slug, "csv"])).content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["block", "outcome", "indicator", "title"]
    assert rows[1][2] == "NI 117" and "On track" in rows[1]
    assert rows[1][rows[0].index("on track for the stretch")] == "yes"
    workbook = client.get(reverse("laa:overview-export", args=[herts.slug, "xlsx"]))
    sheet = load_workbook(io.BytesIO(workbook.content)).active
    assert [cell.value for cell in sheet[2]][2] == "NI 117"
    target_csv = client.get(reverse("laa:target-export", args=[herts.slug, neet.pk, "csv"]))
    target_rows = list(csv.reader(io.StringIO(target_csv.content.decode())))
    assert target_rows[1][:3] == ["2008/09 Q1", "5.6", "5.5"]
    assert target_rows[1][5] == "'=HYPERLINK()"  # a formula typed by someone is not run
    exceptions = client.get(reverse("laa:exceptions-export", args=[herts.slug, "csv"]))
    assert b"Late figures,NI 117" in exceptions.content
    assert client.get(reverse("laa:overview-export", args=[herts.slug, "pdf"])).status_code == 404


def test_a_negative_figure_exports_as_a_number_and_a_formula_does_not():
    from lsp_portal.downloads import spreadsheet_safe

    assert spreadsheet_safe("-5.0") == "-5.0" and spreadsheet_safe("-1,250.5") == "-1,250.5"
    assert spreadsheet_safe("-2+3") == "'-2+3" and spreadsheet_safe("=SUM(A1)") == "'=SUM(A1)"


@pytest.mark.usefixtures("cached_tenancy")
def test_the_overview_and_exceptions_take_at_most_eight_queries(
    client, herts, neet, herts_coordinator
):
    """With the tenancy cached (as in production): the user, the agreement, the tolerance,
    the figures, blocks, outcomes, targets (with this LSP's corrections) and their years.
    Nothing is read twice; the switcher reads nothing of its own. The overview's tables
    are built so on the first read after a write, and kept after that (laa.caches)."""
    IndicatorCorrection.objects.create(lsp=herts, indicator=neet.indicator, title="NEETs")
    figure(herts, neet, date(2008, 6, 30), "5.5", herts_coordinator)
    client.force_login(herts_coordinator)
    for name, most in (("laa:overview", 8), ("laa:exceptions", 9)):
        url = reverse(name, args=[herts.slug])
        client.get(url)
        laa_caches.forget([herts.pk])  # as any write to the LAA's data does
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        assert page.status_code == 200
        assert len(queries) <= most, (name, [q["sql"] for q in queries])
    overview = reverse("laa:overview", args=[herts.slug])
    client.get(overview)
    with CaptureQueriesContext(connection) as queries:
        client.get(overview)
    assert len(queries) <= 2, [q["sql"] for q in queries]  # the agreement and the tolerance
    overview = client.get(reverse("laa:overview", args=[herts.slug]))
    assert b"NEETs" in overview.content  # the correction, read in the targets' own query
