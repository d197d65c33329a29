"""Changes to LSPs and the roles people hold in them."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from documents.papers import check_docx_paper, check_pdf_paper
from lsp_portal.services import action_report, validated_save
from lsp_portal.uploads import paper_kind, validate_paper
from partnerships.models import (
    AgendaItem,
    Attendance,
    Decision,
    Declaration,
    Meeting,
    MeetingAction,
    MeetingActionUpdate,
    Membership,
    Partnership,
    PartnershipKind,
    PlannedDecision,
)
from partnerships.permissions import chair_grants_sync
from partnerships.selectors import next_meeting_of
from tenancy.models import Organisation

DEFAULT_PARTNERSHIP_KINDS = [
    # code, name, requires an end date, covers part of the area
    ("board", "Board", False, False),
    ("thematic", "Thematic partnership", False, False),
    ("theme_group", "Theme group", False, False),
    ("area_group", "Area group", False, True),
    ("statutory", "Statutory partnership", False, False),
    ("task_and_finish", "Task-and-finish group", True, False),
    ("network", "Network", False, False),
]


def partnership_kinds_ensure_defaults(*, lsp) -> None:
    """Give an LSP the default kinds of partnership it does not have yet."""
    for order, (code, name, requires_end_date, covers_area) in enumerate(DEFAULT_PARTNERSHIP_KINDS):
        PartnershipKind.objects.get_or_create(
            lsp=lsp,
            code=code,
            defaults={
                "name": name,
                "order": order,
                "requires_end_date": requires_end_date,
                "covers_area": covers_area,
            },
        )


def partnership_kind_save(*, kind: PartnershipKind) -> PartnershipKind:
    """Add or rename a kind. A new kind's code comes from its name and never changes after,
    so renaming "Theme group" to "Forum" keeps every partnership of that kind."""
    same_name = PartnershipKind.objects.for_lsp(kind.lsp).filter(name__iexact=kind.name.strip())
    if same_name.exclude(pk=kind.pk).exists():
        raise ValidationError({"name": "This LSP already has a kind of partnership with that name"})
    if not kind.pk:
        base = slugify(kind.name)[:30] or "kind"
        taken = set(PartnershipKind.objects.for_lsp(kind.lsp).values_list("code", flat=True))
        kind.code = next(
            code for code in (base, *(f"{base}-{n}" for n in range(2, 100))) if code not in taken
        )
    with transaction.atomic():
        return validated_save(kind)


def organisation_save(*, organisation: Organisation, networks=None) -> Organisation:
    with transaction.atomic():
        validated_save(organisation)
        if networks is not None:
            organisation.networks.set(networks)
    return organisation


def partnership_save(*, partnership: Partnership) -> Partnership:
    with transaction.atomic():
        return validated_save(partnership)


@transaction.atomic
def membership_save(*, membership: Membership) -> Membership:
    """Add or change a seat. One chair at a time: the partnership row is locked while the
    chair's term is checked, so two coordinators cannot appoint two chairs at once."""
    Partnership.objects.select_for_update().filter(pk=membership.partnership_id).first()
    validated_save(membership)
    chair_grants_sync(partnership=membership.partnership, today=timezone.localdate())
    return membership


@transaction.atomic
def membership_end(*, membership: Membership, on: date) -> Membership:
    """End a seat on a date; the membership stays in the record."""
    if on < membership.term_start:
        raise ValidationError(
            {"term_end": "The end of the term must be the same as or after its start."}
        )
    membership.term_end = on
    membership.save(update_fields=["term_end", "updated_at"])
    chair_grants_sync(partnership=membership.partnership, today=timezone.localdate())
    return membership


def meeting_save(*, meeting: Meeting) -> Meeting:
    """Arrange or change a meeting. A new meeting's agenda starts with the standard items
    (apologies, declarations, the last meeting's minutes, urgent business), which the
    coordinator may remove."""
    with transaction.atomic():
        arranging = meeting.pk is None
        validated_save(meeting)
        if arranging:
            for order, standard in enumerate(AgendaItem.Standard, start=1):
                AgendaItem.objects.create(
                    lsp=meeting.lsp,
                    meeting=meeting,
                    order=order,
                    title=standard.label,
                    standard=standard,
                    purpose=AgendaItem.Purpose.DECISION
                    if standard == AgendaItem.Standard.PREVIOUS_MINUTES
                    else AgendaItem.Purpose.INFORMATION,
                    decision_sought="To approve the minutes of the last meeting as a true record."
                    if standard == AgendaItem.Standard.PREVIOUS_MINUTES
                    else "",
                )
        return meeting


def agenda_item_save(*, item: AgendaItem, paper=None) -> AgendaItem:
    """Save an item; a new paper must be a real PDF (readable, not encrypted, at most 500
    pages) or DOCX of at most 20 MB, checked now rather than when a pack is made.

    Once the meeting's minutes are approved, its agenda and minutes are the record and
    stay as approved. Urgent business stays the last item when one is added after it.
    """
    _refuse_if_minutes_approved(item.meeting)
    if paper is not None:
        validate_paper(paper)
        check_paper_contents(paper)
        item.paper_name = paper.name.rsplit("/", 1)[-1][:255]
        item.paper.save(f"{item.lsp.slug}/{paper.name}", paper, save=False)
    with transaction.atomic():
        if item.pk is None:
            urgent = item.meeting.items.filter(
                standard=AgendaItem.Standard.URGENT_BUSINESS, order__gte=item.order
            ).first()
            if urgent is not None:
                urgent.order = item.order + 1
                urgent.save(update_fields=["order", "updated_at"])
        return validated_save(item)


