"""The one way a page shows work still running in the background: it reloads itself
without JavaScript (an HTTP Refresh header) until the work ends or the person turns that
off (WCAG 2.2.1: timing they can control)."""

from django.shortcuts import render

# Seconds between a progress page's own refreshes.
REFRESH_SECONDS = 3


def progress_page(request, template: str, context: dict, *, active: bool):
    refreshing = active and request.GET.get("refresh") != "off"
    response = render(
        request,
        template,
        context | {"refreshing": refreshing, "refresh_seconds": REFRESH_SECONDS},
    )
    if refreshing:
        response["Refresh"] = str(REFRESH_SECONDS)
    return response
