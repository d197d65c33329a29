"""Partnership agreements, and what each organisation is accountable for."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.utils import timezone

from laa.models import (
    AgreementOutcome,
    AgreementParty,
    Commitment,
    Measurement,
    PartnershipAgreement,
)
from laa.selectors.actions import action_plan
from laa.selectors.performance import ExceptionEntry, laa_overview
from tenancy.access import get_for_lsp


def accountable_organisation_ids(*, lsp, outcome) -> set[int]:
    """The organisations a signed agreement makes accountable for this outcome."""
    if outcome is None:
        return set()
    return set(
        AgreementOutcome.objects.for_lsp(lsp)
        .filter(outcome=outcome, agreement__status=PartnershipAgreement.Status.SIGNED)
        .values_list("accountable_id", flat=True)
    )


def agreements(*, lsp):
    return (
        PartnershipAgreement.objects.for_lsp(lsp)
        .prefetch_related("parties__organisation")
        .annotate(outcome_count=Count("outcomes_covered", distinct=True))
    )


def agreement_detail(*, lsp, agreement_id) -> PartnershipAgreement:
    return get_for_lsp(
        PartnershipAgreement.objects.prefetch_related(
            Prefetch(
                "parties",
                queryset=AgreementParty.objects.select_related(
                    "organisation", "signed_by", "recorded_by"
                ),
            ),
            Prefetch(
                "outcomes_covered",
                queryset=AgreementOutcome.objects.select_related(
                    "outcome__block", "accountable"
                ).prefetch_related("contributors"),
            ),
            Prefetch("commitments", queryset=Commitment.objects.select_related("organisation")),
        ),
        lsp,
        pk=agreement_id,
    )


@dataclass
class Accountability:
    """What one organisation answers for: outcomes, their targets as they stand, figures
    still to submit, exception commentary asked of it, its actions and commitments."""

    organisation: object
    covered: list  # AgreementOutcome entries of signed agreements
    targets: list  # ExceptionEntry-like rows (block, outcome, TargetRow)
    to_submit: list  # (TargetRow, late period labels)
    commentary_asked: list  # Measurements awaiting exception commentary
    actions: list
    commitments: list


def accountability_of(*, lsp, organisation, years: list[int], today=None) -> Accountability:
    today = today or timezone.localdate()
    covered = list(
        AgreementOutcome.objects.for_lsp(lsp)
        .filter(accountable=organisation, agreement__status=PartnershipAgreement.Status.SIGNED)
        .select_related("outcome", "agreement")
    )
    outcome_ids = {entry.outcome_id for entry in covered}
    targets = [
        ExceptionEntry(block_row.block, outcome_row.outcome, row)
        for block_row in laa_overview(lsp=lsp, years=years, today=today)
        for outcome_row in block_row.outcomes
        if outcome_row.outcome.pk in outcome_ids
        for row in outcome_row.targets
    ]
    indicator_ids = {entry.row.target.indicator_id for entry in targets}
    commentary_asked = list(
        Measurement.objects.for_lsp(lsp)
        .filter(
            indicator__in=indicator_ids,
            exception_requested_at__isnull=False,
            exception_answered_at__isnull=True,
        )
        .select_related("indicator")
        .order_by("period_end")
    )
    commitments = list(
        Commitment.objects.for_lsp(lsp)
        .filter(organisation=organisation, ended_at__isnull=True)
        .exclude(agreement__status=PartnershipAgreement.Status.EXPIRED)
        .select_related("agreement")
    )
    return Accountability(
        organisation=organisation,
        covered=covered,
        targets=targets,
        to_submit=[entry for entry in targets if entry.row.late],
        commentary_asked=commentary_asked,
        actions=list(action_plan(lsp=lsp, organisation_id=organisation.pk, today=today)),
        commitments=commitments,
    )


def partners_target_relates_to(target) -> list:
    """The partner organisations a target relates to: those recorded on it, or else those
    the partnership agreements name for its outcome (the accountable organisation, then
    the contributors). Scrutiny's have-regard notices go to these."""
    recorded = list(target.relates_to.all())
    if recorded:
        return sorted(recorded, key=lambda organisation: organisation.name)
    found: dict[int, object] = {}
    covered = AgreementOutcome.objects.filter(outcome_id=target.outcome_id).select_related(
        "accountable"
    )
    for agreed in covered.prefetch_related("contributors"):
        found.setdefault(agreed.accountable_id, agreed.accountable)
        for contributor in agreed.contributors.all():
            found.setdefault(contributor.pk, contributor)
    return list(found.values())
