"""Board packs: each finished build of a meeting's pack is an immutable version holding
both editions, made from one source in one job (partnerships.packs builds them)."""

from django.conf import settings
from django.db import models

from tenancy.models import LSPOwned

from .meetings import Meeting


class PackVersion(LSPOwned):
    """Version N of a meeting's pack: the members' and the public edition, with the same
    page numbers. Never changed once made, except to record its publication."""

    class Edition(models.TextChoices):
        MEMBERS = "members", "Members' edition"
        PUBLIC = "public", "Public edition"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="pack_versions")
    number = models.PositiveSmallIntegerField()
    document = models.OneToOneField(
        "documents.Document", on_delete=models.PROTECT, related_name="pack_version"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField()
    made_at = models.DateTimeField()
    # The moment the pack read the portal's data: its performance figures are as of then.
    figures_read_at = models.DateTimeField()
    members_file = models.FileField(upload_to="packs/")
    members_sha256 = models.CharField(max_length=64)
    members_size = models.PositiveIntegerField()
    public_file = models.FileField(upload_to="packs/")
    public_sha256 = models.CharField(max_length=64)
    public_size = models.PositiveIntegerField()
    page_count = models.PositiveSmallIntegerField()
    # What the pack held, item by item, so the next version can say what changed.
    manifest = models.JSONField(default=list)
    # Page ranges the public edition withholds: [{"first", "last", "paragraph"}].
    withheld = models.JSONField(default=list)
    # Appended PDF papers whose own pages are not tagged for assistive technology.
    untagged_papers = models.JSONField(default=list)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The chair's reason for urgency, when published after the deadline (printed on the cover).
    urgency_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="pack_version_once")
        ]

    def __str__(self):
        return f"Pack for {self.meeting}, version {self.number}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def file_of(self, edition: str):
        return self.members_file if edition == self.Edition.MEMBERS else self.public_file

    def filename(self, edition: str) -> str:
        when = self.meeting.starts_at.strftime("%Y-%m-%d")
        return f"{self.lsp.slug}-pack-{when}-v{self.number}-{edition}.pdf"


class PackDownload(LSPOwned):
    """Who downloaded which version of the members' edition, and when."""

    version = models.ForeignKey(PackVersion, on_delete=models.PROTECT, related_name="downloads")
    edition = models.CharField(max_length=10, choices=PackVersion.Edition.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
