"""The portal's URLs plus three pages that do nothing, for ``benchmark_request_floor.py``.

Mounted only by ``benchmark_floor_settings``; the portal's own urlconf never has them.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

from lsp_portal import permissions
from lsp_portal.urls import urlpatterns as portal_urls
from tenancy.access import lsp_view


def bare(request):
    """Django's floor: the middleware stack, no session read, no user, no LSP."""
    return HttpResponse("")


@lsp_view(permissions.VIEW_LAA)
def noop(request):
    """The portal's floor: session, user, the LSP and the person's roles there."""
    return HttpResponse("")


@lsp_view(permissions.VIEW_LAA)
def empty_page(request):
    """The floor of a page: the layout, with its header's partnership switcher."""
    return render(request, "base.html")


urlpatterns = [
    path("__bench__/bare/", bare, name="bench-bare"),
    path("<slug:lsp_slug>/__bench__/noop/", noop, name="bench-noop"),
    path("<slug:lsp_slug>/__bench__/page/", empty_page, name="bench-page"),
    *portal_urls,
]
