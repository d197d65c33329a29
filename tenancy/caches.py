"""What every request needs to know about tenancy, kept in the cache between requests.

Two things are cached, and only when ``settings.TENANCY_CACHE_SECONDS`` is above 0 (the
default when a shared cache, Redis, is configured; see settings):

- a person's current roles in every LSP (``RoleSet``), read in one query that serves both
  the tenancy check and the header's partnership switcher;
- an LSP's row by slug, as ``resolve_lsp`` reads it.

Neither entry decides anything on its own. The LSP still comes from the URL, and access
in an LSP is the roles the entry lists under that LSP's id. The signed-in person is
cached the same way by ``accounts.backends.UserBackend`` and flushed on every save of
them, so a deactivated account is refused on its next request.

Invalidation (``lsp_portal.cache``): every entry is stored with the generations it was
read under, and a write replaces the generation, so an entry read before the write (even
one written back to the cache after it by a slower request) is never used again. A page
reads the LSP of its URL and the person's role set in one round trip.

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

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from lsp_portal import cache
from tenancy import selectors
from tenancy.models import LSP, Area, Organisation, Role

# Bump when the shape of a cached entry changes or its class moves, so a deploy never
# reads what an older release cached.
VERSION = "v3"  # v3: LSP and RoleSet moved to tenancy (issue 11)
EPOCH_KEY = f"tenancy:{VERSION}:epoch"


def enabled() -> bool:
    return cache.enabled()


def _generation_key(user_id) -> str:
    return f"tenancy:{VERSION}:user:{user_id}:generation"


def _role_set_entry(user) -> cache.Entry:
    return cache.Entry(
        key=f"tenancy:{VERSION}:user:{user.pk}:roles",
        generations=(EPOCH_KEY, _generation_key(user.pk)),
        read=lambda: selectors.roles_everywhere(user=user),
    )


def _lsp_entry(slug: str) -> cache.Entry:
    return cache.Entry(
        key=f"tenancy:{VERSION}:lsp:{slug}",
        generations=(EPOCH_KEY,),
        read=lambda: LSP.objects.select_related("area", "county_lsp").filter(slug=slug).first(),
        # Unknown addresses are not kept: anyone can make those up.
        keep=lambda lsp: lsp is not None,
    )


def role_set_of(user):
    """The person's current roles in every LSP (``tenancy.selectors.RoleSet``)."""
    return cache.read_through(_role_set_entry(user))[0]


def lsp_by_slug(slug: str):
    """The LSP with this address (with its area and county), or None."""
    return cache.read_through(_lsp_entry(slug))[0]


def lsp_and_role_set(slug: str, user):
    """The LSP of the URL and the signed-in person's role set, in one round trip."""
    return cache.read_through(_lsp_entry(slug), _role_set_entry(user))


def forget(user_ids) -> None:
    """Their role sets are read afresh: now, and again once this transaction commits."""
    cache.renew(_generation_key(user_id) for user_id in set(user_ids) if user_id is not None)


def forget_everyone() -> None:
    """Every role set and LSP row is read afresh: now, and again on commit."""
    cache.renew([EPOCH_KEY])


def new_epoch() -> None:
    """Every entry cached so far is a miss from now on (used between tests)."""
    from django.core.cache import cache as django_cache

    django_cache.set(EPOCH_KEY, uuid.uuid4().hex, timeout=None)


# --- receivers: flush on every write ----------------------------------------


def _role_before_save(sender, instance, raw=False, **kwargs):
    # The admin can move a role to another person: the one who had it loses it now.
    if instance.pk and enabled():
        before = sender.objects.filter(pk=instance.pk).values_list("user_id", flat=True)
        forget(before)


def _role_changed(sender, instance, **kwargs):
    forget([instance.user_id])


def _organisation_saved(sender, instance, **kwargs):
    if enabled():
        forget(Role.objects.filter(organisation=instance).values_list("user_id", flat=True))


def _everyone(sender, **kwargs):
    forget_everyone()


def connect() -> None:
    pre_save.connect(_role_before_save, sender=Role, dispatch_uid="tenancy-role-before")
    post_save.connect(_role_changed, sender=Role, dispatch_uid="tenancy-role-saved")
    post_delete.connect(_role_changed, sender=Role, dispatch_uid="tenancy-role-deleted")
    post_save.connect(_organisation_saved, sender=Organisation, dispatch_uid="tenancy-org")
    # Before: once deleted, its roles no longer point at it.
    pre_delete.connect(_organisation_saved, sender=Organisation, dispatch_uid="tenancy-org-del")
    for model in (LSP, Area):
        post_save.connect(_everyone, sender=model, dispatch_uid=f"tenancy-{model.__name__}")
        post_delete.connect(_everyone, sender=model, dispatch_uid=f"tenancy-{model.__name__}-del")
