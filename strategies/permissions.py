"""Who may add and change entries of the engagement diary and neighbourhood plans.

Coordinators add them for any organisation. A partner member adds them for the
organisation they represent, and changes only those (DOMAIN.md: "add engagement / parish
plans for own org").

``diary_checker`` is worked out in at most one query and then answers for any number of
rows; the edit view and every page that offers an edit link ask the same checker, so a
link is shown exactly where the edit view says yes.
"""

from dataclasses import dataclass

from lsp_portal import permissions
from lsp_portal.permissions import RoleName
from tenancy.models import Organisation, Role


@dataclass(frozen=True)
class DiaryChecker:
    """Which organisations' entries one person may change in one LSP."""

    every_organisation: bool = False
    organisation_ids: frozenset[int] = frozenset()

    def can_edit(self, organisation_id: int) -> bool:
        return self.every_organisation or organisation_id in self.organisation_ids


def diary_checker(*, user, access, lsp) -> DiaryChecker:
    """Worked out with at most one query, however many rows a page then asks about."""
    if access.can(permissions.MANAGE_STRATEGY):
        return DiaryChecker(every_organisation=True)
    if not (user.is_authenticated and access.can(permissions.CONTRIBUTE_TO_STRATEGY)):
        return DiaryChecker()
    own = (
        Role.objects.for_lsp(lsp)
        .current()
        .filter(user=user, role=RoleName.PARTNER, organisation__isnull=False)
        .values_list("organisation_id", flat=True)
    )
    return DiaryChecker(organisation_ids=frozenset(own))


def organisations_for(*, user, access, lsp):
    """The organisations this person may put an activity or plan in the name of."""
    checker = diary_checker(user=user, access=access, lsp=lsp)
    organisations = Organisation.objects.for_lsp(lsp)
    if checker.every_organisation:
        return organisations
    return organisations.filter(pk__in=checker.organisation_ids)


def can_change_for(*, user, access, organisation) -> bool:
    return diary_checker(user=user, access=access, lsp=organisation.lsp_id).can_edit(
        organisation.pk
    )
