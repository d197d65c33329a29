"""Changes to the agreement's set-up: the agreement, blocks, outcomes and targets."""

from django.core.exceptions import ValidationError
from django.db import transaction

from laa import caches as laa_caches
from laa.models import (
    DEFAULT_BLOCKS,
    Block,
    LocalAreaAgreement,
    Outcome,
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
def target_save(*, target: Target, yearly: dict[int, object], relates_to=None) -> Target:
    """Save a target with its value for each year; a year left empty has no target. With
    ``relates_to``, the partner organisations it relates to (of its own LSP)."""
    if target.indicator.lsp_id not in (None, target.lsp_id):
        raise ValidationError({"indicator": "Choose a national indicator or one of this LSP's"})
    if relates_to is not None and any(o.lsp_id != target.lsp_id for o in relates_to):
        raise ValidationError({"relates_to": "Choose organisations of this partnership"})
    validated_save(target)
    if relates_to is not None:
        target.relates_to.set(relates_to)
    for year, value in yearly.items():
        if value is None:
            TargetYear.objects.filter(target=target, year=year).delete()
        else:
            TargetYear.objects.update_or_create(
                target=target, year=year, defaults={"lsp": target.lsp, "value": value}
            )
    return target
