"""Signing in and finding the signed-in person on each request."""

from django.contrib.auth.backends import ModelBackend

from lsp_portal import cache


def _generation_key(user_id) -> str:
    return f"accounts:v1:user:{user_id}:generation"


class UserBackend(ModelBackend):
    """Django's model backend, with the person read through the cache on each request.

    Every page needs the signed-in person; between requests their row is kept in the cache
    and read afresh after any save of it (``forget_user``), so a deactivated account or a
    changed password signs them out on the next request, as with no cache.
    """

    def get_user(self, user_id):
        read = super().get_user
        return cache.read_through(
            cache.Entry(
                key=f"accounts:v1:user:{user_id}",
                generations=(_generation_key(user_id),),
                read=lambda: read(user_id),
                keep=lambda user: user is not None,
            )
        )[0]


def forget_users(user_ids) -> None:
    """Their rows are read afresh: now, and again once this transaction commits."""
    cache.renew(_generation_key(user_id) for user_id in user_ids)


def forget_user(sender, instance, **kwargs) -> None:
    """Connected to every save and delete of a User (accounts.apps)."""
    forget_users([instance.pk])
