"""Two-tier areas: a county sees its districts' shares of its outcomes side by side; a
district sees the county outcomes that affect it and submits its own figures for them."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from laa import selectors
from laa.forms import FigureForm
from laa.periods import periods_for
from laa.views import figure_page
from lsp_portal import permissions
from tenancy.access import lsp_view


def _county_years(county) -> list[int]:
    agreement = selectors.current_agreement(lsp=county) if county else None
    return agreement.years if agreement else selectors.local_years()


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def districts(request):
    years = _county_years(request.lsp)
    district_list, comparisons = selectors.district_comparison(county=request.lsp, years=years)
    return render(
        request,
        "laa/districts.html",
        {"districts": district_list, "comparisons": comparisons},
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def county_share(request):
    county = request.lsp.county_lsp
    rows = (
        selectors.district_share(district=request.lsp, years=_county_years(county))
        if county
        else []
    )
    return render(request, "laa/county_share.html", {"county": county, "rows": rows})


def _periods(target):
    years = _county_years(target.lsp)
    return years, periods_for(target.indicator.frequency, min(years), max(years))


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def county_target(request, county_target_id):
    target = selectors.district_target(district=request.lsp, target_id=county_target_id)
    seen = selectors.as_seen_by(target.indicator, selectors.corrections_of(lsp=target.lsp_id))
    years, periods = _periods(target)
    rows = selectors.target_periods(
        target=target,
        years=years,
        tolerance=selectors.tolerance_of(lsp=target.lsp_id),
        polarity=seen.polarity,
        places=target.indicator.decimal_places,
    )
    form = None
    if request.lsp_access.can(permissions.MANAGE_LAA):
        form = FigureForm(periods=periods)
        form.helper.form_action = reverse(
            "laa:county-figure-submit", args=[request.lsp.slug, target.pk]
        )
    return render(
        request,
        "laa/county_target.html",
        {
            "target": target,
            "indicator": seen,
            "rows": rows,
            "chart": selectors.target_chart(rows=rows, indicator=seen),
            "form": form,
        },
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def county_figure_submit(request, county_target_id):
    """The district's own figure for its share: kept in the district, read by the county."""
    target = selectors.district_target(district=request.lsp, target_id=county_target_id)
    _years, periods = _periods(target)
    form = FigureForm(request.POST or None, periods=periods)
    target_url = reverse("laa:county-target", args=[request.lsp.slug, target.pk])
    return figure_page(
        request,
        form,
        target=target,
        done=target_url,
        heading=f"Submit {request.lsp.name}'s figure for {target.indicator.code}",
    )
