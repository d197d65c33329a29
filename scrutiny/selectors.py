"""What the scrutiny pages read."""

from django.db.models import Prefetch
from django.utils import timezone

from lsp_portal.permissions import RoleName
from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review
from tenancy.access import get_for_lsp
from tenancy.models import LSP, Role


def committees_of(*, lsp):
    """The LSP's committees, current first, each with its seats and their people (one
    query for the committees, one for every seat)."""
    return (
        Committee.objects.for_lsp(lsp)
        .select_related("joint_with")
        .prefetch_related(
            Prefetch("members", queryset=CommitteeMember.objects.select_related("person"))
        )
    )


def current_seats(committee, today=None) -> list[CommitteeMember]:
    """The seats held today, chair first (from the prefetched seats)."""
    today = today or timezone.localdate()
    order = list(CommitteeMember.Position)
    seats = [seat for seat in committee.members.all() if seat.is_current(today)]
    return sorted(seats, key=lambda seat: (order.index(seat.position), seat.person.full_name))


def chair_of(committee, today=None) -> CommitteeMember | None:
    seats = current_seats(committee, today)
    return next((s for s in seats if s.position == CommitteeMember.Position.CHAIR), None)


def joint_partners(*, lsp):
    """The LSPs a committee of this one may be joint with: its county, or its districts."""
    return LSP.objects.filter(pk=lsp.county_lsp_id) | LSP.objects.filter(county_lsp=lsp)


def scrutineers_for(*, committee):
    """Who may sit on a committee: the scrutineers of its LSP and, for a joint committee,
    of the LSP it is joint with."""
    lsps = [committee.lsp_id] + ([committee.joint_with_id] if committee.joint_with_id else [])
    users = {
        role.user
        for role in Role.objects.filter(lsp_id__in=lsps, role=RoleName.SCRUTINEER)
        .current()
        .select_related("user")
    }
    return sorted(users, key=lambda user: (user.full_name, user.email))


def sitting_on(committee, today=None) -> list:
    """The people who sit on a committee today."""
    today = today or timezone.localdate()
    seats = CommitteeMember.objects.filter(committee=committee).select_related("person")
    return [seat.person for seat in seats if seat.is_current(today)]


def committees_of_member(*, lsp, user, today=None):
    """The committees of this LSP a person sits on today (and so may run reviews for)."""
    today = today or timezone.localdate()
    seats = CommitteeMember.objects.for_lsp(lsp).filter(person=user, committee__is_archived=False)
    ids = [seat.committee_id for seat in seats if seat.is_current(today)]
    return Committee.objects.for_lsp(lsp).filter(pk__in=ids)


def work_programme(*, lsp):
    """Every review of the LSP's committees, with its committee and lead member."""
    return Review.objects.for_lsp(lsp).select_related("committee", "lead_member")


def review_detail(*, lsp, review_id):
    return get_for_lsp(
        Review.objects.select_related("committee", "lead_member").prefetch_related(
            "outcomes",
            "targets__indicator",
            "partnerships",
            Prefetch(
                "requests", queryset=InformationRequest.objects.select_related("organisation")
            ),
        ),
        lsp,
        pk=review_id,
    )


def information_request_detail(*, lsp, request_id):
    return get_for_lsp(
        InformationRequest.objects.select_related(
            "organisation", "review__committee", "answered_by"
        ),
        lsp,
        pk=request_id,
    )


def requests_to(*, organisation):
    """The requests sent to an organisation, open first."""
    return (
        InformationRequest.objects.for_lsp(organisation.lsp_id)
        .filter(organisation=organisation)
        .select_related("review__committee")
        .order_by("-status", "due_on")
    )


def with_overdue(requests, today) -> list[dict]:
    """Each request with whether it is overdue today, for the pages that list them."""
    return [{"asked": asked, "overdue": asked.is_overdue(today)} for asked in requests]
