"""What every request needs to know about tenancy, kept in the cache between requests.

Two things are cached, and only when ``settings.TENANCY_CACHE_SECONDS`` is above 0 (the
default when a shared cache, Redis, is configured; see settings):

- a person's current roles in every LSP (``RoleSet``), read in one query that serves both
  the tenancy check and the header's partnership switcher;
- an LSP's row by slug, as ``resolve_lsp`` reads it.

Neither entry decides anything on its own. The LSP still comes from the URL, and access
in an LSP is the roles the entry lists under that LSP's id. The user is still loaded
from the database on every request by Django's AuthenticationMiddleware, so a
deactivated account is refused at once.

Invalidation: every entry is stored with the generation it was read under, and a write
replaces the generation, so an entry read before the write (even one written back to
the cache after it by a slower request) is never used again.

- A person's generation changes whenever one of their roles is saved, deleted, updated
  in bulk or bulk-created: role_grant, role_end, an admin edit, a queryset update.
  It changes at once (for readers inside the same transaction) and again when the
  transaction commits (for readers who read the old rows in between).
- One shared epoch changes whenever an LSP or an Area is saved or deleted, since LSP
  rows and their names are in every entry; an organisation's rename changes the
  generation of the people who hold roles for it (the switcher lists its name).

A role ends only by a write: ``Role.objects.current()`` is every role without an end
date, so a role given any end date, even one still to come, is refused from the next
request. The entries also expire after ``TENANCY_CACHE_SECONDS``, which bounds a write
that bypasses the ORM (raw SQL).

The receivers are the one use of signals in the portal: flushing caches (STYLE.md).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

# Bump when the shape of a cached entry changes, so a deploy never reads the old shape.
VERSION = "v1"
EPOCH_KEY = f"tenancy:{VERSION}:epoch"


def _seconds() -> int:
    return settings.TENANCY_CACHE_SECONDS


def enabled() -> bool:
    return _seconds() > 0


def _generation_key(user_id) -> str:
    return f"tenancy:{VERSION}:user:{user_id}:generation"


def _role_set_key(user_id) -> str:
    return f"tenancy:{VERSION}:user:{user_id}:roles"


def _lsp_key(slug: str) -> str:
    return f"tenancy:{VERSION}:lsp:{slug}"


def _token(key: str, found) -> str:
    """The current value of a generation key, making one if it is missing or evicted (a
    new token only makes existing entries misses, never hits)."""
    if found:
        return found
    token = uuid.uuid4().hex
    if cache.add(key, token, timeout=None if key == EPOCH_KEY else _seconds() * 4):
        return token
    return cache.get(key) or token


def role_set_of(user):
    """The person's current roles in every LSP (``partnerships.selectors.RoleSet``)."""
    from partnerships.selectors import roles_everywhere

    if _seconds() <= 0:
        return roles_everywhere(user=user)
    generation_key, entry_key = _generation_key(user.pk), _role_set_key(user.pk)
    found = cache.get_many([EPOCH_KEY, generation_key, entry_key])
    epoch = _token(EPOCH_KEY, found.get(EPOCH_KEY))
    generation = _token(generation_key, found.get(generation_key))
    entry = found.get(entry_key)
    if entry is not None and entry[0] == epoch and entry[1] == generation:
        return entry[2]
    role_set = roles_everywhere(user=user)
    cache.set(entry_key, (epoch, generation, role_set), timeout=_seconds())
    return role_set


def lsp_by_slug(slug: str):
    """The LSP with this address (with its area and county), or None."""
    from partnerships.models import LSP

    def read():
        return LSP.objects.select_related("area", "county_lsp").filter(slug=slug).first()

    if _seconds() <= 0:
        return read()
    key = _lsp_key(slug)
    found = cache.get_many([EPOCH_KEY, key])
    epoch = _token(EPOCH_KEY, found.get(EPOCH_KEY))
    entry = found.get(key)
    if entry is not None and entry[0] == epoch:
        return entry[1]
    lsp = read()
    if lsp is not None:  # unknown addresses are not cached: anyone can make those up
        cache.set(key, (epoch, lsp), timeout=_seconds())
    return lsp


def forget(user_ids) -> None:
    """Their role sets are read afresh: now, and again once this transaction commits."""
    if _seconds() <= 0:
        return  # nothing is cached
    user_ids = {user_id for user_id in user_ids if user_id is not None}
    if not user_ids:
        return

    def bump():
        cache.set_many(
            {_generation_key(user_id): uuid.uuid4().hex for user_id in user_ids},
            timeout=max(_seconds(), 1) * 4,
        )

    bump()
    transaction.on_commit(bump)


def forget_everyone() -> None:
    """Every role set and LSP row is read afresh: now, and again on commit."""
    new_epoch()
    transaction.on_commit(new_epoch)


def new_epoch() -> None:
    """Every entry cached so far is a miss from now on (also used between tests)."""
    cache.set(EPOCH_KEY, uuid.uuid4().hex, timeout=None)


# --- receivers: flush on every write ----------------------------------------


def _role_before_save(sender, instance, raw=False, **kwargs):
    # The admin can move a role to another person: the one who had it loses it now.
    if instance.pk and _seconds() > 0:
        before = sender.objects.filter(pk=instance.pk).values_list("user_id", flat=True)
        forget(before)


def _role_changed(sender, instance, **kwargs):
    forget([instance.user_id])


def _organisation_saved(sender, instance, **kwargs):
    from partnerships.models import Role

    if _seconds() > 0:
        forget(Role.objects.filter(organisation=instance).values_list("user_id", flat=True))


def _everyone(sender, **kwargs):
    forget_everyone()


def connect() -> None:
    from partnerships.models import LSP, Area, Organisation, Role

    pre_save.connect(_role_before_save, sender=Role, dispatch_uid="tenancy-role-before")
    post_save.connect(_role_changed, sender=Role, dispatch_uid="tenancy-role-saved")
    post_delete.connect(_role_changed, sender=Role, dispatch_uid="tenancy-role-deleted")
    post_save.connect(_organisation_saved, sender=Organisation, dispatch_uid="tenancy-org")
    for model in (LSP, Area):
        post_save.connect(_everyone, sender=model, dispatch_uid=f"tenancy-{model.__name__}")
        post_delete.connect(_everyone, sender=model, dispatch_uid=f"tenancy-{model.__name__}-del")
