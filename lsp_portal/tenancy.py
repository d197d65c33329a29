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

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404

from lsp_portal import permissions


class LSPQuerySet(models.QuerySet):
    def for_lsp(self, lsp):
        return self.filter(lsp=lsp)


class LSPOwned(models.Model):
    """Base of every row that belongs to one LSP.

    Indexes lead with ``lsp`` because every query of the portal is scoped by it.
    """

    lsp = models.ForeignKey(
        "partnerships.LSP", on_delete=models.PROTECT, related_name="%(app_label)s_%(class)s_set"
    )

    objects = LSPQuerySet.as_manager()

    class Meta:
        abstract = True


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
    from partnerships.selectors import current_roles_in

    if not user.is_authenticated:
        return LSPAccess()
    return LSPAccess(roles=frozenset(role.role for role in current_roles_in(lsp=lsp, user=user)))


def resolve_lsp(request, lsp_slug: str, capability: str):
    """Find the LSP named in the URL; return a refusal for anyone without ``capability``."""
    from partnerships.models import LSP

    try:
        lsp = LSP.objects.select_related("area", "county_lsp").get(slug=lsp_slug)
    except LSP.DoesNotExist:
        raise Http404("No such partnership") from None
    access = access_for(request.user, lsp)
    request.lsp = lsp
    request.lsp_access = access
    if not access.can(capability):
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

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
