"""Figures as they count: the latest revision of each period, and late periods."""

from datetime import timedelta

from laa.models import (
    Measurement,
)
from laa.periods import periods_for, year_end

# A figure is late this long after its period ends.
SUBMISSION_GRACE = timedelta(days=30)


def late_periods(frequency: str, years: list[int], figures: list, today) -> list[str]:
    """Periods of the target's years whose deadline has passed with no figure submitted
    (a returned figure does not count)."""
    counted = {figure.period_end for figure in figures}
    return [
        period.label
        for period in periods_for(frequency, min(years), max(years))
        if period.end + SUBMISSION_GRACE < today and period.end not in counted
    ]


FIGURE_FIELDS = ("lsp_id", "indicator_id", "period_end", "value", "status")


def _counted(measurements):
    """Submitted and verified figures as light rows (lsp_id, indicator_id, period_end,
    value, status), oldest first: dashboards read thousands, and model instances cost ten
    times as much to build."""
    return (
        measurements.filter(status__in=[Measurement.Status.SUBMITTED, Measurement.Status.VERIFIED])
        .order_by("lsp_id", "indicator_id", "period_end")
        .values_list(*FIGURE_FIELDS, named=True)
    )


def counted_figures(*, lsp, indicator_ids, years) -> dict[int, list]:
    """Submitted and verified figures of these indicators, oldest first, in one query:
    those of the agreement's years and the year before (for direction of travel), however
    long the history."""
    figures: dict[int, list] = {}
    window = Measurement.objects.for_lsp(lsp).filter(
        indicator_id__in=indicator_ids,
        period_end__gt=year_end(min(years) - 2),
        period_end__lte=year_end(max(years)),
    )
    for row in _counted(window):
        figures.setdefault(row.indicator_id, []).append(row)
    return figures
