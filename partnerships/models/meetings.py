"""Meetings of partnerships: agendas, attendance, minutes, decisions and the action log."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from lsp_portal.actions import Action, ActionStatus, ActionUpdate
from tenancy.models import LSPOwned, Organisation

from .structure import Membership, Partnership


class Meeting(LSPOwned):
    """A meeting of a partnership: when, where, whether the public may see it."""

    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="meetings")
    starts_at = models.DateTimeField("date and time")
    venue = models.CharField(max_length=200, blank=True)
    online_link = models.URLField("online meeting link", blank=True)
    is_public = models.BooleanField(
        "public meeting", default=True, help_text="Public meetings and their papers are published."
    )
    length_minutes = models.PositiveSmallIntegerField(
        "expected length in minutes", default=120, help_text="Used for calendar entries."
    )
    # Minutes are a draft until an executive member approves them at the next meeting.
    minutes_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="minutes_approved",
    )
    minutes_approved_at = models.DateTimeField(null=True, blank=True)
    # Members are e-mailed when a pack is published, at most once in two hours: a notice
    # falls due, and the worker sends it (partnerships.packs.pack_notices_send).
    pack_notice_due_at = models.DateTimeField(null=True, blank=True, editable=False)
    pack_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    minutes_approved_at_meeting = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="minutes_approved_here",
        help_text="The next meeting, at which these minutes were approved.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["lsp", "starts_at"])]

    def __str__(self):
        return f"{self.partnership} — {self.starts_at:%-d %B %Y}"

    @property
    def minutes_approved(self) -> bool:
        return self.minutes_approved_at is not None

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.length_minutes)

    def clean(self):
        if self.partnership_id and self.partnership.lsp_id != self.lsp_id:
            raise ValidationError({"partnership": "Choose a partnership of this LSP."})
        if not self.length_minutes:
            raise ValidationError({"length_minutes": "Enter how long the meeting will take."})
        if not self.venue and not self.online_link:
            raise ValidationError({"venue": "Enter a venue or an online meeting link."})


class AgendaItem(LSPOwned):
    """An item on a meeting's agenda, with its paper (an uploaded file or text)."""

    class Purpose(models.TextChoices):
        DECISION = "decision", "For decision"
        DISCUSSION = "discussion", "For discussion"
        INFORMATION = "information", "For information"

    class Standard(models.TextChoices):
        """The items every agenda carries, added when a meeting is arranged."""

        APOLOGIES = "apologies", "Apologies and substitutes"
        DECLARATIONS = "declarations", "Declarations of interest"
        PREVIOUS_MINUTES = "previous_minutes", "Minutes of the last meeting"
        URGENT_BUSINESS = "urgent_business", "Items of urgent business"

    # Local Government Act 1972, Schedule 12A, Part 1: the reasons an item may be taken
    # without the public. Only the paragraph number is ever published.
    class ExemptParagraph(models.IntegerChoices):
        INDIVIDUAL = 1, "Information relating to any individual"
        IDENTITY = 2, "Information likely to reveal the identity of an individual"
        FINANCIAL = 3, "Information about the financial or business affairs of any person"
        LABOUR_RELATIONS = 4, "Consultations or negotiations on labour relations"
        LEGAL_PRIVILEGE = 5, "Information covered by legal professional privilege"
        NOTICES = 6, "Notices, orders or directions the authority proposes to give or make"
        CRIME = 7, "Action taken in connection with the prevention of crime"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="items")
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=300)
    presenter = models.CharField(max_length=200, blank=True)
    paper = models.FileField(upload_to="papers/", blank=True)
    paper_name = models.CharField(max_length=255, blank=True)
    paper_text = models.TextField("paper", blank=True)
    is_confidential = models.BooleanField(
        "confidential", default=False, help_text="Never shown to the public or in feeds."
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        "reason it is confidential",
        choices=ExemptParagraph.choices,
        null=True,
        blank=True,
        help_text="The paragraph of Schedule 12A to the Local Government Act 1972 it falls under.",
    )
    purpose = models.CharField(max_length=12, choices=Purpose.choices, default=Purpose.INFORMATION)
    decision_sought = models.TextField(
        "decision sought", blank=True, help_text="For an item for decision: what is asked of it."
    )
    standard = models.CharField(
        "standard item", max_length=20, choices=Standard.choices, blank=True, editable=False
    )
    minutes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.order}. {self.title}"

    @property
    def exempt_reason(self) -> str:
        """As printed in the public edition: the paragraph, never the subject."""
        return (
            f"Exempt by virtue of paragraph {self.exempt_paragraph}" if self.is_confidential else ""
        )

    def clean(self):
        if self.is_confidential and not self.exempt_paragraph:
            raise ValidationError({"exempt_paragraph": "Choose why the item is confidential"})
        if not self.is_confidential:
            self.exempt_paragraph = None
        if self.purpose == self.Purpose.DECISION and not self.decision_sought.strip():
            raise ValidationError({"decision_sought": "Enter the decision sought from the meeting"})


