"""Changes to the LAA set-up: the agreement, blocks, outcomes, targets and indicators."""

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from laa import caches as laa_caches
from laa.models import (
    DEFAULT_BLOCKS,
    AccountableAction,
    AccountableActionUpdate,
    AgreementOutcome,
    AgreementParty,
    Block,
    Commitment,
    FigureImport,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    PerformanceSettings,
    Target,
    TargetYear,
)
from laa.periods import periods_for
from laa.permissions import accountability_grants_sync
from lsp_portal import jobs
from lsp_portal.services import action_report, validated_save

logger = logging.getLogger(__name__)


def blocks_ensure_defaults(*, lsp) -> list[Block]:
    """The four LAA blocks, for an LSP that has none yet; an LSP may rename or add to them."""
    if not Block.objects.for_lsp(lsp).exists():
        Block.objects.bulk_create(
            Block(lsp=lsp, name=name, order=order) for order, name in enumerate(DEFAULT_BLOCKS)
        )
        laa_caches.forget([lsp.pk])  # a bulk create sends no signal
    return list(Block.objects.for_lsp(lsp))


@transaction.atomic
def agreement_save(*, agreement: LocalAreaAgreement) -> LocalAreaAgreement:
    validated_save(agreement)
    blocks_ensure_defaults(lsp=agreement.lsp)
    return agreement


def block_save(*, block: Block) -> Block:
    with transaction.atomic():
        return validated_save(block)


def outcome_save(*, outcome: Outcome, priorities) -> Outcome:
    if any(p.lsp_id != outcome.lsp_id for p in priorities):
        raise ValidationError({"priorities": "Choose priorities of this LSP's strategy"})
    with transaction.atomic():
        validated_save(outcome)
        outcome.priorities.set(priorities)
    return outcome


@transaction.atomic
def target_save(*, target: Target, yearly: dict[int, object]) -> Target:
    """Save a target with its value for each year; a year left empty has no target."""
    if target.indicator.lsp_id not in (None, target.lsp_id):
        raise ValidationError({"indicator": "Choose a national indicator or one of this LSP's"})
    validated_save(target)
    for year, value in yearly.items():
        if value is None:
            TargetYear.objects.filter(target=target, year=year).delete()
        else:
            TargetYear.objects.update_or_create(
                target=target, year=year, defaults={"lsp": target.lsp, "value": value}
            )
    return target


def local_indicator_save(*, indicator: Indicator) -> Indicator:
    if indicator.lsp_id is None:
        raise ValidationError("National indicators are corrected, not edited.")
    duplicate = Indicator.objects.available_to(indicator.lsp).filter(code__iexact=indicator.code)
    if duplicate.exclude(pk=indicator.pk).exists():
        raise ValidationError({"code": "An indicator with this code already exists"})
    with transaction.atomic():
        return validated_save(indicator)


def indicator_correct(*, lsp, indicator: Indicator, title: str, polarity: str):
    """Correct a national indicator's title or polarity for this LSP only."""
    if not indicator.is_national:
        raise ValidationError("Change a local indicator directly.")
    correction, _ = IndicatorCorrection.objects.get_or_create(lsp=lsp, indicator=indicator)
    correction.title = "" if title.strip() == indicator.title else title.strip()
    correction.polarity = "" if polarity == indicator.polarity else polarity
    correction.save()
    return correction


def performance_settings_save(*, settings: PerformanceSettings) -> PerformanceSettings:
    with transaction.atomic():
        return validated_save(settings)


# Figures are kept to three decimal places (Measurement.value).
FIGURE_PLACES = Decimal("0.001")


def rate_scale(indicator) -> int:
    """What a numerator over a denominator is multiplied by to give the indicator's unit:
    100 for a percentage, 1,000 for a rate per 1,000. The National Indicator Set gives no
    units, but its titles say "%" or "percentage" where they mean one."""
    unit = indicator.unit.replace(",", "").lower()
    for scale in (100000, 10000, 1000, 100):
        if f"per {scale}" in unit:
            return scale
    title = indicator.title.lower()
    if "%" in unit or "percent" in unit or (not unit and ("%" in title or "percentage" in title)):
        return 100
    return 1


def _refuse_unless_period_of(indicator: Indicator, period_end: date) -> None:
    year = period_end.year if period_end.month >= 4 else period_end.year - 1
    if period_end not in {p.end for p in periods_for(indicator.frequency, year, year)}:
        raise ValidationError({"period_end": f"Choose a {indicator.frequency} period"})


