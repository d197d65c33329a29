"""Who belongs where: the LSPs (each the tenant of every other row), their areas, the
organisations taking part, the roles people hold in them, and invitations to a role.

These models moved here from ``partnerships`` and ``accounts`` without moving their
tables (``Meta.db_table``; tenancy/migrations/0001_initial.py), so every floor above
can point at them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from lsp_portal.permissions import RoleName


class LSPQuerySet(models.QuerySet):
    def for_lsp(self, lsp):
        return self.filter(lsp=lsp)


class LSPOwned(models.Model):
    """Base of every row that belongs to one LSP.

    Indexes lead with ``lsp`` because every query of the portal is scoped by it.
    """

    lsp = models.ForeignKey(
        "tenancy.LSP", on_delete=models.PROTECT, related_name="%(app_label)s_%(class)s_set"
    )

    objects = LSPQuerySet.as_manager()

    class Meta:
        abstract = True


class Area(models.Model):
    """An English local authority area, from the shipped ONS/mySociety list."""

    class AuthorityType(models.TextChoices):
        COUNTY = "CTY", "County"
        DISTRICT = "NMD", "Non-metropolitan district"
        UNITARY = "UA", "Unitary authority"
        METROPOLITAN_DISTRICT = "MD", "Metropolitan district"
        LONDON_BOROUGH = "LBO", "London borough"
        CITY_OF_LONDON = "CC", "City of London"

    gss_code = models.CharField("ONS GSS code", max_length=9, unique=True)
    name = models.CharField(max_length=200)
    official_name = models.CharField(max_length=200)
    authority_type = models.CharField(max_length=3, choices=AuthorityType.choices)
    county = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="districts"
    )

    class Meta:
        db_table = "partnerships_area"
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.gss_code})"

    @property
    def tier(self) -> str:
        """The LSP level this area's council works at."""
        if self.authority_type == self.AuthorityType.COUNTY:
            return LSP.Level.COUNTY
        if self.authority_type == self.AuthorityType.DISTRICT:
            return LSP.Level.DISTRICT
        return LSP.Level.UNITARY


# First path segments the portal uses itself; an LSP with one of these slugs would be hidden.
RESERVED_SLUGS = frozenset({"admin", "accounts", "switch", "static", "media", "api", "calendar"})


def validate_lsp_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(f"“{value}” is used by the portal itself; choose another address.")


class LSP(models.Model):
    """A Local Strategic Partnership: the tenant every other row belongs to."""

    class Level(models.TextChoices):
        COUNTY = "county", "County"
        DISTRICT = "district", "District"
        UNITARY = "unitary", "Unitary"

    class WorkingModel(models.TextChoices):
        AGGREGATION = "aggregation", "Aggregation"
        ADDED_VALUE = "added_value", "Added value"
        SEPARATIST = "separatist", "Separatist"

    name = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=60,
        unique=True,
        validators=[validate_lsp_slug],
        help_text="Used in the address of every page of the LSP.",
    )
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="lsps")
    level = models.CharField(max_length=10, choices=Level.choices)
    county_lsp = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="district_lsps",
        verbose_name="county LSP",
        help_text="For a district LSP in a two-tier area: the county LSP it works with.",
    )
    working_model = models.CharField(
        "two-tier working model",
        max_length=20,
        choices=WorkingModel.choices,
        blank=True,
        help_text="How a district LSP works with its county LSP.",
    )
    # The council standard: papers are published five clear days before a meeting (the
    # day of publication, the meeting day, weekends and bank holidays do not count).
    papers_clear_days = models.PositiveSmallIntegerField(
        "clear days for publishing papers",
        default=5,
        help_text="Working days between publishing a meeting's papers and the meeting. "
        "0 turns the deadline off.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(table_name="partnerships_historicallsp")

    class Meta:
        db_table = "partnerships_lsp"
        ordering = ["name"]
        verbose_name = "LSP"
        verbose_name_plural = "LSPs"

    def __str__(self):
        return self.name

    def clean(self):
        if self.county_lsp_id:
            if self.level != self.Level.DISTRICT:
                raise ValidationError({"county_lsp": "Only a district LSP has a county LSP."})
            if self.county_lsp.level != self.Level.COUNTY:
                raise ValidationError({"county_lsp": "Choose an LSP whose level is county."})
        if self.working_model and self.level != self.Level.DISTRICT:
            raise ValidationError(
                {"working_model": "Only a district LSP chooses a two-tier working model."}
            )
        if self.area_id and self.level and self.area.tier != self.level:
            raise ValidationError(
                {"level": f"{self.area.name} is a {self.area.tier} area, not {self.level}."}
            )


class Organisation(LSPOwned):
    """A body that takes part in an LSP: council, NHS, police, a VCS network..."""

    class Sector(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", "Local authority"
        HEALTH = "health", "Health"
        POLICE = "police", "Police"
        FIRE = "fire", "Fire and rescue"
        EMPLOYMENT = "employment", "Employment"
        EDUCATION = "education", "Education"
        HOUSING = "housing", "Housing"
        VCS = "vcs", "Voluntary and community"
        BUSINESS = "business", "Business"
        PARISH = "parish", "Parish or town council"
        GOVERNMENT = "government", "Regional or government body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    sector = models.CharField(max_length=20, choices=Sector.choices)
    is_statutory_partner = models.BooleanField(
        "statutory partner", default=False, help_text="Named under the duty to co-operate."
    )
    is_network = models.BooleanField(
        "network",
        default=False,
        help_text="A network of organisations, such as a VCS network that elects members.",
    )
    networks = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="network_members",
        limit_choices_to={"is_network": True},
        help_text="The networks this organisation belongs to.",
        db_table="partnerships_organisation_networks",
    )
    charity_number = models.CharField(max_length=20, blank=True)
    company_number = models.CharField(max_length=20, blank=True)
    nhs_ods_code = models.CharField("NHS ODS code", max_length=10, blank=True)

    class NhsBody(models.TextChoices):
        NHS_TRUST = "nhs_trust", "NHS trust"
        FOUNDATION_TRUST = "foundation_trust", "NHS foundation trust"
        PRIMARY_CARE_TRUST = "primary_care_trust", "Primary care trust"

    # Scrutiny's have-regard notices do not bind these bodies on a health scrutiny report,
    # nor on a district's report through the county (scrutiny.rules).
    nhs_body = models.CharField(
        "NHS body",
        max_length=20,
        choices=NhsBody.choices,
        blank=True,
        help_text="If it is an NHS trust, an NHS foundation trust or a primary care trust.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The history of ``networks`` is the one table that moved (simple_history names it by
    # app); the migration renames it.
    history = HistoricalRecords(
        m2m_fields=[networks], table_name="partnerships_historicalorganisation"
    )

    class Meta:
        db_table = "partnerships_organisation"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["lsp", "name"], name="organisation_unique_name")
        ]

    def __str__(self):
        return self.name


