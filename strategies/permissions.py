"""Who may add and change entries of the engagement diary and neighbourhood plans.

Coordinators add them for any organisation. A partner member adds them for the
organisation they represent, and changes only those (DOMAIN.md: "add engagement / parish
plans for own org").
"""

from lsp_portal import permissions
from lsp_portal.permissions import RoleName
from partnerships.models import Organisation, Role


def organisations_for(*, user, access, lsp):
    """The organisations this person may put an activity or plan in the name of."""
    if access.can(permissions.MANAGE_STRATEGY):
        return Organisation.objects.for_lsp(lsp)
    own = (
        Role.objects.for_lsp(lsp)
        .current()
        .filter(user=user, role=RoleName.PARTNER, organisation__isnull=False)
        .values("organisation")
    )
    return Organisation.objects.for_lsp(lsp).filter(pk__in=own)


def can_change_for(*, user, access, organisation) -> bool:
    return (
        organisations_for(user=user, access=access, lsp=organisation.lsp_id)
        .filter(pk=organisation.pk)
        .exists()
    )
