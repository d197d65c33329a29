"""The action plan (lsp_portal.actions)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from laa.models import (
    AccountableAction,
)
from lsp_portal.services import action_report, validated_save


def accountable_action_save(*, action: AccountableAction) -> AccountableAction:
    for field in ("outcome", "priority", "accountable"):
        related = getattr(action, field)
        if related is not None and related.lsp_id != action.lsp_id:
            raise ValidationError({field: "Choose one of this LSP's"})
    with transaction.atomic():
        return validated_save(action)


def accountable_action_report(*, action: AccountableAction, text: str, status: str, by):
    """An update on progress, moving the action to a new status (or keeping it)."""
    return action_report(action=action, text=text, status=status, by=by)


@transaction.atomic
def accountable_action_archive(*, action: AccountableAction) -> AccountableAction:
    """Archived actions leave the plan but keep their history: nothing accountable is
    deleted."""
    action = AccountableAction.objects.select_for_update().get(pk=action.pk)
    action.archived_at = action.archived_at or timezone.now()
    action.save()
    return action