@transaction.atomic
def measurement_submit(
    *,
    lsp,
    indicator,
    period_end: date,
    value,
    commentary: str,
    by,
    numerator=None,
    denominator=None,
):
    """Submit a figure for a period, or its numerator and denominator. A figure already
    verified changes only after the coordinator returns it; a returned one may be submitted
    again."""
    if value is None and None not in (numerator, denominator) and denominator != 0:
        value = (numerator / denominator * rate_scale(indicator)).quantize(FIGURE_PLACES)
    if value is None:
        raise ValidationError({"value": "Enter the figure"})
    _refuse_unless_period_of(indicator, period_end)
    measurement = (
        Measurement.objects.select_for_update()
        .filter(lsp=lsp, indicator=indicator, period_end=period_end)
        .first()
    ) or Measurement(lsp=lsp, indicator=indicator, period_end=period_end)
    if measurement.status == Measurement.Status.VERIFIED:
        raise ValidationError(
            "This figure has been verified. The coordinator returns it before it can change."
        )
    measurement.value = value
    measurement.numerator = numerator
    measurement.denominator = denominator
    measurement.commentary = commentary.strip()
    measurement.status = Measurement.Status.SUBMITTED
    measurement.returned_reason = ""
    measurement.submitted_by = by
    measurement.submitted_at = timezone.now()
    measurement.verified_by = measurement.verified_at = None
    _forget_exception(measurement)
    return validated_save(measurement)


def _forget_exception(measurement) -> None:
    """A changed figure is judged afresh; the commentary on the old one stays in history."""
    measurement.exception_requested_at = measurement.exception_answered_at = None
    measurement.exception_answered_by = None
    measurement.exception_commentary = ""


@transaction.atomic
def measurement_verify(*, measurement, by):
    """The coordinator's data-quality sign-off. A verified figure that is off track, or
    worse than the period before, asks the accountable organisation for exception
    commentary."""
    from laa.selectors import needs_exception_commentary

    measurement = Measurement.objects.select_for_update().get(pk=measurement.pk)
    if measurement.status != Measurement.Status.SUBMITTED:
        raise ValidationError("Only a submitted figure can be verified.")
    measurement.status = Measurement.Status.VERIFIED
    measurement.verified_by = by
    measurement.verified_at = timezone.now()
    if needs_exception_commentary(measurement):
        measurement.exception_requested_at = measurement.verified_at
    measurement.save()
    return measurement


@transaction.atomic
def exception_commentary_give(*, measurement, text: str, by):
    """The accountable organisation's answer: what is being done, and by when. It is kept
    with the period's figure."""
    measurement = Measurement.objects.select_for_update().get(pk=measurement.pk)
    if measurement.exception_requested_at is None:
        raise ValidationError("No exception commentary has been asked for on this figure.")
    if not text.strip():
        raise ValidationError({"text": "Say what is being done, and by when"})
    measurement.exception_commentary = text.strip()
    measurement.exception_answered_by = by
    measurement.exception_answered_at = timezone.now()
    measurement.save()
    return measurement


@transaction.atomic
def measurement_return(*, measurement, reason: str, by):
    """Send a figure back to be corrected, saying why."""
    measurement = Measurement.objects.select_for_update().get(pk=measurement.pk)
    if not reason.strip():
        raise ValidationError({"reason": "Say why the figure is returned"})
    if measurement.status not in (Measurement.Status.SUBMITTED, Measurement.Status.VERIFIED):
        raise ValidationError("Only a submitted or verified figure can be returned.")
    measurement.status = Measurement.Status.RETURNED
    measurement.returned_reason = reason.strip()
    measurement.verified_by = measurement.verified_at = None
    _forget_exception(measurement)
    measurement._change_reason = f"Returned by {by}"
    measurement.save()
    return measurement


def _refuse_unless_draft(agreement: PartnershipAgreement) -> None:
    # Read from the database: the agreement in hand may predate the last signature.
    draft = PartnershipAgreement.objects.filter(
        pk=agreement.pk, status=PartnershipAgreement.Status.DRAFT
    )
    if not draft.exists():
        raise ValidationError(
            "This agreement has been signed or has expired: its parties, outcomes and "
            "commitments no longer change. Draw up a new agreement instead."
        )


def _refuse_once_anyone_signed(agreement: PartnershipAgreement) -> None:
    """Those who signed agreed these terms: after the first signature they stay as they are."""
    _refuse_unless_draft(agreement)
    if AgreementParty.objects.filter(agreement=agreement, signed_at__isnull=False).exists():
        raise ValidationError(
            "A party has signed this agreement: its parties, outcomes and commitments no "
            "longer change. Draw up a new agreement instead."
        )


def partnership_agreement_save(*, agreement: PartnershipAgreement) -> PartnershipAgreement:
    with transaction.atomic():
        return validated_save(agreement)


@transaction.atomic
def agreement_party_add(*, agreement: PartnershipAgreement, organisation) -> AgreementParty:
    _refuse_once_anyone_signed(agreement)
    if organisation.lsp_id != agreement.lsp_id:
        raise ValidationError({"organisation": "Choose an organisation of this LSP"})
    if agreement.parties.filter(organisation=organisation).exists():
        raise ValidationError({"organisation": f"{organisation} is already a party"})
    return validated_save(
        AgreementParty(lsp_id=agreement.lsp_id, agreement=agreement, organisation=organisation)
    )


