"""Figures imported from a spreadsheet, and the template to fill in."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from laa import selectors, services
from laa.forms import ImportForm
from laa.imports import COLUMNS
from lsp_portal import permissions
from lsp_portal.downloads import csv_response, xlsx_response
from lsp_portal.progress import progress_page
from lsp_portal.uploads import table_kind
from tenancy.access import lsp_view


@lsp_view(permissions.SUBMIT_FIGURES)
@require_http_methods(["GET", "POST"])
def import_figures(request):
    """Upload a file; the worker checks every row and saves all of them or none."""
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = services.figure_import_request(
            lsp=request.lsp, upload=upload, kind=table_kind(upload), by=request.user
        )
        return redirect("laa:import-status", request.lsp.slug, job.pk)
    return render(
        request,
        "laa/import.html",
        {
            "form": form,
            "columns": COLUMNS,
            "recent": selectors.recent_imports(
                lsp=request.lsp, user=request.user, access=request.lsp_access
            ),
        },
    )


@lsp_view(permissions.SUBMIT_FIGURES)
@require_GET
def import_status(request, figure_import_id):
    job = selectors.figure_import(
        lsp=request.lsp,
        user=request.user,
        access=request.lsp_access,
        figure_import_id=figure_import_id,
    )
    return progress_page(request, "laa/import_status.html", {"job": job}, active=job.is_active)


def _template_rows(request):
    reportable = selectors.reportable_indicator_ids(
        lsp=request.lsp, user=request.user, access=request.lsp_access
    )
    return selectors.import_template_rows(
        lsp=request.lsp, indicator_ids=reportable, years=selectors.reporting_years(lsp=request.lsp)
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
