"""Partnership agreements: parties, accountability, commitments and signatures."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from laa.models import (
    AgreementOutcome,
    AgreementParty,
    Commitment,
    PartnershipAgreement,
)
from laa.permissions import accountability_grants_sync
from lsp_portal.services import validated_save


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
