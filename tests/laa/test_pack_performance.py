"""The board pack's performance report: the section laa contributes to the pack, what it
prints, and that its figures are read in the same number of queries however many
indicators the LSP reports."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import dateformat, timezone

from documents.models import Document
from documents.registry import kind_of
from laa.documents import pack_performance_context
from laa.models import (
    AgreementOutcome,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    Target,
    TargetYear,
)
from tests.factories import LSPFactory, OrganisationFactory, laa_world, long_monthly_agreement

pytestmark = pytest.mark.django_db


def section():
    return kind_of("board_pack").sections["performance"]


def rendered(lsp) -> tuple[dict, str]:
    ctx = section().context(Document(lsp=lsp, kind="board_pack"))
    return ctx, render_to_string(section().template, {"ctx": ctx, "edition": "public"})


@pytest.fixture
def off_track(db):
    """laa_world's LSP with a graffiti target well off track, its accountable organisation's
    exception commentary, a stretch target with reward grant and an overdue action."""
    lsp = LSPFactory()
    world = laa_world(lsp)
    outcome = Outcome.objects.get(pk=world["outcome_id"])
    target = Target.objects.create(
        lsp=lsp,
        outcome=outcome,
        indicator=Indicator.objects.get(pk=world["indicator_id"]),
        baseline_value=Decimal(50),
        baseline_on=datetime.date(2008, 3, 31),
        stretch_value=Decimal(90),
        reward_grant=Decimal(250000),
    )
    for year, value in ((2008, 60), (2009, 70), (2010, 80)):
        TargetYear.objects.create(lsp=lsp, target=target, year=year, value=Decimal(value))
    Measurement.objects.create(
        lsp=lsp,
        indicator=target.indicator,
        period_end=datetime.date(2008, 9, 30),
        value=Decimal("41.5"),
        status=Measurement.Status.VERIFIED,
        exception_requested_at=timezone.now(),
        exception_commentary="Two more crews from January.",
    )
    protocol = PartnershipAgreement.objects.create(
        lsp=lsp, title="Clean streets protocol", status=PartnershipAgreement.Status.SIGNED
    )
    AgreementOutcome.objects.create(
        lsp=lsp,
        agreement=protocol,
        outcome=outcome,
        accountable=OrganisationFactory(lsp=lsp, name="Streetscene Services"),
    )
    return lsp


def test_the_performance_report_is_a_section_of_the_board_pack():
    assert section().title == "Performance report"
    assert section().order == 70
    assert section().context is pack_performance_context


def test_it_reports_each_block_its_exceptions_and_the_lsp_wide_positions(off_track):
    ctx, html = rendered(off_track)

    assert ctx["published"] and ctx["agreement"].title == "LAA 2008-11"
    read_at = timezone.localtime(ctx["read_at"])
    assert (
        f"Figures as read on {dateformat.format(read_at, 'j F Y')} at "
        f"{dateformat.format(read_at, 'H:i')}." in html
    )
    assert "<h3>Safer and Stronger Communities</h3>" in html
    # Counts in words, each with its shape: one off track, one with no target yet.
    assert '<span aria-hidden="true">■ </span>Off track</th><td>1</td>' in html
    assert '<span aria-hidden="true">○ </span>No target yet</th><td>1</td>' in html
    assert '<span aria-hidden="true">● </span>On track</th><td>0</td>' in html

    assert "<h4>L 1 Graffiti removed</h4>" in html
    assert "<dd>Streetscene Services</dd>" in html
    assert "<dd>41.5 in 2008/09 Q2</dd>" in html
    assert "<dt>Target for 2008/09 Q2</dt><dd>55.0</dd>" in html  # halfway from 50 to 60
    assert "Two more crews from January." in html
    assert '<figure class="perf-chart">' in html and "<svg" in html
    assert "L 1 Graffiti removed: figures, trajectory and targets." in html  # the description
    assert '<tr><th scope="row">2008/09 Q2</th><td>41.5</td><td>55.0</td></tr>' in html

    assert "<h3>Overdue actions</h3>" in html and "Target prolific offenders" in html
    assert "Not started, " in html and " days overdue</td>" in html
    assert "<h3>Late figures</h3>" in html and "11 periods: 2008/09 Q1, 2008/09 Q3" in html
    assert "Since the last period: not known." in html
    assert "<h3>Reward grant</h3>" in html
    assert "£0 forecast of £250,000 available." in html
    assert "Not on track for the stretch" in html


def test_every_table_has_a_caption_and_scoped_headers(off_track):
    _, html = rendered(off_track)

    assert html.count("<table") == html.count("<caption>") == 5
    assert "<th>" not in html and "style=" not in html
    assert "<h2" not in html and "<h5" not in html


def test_a_draft_agreement_is_not_reported_in_a_pack_both_editions_print():
    lsp = LSPFactory()
    laa_world(lsp)
    LocalAreaAgreement.objects.filter(lsp=lsp).update(status=LocalAreaAgreement.Status.DRAFT)

    ctx, html = rendered(lsp)

    assert not ctx["published"] and "blocks" not in ctx
    assert "is not yet signed (draft): its performance is reported once it is." in html
    assert "Less crime" not in html and "NI 16" not in html


def test_an_lsp_without_an_laa_says_so():
    ctx, html = rendered(LSPFactory())

    assert ctx["agreement"] is None
    assert "This LSP has no Local Area Agreement on the portal yet." in html
    assert "<h3>" not in html


def _long_and_off_track(indicators: int):
    """long_monthly_agreement with every target off track on its latest two figures."""
    lsp = LSPFactory()
    made, _ = long_monthly_agreement(lsp, indicators=indicators)
    Indicator.objects.filter(pk__in=[i.pk for i in made]).update(polarity="higher")
    targets = Target.objects.filter(lsp=lsp)
    targets.update(baseline_value=Decimal(100), baseline_on=datetime.date(2000, 3, 31))
    TargetYear.objects.bulk_create(
        TargetYear(lsp=lsp, target=target, year=2030, value=Decimal(400)) for target in targets
    )
    Measurement.objects.bulk_create(
        Measurement(
            lsp=lsp,
            indicator=indicator,
            period_end=period_end,
            value=value,
            status=Measurement.Status.SUBMITTED,
            exception_commentary=f"Commentary on {indicator.code}.",
        )
        for indicator in made
        for period_end, value in (
            (datetime.date(2024, 4, 30), Decimal(100)),
            (datetime.date(2024, 5, 31), Decimal(90)),
        )
    )
    return lsp


def test_the_context_reads_in_the_same_queries_for_3_and_30_indicators():
    few, many = _long_and_off_track(3), _long_and_off_track(30)
    pack_performance_context(Document(lsp=few, kind="board_pack"))  # anything read once

    counts = {}
    for lsp in (few, many):
        with CaptureQueriesContext(connection) as queries:
            ctx = pack_performance_context(Document(lsp=lsp, kind="board_pack"))
        counts[lsp] = len(queries)
        exceptions = [e for block in ctx["blocks"] for e in block.exceptions]
        assert len(exceptions) == Target.objects.filter(lsp=lsp).count()
        assert all(e.chart.svg and e.commentary for e in exceptions)

    assert counts[few] == counts[many]
