"""Figures: each period's value for an indicator, submitted, verified or returned."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from laa.models.indicators import Indicator
from tenancy.models import LSPOwned


class Measurement(LSPOwned):
    """A figure for an indicator and period: submitted, then verified by the coordinator
    (data-quality sign-off) or returned with a reason. Every revision is kept in history."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        VERIFIED = "verified", "Verified"
        RETURNED = "returned", "Returned"

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="measurements")
    period_end = models.DateField()
    value = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    numerator = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    denominator = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    commentary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    returned_reason = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    verified_at = models.DateTimeField(null=True, blank=True)

    # Asked of the accountable organisation when a verified figure is off track or worse
    # than the period before: what is being done, and by when.
    exception_requested_at = models.DateTimeField(null=True, blank=True)
    exception_commentary = models.TextField(blank=True)
    exception_answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    exception_answered_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["lsp", "indicator", "period_end"], name="one_figure_per_period"
            )
        ]
        # "Latest figure per indicator" reads this index backwards.
        indexes = [models.Index(fields=["lsp", "indicator", "-period_end"])]

    def __str__(self):
        return f"{self.indicator.code} to {self.period_end}: {self.value}"

    @property
    def counts(self) -> bool:
        """Figures count for RAG once submitted; verified ones are signed off."""
        return self.status in (self.Status.SUBMITTED, self.Status.VERIFIED)
