"""Who may submit figures, log actions and sign agreements, beyond what a role gives.

A partner member submits figures and logs actions only for outcomes their organisation is
accountable for. The right is a django-guardian grant on the outcome, given by a signed
partnership agreement to the current partners of the accountable organisation and taken
back when the agreement expires or the partner's role ends (``accountability_grants_sync``).
"""

from collections import defaultdict

from django.contrib.auth.models import Permission
from django.db import transaction

from laa.models import (
    AgreementOutcome,
    LocalAreaAgreement,
    OutcomeUserObjectPermission,
    PartnershipAgreement,
)
from lsp_portal import permissions
from lsp_portal.permissions import RoleName
from tenancy.models import Role

SUBMIT_FIGURES = "laa.submit_figures"
LOG_ACTIONS = "laa.log_actions"
GRANTED = ("submit_figures", "log_actions")


def agreement_readable(*, access, agreement) -> bool:
    """An agreement still in draft or negotiation, and its outcomes and targets, are read
    only by those who may read drafts."""
    published = agreement is None or agreement.status not in (
        LocalAreaAgreement.Status.DRAFT,
        LocalAreaAgreement.Status.NEGOTIATION,
    )
    return published or access.can(permissions.VIEW_LAA_DRAFTS)


def history_readable(*, access) -> bool:
    """Who changed what and when: for everyone who reads the LAA's workings, not MPs."""
    return access.can(permissions.VIEW_LAA_DRAFTS)


def represented_organisation_ids(*, user, lsp, roles=(RoleName.PARTNER,)) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        Role.objects.for_lsp(lsp)
        .current()
        .filter(user=user, role__in=roles, organisation__isnull=False)
        .values_list("organisation_id", flat=True)
    )


def can_submit_figures(*, user, access, outcome) -> bool:
    if access.can(permissions.MANAGE_LAA):
        return True
    return access.can(permissions.SUBMIT_FIGURES) and user.has_perm(SUBMIT_FIGURES, outcome)


def can_update_action(*, user, access, action) -> bool:
    """Coordinators keep the action plan; partners update their organisation's actions
    (under an outcome, only while an agreement makes them accountable for it)."""
    if access.can(permissions.MANAGE_LAA):
        return True
    if not access.can(permissions.LOG_ACTIONS):
        return False
    if action.accountable_id not in represented_organisation_ids(user=user, lsp=action.lsp_id):
        return False
    return action.outcome_id is None or user.has_perm(LOG_ACTIONS, action.outcome)


def signing_organisation_ids(*, user, access, agreement) -> set[int]:
    """The parties this person may sign for: the organisation they represent as an executive
    member or partner; a coordinator records any party's signature."""
    parties = set(agreement.parties.values_list("organisation_id", flat=True))
    if access.can(permissions.MANAGE_LAA):
        return parties
    if not access.can(permissions.SIGN_AGREEMENTS):
        return set()
    own = represented_organisation_ids(
        user=user, lsp=agreement.lsp_id, roles=(RoleName.PARTNER, RoleName.EXECUTIVE)
    )
    return parties & own


@transaction.atomic
def accountability_grants_sync(*, lsp) -> None:
    """Make the grants on this LSP's outcomes match its signed agreements and current roles."""
    partners = defaultdict(set)
    for organisation_id, user_id in (
        Role.objects.for_lsp(lsp)
        .current()
        .filter(role=RoleName.PARTNER, organisation__isnull=False)
        .values_list("organisation_id", "user_id")
    ):
        partners[organisation_id].add(user_id)
    granted = list(Permission.objects.filter(content_type__app_label="laa", codename__in=GRANTED))
    wanted = {
        (user_id, outcome_id, permission.pk)
        for outcome_id, organisation_id in AgreementOutcome.objects.for_lsp(lsp)
        .filter(agreement__status=PartnershipAgreement.Status.SIGNED)
        .values_list("outcome_id", "accountable_id")
        for user_id in partners[organisation_id]
        for permission in granted
    }
    held = {
        (grant.user_id, grant.content_object_id, grant.permission_id): grant.pk
        for grant in OutcomeUserObjectPermission.objects.filter(
            content_object__lsp=lsp, permission__in=granted
        )
    }
    # Guardian's direct table, written in bulk: one agreement can cover many outcomes.
    OutcomeUserObjectPermission.objects.filter(
        pk__in=[pk for key, pk in held.items() if key not in wanted]
    ).delete()
    # Two syncs at once (two roles saved together) may both add a grant: the second skips.
    OutcomeUserObjectPermission.objects.bulk_create(
        (
            OutcomeUserObjectPermission(user_id=u, content_object_id=o, permission_id=p)
            for u, o, p in wanted - held.keys()
        ),
        ignore_conflicts=True,
    )
