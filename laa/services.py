"""Changes to the LAA set-up: the agreement, blocks, outcomes, targets and indicators."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from laa.models import (
    DEFAULT_BLOCKS,
    Block,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PerformanceSettings,
    Target,
    TargetYear,
)
from laa.periods import periods_for
from lsp_portal.services import validated_save


def blocks_ensure_defaults(*, lsp) -> list[Block]:
    """The four LAA blocks, for an LSP that has none yet; an LSP may rename or add to them."""
    if not Block.objects.for_lsp(lsp).exists():
        Block.objects.bulk_create(
            Block(lsp=lsp, name=name, order=order) for order, name in enumerate(DEFAULT_BLOCKS)
        )
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


def _refuse_unless_period_of(indicator: Indicator, period_end: date) -> None:
    year = period_end.year if period_end.month >= 4 else period_end.year - 1
    if period_end not in {p.end for p in periods_for(indicator.frequency, year, year)}:
        raise ValidationError({"period_end": f"Choose a {indicator.frequency} period"})


@transaction.atomic
def measurement_submit(*, lsp, indicator, period_end: date, value, commentary: str, by):
    """Submit a figure for a period. A figure already verified changes only after the
    coordinator returns it; a returned one may be submitted again."""
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
    measurement.commentary = commentary.strip()
    measurement.status = Measurement.Status.SUBMITTED
    measurement.returned_reason = ""
    measurement.submitted_by = by
    measurement.submitted_at = timezone.now()
    measurement.verified_by = measurement.verified_at = None
    return validated_save(measurement)


@transaction.atomic
def measurement_verify(*, measurement, by):
    """The coordinator's data-quality sign-off."""
    measurement = Measurement.objects.select_for_update().get(pk=measurement.pk)
    if measurement.status != Measurement.Status.SUBMITTED:
        raise ValidationError("Only a submitted figure can be verified.")
    measurement.status = Measurement.Status.VERIFIED
    measurement.verified_by = by
    measurement.verified_at = timezone.now()
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
    measurement._change_reason = f"Returned by {by}"
    measurement.save()
    return measurement
