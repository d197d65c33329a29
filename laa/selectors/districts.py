"""Two-tier areas: districts' shares of county outcomes, side by side."""

from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone

from laa.models import (
    Measurement,
    Outcome,
    Target,
    TargetYear,
)
from laa.selectors.figures import _counted, late_periods
from laa.selectors.indicators import IndicatorView, as_seen_by, corrections_of
from laa.selectors.performance import TargetRow, _formatted, performance_of
from laa.selectors.setup import tolerance_of


@dataclass
class DistrictCell:
    district: object
    row: TargetRow | None  # None where the district has no share of this target


@dataclass
class DistrictComparison:
    outcome: Outcome
    indicator: IndicatorView
    cells: list[DistrictCell]


def _district_rows(targets, years, tolerance, corrections, figures_by_lsp, today) -> dict:
    yearly: dict = {}
    for target_id, year, value in TargetYear.objects.filter(
        target__in=[t.pk for t in targets]
    ).values_list("target_id", "year", "value"):
        yearly.setdefault(target_id, {})[year] = value
    rows = {}
    for target in targets:
        places = target.indicator.decimal_places
        figures = figures_by_lsp.get((target.district_id, target.indicator_id), [])
        seen = as_seen_by(target.indicator, corrections)
        by_year = yearly.get(target.pk, {})
        rows[target.pk] = TargetRow(
            target=target,
            indicator=seen,
            baseline=_formatted(target.baseline_value, places),
            stretch=_formatted(target.stretch_value, places),
            year_values=[(year, _formatted(by_year.get(year), places)) for year in years],
            performance=performance_of(
                target,
                figures,
                polarity=seen.polarity,
                tolerance=tolerance,
                places=places,
                by_year=by_year,
            ),
            late=late_periods(target.indicator.frequency, years, figures, today),
        )
    return rows


def _district_figures(district_ids, indicator_ids) -> dict:
    """Counted figures of these districts and indicators, oldest first, in one query."""
    figures: dict = {}
    rows = _counted(
        Measurement.objects.filter(lsp__in=district_ids, indicator_id__in=indicator_ids)
    )
    for row in rows:
        figures.setdefault((row.lsp_id, row.indicator_id), []).append(row)
    return figures


def _shares(targets):
    return targets.select_related("indicator", "outcome__block").order_by(
        "outcome__block__order", "outcome__title", "indicator__code"
    )


def district_comparison(*, county, years, today=None) -> tuple[list, list[DistrictComparison]]:
    """Every district's share of the county's outcomes, side by side: for each outcome and
    indicator, each district's latest figure, RAG and direction (a fixed number of queries,
    whatever the number of districts)."""
    today = today or timezone.localdate()
    districts = list(county.district_lsps.order_by("name"))
    targets = list(_shares(Target.objects.for_lsp(county).filter(district__in=districts)))
    figures = _district_figures([d.pk for d in districts], {t.indicator_id for t in targets})
    rows = _district_rows(
        targets, years, tolerance_of(lsp=county), corrections_of(lsp=county), figures, today
    )
    comparisons: dict = {}
    for target in targets:
        key = (target.outcome_id, target.indicator_id)
        if key not in comparisons:
            comparisons[key] = (target.outcome, rows[target.pk].indicator, {})
        comparisons[key][2][target.district_id] = rows[target.pk]
    return districts, [
        DistrictComparison(
            outcome=outcome,
            indicator=indicator,
            cells=[DistrictCell(district, by_district.get(district.pk)) for district in districts],
        )
        for outcome, indicator, by_district in comparisons.values()
    ]


def district_share(*, district, years, today=None) -> list[TargetRow]:
    """A district's share of its county's outcomes, judged on its own figures."""
    today = today or timezone.localdate()
    targets = list(_shares(Target.objects.filter(district=district)))
    county = district.county_lsp_id
    figures = _district_figures([district.pk], {t.indicator_id for t in targets})
    rows = _district_rows(
        targets, years, tolerance_of(lsp=county), corrections_of(lsp=county), figures, today
    )
    return [rows[target.pk] for target in targets]


def district_target(*, district, target_id) -> Target:
    """One of the county's targets that is this district's share, or 404."""
    target = (
        Target.objects.filter(district=district, pk=target_id)
        .select_related("indicator", "outcome__block", "outcome__agreement", "lsp")
        .first()
    )
    if target is None:
        raise Http404
    return target
