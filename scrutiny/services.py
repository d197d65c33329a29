"""Changes to scrutiny committees and their seats. Views, the demo and tests call these."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from lsp_portal.services import validated_save
from scrutiny import selectors
from scrutiny.models import Committee, CommitteeMember
from scrutiny.permissions import committee_grants_sync


@transaction.atomic
def committee_save(*, committee: Committee) -> Committee:
    """Set up or change a committee. One crime and disorder committee per LSP; a joint
    committee is with the LSP's county or one of its districts."""
    if committee.is_crime_and_disorder:
        other = (
            Committee.objects.for_lsp(committee.lsp)
            .filter(is_crime_and_disorder=True, is_archived=False)
            .exclude(pk=committee.pk)
            .first()
        )
        if other is not None and not committee.is_archived:
            raise ValidationError(
                {
                    "is_crime_and_disorder": f"{other.name} is the crime and disorder "
                    "committee already. Change it first: there is one for each partnership."
                }
            )
    if committee.joint_with_id and committee.joint_with not in selectors.joint_partners(
        lsp=committee.lsp
    ):
        raise ValidationError(
            {"joint_with": "A joint committee is with the county or one of its districts."}
        )
    validated_save(committee)
    committee_grants_sync(committee=committee, today=timezone.localdate())
    return committee


@transaction.atomic
def committee_member_add(*, seat: CommitteeMember) -> CommitteeMember:
    """Give a councillor a seat on a committee. They must be a scrutineer of the LSP (or
    of the LSP a joint committee is with); a committee has one chair at a time."""
    committee = Committee.objects.select_for_update().get(pk=seat.committee_id)
    if seat.person not in selectors.scrutineers_for(committee=committee):
        raise ValidationError(
            {"person": "Choose a scrutineer of this partnership, or of the joint one."}
        )
    if seat.position == CommitteeMember.Position.CHAIR:
        sitting = CommitteeMember.objects.filter(
            committee=committee, position=CommitteeMember.Position.CHAIR
        ).exclude(pk=seat.pk)
        for chair in sitting:
            if _overlap(chair, seat):
                raise ValidationError(
                    {
                        "position": f"{chair.person} chairs the committee then. End their "
                        "time as chair first."
                    }
                )
    validated_save(seat)
    committee_grants_sync(committee=committee, today=timezone.localdate())
    return seat


@transaction.atomic
def committee_member_end(*, seat: CommitteeMember, on: date) -> CommitteeMember:
    """End a seat on its last day; the seat stays in the record."""
    if on < seat.starts_on:
        raise ValidationError(
            {"ends_on": "The last day must be the same as or after the first day."}
        )
    seat.ends_on = on
    seat.save(update_fields=["ends_on", "updated_at"])
    committee_grants_sync(committee=seat.committee, today=timezone.localdate())
    return seat


def _overlap(one: CommitteeMember, other: CommitteeMember) -> bool:
    far = date.max
    return one.starts_on <= (other.ends_on or far) and other.starts_on <= (one.ends_on or far)
