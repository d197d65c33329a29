"""The Sustainable Community Strategy: versions, priorities, evidence and linked plans.

Each row of ``Strategy`` is one version. A version is written while it is a draft or out to
consultation; once adopted it is frozen, and a change to it starts a new draft version
with a copy of everything in it. Priorities, evidence and linked plans belong to a version,
so the adopted text never moves under anyone's feet.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from tenancy.models import LSPOwned


class Pillar(models.TextChoices):
    SOCIAL = "social", "Social"
    ECONOMIC = "economic", "Economic"
    ENVIRONMENTAL = "environmental", "Environmental"


class Strategy(LSPOwned):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CONSULTATION = "consultation", "Out to consultation"
        ADOPTED = "adopted", "Adopted"
        SUPERSEDED = "superseded", "Superseded"

    EDITABLE = (Status.DRAFT, Status.CONSULTATION)

    title = models.CharField(max_length=200)
    version = models.PositiveSmallIntegerField(default=1)
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="later_versions"
    )
    period_start = models.PositiveSmallIntegerField("first year")
    period_end = models.PositiveSmallIntegerField("last year")
    vision = models.TextField("vision statement")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    adopted_by_decision = models.ForeignKey(
        "partnerships.Decision",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="strategies_adopted",
        verbose_name="decision that adopted it",
    )
    adopted_on = models.DateField(null=True, blank=True)
    # The PDF made when it was adopted: what the public downloads.
    published_document = models.ForeignKey(
        "documents.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refresh_due = models.DateField("annual refresh due", null=True, blank=True)
    review_due = models.DateField("three-year review due", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-version"]
        verbose_name_plural = "strategies"
        constraints = [
            models.UniqueConstraint(fields=["lsp", "version"], name="strategy_version_once"),
            models.UniqueConstraint(
                fields=["lsp"],
                condition=models.Q(status="adopted"),
                name="strategy_one_adopted",
            ),
        ]

    def __str__(self):
        return f"{self.title} (version {self.version})"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": "The last year must be the same as or after the first year"}
            )


class Priority(LSPOwned):
    strategy = models.ForeignKey(Strategy, on_delete=models.PROTECT, related_name="priorities")
    # The same priority in the version this one was copied from: mappings made to an earlier
    # version's priority (a district's, a neighbourhood plan's) still find it.
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="copies"
    )
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    pillars = models.JSONField(default=list, help_text="Social, economic and/or environmental.")
    lead_partnership = models.ForeignKey(
        "partnerships.Partnership",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_priorities",
    )
    # Cross-cutting links between priorities of the same version, e.g. housing and health.
    links = models.ManyToManyField("self", blank=True, symmetrical=True)
    # In two-tier areas: the county priority a district priority contributes to.
    contributes_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="district_priorities",
        verbose_name="county priority it contributes to",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name_plural = "priorities"

    def __str__(self):
        return self.title

    def pillar_names(self) -> list[str]:
        return [Pillar(code).label for code in self.pillars if code in Pillar.values]

    def clean(self):
        if not self.pillars or any(code not in Pillar.values for code in self.pillars):
            raise ValidationError({"pillars": "Choose at least one pillar"})


class Evidence(LSPOwned):
    """What a priority is grounded in: a statement, a figure where there is one, a source."""

    priority = models.ForeignKey(Priority, on_delete=models.PROTECT, related_name="evidence")
    statement = models.TextField()
    figure = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=50, blank=True, help_text="For example, % or people.")
    as_of = models.DateField("date of the figure", null=True, blank=True)
    source = models.CharField(max_length=200, help_text="For example, Census 2001.")
    link = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return self.statement[:80]


class LinkedPlan(LSPOwned):
    """A plan that must "have regard" to the strategy, and how well it does."""

    class Kind(models.TextChoices):
        LDF = "ldf", "Local Development Framework document"
        REGIONAL = "regional", "Regional plan"
        SUB_REGIONAL = "sub_regional", "Sub-regional plan"
        SERVICE = "service", "Partner's service plan"
        NEIGHBOURHOOD = "neighbourhood", "Parish or neighbourhood plan"
        OTHER = "other", "Other plan"

    class Alignment(models.TextChoices):
        ALIGNED = "aligned", "Aligned"
        PARTLY = "partly", "Partly aligned"
        NOT_ALIGNED = "not_aligned", "Not aligned"
        NOT_REVIEWED = "not_reviewed", "Not reviewed"

    strategy = models.ForeignKey(Strategy, on_delete=models.PROTECT, related_name="linked_plans")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    owner = models.ForeignKey(
        "tenancy.Organisation",
        on_delete=models.PROTECT,
        related_name="linked_plans",
        verbose_name="owner organisation",
    )
    priorities = models.ManyToManyField(Priority, blank=True, related_name="linked_plans")
    alignment = models.CharField(
        max_length=15, choices=Alignment.choices, default=Alignment.NOT_REVIEWED
    )
    last_reviewed = models.DateField(null=True, blank=True)
    link = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "title"]

    def __str__(self):
        return self.title


class StrategyReminder(LSPOwned):
    """A reminder e-mail sent about an adopted strategy: each threshold is sent once."""

    class Threshold(models.TextChoices):
        REFRESH_SOON = "refresh_soon", "Annual refresh due soon"
        REFRESH_OVERDUE = "refresh_overdue", "Annual refresh overdue"
        REVIEW_SOON = "review_soon", "Three-year review due soon"
        REVIEW_OVERDUE = "review_overdue", "Three-year review overdue"

    strategy = models.ForeignKey(Strategy, on_delete=models.PROTECT, related_name="reminders")
    threshold = models.CharField(max_length=20, choices=Threshold.choices)
    due = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_to = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "threshold", "due"], name="strategy_reminder_once"
            )
        ]


class Audience(models.TextChoices):
    EVERYONE = "everyone", "Residents in general"
    YOUNG_PEOPLE = "young_people", "Children and young people"
    OLDER_PEOPLE = "older_people", "Older people"
    FAMILIES = "families", "Parents and families"
    DISABLED_PEOPLE = "disabled_people", "Disabled people"
    BME = "bme", "Black and minority ethnic communities"
    FAITH = "faith", "Faith groups"
    BUSINESSES = "businesses", "Businesses"
    VCS = "vcs", "Voluntary and community groups"
    PARISHES = "parishes", "Parish and town councils"


class EngagementActivity(LSPOwned):
    """A consultation, survey, public meeting or event run by a partner, in the shared diary
    that lets partners see when communities are already being asked."""

    class Kind(models.TextChoices):
        CONSULTATION = "consultation", "Consultation"
        SURVEY = "survey", "Survey"
        PUBLIC_MEETING = "public_meeting", "Public meeting"
        FOCUS_GROUP = "focus_group", "Focus group"
        EVENT = "event", "Event"

    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    organiser = models.ForeignKey(
        "tenancy.Organisation", on_delete=models.PROTECT, related_name="engagement"
    )
    audiences = models.JSONField(default=list)
    areas = models.CharField(
        max_length=300,
        blank=True,
        help_text="Towns, wards or neighbourhoods, separated by commas. Leave empty for the "
        "whole area.",
    )
    starts_on = models.DateField()
    ends_on = models.DateField()
    description = models.TextField(blank=True)
    priorities = models.ManyToManyField(Priority, blank=True, related_name="engagement")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name_plural = "engagement activities"
        indexes = [models.Index(fields=["lsp", "starts_on", "ends_on"])]

    def __str__(self):
        return self.title

    def place_names(self) -> set[str]:
        """The places it covers, compared without case; empty means the whole area."""
        return {name.strip().lower() for name in self.areas.split(",") if name.strip()}

    def audience_names(self) -> list[str]:
        return [Audience(code).label for code in self.audiences if code in Audience.values]

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": "The end date must be the same as or after the start"}
            )
        if not self.audiences or any(code not in Audience.values for code in self.audiences):
            raise ValidationError({"audiences": "Choose at least one audience"})


class NeighbourhoodPlan(LSPOwned):
    """A parish or neighbourhood plan submitted to the LSP, so local voices reach the strategy."""

    title = models.CharField(max_length=200)
    organisation = models.ForeignKey(
        "tenancy.Organisation",
        on_delete=models.PROTECT,
        related_name="neighbourhood_plans",
        verbose_name="submitted by",
    )
    summary = models.TextField()
    document = models.FileField(upload_to="neighbourhood-plans/", blank=True)
    document_name = models.CharField(max_length=255, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.title


class PlanIssue(LSPOwned):
    """An issue a neighbourhood plan raises, and where it went in the strategy."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Not yet considered"
        MAPPED = "mapped", "Taken up in a priority"
        NOT_TAKEN_UP = "not_taken_up", "Not taken up"

    plan = models.ForeignKey(NeighbourhoodPlan, on_delete=models.PROTECT, related_name="issues")
    text = models.CharField("issue", max_length=300)
    outcome = models.CharField(max_length=15, choices=Outcome.choices, default=Outcome.PENDING)
    priority = models.ForeignKey(
        Priority, null=True, blank=True, on_delete=models.PROTECT, related_name="plan_issues"
    )
    reason = models.TextField("reason it was not taken up", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.text

    def clean(self):
        if self.outcome == self.Outcome.MAPPED and not self.priority_id:
            raise ValidationError({"priority": "Choose the priority that takes it up"})
        if self.outcome == self.Outcome.NOT_TAKEN_UP and not self.reason.strip():
            raise ValidationError({"reason": "Say why it was not taken up"})


class EqualityGroup(models.TextChoices):
    AGE = "age", "Age"
    DISABILITY = "disability", "Disability"
    GENDER = "gender", "Gender"
    GENDER_IDENTITY = "gender_identity", "Gender identity"
    RACE = "race", "Race"
    RELIGION = "religion", "Religion or belief"
    SEXUAL_ORIENTATION = "sexual_orientation", "Sexual orientation"
    DEPRIVATION = "deprivation", "Low income and deprivation"


class EqualityImpactAssessment(LSPOwned):
    """The equality impact assessment of one strategy version."""

    strategy = models.OneToOneField(
        Strategy, on_delete=models.PROTECT, related_name="equality_impact_assessment"
    )
    groups_considered = models.JSONField(default=list)
    impacts = models.TextField()
    mitigations = models.TextField()
    signed_off_by = models.CharField(max_length=200, help_text="Name and job title.")
    signed_off_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    def __str__(self):
        return f"Equality impact assessment of {self.strategy}"

    def group_names(self) -> list[str]:
        return [EqualityGroup(code).label for code in self.groups_considered]

    def clean(self):
        if not self.groups_considered or any(
            code not in EqualityGroup.values for code in self.groups_considered
        ):
            raise ValidationError({"groups_considered": "Choose the groups considered"})


class StrategyComment(LSPOwned):
    """An executive member's (or coordinator's) comment on a draft version."""

    strategy = models.ForeignKey(Strategy, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("comment")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:80]