def _refuse_unless_party(agreement, organisation, field: str) -> None:
    if not agreement.parties.filter(organisation=organisation).exists():
        raise ValidationError({field: f"{organisation} is not a party to this agreement"})


@transaction.atomic
def agreement_outcome_save(*, entry: AgreementOutcome, contributors) -> AgreementOutcome:
    """Cover an outcome: the party accountable for it, and the parties contributing."""
    _refuse_once_anyone_signed(entry.agreement)
    if entry.outcome.lsp_id != entry.lsp_id:
        raise ValidationError({"outcome": "Choose an outcome of this LSP"})
    _refuse_unless_party(entry.agreement, entry.accountable, "accountable")
    for organisation in contributors:
        _refuse_unless_party(entry.agreement, organisation, "contributors")
    validated_save(entry)
    entry.contributors.set(contributors)
    return entry


@transaction.atomic
def commitment_save(*, commitment: Commitment) -> Commitment:
    _refuse_once_anyone_signed(commitment.agreement)
    _refuse_unless_party(commitment.agreement, commitment.organisation, "organisation")
    return validated_save(commitment)


@transaction.atomic
def agreement_sign(*, party: AgreementParty, by, signatory_name: str = "", recorded=False):
    """One party signs for its own organisation. Once every party has signed the agreement
    is signed, and its accountable organisations' partners may submit figures and log
    actions for the outcomes it covers."""
    agreement = PartnershipAgreement.objects.select_for_update().get(pk=party.agreement_id)
    _refuse_unless_draft(agreement)
    party = AgreementParty.objects.select_for_update().get(pk=party.pk)
    if party.has_signed:
        raise ValidationError(f"{party.organisation} has already signed.")
    if not agreement.outcomes_covered.exists():
        raise ValidationError("Add the outcomes the agreement covers before it is signed.")
    if recorded and not signatory_name.strip():
        raise ValidationError({"signatory_name": "Enter who signed, as on the paper"})
    party.signed_at = timezone.now()
    party.signatory_name = signatory_name.strip() or by.get_full_name() or by.email
    party.signed_by = None if recorded else by
    party.recorded_by = by if recorded else None
    party.save()
    if not agreement.parties.filter(signed_at__isnull=True).exists():
        agreement.status = PartnershipAgreement.Status.SIGNED
        agreement.signed_at = party.signed_at
        agreement.save()
        accountability_grants_sync(lsp=agreement.lsp_id)
    return party


@transaction.atomic
def agreement_expire(*, agreement: PartnershipAgreement) -> PartnershipAgreement:
    """End a signed agreement; the rights it gave end with it."""
    agreement = PartnershipAgreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status != PartnershipAgreement.Status.SIGNED:
        raise ValidationError("Only a signed agreement expires.")
    agreement.status = PartnershipAgreement.Status.EXPIRED
    agreement.expired_at = timezone.now()
    agreement.save()
    accountability_grants_sync(lsp=agreement.lsp_id)
    return agreement


def accountable_action_save(*, action: AccountableAction) -> AccountableAction:
    for field in ("outcome", "priority", "accountable"):
        related = getattr(action, field)
        if related is not None and related.lsp_id != action.lsp_id:
            raise ValidationError({field: "Choose one of this LSP's"})
    with transaction.atomic():
        return validated_save(action)


def accountable_action_report(*, action: AccountableAction, text: str, status: str, by):
    """An update on progress, moving the action to a new status (or keeping it)."""
    return action_report(
        action=action, update_model=AccountableActionUpdate, text=text, status=status, by=by
    )


@transaction.atomic
def accountable_action_archive(*, action: AccountableAction) -> AccountableAction:
    """Archived actions leave the plan but keep their history: nothing accountable is
    deleted."""
    action = AccountableAction.objects.select_for_update().get(pk=action.pk)
    action.archived_at = action.archived_at or timezone.now()
    action.save()
    return action


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
    from laa.tasks import run_figure_import

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
    from laa import selectors
    from laa.imports import check_rows, read_table
    from tenancy.access import access_for

    spec = _import_jobs()
    job = jobs.job_claim(spec=spec, job_id=figure_import_id)
    if job is None:
        logger.info("Import %s is not claimable; nothing to do", figure_import_id)
        return None
    lsp = job.lsp
    result = {}
    try:
        with job.file.open("rb") as upload:
            rows = read_table(upload, job.kind)
        # A claim after a worker died starts afresh: nothing of the earlier attempt was
        # saved (the save is one transaction), and its count of rows checked means nothing.
        jobs.job_renew_lease(spec=spec, job=job, rows_total=len(rows) - 1, rows_checked=0)
        reportable = selectors.reportable_indicator_ids(
            lsp=lsp, user=job.requested_by, access=access_for(job.requested_by, lsp)
        )
        figures, problems = check_rows(
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
