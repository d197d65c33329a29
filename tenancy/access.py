"""The one way a request finds its LSP.

Every page of an LSP lives under ``/<lsp_slug>/`` and its view is wrapped in
``lsp_view(capability)``. The wrapper resolves the LSP from the URL (never from the
session), works out what the signed-in person may do there (``LSPAccess``), refuses
people without the capability (a sign-in redirect for the public, 403 for a signed-in
person) and leaves ``request.lsp`` and ``request.lsp_access`` for the view. Views then
read through selectors that take the LSP, and look objects up with ``get_for_lsp`` so
that another LSP's object is a 404, the same as one that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404

from lsp_portal import permissions
from tenancy.caches import lsp_and_role_set, lsp_by_slug, role_set_of


@dataclass(frozen=True)
class LSPAccess:
    """What one person may do in one LSP, worked out once per request."""

    roles: frozenset[str] = frozenset()

    def can(self, capability: str) -> bool:
        if capability == permissions.PUBLIC:
            return True
        return bool(self.roles & permissions.roles_with(capability))

    def has_role(self, role: str) -> bool:
        return role in self.roles

    @property
    def capabilities(self) -> frozenset[str]:
        """Every capability held here; templates show links from this, never decide access."""
        return frozenset(
            name for name, roles in permissions.CAPABILITY_ROLES.items() if self.roles & roles
        )


def access_for(user, lsp) -> LSPAccess:
    """What the person may do in this LSP, from their current roles there."""
    if not user.is_authenticated:
        return LSPAccess()
    return LSPAccess(roles=role_set_of(user).roles_in(lsp))


def role_set_of_request(request):
    """The signed-in person's current roles in every LSP, read once per request: the
    tenancy check and the header's partnership switcher share it. Between requests it is
    cached and flushed on every role written (``tenancy.caches``). None for the
    public."""
    if not request.user.is_authenticated:
        return None
    if getattr(request, "_role_set", None) is None:
        request._role_set = role_set_of(request.user)
    return request._role_set


def resolve_lsp(request, lsp_slug: str, capability: str):
    """Find the LSP named in the URL; return a refusal for anyone without ``capability``."""
    if request.user.is_authenticated and getattr(request, "_role_set", None) is None:
        # The LSP and the person's roles come from the cache in one round trip.
        lsp, request._role_set = lsp_and_role_set(lsp_slug, request.user)
    else:
        lsp = lsp_by_slug(lsp_slug)
    if lsp is None:
        raise Http404("No such partnership")
    role_set = role_set_of_request(request)
    # Only the roles held in the LSP of the URL count, whatever else the person holds.
    access = LSPAccess(roles=role_set.roles_in(lsp)) if role_set else LSPAccess()
    request.lsp = lsp
    request.lsp_access = access
    if not access.can(capability):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    return None


def lsp_view(capability: str):
    """Wrap a view of an LSP page; ``capability`` comes from ``lsp_portal.permissions``."""
    permissions.roles_with(capability)  # fail at import time on a misspelt capability

    def decorator(view):
        @wraps(view)
        def wrapped(request, lsp_slug, *args, **kwargs):
            refusal = resolve_lsp(request, lsp_slug, capability)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        wrapped.lsp_capability = capability
        return wrapped

    return decorator


def get_for_lsp(queryset: models.QuerySet, lsp, **lookups):
    """One object of this LSP, or 404 — whether it is missing or belongs to another LSP."""
    try:
        return queryset.for_lsp(lsp).get(**lookups)
    except (queryset.model.DoesNotExist, ValueError):
        raise Http404 from None