def check_paper_contents(paper) -> None:
    """A PDF paper must open and be appendable to a pack; a DOCX must convert."""
    if paper_kind(paper) == "pdf":
        check_pdf_paper(paper)
    else:
        check_docx_paper(paper)


@transaction.atomic
def agenda_item_remove(*, item: AgendaItem) -> None:
    """Take an item off the agenda before anything is recorded against it (a standard item
    the meeting does not need). The item's history keeps that it was there."""
    _refuse_if_minutes_approved(item.meeting)
    if item.minutes.strip() or item.decisions.exists() or item.declarations.exists():
        raise ValidationError("This item has minutes, decisions or declarations: it stays.")
    if item.actions.exists():
        raise ValidationError("This item has actions in the log: it stays.")
    item.delete()


@transaction.atomic
def attendance_record(*, meeting: Meeting, statuses: dict) -> list[Attendance]:
    """Record who came. ``statuses`` maps a membership to (status, substitute's name)."""
    allowed = {m.pk for m in meeting.partnership.memberships.all()}
    recorded = []
    for membership, (status, substitute_name) in statuses.items():
        if membership.pk not in allowed:
            raise ValidationError(f"{membership.name} is not a member of {meeting.partnership}.")
        if status == Attendance.Status.SUBSTITUTE and not substitute_name.strip():
            raise ValidationError(
                {f"substitute_{membership.pk}": f"Enter the name of {membership.name}'s substitute"}
            )
        attendance, _ = Attendance.objects.update_or_create(
            meeting=meeting,
            membership=membership,
            defaults={
                "lsp": meeting.lsp,
                "status": status,
                "substitute_name": substitute_name.strip()
                if status == Attendance.Status.SUBSTITUTE
                else "",
            },
        )
        recorded.append(attendance)
    return recorded


def _approved_already(meeting: Meeting) -> str:
    return (
        f"The minutes of this meeting were approved on "
        f"{timezone.localtime(meeting.minutes_approved_at):%-d %B %Y}; its agenda and minutes "
        "can no longer change"
    )


def _refuse_if_minutes_approved(meeting: Meeting) -> None:
    if meeting.minutes_approved:
        raise ValidationError(_approved_already(meeting))


def declaration_record(*, declaration: Declaration) -> Declaration:
    """Record a member's declaration of interest; it becomes part of the minutes."""
    meeting = declaration.agenda_item.meeting
    _refuse_if_minutes_approved(meeting)
    if declaration.membership.partnership_id != meeting.partnership_id:
        raise ValidationError({"membership": "Choose a member of this partnership."})
    with transaction.atomic():
        return validated_save(declaration)


def decision_save(*, decision: Decision, planned: PlannedDecision | None = None) -> Decision:
    """Record a decision. If it is one the forward plan expected, the plan now says taken."""
    _refuse_if_minutes_approved(decision.meeting)
    if planned is not None and planned.partnership_id != decision.meeting.partnership_id:
        raise ValidationError({"planned": "Choose a decision this partnership expected."})
    with transaction.atomic():
        validated_save(decision)
        if planned is not None:
            planned.status = PlannedDecision.Status.TAKEN
            planned.decision = decision
            planned.save(update_fields=["status", "decision", "updated_at"])
    return decision


def planned_decision_save(*, planned: PlannedDecision) -> PlannedDecision:
    with transaction.atomic():
        return validated_save(planned)


def meeting_action_save(*, action: MeetingAction) -> MeetingAction:
    if not action.owner_id and not action.owner_name.strip():
        raise ValidationError(
            {"owner_name": "Choose the person who owns the action, or enter their name"}
        )
    if action.owner_id:
        action.owner_name = ""
    with transaction.atomic():
        return validated_save(action)


def meeting_action_report(
    *, action: MeetingAction, text: str, status: str, by
) -> MeetingActionUpdate:
    """Post progress on an action in the log and move it to its new status."""
    return action_report(action=action, text=text, status=status, by=by)


@transaction.atomic
def minutes_approve(*, meeting: Meeting, by, now=None) -> Meeting:
    """An executive member approves the minutes at the partnership's next meeting."""
    now = now or timezone.now()
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.minutes_approved:
        raise ValidationError(_approved_already(meeting))
    if not meeting.items.exclude(minutes="").exists():
        raise ValidationError("There are no minutes to approve yet.")
    at_meeting = next_meeting_of(meeting)
    if at_meeting is None:
        raise ValidationError(
            f"Minutes are approved at the next meeting of {meeting.partnership}, "
            "and none has been arranged yet."
        )
    if timezone.localdate(at_meeting.starts_at) > timezone.localdate(now):
        raise ValidationError(
            f"Minutes are approved at the next meeting, on "
            f"{timezone.localtime(at_meeting.starts_at):%-d %B %Y}."
        )
    meeting.minutes_approved_by = by
    meeting.minutes_approved_at = now
    meeting.minutes_approved_at_meeting = at_meeting
    meeting._change_reason = "Minutes approved"
    meeting.save(
        update_fields=[
            "minutes_approved_by",
            "minutes_approved_at",
            "minutes_approved_at_meeting",
            "updated_at",
        ]
    )
    return meeting
