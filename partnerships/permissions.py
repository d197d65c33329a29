"""Object grants in the partnership structure (django-guardian, direct foreign-key tables).

The chair of a partnership manages that partnership's memberships. The grant follows the
chair: ``chair_grants_sync`` gives it to whoever chairs now and takes it from anyone who
no longer does, each time a chair's membership changes.
"""

from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

from lsp_portal import permissions
from partnerships.models import Membership

MANAGE_MEMBERSHIPS = "partnerships.manage_memberships"


def can_manage_memberships(*, user, access, partnership) -> bool:
    """Coordinators manage every partnership's members; a chair manages their own."""
    if access.can(permissions.MANAGE_STRUCTURE):
        return True
    return user.is_authenticated and user.has_perm(MANAGE_MEMBERSHIPS, partnership)


def chair_grants_sync(*, partnership, today) -> None:
    chairs = {
        membership.person
        for membership in Membership.objects.filter(
            partnership=partnership, position=Membership.Position.CHAIR, person__isnull=False
        ).select_related("person")
        if membership.is_current(today)
    }
    holders = set(get_users_with_perms(partnership, only_with_perms_in=["manage_memberships"]))
    for user in chairs - holders:
        assign_perm(MANAGE_MEMBERSHIPS, user, partnership)
    for user in holders - chairs:
        remove_perm(MANAGE_MEMBERSHIPS, user, partnership)


def sees_all_meetings(access) -> bool:
    """Coordinators manage meetings and executive members read them all."""
    return access.has_role(permissions.RoleName.COORDINATOR) or access.has_role(
        permissions.RoleName.EXECUTIVE
    )


def meeting_access(*, user, access, meeting, sits_on: set[int]) -> str | None:
    """'full' (every item, confidential too), 'public' (public items only) or None.

    Partners read the meetings of partnerships they sit on; scrutineers and MPs read
    public meetings' non-confidential items, as the public does.
    """
    if sees_all_meetings(access):
        return "full"
    if access.has_role(permissions.RoleName.PARTNER) and meeting.partnership_id in sits_on:
        return "full"
    if meeting.is_public:
        return "public"
    return None


ACTION_OWNER_ROLES = (
    permissions.RoleName.COORDINATOR,
    permissions.RoleName.EXECUTIVE,
    permissions.RoleName.PARTNER,
)


def can_update_action(*, user, access, action) -> bool:
    """Coordinators keep the action log; the person who owns an action reports on it, as
    long as they still take part (a scrutineer or an MP never writes to it)."""
    if access.can(permissions.MANAGE_MEETINGS):
        return True
    takes_part = any(access.has_role(role) for role in ACTION_OWNER_ROLES)
    return takes_part and user.is_authenticated and action.owner_id == user.pk
