"""Importing figures: the file is checked and saved by a worker (lsp_portal.jobs)."""

import logging
from dataclasses import dataclass

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from laa import caches as laa_caches
from laa import imports, selectors
from laa.models import (
    FigureImport,
    Indicator,
    Measurement,
)
from laa.services.figures import FIGURE_PLACES, _forget_exception, rate_scale
from lsp_portal import jobs
from tenancy.access import access_for

logger = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    created: int
    updated: int


IMPORT_BATCH = 1000


@transaction.atomic
def measurements_import(*, lsp, figures, by) -> ImportSummary:
    """Save checked figures as submitted, in bulk and with their history. A figure verified
    since the file was checked stops the whole import: nothing is saved."""
    indicator_ids = {figure.indicator.pk for figure in figures}
    existing = {
        (m.indicator_id, m.period_end): m
        for m in Measurement.objects.for_lsp(lsp)
        .select_for_update()
        .filter(indicator_id__in=indicator_ids)
    }
    now = timezone.now()
    new, changed = [], []
    for figure in figures:
        value = figure.value
        if value is None:
            value = (figure.numerator / figure.denominator * rate_scale(figure.indicator)).quantize(
                FIGURE_PLACES
            )
        measurement = existing.get((figure.indicator.pk, figure.period_end))
        if measurement is None:
            measurement = Measurement(
                lsp=lsp, indicator=figure.indicator, period_end=figure.period_end
            )
            new.append(measurement)
        elif measurement.status == Measurement.Status.VERIFIED:
            raise ValidationError(
                f"Row {figure.line}: {figure.indicator.code} for {figure.period_end} was "
                "verified while the file was being checked. Nothing was saved."
            )
        else:
            changed.append(measurement)
        measurement.value = value
        measurement.numerator = figure.numerator
        measurement.denominator = figure.denominator
        measurement.commentary = figure.commentary
        measurement.status = Measurement.Status.SUBMITTED
        measurement.returned_reason = ""
        measurement.submitted_by = by
        measurement.submitted_at = now
        _forget_exception(measurement)
    bulk_create_with_history(
        new, Measurement, batch_size=IMPORT_BATCH, default_user=by, default_change_reason="Import"
    )
    bulk_update_with_history(
        changed,
        Measurement,
        fields=[
            "value",
            "numerator",
            "denominator",
            "commentary",
            "status",
            "returned_reason",
            "submitted_by",
            "submitted_at",
            "exception_requested_at",
            "exception_answered_at",
            "exception_answered_by",
            "exception_commentary",
        ],
        batch_size=IMPORT_BATCH,
        default_user=by,
        default_change_reason="Import",
    )
    laa_caches.forget([lsp.pk])  # bulk writes send no signal
    return ImportSummary(created=len(new), updated=len(changed))


MAX_PROBLEMS_KEPT = 500


def _enqueue_import_on_commit(figure_import_id: int) -> None:
    from laa.tasks import run_figure_import  # the task calls these services: import on use

    transaction.on_commit(lambda: run_figure_import.delay(figure_import_id))


def _import_jobs() -> jobs.JobSpec:
    """Imports as leased jobs (lsp_portal.jobs): a worker checks one, holding it while it
    reports progress, and one that dies hands it on after IMPORT_LEASE_SECONDS."""
    return jobs.JobSpec(
        model=FigureImport,
        queued=FigureImport.Status.QUEUED,
        working=FigureImport.Status.CHECKING,
        failed=FigureImport.Status.FAILED,
        lease_seconds=django_settings.IMPORT_LEASE_SECONDS,
        stale_queued_seconds=django_settings.IMPORT_STALE_QUEUED_SECONDS,
        max_attempts=django_settings.IMPORT_MAX_ATTEMPTS,
        enqueue=_enqueue_import_on_commit,
        gave_up="Stopped after {attempts} attempts: the check did not finish.",
        select_related=("lsp", "requested_by"),
    )


def figure_import_request(*, lsp, upload, kind: str, by) -> FigureImport:
    """Keep the file and queue its check: a 10,000-row file takes seconds, so the worker
    does it while the person watches its progress."""
    figure_import = FigureImport.objects.create(
        lsp=lsp,
        file=upload,
        kind=kind,
        name=upload.name[:200],
        requested_by=by,
        queued_at=timezone.now(),
    )
    _enqueue_import_on_commit(figure_import.pk)
    return figure_import


