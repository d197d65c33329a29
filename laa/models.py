"""The Local Area Agreement: indicators, the agreement, its blocks, outcomes and targets.

An LSP without an LAA (after 2010, or a district) tracks local outcomes the same way:
outcomes and targets do not need an agreement.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords

from laa.rag import DEFAULT_TOLERANCE
from lsp_portal.actions import Action, ActionStatus, ActionUpdate
from lsp_portal.jobs import LeasedJob
from tenancy.models import LSPOwned, LSPQuerySet


class Polarity(models.TextChoices):
    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


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

    history = HistoricalRecords()

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


class OutcomeUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grants on outcomes (an accountable organisation's partners')."""

    content_object = models.ForeignKey(Outcome, on_delete=models.CASCADE)


class OutcomeGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Outcome, on_delete=models.CASCADE)


class PartnershipAgreement(LSPOwned):
    """A protocol between partners: which organisation is accountable for which outcome, and
    what each party commits. Signed once every party has signed for itself."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SIGNED = "signed", "Signed"
        EXPIRED = "expired", "Expired"

    title = models.CharField(max_length=200)
    purpose = models.TextField(blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DRAFT)
    review_on = models.DateField("review date", null=True, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["status", "title"]

    def __str__(self):
        return self.title


class AgreementParty(LSPOwned):
    """An organisation party to an agreement, and who signed for it, when."""

    agreement = models.ForeignKey(
        PartnershipAgreement, on_delete=models.PROTECT, related_name="parties"
    )
    organisation = models.ForeignKey(
        "tenancy.Organisation", on_delete=models.PROTECT, related_name="agreement_parties"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    signed_at = models.DateTimeField(null=True, blank=True)
    signatory_name = models.CharField(
        "signed by", max_length=200, blank=True, help_text="Name and role, as signed."
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The coordinator who recorded a signature given on paper.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "organisation"], name="party_once")
        ]

    def __str__(self):
        return str(self.organisation)

    @property
    def has_signed(self) -> bool:
        return self.signed_at is not None


class AgreementOutcome(LSPOwned):
    """An outcome the agreement covers: the organisation accountable for it and those that
    contribute."""

    agreement = models.ForeignKey(
        PartnershipAgreement, on_delete=models.PROTECT, related_name="outcomes_covered"
    )
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="agreed")
    accountable = models.ForeignKey(
        "tenancy.Organisation",
        on_delete=models.PROTECT,
        related_name="accountable_for",
        verbose_name="accountable organisation",
    )
    contributors = models.ManyToManyField(
        "tenancy.Organisation", blank=True, related_name="contributes_to"
    )

    history = HistoricalRecords(m2m_fields=[contributors])

    class Meta:
        ordering = ["outcome__title"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "outcome"], name="outcome_covered_once")
        ]

    def __str__(self):
        return f"{self.outcome}: {self.accountable}"


class Commitment(LSPOwned):
    """What one party commits under an agreement."""

    class Kind(models.TextChoices):
        ATTENDANCE = "attendance", "Attendance"
        FUNDING = "funding", "Funding"
        STAFF_TIME = "staff_time", "Staff time"
        DATA_SHARING = "data_sharing", "Data sharing"

    agreement = models.ForeignKey(
        PartnershipAgreement, on_delete=models.PROTECT, related_name="commitments"
    )
    organisation = models.ForeignKey(
        "tenancy.Organisation", on_delete=models.PROTECT, related_name="commitments"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    description = models.TextField()
    funding = models.DecimalField(
        "funding (£ a year)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    staff_days = models.DecimalField(
        "staff time (days a year)", max_digits=7, decimal_places=1, null=True, blank=True
    )
    ended_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__name", "kind"]

    def __str__(self):
        return f"{self.organisation}: {self.get_kind_display()}"

    def clean(self):
        if self.kind == self.Kind.FUNDING and self.funding is None:
            raise ValidationError({"funding": "Enter the funding in pounds"})
        if self.kind == self.Kind.STAFF_TIME and self.staff_days is None:
            raise ValidationError({"staff_days": "Enter the staff time in days"})
        for field in ("funding", "staff_days"):
            value = getattr(self, field)
            if value is not None and value < 0:
                raise ValidationError({field: "Enter a number of zero or more"})


class AccountableAction(LSPOwned, Action):
    """An entry in the joint SCS/LAA action plan: who is accountable for what, with what
    resources, by when (lsp_portal.actions). Archived, never deleted."""

    STATUSES = (
        ActionStatus.NOT_STARTED,
        ActionStatus.ON_TRACK,
        ActionStatus.AT_RISK,
        ActionStatus.OFF_TRACK,
        ActionStatus.COMPLETE,
    )

    title = models.CharField("action", max_length=300)
    outcome = models.ForeignKey(
        Outcome, null=True, blank=True, on_delete=models.PROTECT, related_name="actions"
    )
    priority = models.ForeignKey(
        "strategies.Priority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accountable_actions",
    )
    accountable = models.ForeignKey(
        "tenancy.Organisation",
        on_delete=models.PROTECT,
        related_name="accountable_actions",
        verbose_name="accountable organisation",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accountable_actions",
    )
    resources = models.TextField(blank=True, help_text="Money, staff or other resources.")
    starts_on = models.DateField("start date", null=True, blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["lsp", "accountable", "due_on"])]

    def __str__(self):
        return self.title

    def clean(self):
        if not self.outcome_id and not self.priority_id:
            raise ValidationError("Choose the outcome or the priority the action serves")
        if self.starts_on and self.due_on and self.due_on < self.starts_on:
            raise ValidationError({"due_on": "The due date must be on or after the start date"})


class AccountableActionUpdate(LSPOwned, ActionUpdate):
    """Progress on an action in the plan (lsp_portal.actions). Never edited."""

    action = models.ForeignKey(AccountableAction, on_delete=models.PROTECT, related_name="updates")

    class Meta(ActionUpdate.Meta):
        pass


class FigureImport(LSPOwned, LeasedJob):
    """A spreadsheet of figures, checked and saved in the background; the person who sent
    it watches its progress and reads the result here. A worker claims it with a lease
    (lsp_portal.jobs), so one that dies mid-check hands it on rather than leaving it waiting."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be checked"
        CHECKING = "checking", "Being checked"
        SAVED = "saved", "Saved"
        REFUSED = "refused", "Not saved: rows to correct"
        FAILED = "failed", "Failed"

    ACTIVE_STATUSES = (Status.QUEUED, Status.CHECKING)

    file = models.FileField(upload_to="figure-imports/")
    kind = models.CharField(max_length=4)  # csv or xlsx, from its content
    name = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    rows_total = models.PositiveIntegerField(default=0)
    rows_checked = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, blank=True)  # the first 500 rows to correct

    class Meta:
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["lsp", "requested_by", "-requested_at"]),
            # The reconciler's query, across every LSP.
            models.Index(fields=["status", "lease_expires_at"]),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def percent_checked(self) -> int:
        return int(100 * self.rows_checked / self.rows_total) if self.rows_total else 0
