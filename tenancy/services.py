"""Changes to the roles people hold in LSPs, and invitations to take one."""

import secrets
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import User, hash_token
from accounts.tasks import send_email
from tenancy.models import Invitation, Role


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


class InvitationInvalid(Exception):
    """The link is not one we issued, has been used, or has expired."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "unknown", "used" or "expired"


@transaction.atomic
def invitation_create(
    *, lsp, email: str, full_name: str, role: str, organisation, actor, base_url: str
) -> Invitation:
    """Record an invitation and send its single-use link by email once committed."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        lsp=lsp,
        email=email.lower(),
        full_name=full_name,
        role=role,
        organisation=organisation,
        invited_by=actor,
        token_hash=hash_token(token),
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    link = base_url.rstrip("/") + reverse("tenancy:invitation", kwargs={"token": token})
    body = render_to_string(
        "accounts/email/invitation.txt", {"invitation": invitation, "link": link}
    )
    subject = f"You are invited to {lsp.name} on LSP Portal"
    transaction.on_commit(partial(send_email.delay, subject, body, [invitation.email]))
    # The raw token exists only in the email; the caller may need the link once (tests, admin).
    invitation.link = link
    return invitation


def invitation_for_token(token: str) -> Invitation:
    invitation = (
        Invitation.objects.select_related("lsp", "organisation")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invitation is None:
        raise InvitationInvalid("unknown")
    if invitation.is_used:
        raise InvitationInvalid("used")
    if invitation.is_expired:
        raise InvitationInvalid("expired")
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: User | None = None, password: str | None = None):
    """Accept an invitation: as an existing account, or by creating one with a password.

    The invitation row is locked so the same link cannot be used twice at once.
    """
    invitation = invitation_for_token(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.is_used:
        raise InvitationInvalid("used")
    if user is None:
        user = User.objects.create_user(
            email=invitation.email, password=password, full_name=invitation.full_name
        )
    role_grant(
        lsp=invitation.lsp,
        user=user,
        role=invitation.role,
        organisation=invitation.organisation,
        actor=invitation.invited_by,
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation, user