def figure_import_run(*, figure_import_id: int) -> FigureImport | None:
    """Check every row; save them all if every one is right, or none and keep the report.

    The worker first claims the import (lsp_portal.jobs); a redelivered or duplicate task
    finds nothing to claim and does nothing (None). Only the holder of the current claim
    writes the result: a worker whose lease ran out while another took over drops its own.
    """
    spec = _import_jobs()
    job = jobs.job_claim(spec=spec, job_id=figure_import_id)
    if job is None:
        logger.info("Import %s is not claimable; nothing to do", figure_import_id)
        return None
    lsp = job.lsp
    result = {}
    try:
        with job.file.open("rb") as upload:
            rows = imports.read_table(upload, job.kind)
        # A claim after a worker died starts afresh: nothing of the earlier attempt was
        # saved (the save is one transaction), and its count of rows checked means nothing.
        jobs.job_renew_lease(spec=spec, job=job, rows_total=len(rows) - 1, rows_checked=0)
        reportable = selectors.reportable_indicator_ids(
            lsp=lsp, user=job.requested_by, access=access_for(job.requested_by, lsp)
        )
        figures, problems = imports.check_rows(
            rows,
            indicators=Indicator.objects.available_to(lsp),
            reportable=reportable,
            years=selectors.reporting_years(lsp=lsp),
            verified=selectors.verified_periods(lsp=lsp, indicator_ids=reportable),
            progress=lambda done: jobs.job_renew_lease(spec=spec, job=job, rows_checked=done),
        )
        result["rows_total"] = result["rows_checked"] = len(rows) - 1
        if not problems:
            # The figures and the import's result are saved together, or neither: a claim
            # lost meanwhile rolls the figures back too.
            with transaction.atomic():
                if not jobs.job_still_ours(spec=spec, job=job).select_for_update().exists():
                    raise jobs.ClaimLost(f"Import {job.pk} was claimed again meanwhile")
                summary = measurements_import(lsp=lsp, figures=figures, by=job.requested_by)
                result |= {
                    "status": FigureImport.Status.SAVED,
                    "created": summary.created,
                    "updated": summary.updated,
                }
                _import_finish(spec=spec, job=job, result=result)
            return job
        result |= {
            "status": FigureImport.Status.REFUSED,
            "problem_count": len(problems),
            "problems": [
                {"line": p.line, "cells": p.cells, "problems": p.problems}
                for p in problems[:MAX_PROBLEMS_KEPT]
            ],
        }
    except jobs.ClaimLost:
        logger.info("Import %s was claimed again meanwhile; dropping this check", job.pk)
        return None
    except ValidationError as error:
        result |= {
            "status": FigureImport.Status.REFUSED,
            "problems": [{"line": 0, "cells": [], "problems": error.messages}],
            "problem_count": 1,
        }
    except Exception as error:
        # Tried again while attempts remain; after the last one the import stays failed.
        jobs.job_record_failure(
            spec=spec,
            job=job,
            reason=f"The file could not be read to the end ({type(error).__name__}).",
        )
        raise
    try:
        _import_finish(spec=spec, job=job, result=result)
    except jobs.ClaimLost:
        logger.info("Import %s was claimed again meanwhile; dropping this report", job.pk)
        return None
    return job


def figure_imports_reconcile() -> list[int]:
    """Re-send imports a worker will not finish: waiting too long (the broker lost the
    message) or being checked past their lease (the worker died). One that has used its
    three attempts fails instead, with the reason on its status page."""
    return jobs.jobs_reconcile(spec=_import_jobs())


def _import_finish(*, spec: jobs.JobSpec, job: FigureImport, result: dict) -> None:
    """Write the import's result, if this worker's claim is still the current one."""
    fields = result | {
        "finished_at": timezone.now(),
        "lease_expires_at": None,
        "failure_reason": "",
    }
    if not jobs.job_still_ours(spec=spec, job=job).update(**fields):
        raise jobs.ClaimLost(f"Import {job.pk} was claimed again meanwhile")
    for name, value in fields.items():
        setattr(job, name, value)
