from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from lsp_portal.permissions import RoleName
from lsp_portal.tenancy import LSPOwned


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
RESERVED_SLUGS = frozenset({"admin", "accounts", "switch", "static", "media", "api"})


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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["lsp", "name"], name="organisation_unique_name")
        ]

    def __str__(self):
        return self.name


class RoleQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_at__isnull=True)

    def for_lsp(self, lsp):
        return self.filter(lsp=lsp)


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
    history = HistoricalRecords()

    class Meta:
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