class Attendance(LSPOwned):
    """Whether a member came to a meeting: the record behind the duty to co-operate."""

    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent"
        SUBSTITUTE = "substitute", "Sent a substitute"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="attendance")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="attendance")
    status = models.CharField(max_length=12, choices=Status.choices)
    substitute_name = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "membership"], name="attendance_once")
        ]

    def __str__(self):
        return f"{self.membership.name}: {self.get_status_display()}"

    @property
    def counts_as_present(self) -> bool:
        return self.status in (self.Status.PRESENT, self.Status.SUBSTITUTE)


def _item_on_meeting(item, meeting_id):
    if item is not None and item.meeting_id != meeting_id:
        raise ValidationError({"agenda_item": "Choose an item on this meeting's agenda."})


class Declaration(LSPOwned):
    """A member's declaration of interest in an agenda item, carried into the minutes."""

    class Kind(models.TextChoices):
        PERSONAL = "personal", "Personal interest"
        PREJUDICIAL = "prejudicial", "Prejudicial interest"

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.PROTECT, related_name="declarations"
    )
    membership = models.ForeignKey(
        Membership, on_delete=models.PROTECT, related_name="declarations", verbose_name="member"
    )
    kind = models.CharField("kind of interest", max_length=12, choices=Kind.choices)
    interest = models.TextField(help_text="What the interest is, as it should read in the minutes.")
    left_the_meeting = models.BooleanField("left the meeting for this item", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.membership.name}: {self.get_kind_display().lower()}"


class Decision(LSPOwned):
    """A decision taken at a meeting: what was decided, by whom, on which item."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="decisions")
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name="agenda item",
    )
    text = models.TextField("decision")
    decided_by = models.CharField(
        max_length=200, help_text="For example, the board, or the executive member for housing."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.text[:80]

    def clean(self):
        _item_on_meeting(self.agenda_item, self.meeting_id)


class PlannedDecision(LSPOwned):
    """An entry in the forward plan: a decision a partnership expects to take."""

    class Status(models.TextChoices):
        EXPECTED = "expected", "Expected"
        TAKEN = "taken", "Taken"
        WITHDRAWN = "withdrawn", "Withdrawn"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.PROTECT, related_name="planned_decisions"
    )
    title = models.CharField("decision to be taken", max_length=300)
    summary = models.TextField(blank=True)
    expected_on = models.DateField("expected by")
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="planned_decisions",
        help_text="The coming meeting it is expected at, if arranged.",
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="planned_decisions",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.EXPECTED)
    decision = models.OneToOneField(
        Decision, null=True, blank=True, on_delete=models.PROTECT, related_name="planned"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["expected_on", "pk"]
        indexes = [models.Index(fields=["lsp", "status", "expected_on"])]

    def __str__(self):
        return self.title

    def clean(self):
        if self.meeting_id and self.meeting.partnership_id != self.partnership_id:
            raise ValidationError({"meeting": "Choose a meeting of this partnership."})


class MeetingAction(LSPOwned, Action):
    """An entry in a meeting's action log: who will do what by when (lsp_portal.actions)."""

    STATUSES = (
        ActionStatus.NOT_STARTED,
        ActionStatus.ON_TRACK,
        ActionStatus.COMPLETE,
        ActionStatus.DROPPED,
    )
    STATUS_LABELS = {ActionStatus.ON_TRACK: "In progress", ActionStatus.COMPLETE: "Done"}

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="actions")
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name="agenda item",
    )
    description = models.TextField("action")
    owner_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="meeting_actions"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meeting_actions",
        help_text="A person with a portal account, who may then post updates.",
    )
    owner_name = models.CharField(max_length=200, blank=True)
    due_on = models.DateField("due by")

    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["lsp", "status", "due_on"])]

    def __str__(self):
        return self.description[:80]

    @property
    def owner_display(self) -> str:
        return self.owner.full_name if self.owner_id else self.owner_name

    def clean(self):
        _item_on_meeting(self.agenda_item, self.meeting_id)
        if self.owner_organisation_id and self.owner_organisation.lsp_id != self.lsp_id:
            raise ValidationError({"owner_organisation": "Choose an organisation of this LSP."})


class MeetingActionUpdate(LSPOwned, ActionUpdate):
    """Progress on an action in the log (lsp_portal.actions). Never edited."""

    action = models.ForeignKey(MeetingAction, on_delete=models.PROTECT, related_name="updates")

    class Meta(ActionUpdate.Meta):
        pass
