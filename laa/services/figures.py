"""Figures: submitted as a value or a numerator and denominator, verified or returned,
and exception commentary."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from laa.models import (
    Indicator,
    Measurement,
)
from laa.periods import periods_for
from laa.selectors import needs_exception_commentary
from lsp_portal.services import validated_save

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
