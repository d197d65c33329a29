"""The agreement's set-up: the agreement, its blocks, outcomes and targets for each year."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords

from laa.models.indicators import Indicator
from tenancy.models import LSPOwned


class LocalAreaAgreement(LSPOwned):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        NEGOTIATION = "negotiation", "In negotiation"
        SIGNED = "signed", "Signed"
        REFRESHED = "refreshed", "Refreshed"
        ENDED = "ended", "Ended"

    title = models.CharField(max_length=200)
    period_start = models.PositiveSmallIntegerField("first year")
    period_end = models.PositiveSmallIntegerField("last year")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    government_office = models.CharField(
        max_length=100,
        blank=True,
        help_text="For example, Government Office for the East of England.",
    )
    signed_on = models.DateField(null=True, blank=True)
    signatories = models.TextField(blank=True, help_text="One to a line: name, role, organisation.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_start"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": "The last year must be the same as or after the first year"}
            )
        if self.lsp_id and self.lsp.level == self.lsp.Level.DISTRICT:
            raise ValidationError(
                "A district LSP has no LAA of its own: the county agrees it. Track local "
                "outcomes instead."
            )

    @property
    def years(self) -> list[int]:
        return list(range(self.period_start, self.period_end + 1))


DEFAULT_BLOCKS = [
    "Children and Young People",
    "Safer and Stronger Communities",
    "Healthier Communities and Older People",
    "Economic Development and Enterprise",
]


class Block(LSPOwned):
    name = models.CharField(max_length=100)
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Outcome(LSPOwned):
    block = models.ForeignKey(Block, on_delete=models.PROTECT, related_name="outcomes")
    agreement = models.ForeignKey(
        LocalAreaAgreement,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="outcomes",
        help_text="Empty for a local outcome outside any LAA.",
    )
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    priorities = models.ManyToManyField("strategies.Priority", blank=True, related_name="outcomes")
    lead_partnership = models.ForeignKey(
        "partnerships.Partnership",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_outcomes",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["block__order", "title"]
        # Granted by a signed partnership agreement to the accountable organisation's partners.
        permissions = [
            ("submit_figures", "Submit figures for the outcome's indicators"),
            ("log_actions", "Log and update the outcome's accountable actions"),
        ]

    def __str__(self):
        return self.title


class Target(LSPOwned):
    """An indicator's target under an outcome: baseline, a target per year, and optionally a
    stretch target that earns reward grant."""

    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="targets")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    district = models.ForeignKey(
        "tenancy.LSP",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="county_targets",
        help_text="A district's share of a county outcome; empty for the whole county. The "
        "district submits its own figures for it.",
    )
    baseline_value = models.DecimalField(max_digits=14, decimal_places=3, null=True, blank=True)
    baseline_on = models.DateField("baseline date", null=True, blank=True)
    is_designated = models.BooleanField(
        "designated target",
        default=False,
        help_text="One of the targets agreed with government, rather than a local one.",
    )
    stretch_value = models.DecimalField(
        "stretch target", max_digits=14, decimal_places=3, null=True, blank=True
    )
    reward_grant = models.DecimalField(
        "reward grant (£)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    relates_to = models.ManyToManyField(
        "tenancy.Organisation",
        blank=True,
        related_name="targets_related",
        verbose_name="partners the target relates to",
        help_text=(
            "The partner organisations whose work the target depends on. Scrutiny's "
            "recommendations on it can ask them to have regard. Empty: the partnership "
            "agreement's accountable organisation and contributors."
        ),
    )
    history = HistoricalRecords(m2m_fields=[relates_to])

    class Meta:
        ordering = ["indicator__code"]

    def __str__(self):
        return f"{self.indicator.code} under {self.outcome}"

    def clean(self):
        if self.district_id and self.district.county_lsp_id != self.lsp_id:
            raise ValidationError({"district": "Choose a district of this county"})
        if self.reward_grant is not None and self.stretch_value is None:
            raise ValidationError({"stretch_value": "Reward grant is earned by a stretch target"})
        if self.reward_grant is not None and self.reward_grant < Decimal(0):
            raise ValidationError({"reward_grant": "Reward grant cannot be negative"})


class TargetYear(LSPOwned):
    """The value a target asks for by the end of one year (the year starting 1 April)."""

    target = models.ForeignKey(Target, on_delete=models.PROTECT, related_name="years")
    year = models.PositiveSmallIntegerField(help_text="2008 means 2008/09.")
    value = models.DecimalField(max_digits=14, decimal_places=3)

    history = HistoricalRecords()

    class Meta:
        ordering = ["year"]
        constraints = [models.UniqueConstraint(fields=["target", "year"], name="target_year_once")]

    def __str__(self):
        return f"{self.year}/{(self.year + 1) % 100:02d}: {self.value}"


class OutcomeUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grants on outcomes (an accountable organisation's partners')."""

    content_object = models.ForeignKey(Outcome, on_delete=models.CASCADE)


class OutcomeGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Outcome, on_delete=models.CASCADE)
