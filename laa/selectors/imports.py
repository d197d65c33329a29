"""Importing figures: what a person may report on, templates and recent imports."""

from django.http import Http404
from django.utils import timezone
from guardian.shortcuts import get_objects_for_user

from laa.models import (
    FigureImport,
    Indicator,
    Measurement,
    Outcome,
)
from laa.periods import periods_for
from laa.selectors.setup import targets_reported_by
from lsp_portal import permissions


def reportable_indicator_ids(*, lsp, user, access) -> set[int]:
    """Indicators with a target this person may submit figures for: every target's for a
    coordinator, the granted outcomes' targets for a partner (two queries)."""
    targets = targets_reported_by(lsp=lsp)
    if not access.can(permissions.MANAGE_LAA):
        outcomes = get_objects_for_user(
            user,
            "laa.submit_figures",
            klass=Outcome.objects.for_lsp(lsp),
            accept_global_perms=False,
        )
        targets = targets.filter(outcome__in=outcomes)
    return set(targets.values_list("indicator_id", flat=True))


def verified_periods(*, lsp, indicator_ids) -> set:
    return set(
        Measurement.objects.for_lsp(lsp)
        .filter(indicator_id__in=indicator_ids, status=Measurement.Status.VERIFIED)
        .values_list("indicator_id", "period_end")
    )


def import_template_rows(*, lsp, indicator_ids, years, today=None) -> list[list]:
    """A row for each reportable indicator's most recent period that has ended, to fill in."""
    today = today or timezone.localdate()
    rows = []
    for indicator in Indicator.objects.available_to(lsp).filter(pk__in=indicator_ids):
        ended = [
            p.end
            for p in periods_for(indicator.frequency, min(years), max(years))
            if p.end <= today
        ]
        rows.append([indicator.code, ended[-1].isoformat() if ended else "", "", "", "", ""])
    return rows


def _imports_seen_by(*, lsp, user, access):
    """Coordinators see every import of the LSP; a partner sees their own."""
    imports = FigureImport.objects.for_lsp(lsp)
    if not access.can(permissions.MANAGE_LAA):
        imports = imports.filter(requested_by=user)
    return imports


def recent_imports(*, lsp, user, access) -> list[FigureImport]:
    return list(
        _imports_seen_by(lsp=lsp, user=user, access=access)
        .select_related("requested_by")
        .defer("problems")[:10]
    )


def figure_import(*, lsp, user, access, figure_import_id) -> FigureImport:
    job = _imports_seen_by(lsp=lsp, user=user, access=access).filter(pk=figure_import_id).first()
    if job is None:
        raise Http404
    return job
