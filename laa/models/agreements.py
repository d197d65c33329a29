"""Partnership agreements: parties, who is accountable for each outcome, commitments."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from laa.models.setup import Outcome
from tenancy.models import LSPOwned


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
