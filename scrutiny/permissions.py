"""Object grants in scrutiny (django-guardian, direct foreign-key tables).

A scrutineer works on the reviews of the committees they sit on. The grant follows the
seats: ``committee_grants_sync`` gives it to whoever sits on the committee now and takes
it from anyone who no longer does, each time a seat changes.
"""

from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

from laa.permissions import represented_organisation_ids
from scrutiny.models import CommitteeMember

WORK_ON_COMMITTEE = "scrutiny.work_on_committee"


def works_on(*, user, committee) -> bool:
    """Whether a person may change this committee's work (its reviews, requests and
    recommendations): they sit on it now."""
    return user.is_authenticated and user.has_perm(WORK_ON_COMMITTEE, committee)


def committee_grants_sync(*, committee, today) -> None:
    sitting = {
        seat.person
        for seat in CommitteeMember.objects.filter(committee=committee).select_related("person")
        if seat.is_current(today) and not committee.is_archived
    }
    holders = set(get_users_with_perms(committee, only_with_perms_in=["work_on_committee"]))
    for user in sitting - holders:
        assign_perm(WORK_ON_COMMITTEE, user, committee)
    for user in holders - sitting:
        remove_perm(WORK_ON_COMMITTEE, user, committee)


def answers_for(*, user, information_request) -> bool:
    """Whether a person answers this request: a partner of the organisation it was sent to."""
    return user.is_authenticated and information_request.organisation_id in (
        represented_organisation_ids(user=user, lsp=information_request.lsp_id)
    )
