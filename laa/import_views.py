"""Figures imported from a spreadsheet, and the template to fill in."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from laa import selectors, services
from laa.forms import ImportForm
from laa.imports import COLUMNS, check_rows, read_table
from laa.models import Indicator
from lsp_portal import permissions
from lsp_portal.downloads import csv_response, xlsx_response
from lsp_portal.tenancy import lsp_view
from lsp_portal.uploads import table_kind


def _years(lsp):
    agreement = selectors.current_agreement(lsp=lsp)
    return agreement.years if agreement else selectors.local_years()


@lsp_view(permissions.SUBMIT_FIGURES)
@require_http_methods(["GET", "POST"])
def import_figures(request):
    """Every row is checked first; if any is wrong nothing is saved and each wrong row is
    listed with what is wrong."""
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        reportable = selectors.reportable_indicator_ids(
            lsp=request.lsp, user=request.user, access=request.lsp_access
        )
        try:
            rows = read_table(upload, table_kind(upload))
            figures, problems = check_rows(
                rows,
                indicators=Indicator.objects.available_to(request.lsp),
                reportable=reportable,
                years=_years(request.lsp),
                verified=selectors.verified_periods(lsp=request.lsp, indicator_ids=reportable),
            )
            if not problems:
                summary = services.measurements_import(
                    lsp=request.lsp, figures=figures, by=request.user
                )
                messages.success(
                    request,
                    f"{summary.created + summary.updated:,} figures submitted: "
                    f"{summary.created:,} new, {summary.updated:,} changed. The coordinator "
                    "verifies them next.",
                )
                return redirect("laa:import", request.lsp.slug)
        except ValidationError as error:
            form.add_error("file", error)
    return render(
        request,
        "laa/import.html",
        {"form": form, "problems": problems, "shown": problems[:500], "columns": COLUMNS},
    )


def _template_rows(request):
    reportable = selectors.reportable_indicator_ids(
        lsp=request.lsp, user=request.user, access=request.lsp_access
    )
    return selectors.import_template_rows(
        lsp=request.lsp, indicator_ids=reportable, years=_years(request.lsp)
    )


@lsp_view(permissions.SUBMIT_FIGURES)
@require_GET
def import_template_csv(request):
    return csv_response(f"{request.lsp.slug}-figures.csv", COLUMNS, _template_rows(request))


@lsp_view(permissions.SUBMIT_FIGURES)
@require_GET
def import_template_xlsx(request):
    return xlsx_response(
        f"{request.lsp.slug}-figures.xlsx", COLUMNS, _template_rows(request), sheet="Figures"
    )
