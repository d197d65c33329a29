from django.conf import settings
from django.db import models

from documents import registry
from lsp_portal.jobs import LeasedJob
from tenancy.models import LSPOwned


class Document(LSPOwned, LeasedJob):
    """A PDF built in the background, with the status a person sees while they wait."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RENDERING = "rendering", "Rendering"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    ACTIVE_STATUSES = (Status.QUEUED, Status.RENDERING)

    # A kind registered by the app that owns its data (documents.registry).
    kind = models.CharField(max_length=30)
    # What the document is of, when a kind is made for one thing of the LSP ("meeting:12"
    # for a board pack): one build in flight per subject, not per LSP.
    subject = models.CharField(max_length=40, blank=True, default="")
    # What the person asked for with it (a board pack: publish it, the reason for urgency).
    options = models.JSONField(default=dict, blank=True)
    # The step a long build is on, for its progress page ("3 of 7: performance report").
    step = models.CharField(max_length=120, blank=True, default="")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    # Claimed and leased by a worker (lsp_portal.jobs): claim, attempts, lease, times and
    # failure reason come from LeasedJob.
    render_seconds = models.FloatField(null=True, blank=True)
    file = models.FileField(upload_to="documents/", blank=True)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            # Asking again while one is being built returns the one in hand.
            models.UniqueConstraint(
                fields=["lsp", "kind", "subject"],
                condition=models.Q(status__in=["queued", "rendering"]),
                name="document_one_active_per_subject",
            )
        ]
        indexes = [
            models.Index(fields=["lsp", "-requested_at"]),
            models.Index(fields=["status", "lease_expires_at"]),
        ]

    def __str__(self):
        return f"{self.kind_label} for {self.lsp} ({self.get_status_display()})"

    @property
    def kind_label(self) -> str:
        return registry.label_of(self.kind)

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def filename(self) -> str:
        stamp = self.finished_at.strftime("%Y-%m-%d") if self.finished_at else "draft"
        return f"{self.lsp.slug}-{self.kind.replace('_', '-')}-{stamp}.pdf"
