"""Changes to the LAA set-up: the agreement, blocks, outcomes, targets and indicators."""

from django.core.exceptions import ValidationError
from django.db import transaction

from laa.models import (
    DEFAULT_BLOCKS,
    Block,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Outcome,
    PerformanceSettings,
    Target,
    TargetYear,
)
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
