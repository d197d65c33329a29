"""Figure imports, checked and saved by a worker (lsp_portal.jobs)."""

from django.conf import settings
from django.db import models

from lsp_portal.jobs import LeasedJob
from tenancy.models import LSPOwned


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
