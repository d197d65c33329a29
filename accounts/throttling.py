def username_of(request, credentials) -> str | None:
    """The email a sign-in attempt was for, as django-axes counts failures by it."""
    value = (credentials or {}).get("username") or request.POST.get("username")
    return value.strip().lower() if value else None
