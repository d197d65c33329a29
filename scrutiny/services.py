"""Changes in scrutiny: committees and their seats, reviews, and information requests.
Views, the demo and tests call these."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from lsp_portal.services import validated_save
from scrutiny import selectors
from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review
from scrutiny.permissions import answers_for, committee_grants_sync, works_on


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


@transaction.atomic
def review_save(*, review: Review, by, outcomes=None, targets=None, partnerships=None) -> Review:
    """Propose or change a review of a committee the person sits on. Its subjects are the
    LSP's own; its lead member sits on the committee."""
    if not works_on(user=by, committee=review.committee):
        raise ValidationError({"committee": "Choose a committee you sit on."})
    subjects = [*(outcomes or []), *(targets or []), *(partnerships or [])]
    if any(subject.lsp_id != review.lsp_id for subject in subjects):
        raise ValidationError("Choose what the review looks at from this partnership.")
    if review.lead_member_id and review.lead_member not in selectors.sitting_on(review.committee):
        raise ValidationError({"lead_member": "Choose a member of the committee."})
    validated_save(review)
    for field, chosen in (
        ("outcomes", outcomes),
        ("targets", targets),
        ("partnerships", partnerships),
    ):
        if chosen is not None:
            getattr(review, field).set(chosen)
    return review


@transaction.atomic
def review_move_on(*, review: Review, by) -> Review:
    """Move a review to its next stage (proposed, scoping, gathering evidence, reporting,
    monitoring, closed), by a member of its committee."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    if not works_on(user=by, committee=review.committee):
        raise ValidationError("Only a member of the committee moves its reviews on.")
    following = review.next_status()
    if following is None:
        raise ValidationError("The review is closed.")
    review.status = following
    review.save(update_fields=["status", "updated_at"])
    return review


# How long an organisation has to answer, unless the review says otherwise.
REQUEST_DAYS = 28


@transaction.atomic
def information_request_send(*, information_request: InformationRequest, by) -> InformationRequest:
    """Send a review's question to an organisation of the LSP, to answer by a date that is
    not in the past, from a member of the review's committee."""
    review = information_request.review
    if not works_on(user=by, committee=review.committee):
        raise ValidationError("Only a member of the review's committee sends its requests.")
    if review.status == Review.Status.CLOSED:
        raise ValidationError("The review is closed.")
    if information_request.organisation.lsp_id != review.lsp_id:
        raise ValidationError({"organisation": "Choose an organisation of this partnership."})
    if information_request.due_on < timezone.localdate():
        raise ValidationError({"due_on": "The date to answer by must be today or later."})
    return validated_save(information_request)


def _answerable(information_request, by) -> InformationRequest:
    locked = InformationRequest.objects.select_for_update().get(pk=information_request.pk)
    if not answers_for(user=by, information_request=locked):
        raise ValidationError("Only a partner of the organisation asked answers the request.")
    if locked.status != InformationRequest.Status.OPEN:
        raise ValidationError(f"The request was {locked.get_status_display().lower()} already.")
    return locked


@transaction.atomic
def information_request_answer(*, information_request, response: str, attachment=None, by):
    """Answer a request, with text and, if wanted, a document (checked by the form)."""
    locked = _answerable(information_request, by)
    if not response.strip():
        raise ValidationError({"response": "Enter the answer"})
    locked.response = response.strip()
    if attachment is not None:
        locked.attachment.save(
            f"{locked.lsp_id}/{locked.pk}-{attachment.name}", attachment, save=False
        )
        locked.attachment_name = attachment.name[:200]
    locked.status = InformationRequest.Status.ANSWERED
    locked.answered_by, locked.answered_at = by, timezone.now()
    locked.save()
    return locked


@transaction.atomic
def information_request_decline(*, information_request, reason: str, by):
    """Decline a request: the reasons are recorded and shown, never a silence."""
    locked = _answerable(information_request, by)
    if not reason.strip():
        raise ValidationError({"decline_reason": "Give the reasons for declining"})
    locked.decline_reason = reason.strip()
    locked.status = InformationRequest.Status.DECLINED
    locked.answered_by, locked.answered_at = by, timezone.now()
    locked.save()
    return locked
