"""What every app's services share."""

from django.core.exceptions import ValidationError
from django.db import transaction


def validated_save(instance):
    """Save after the model's own checks (``full_clean``), which forms alone do not run for
    commands, tasks and the demo data."""
    instance.full_clean()
    instance.save()
    return instance


@transaction.atomic
def action_report(*, action, text: str, status: str, by):
    """Report progress on an accountable action (lsp_portal.actions): the action is locked
    so two updates cannot cross, the update (of the action's own kind, ``action.updates``)
    records the status moved from and to, and the action moves to its new status with the
    history saying who moved it."""
    action = type(action).objects.select_for_update().get(pk=action.pk)
    if getattr(action, "archived_at", None):
        raise ValidationError("This action is archived.")
    if status not in action.STATUSES:
        raise ValidationError({"status": "Choose one of the statuses offered"})
    if not text.strip():
        raise ValidationError({"text": "Say what has happened"})
    update = validated_save(
        action.updates.model(
            lsp_id=action.lsp_id,
            action=action,
            text=text.strip(),
            status_before=action.status,
            status_after=status,
            by=by,
        )
    )
    if status != action.status:
        action.status = status
        action._change_reason = f"Update by {by}"
        action.save()
    return update
