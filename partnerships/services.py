"""Changes to LSPs and the roles people hold in them."""

from django.db import transaction
from django.utils import timezone

from partnerships.models import Role


def role_grant(*, lsp, user, role: str, organisation=None, actor=None) -> Role:
    """Give a person a role in an LSP; granting a role they already hold changes nothing."""
    existing = Role.objects.for_lsp(lsp).current().filter(user=user, role=role).first()
    if existing:
        return existing
    grant = Role(lsp=lsp, user=user, role=role, organisation=organisation, granted_by=actor)
    grant.full_clean()
    grant.save()
    return grant


@transaction.atomic
def role_end(*, role: Role, actor) -> Role:
    """End a role: it stays in the record with its end date, never deleted."""
    if role.ended_at is None:
        role._change_reason = f"Ended by {actor}"
        role.ended_at = timezone.now()
        role.save(update_fields=["ended_at"])
    return role