class RoleQuerySet(LSPQuerySet):
    def current(self):
        return self.filter(ended_at__isnull=True)

    # Writes that send no signals still flush the people's cached role sets
    # (tenancy.caches), so a role ended in bulk is refused on the next request.
    def update(self, **kwargs):
        from tenancy import caches  # it reads these models, so it is imported when used

        if not caches.enabled():
            return super().update(**kwargs)
        # The holders before and after: an update (or bulk_update) may move roles.
        rows = dict(self.values_list("pk", "user_id"))
        updated = super().update(**kwargs)
        after = self.model._base_manager.filter(pk__in=rows).values_list("user_id", flat=True)
        caches.forget({*rows.values(), *after})
        return updated

    def bulk_create(self, objs, *args, **kwargs):
        from tenancy import caches  # as above

        created = super().bulk_create(objs, *args, **kwargs)
        caches.forget(role.user_id for role in created)
        return created


class Role(LSPOwned):
    """A person's role in one LSP. Ended, never deleted, so who held it stays known."""

    lsp = models.ForeignKey(LSP, on_delete=models.PROTECT, related_name="roles")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="lsp_roles"
    )
    role = models.CharField(max_length=20, choices=RoleName.choices)
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roles",
        help_text="The organisation the person represents in this role.",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = RoleQuerySet.as_manager()
    history = HistoricalRecords(table_name="partnerships_historicalrole")

    class Meta:
        db_table = "partnerships_role"
        ordering = ["role", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["lsp", "user", "role"],
                condition=models.Q(ended_at__isnull=True),
                name="role_one_current_per_kind",
            )
        ]
        indexes = [models.Index(fields=["lsp", "user"]), models.Index(fields=["user", "lsp"])]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()}, {self.lsp}"


class Invitation(LSPOwned):
    """An invitation to take a role in an LSP, sent by email as a single-use link.

    Only a hash of the link's token is stored, so a copy of the database cannot be used
    to accept anyone's invitation.
    """

    email = models.EmailField()
    full_name = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=RoleName.choices)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    history = HistoricalRecords(table_name="accounts_historicalinvitation")

    class Meta:
        db_table = "accounts_invitation"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["lsp", "-created_at"])]

    def __str__(self):
        return f"Invitation for {self.email} to {self.lsp}"

    @property
    def is_used(self) -> bool:
        return self.accepted_at is not None

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at
