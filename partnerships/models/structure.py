from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords

from tenancy.models import LSPOwned, Organisation


class PartnershipKind(LSPOwned):
    """A kind of partnership in this LSP's structure. Per-LSP configuration with defaults."""

    name = models.CharField(max_length=100)
    code = models.SlugField(max_length=40, help_text="Stable name used by the portal.")
    order = models.PositiveSmallIntegerField(default=0)
    requires_end_date = models.BooleanField(
        default=False, help_text="Time-limited, like a task-and-finish group."
    )
    covers_area = models.BooleanField(
        default=False, help_text="Covers part of the area, like an area group."
    )

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["lsp", "code"], name="partnership_kind_unique_code")
        ]

    def __str__(self):
        return self.name


class Partnership(LSPOwned):
    """A partnership in the LSP's structure: the board, thematic partnerships, groups..."""

    class MeetingFrequency(models.TextChoices):
        MONTHLY = "monthly", "Monthly"
        BIMONTHLY = "bimonthly", "Every two months"
        QUARTERLY = "quarterly", "Quarterly"
        SIX_MONTHLY = "six_monthly", "Every six months"
        ANNUALLY = "annually", "Annually"
        AS_NEEDED = "as_needed", "As needed"

    name = models.CharField(max_length=200)
    kind = models.ForeignKey(PartnershipKind, on_delete=models.PROTECT, related_name="+")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="The partnership this one reports to. Leave empty for the board.",
    )
    remit = models.TextField(blank=True)
    area_covered = models.CharField(
        max_length=200, blank=True, help_text="For an area group: the streets, wards or town."
    )
    meeting_frequency = models.CharField(
        max_length=20, choices=MeetingFrequency.choices, default=MeetingFrequency.QUARTERLY
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    quorum_count = models.PositiveSmallIntegerField(
        "quorum", null=True, blank=True, help_text="How many members must be present."
    )
    quorum_sectors = models.JSONField(
        "sectors needed for a quorum",
        default=list,
        blank=True,
        help_text="At least one member present from each of these sectors.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["lsp", "name"], name="partnership_unique_name")
        ]
        permissions = [("manage_memberships", "Manage the memberships of this partnership")]

    def __str__(self):
        return self.name

    def is_current(self, on) -> bool:
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)

    def clean(self):
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = "The end date must be the same as or after the start date."
        if self.kind_id and self.kind.lsp_id != self.lsp_id:
            errors["kind"] = "Choose a kind of partnership from this LSP."
        elif self.kind_id and self.kind.requires_end_date and not self.end_date:
            errors["end_date"] = f"A {self.kind.name.lower()} needs an end date."
        if self.parent_id:
            if self.parent.lsp_id != self.lsp_id:
                errors["parent"] = "Choose a partnership of this LSP."
            elif self.pk and self._reports_to_itself():
                errors["parent"] = "A partnership cannot report to itself or to one under it."
        if errors:
            raise ValidationError(errors)

    def _reports_to_itself(self) -> bool:
        seen, node = set(), self.parent
        while node is not None and node.pk not in seen:
            if node.pk == self.pk:
                return True
            seen.add(node.pk)
            node = node.parent
        return False


class Membership(LSPOwned):
    """A seat on a partnership: who, for which organisation, in what position, since when.

    Ending a membership sets its term end; nothing is deleted, so the record of who sat
    where stays true.
    """

    class Position(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"
        EX_OFFICIO = "ex_officio", "Ex officio"
        OBSERVER = "observer", "Observer"
        ADVISER = "adviser", "Adviser"

    partnership = models.ForeignKey(
        Partnership, on_delete=models.PROTECT, related_name="memberships"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
        help_text="A person with a portal account.",
    )
    person_name = models.CharField(
        max_length=200, blank=True, help_text="Or the name of a person without an account."
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="seats"
    )
    position = models.CharField(max_length=20, choices=Position.choices, default=Position.MEMBER)
    sector_seat = models.CharField(
        max_length=20,
        choices=Organisation.Sector.choices,
        blank=True,
        help_text="The sector this seat is for, if it is reserved for one.",
    )
    nominated_by = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="nominations",
        help_text="Who elected or nominated them, such as a VCS network.",
    )
    term_start = models.DateField()
    term_end = models.DateField(null=True, blank=True)
    substitute_name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["term_start", "pk"]
        indexes = [models.Index(fields=["lsp", "partnership"])]

    def __str__(self):
        return f"{self.name} — {self.get_position_display()}, {self.partnership}"

    @property
    def name(self) -> str:
        return self.person.full_name if self.person_id else self.person_name

    @property
    def sector(self) -> str:
        """The seat's sector, or the organisation's when the seat is not reserved."""
        if self.sector_seat:
            return self.sector_seat
        return self.organisation.sector if self.organisation_id else ""

    def is_current(self, on) -> bool:
        return self.term_start <= on and (self.term_end is None or self.term_end >= on)

    def clean(self):
        errors = {}
        if bool(self.person_id) == bool(self.person_name.strip()):
            errors["person_name"] = (
                "Choose a person with an account, or type the name of a person without one."
            )
        if self.term_end and self.term_start and self.term_end < self.term_start:
            errors["term_end"] = "The end of the term must be the same as or after its start."
        for field in ("partnership", "organisation", "nominated_by"):
            related = getattr(self, field) if getattr(self, f"{field}_id") else None
            if related is not None and related.lsp_id != self.lsp_id:
                errors[field] = "Choose one from this LSP."
        if not errors and self.position == self.Position.CHAIR and self.term_start:
            clash = self.overlapping_chair()
            if clash is not None:
                until = clash.term_end.strftime("%-d %B %Y") if clash.term_end else "now"
                errors["term_start"] = (
                    f"{clash.name} chairs {self.partnership} from "
                    f"{clash.term_start:%-d %B %Y} to {until}. A partnership has one chair "
                    "at a time: end that term first, or change these dates."
                )
        if errors:
            raise ValidationError(errors)

    def overlapping_chair(self):
        """Another chair of the same partnership whose term overlaps this one."""
        others = Membership.objects.filter(
            partnership_id=self.partnership_id, position=self.Position.CHAIR
        ).exclude(pk=self.pk)
        if self.term_end:
            others = others.filter(term_start__lte=self.term_end)
        return (
            others.filter(models.Q(term_end__isnull=True) | models.Q(term_end__gte=self.term_start))
            .select_related("person")
            .first()
        )


class PartnershipUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grants on partnerships (the chair's), joinable and indexed."""

    content_object = models.ForeignKey(Partnership, on_delete=models.CASCADE)


class PartnershipGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Partnership, on_delete=models.CASCADE)
