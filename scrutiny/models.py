"""Overview and scrutiny committees: the councillors who hold the LSP and its partners to
account, and who sits on which committee, when."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords

from tenancy.models import LSPOwned


class Committee(LSPOwned):
    """An overview and scrutiny committee. Archived rather than deleted, so the reviews it
    ran keep their committee."""

    name = models.CharField(max_length=200)
    remit = models.TextField(blank=True, help_text="What the committee scrutinises.")
    is_crime_and_disorder = models.BooleanField(
        "Crime and disorder committee",
        default=False,
        help_text=(
            "Reviews the Community Safety Partnership at least once every twelve months "
            "(Police and Justice Act 2006, section 19)."
        ),
    )
    joint_with = models.ForeignKey(
        "tenancy.LSP",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="joint_committees",
        verbose_name="Joint committee with",
        help_text="A joint county and district committee has members from both.",
    )
    is_archived = models.BooleanField("Archived", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["is_archived", "name"]
        permissions = [("work_on_committee", "Work on this committee's reviews")]
        constraints = [
            models.UniqueConstraint(fields=["lsp", "name"], name="committee_name_unique"),
            models.UniqueConstraint(
                fields=["lsp"],
                condition=Q(is_crime_and_disorder=True, is_archived=False),
                name="one_crime_and_disorder_committee",
            ),
        ]

    def __str__(self):
        return self.name


class CommitteeMember(LSPOwned):
    """A councillor's seat on a committee. Ending it sets its last day; nothing is deleted."""

    class Position(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"
        CO_OPTED = "co_opted", "Co-opted member"

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="members")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="committee_seats"
    )
    position = models.CharField(max_length=20, choices=Position.choices, default=Position.MEMBER)
    starts_on = models.DateField("First day")
    ends_on = models.DateField("Last day", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on", "pk"]
        indexes = [models.Index(fields=["lsp", "committee"])]

    def __str__(self):
        return f"{self.person} — {self.get_position_display()}, {self.committee}"

    def is_current(self, today) -> bool:
        return self.starts_on <= today and (self.ends_on is None or self.ends_on >= today)


class CommitteeUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grants on committees (their members'), joinable and indexed."""

    content_object = models.ForeignKey(Committee, on_delete=models.CASCADE)


class CommitteeGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Committee, on_delete=models.CASCADE)


class Review(LSPOwned):
    """A piece of a committee's work programme: a review of part of the partnership's
    performance, from its proposal until the committee has monitored its recommendations."""

    class Kind(models.TextChoices):
        FULL = "full", "Full review"
        TASK_AND_FINISH = "task_and_finish", "Task and finish"
        SPOTLIGHT = "spotlight", "Spotlight"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        SCOPING = "scoping", "Scoping"
        GATHERING_EVIDENCE = "gathering_evidence", "Gathering evidence"
        REPORTING = "reporting", "Reporting"
        MONITORING = "monitoring", "Monitoring"
        CLOSED = "closed", "Closed"

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="reviews")
    title = models.CharField(max_length=200)
    scope = models.TextField(help_text="The question the review answers, in a sentence or two.")
    terms_of_reference = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.FULL)
    lead_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews_led",
        verbose_name="lead member",
    )
    planned_end_on = models.DateField("Planned end")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    # What the review looks at, in the LAA and the structure.
    outcomes = models.ManyToManyField("laa.Outcome", blank=True, related_name="reviews")
    targets = models.ManyToManyField("laa.Target", blank=True, related_name="reviews")
    partnerships = models.ManyToManyField(
        "partnerships.Partnership", blank=True, related_name="reviews"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Who proposed it and who moved it on are in its history.
    history = HistoricalRecords(m2m_fields=[outcomes, targets, partnerships])

    class Meta:
        ordering = ["planned_end_on", "pk"]
        indexes = [models.Index(fields=["lsp", "committee"])]

    def __str__(self):
        return self.title

    def is_overrunning(self, today) -> bool:
        """Past its planned end and not yet reported: the committee should know."""
        early = (self.Status.PROPOSED, self.Status.SCOPING, self.Status.GATHERING_EVIDENCE)
        return self.status in early and self.planned_end_on < today

    def next_status(self) -> "Review.Status | None":
        order = list(self.Status)
        index = order.index(self.status)
        return order[index + 1] if index + 1 < len(order) else None


class InformationRequest(LSPOwned):
    """A review's question to a partner organisation, with a due date, answered or declined
    with reasons by the organisation's partner: never left silent."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ANSWERED = "answered", "Answered"
        DECLINED = "declined", "Declined"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="requests")
    organisation = models.ForeignKey(
        "tenancy.Organisation", on_delete=models.PROTECT, related_name="information_requests"
    )
    question = models.TextField()
    due_on = models.DateField("Answer by")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    response = models.TextField(blank=True)
    attachment = models.FileField(upload_to="scrutiny/responses/", blank=True)
    attachment_name = models.CharField(max_length=200, blank=True)
    decline_reason = models.TextField("Reasons for declining", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="information_requests_answered",
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["lsp", "organisation", "status"])]

    def __str__(self):
        return f"Request to {self.organisation}: {self.question[:60]}"

    def is_overdue(self, today) -> bool:
        return self.status == self.Status.OPEN and self.due_on < today
