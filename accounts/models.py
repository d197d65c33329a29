import hashlib

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone

from lsp_portal import cache


class UserQuerySet(models.QuerySet):
    def update(self, **kwargs):
        # Writes that send no signals still flush the people's cached rows
        # (accounts.backends), so an account deactivated in bulk is signed out at once.
        from accounts.backends import forget_users  # auth backends load after the models

        if not cache.enabled():
            return super().update(**kwargs)
        ids = list(self.values_list("pk", flat=True))
        updated = super().update(**kwargs)
        forget_users(ids)
        return updated


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_queryset(self):
        return UserQuerySet(self.model, using=self._db)

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("A person needs an email address to sign in.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """One account per person, signed in by email; roles are per LSP (partnerships.Role)."""

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=200)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        "platform administrator",
        default=False,
        help_text="May use the admin site to create LSPs and their first coordinator.",
    )
    date_joined = models.DateTimeField(default=timezone.now)
    # The secret in the address of the person's own meetings calendar; resetting it
    # makes any copy of the old address stop working.
    calendar_token = models.CharField(max_length=64, unique=True, null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name", "email"]

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        super().clean()
        # Sign-in matches emails case-insensitively; store one spelling.
        self.email = self.email.strip().lower()

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
