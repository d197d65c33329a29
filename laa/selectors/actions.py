"""The action plan."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from laa.models import (
    AccountableAction,
)
from lsp_portal.actions import CLOSED
from lsp_portal.permissions import RoleName
from tenancy.models import Role


def action_plan(*, lsp, status: str = "", organisation_id=None, overdue=False, today=None):
    """The LSP's accountable actions, archived ones left out, soonest due first."""
    today = today or timezone.localdate()
    actions = (
        AccountableAction.objects.for_lsp(lsp)
        .filter(archived_at__isnull=True)
        .select_related("outcome", "priority", "accountable", "owner")
    )
    if status:
        actions = actions.filter(status=status)
    if organisation_id:
        actions = actions.filter(accountable=organisation_id)
    if overdue:
        actions = actions.filter(due_on__lt=today).exclude(status__in=CLOSED)
    return actions


def action_owners(*, lsp):
    """People who may own an action: anyone with a current role in the LSP but an MP."""
    current = Role.objects.for_lsp(lsp).current()
    return get_user_model().objects.filter(
        pk__in=current.exclude(role=RoleName.MP).values("user"), is_active=True
    )


def overdue_actions(*, lsp, today=None):
    return action_plan(lsp=lsp, overdue=True, today=today)
