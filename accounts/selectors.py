from accounts.models import User


def account_for_email(email: str) -> User | None:
    return User.objects.filter(email__iexact=email).first()
