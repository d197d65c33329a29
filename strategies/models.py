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

from lsp_portal.tenancy import LSPOwned


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

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.ADOPTED

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": "The last year must be the same as or after the first year"}
            )


class Priority(LSPOwned):
    strategy = models.ForeignKey(Strategy, on_delete=models.PROTECT, related_name="priorities")
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
        "partnerships.Organisation",
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
        REFRESH_SOON = "refresh_soon", "Annual refresh due in 60 days"
        REFRESH_OVERDUE = "refresh_overdue", "Annual refresh overdue"
        REVIEW_SOON = "review_soon", "Three-year review due in 60 days"
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
