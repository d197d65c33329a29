"""The indicator library: the National Indicator Set and local indicators, each LSP's
corrections, and its amber tolerance."""

from django.db import models
from simple_history.models import HistoricalRecords

from laa.rag import DEFAULT_TOLERANCE, Polarity
from tenancy.models import LSPOwned, LSPQuerySet


class IndicatorQuerySet(LSPQuerySet):
    def available_to(self, lsp):
        """The National Indicator Set and the LSP's own local indicators."""
        return self.filter(models.Q(lsp__isnull=True) | models.Q(lsp=lsp))


class Indicator(models.Model):
    """A national indicator (no LSP) or one an LSP defines for itself."""

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", "Monthly"
        QUARTERLY = "quarterly", "Quarterly"
        ANNUAL = "annual", "Annual"

    lsp = models.ForeignKey(
        "tenancy.LSP",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="local_indicators",
        help_text="Empty for the National Indicator Set.",
    )
    code = models.CharField(max_length=20)
    title = models.CharField(max_length=300)
    theme = models.CharField(max_length=100, blank=True)
    polarity = models.CharField(max_length=6, choices=Polarity.choices, blank=True)
    unit = models.CharField(max_length=30, blank=True, help_text="For example, % or per 1,000.")
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.QUARTERLY
    )
    data_source = models.CharField(max_length=200, blank=True)
    decimal_places = models.PositiveSmallIntegerField(default=1)

    objects = IndicatorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["lsp_id", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=models.Q(lsp__isnull=True), name="national_code_once"
            ),
            models.UniqueConstraint(fields=["lsp", "code"], name="local_code_once_per_lsp"),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def is_national(self) -> bool:
        return self.lsp_id is None


class IndicatorCorrection(LSPOwned):
    """An LSP's correction of a national indicator's title or polarity, for that LSP only."""

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="corrections")
    title = models.CharField(max_length=300, blank=True)
    polarity = models.CharField(max_length=6, choices=Polarity.choices, blank=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["lsp", "indicator"], name="one_correction_per_lsp")
        ]


class PerformanceSettings(LSPOwned):
    """How an LSP judges its figures: the RAG tolerance, as a share of the target's gap."""

    rag_tolerance = models.DecimalField(
        "amber tolerance",
        max_digits=4,
        decimal_places=3,
        default=DEFAULT_TOLERANCE,
        help_text="A figure short of its trajectory by no more than this share of the gap "
        "between baseline and target is amber, not red. 0.05 is 5%.",
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["lsp"], name="one_settings_per_lsp")]
