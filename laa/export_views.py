"""Each LAA dashboard's data, as CSV or Excel: the same rows the page shows."""

from django.http import Http404
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from laa import selectors
from laa.views import overview_readable, readable_target, target_years
from lsp_portal import permissions
from lsp_portal.downloads import table_response
from tenancy.access import lsp_view


def _years(lsp):
    agreement = selectors.current_agreement(lsp=lsp)
    return agreement.years if agreement else selectors.local_years()


@lsp_view(permissions.VIEW_LAA)
@require_GET
def overview_export(request, export_format):
    if not overview_readable(request):
        raise Http404
    years = _years(request.lsp)
    header = [
        "block",
        "outcome",
        "indicator",
        "title",
        "designated",
        "baseline",
        *[f"target {year}" for year in years],
        "stretch target",
        "reward grant",
        "on track for the stretch",
        "latest period",
        "latest figure",
        "verified",
        "status",
        "since the last period",
        "since a year before",
        "late periods",
    ]
    rows = [
        [
            block_row.block.name,
            outcome_row.outcome.title,
            row.indicator.code,
            row.indicator.title,
            "yes" if row.target.is_designated else "no",
            row.baseline,
            *[value for _year, value in row.year_values],
            row.stretch,
            row.target.reward_grant or "",
            ("yes" if row.reward_forecast else "no") if row.target.reward_grant else "",
            row.performance.latest_label,
            row.performance.latest_text,
            ""
            if not row.performance.latest_text
            else ("no" if row.performance.unverified else "yes"),
            row.performance.status.label,
            row.performance.direction.label,
            row.performance.direction_on_last_year.label,
            "; ".join(row.late),
        ]
        for block_row in selectors.laa_overview(lsp=request.lsp, years=years)
        for outcome_row in block_row.outcomes
        for row in outcome_row.targets
    ]
    return table_response(export_format, f"{request.lsp.slug}-laa-overview", header, rows)


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def exceptions_export(request, export_format):
    off_track, late = selectors.exceptions(lsp=request.lsp, years=_years(request.lsp))
    today = timezone.localdate()
    rows = [
        [
            "Off track" if entry.row.performance.status == "red" else "Slightly off track",
            entry.row.indicator.code,
            entry.outcome.title,
            f"{entry.row.performance.latest_text} in {entry.row.performance.latest_label}, "
            f"trajectory {entry.row.performance.expected_text}",
        ]
        for entry in off_track
    ]
    rows += [
        ["Late figures", entry.row.indicator.code, entry.outcome.title, "; ".join(entry.row.late)]
        for entry in late
    ]
    rows += [
        [
            "Overdue action",
            action.title,
            action.outcome.title if action.outcome else "",
            f"{action.accountable.name}: due {action.due_on:%-d %B %Y}, "
            f"{action.status_label.lower()}, {action.overdue_in_words(today)}",
        ]
        for action in selectors.overdue_actions(lsp=request.lsp, today=today)
    ]
    return table_response(
        export_format,
        f"{request.lsp.slug}-laa-exceptions",
        ["exception", "indicator or action", "outcome", "detail"],
        rows,
    )


@lsp_view(permissions.VIEW_LAA)
@require_GET
def target_export(request, target_id, export_format):
    target = readable_target(request, target_id)
    seen = selectors.as_seen_by(target.indicator, selectors.corrections_of(lsp=request.lsp))
    rows = selectors.target_periods(
        target=target,
        years=target_years(request, target.outcome),
        tolerance=selectors.tolerance_of(lsp=request.lsp),
        polarity=seen.polarity,
        places=target.indicator.decimal_places,
    )
    return table_response(
        export_format,
        f"{request.lsp.slug}-{slugify(target.indicator.code)}-figures",
        [
            "period",
            "trajectory",
            "figure",
            "figure status",
            "RAG",
            "commentary",
            "exception commentary",
        ],
        [
            [
                row.label,
                row.expected_text,
                row.value_text,
                row.measurement.get_status_display() if row.measurement else "",
                row.status.label,
                row.measurement.commentary if row.measurement else "",
                row.measurement.exception_commentary if row.measurement else "",
            ]
            for row in rows
        ],
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def districts_export(request, export_format):
    districts, comparisons = selectors.district_comparison(
        county=request.lsp, years=_years(request.lsp)
    )
    rows = [
        [
            comparison.outcome.title,
            comparison.indicator.code,
            cell.district.name,
            cell.row.performance.latest_label,
            cell.row.performance.latest_text,
            cell.row.performance.status.label,
            cell.row.performance.direction.label,
            "; ".join(cell.row.late),
        ]
        for comparison in comparisons
        for cell in comparison.cells
        if cell.row
    ]
    return table_response(
        export_format,
        f"{request.lsp.slug}-laa-districts",
        [
            "outcome",
            "indicator",
            "district",
            "latest period",
            "latest figure",
            "status",
            "since the last period",
            "late periods",
        ],
        rows,
    )
