"""Changes to the indicator library: local indicators, corrections, the amber tolerance."""

from django.core.exceptions import ValidationError
from django.db import transaction

from laa.models import (
    Indicator,
    IndicatorCorrection,
    PerformanceSettings,
)
from lsp_portal.services import validated_save


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
