"""The action plan (lsp_portal.actions)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from laa.models.setup import Outcome
from lsp_portal.actions import Action, ActionStatus, ActionUpdate
from tenancy.models import LSPOwned


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
