"""Changes to people's accounts (invitations to an LSP are tenancy's)."""

import secrets

from accounts.models import User


def calendar_token_reset(*, user: User) -> str:
    """A new secret for the person's calendar address; the old address stops working."""
    user.calendar_token = secrets.token_urlsafe(32)
    user.save(update_fields=["calendar_token"])
    return user.calendar_token
