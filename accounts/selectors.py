from accounts.models import User


def account_for_email(email: str) -> User | None:
    return User.objects.filter(email__iexact=email).first()


def account_for_calendar_token(token: str):
    """The active person whose calendar address carries this secret, or None."""
    if not token:
        return None
    return User.objects.filter(calendar_token=token, is_active=True).first()
