"""One shape for accountable actions: who will do what by when, and a trail of updates that
is never edited. The meeting's action log (partnerships), the LAA's action plan (laa) and
scrutiny's recommendations each keep their own concrete model and foreign keys on top of
these bases; the statuses, the update trail, "overdue" and reporting progress
(``lsp_portal.services.action_report``) are the same for all.

The statuses are one vocabulary. A kind of action uses the ones that fit it (``STATUSES``)
and may call some by its own words (``STATUS_LABELS``): the action log says "In progress"
and "Done" where the action plan says "On track" and "Complete".
"""

from django.conf import settings
from django.db import models


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    ON_TRACK = "on_track", "On track"
    AT_RISK = "at_risk", "At risk"
    OFF_TRACK = "off_track", "Off track"
    COMPLETE = "complete", "Complete"
    DROPPED = "dropped", "Dropped"


CLOSED = (ActionStatus.COMPLETE, ActionStatus.DROPPED)


class Action(models.Model):
    """An action someone is accountable for."""

    # The statuses this kind of action uses, and its own words for any of them.
    STATUSES: tuple[str, ...] = tuple(ActionStatus.values)
    STATUS_LABELS: dict[str, str] = {}

    due_on = models.DateField("due date")
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @classmethod
    def label_of(cls, status: str) -> str:
        return cls.STATUS_LABELS.get(status) or ActionStatus(status).label

    @classmethod
    def status_choices(cls) -> list[tuple[str, str]]:
        return [(status, cls.label_of(status)) for status in cls.STATUSES]

    @property
    def status_label(self) -> str:
        return self.label_of(self.status)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED

    def is_overdue(self, today) -> bool:
        return not self.is_closed and self.due_on < today

    def overdue_in_words(self, today) -> str:
        """How long past its due date, as "3 days overdue"; empty when it is not overdue."""
        if not self.is_overdue(today):
            return ""
        days = (today - self.due_on).days
        return f"{days} day{'' if days == 1 else 's'} overdue"


class ActionUpdate(models.Model):
    """Progress on an action: what happened, and the status it moved from and to. Never
    edited. A concrete update adds ``action``, its foreign key to its own kind of action,
    with ``related_name="updates"``."""

    text = models.TextField("update")
    status_before = models.CharField(max_length=12, choices=ActionStatus.choices)
    status_after = models.CharField("status", max_length=12, choices=ActionStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-at", "-pk"]

    def __str__(self):
        return self.text[:80]

    @property
    def status_before_label(self) -> str:
        return self.action.label_of(self.status_before)

    @property
    def status_after_label(self) -> str:
        return self.action.label_of(self.status_after)
