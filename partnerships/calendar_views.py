"""A person's own meetings calendar: every meeting they may open, in every LSP they
have a role in, behind a secret address they can reset."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.selectors import account_for_calendar_token
from accounts.services import calendar_token_reset
from partnerships import selectors
from partnerships.calendars import meetings_calendar
from partnerships.public_views import FEED_HISTORY


@login_required
@require_GET
def calendar(request):
    token = request.user.calendar_token
    feed_url = (
        request.build_absolute_uri(reverse("partnerships:calendar-feed", args=[token]))
        if token
        else None
    )
    return render(request, "partnerships/calendar.html", {"feed_url": feed_url})


@login_required
@require_POST
def calendar_reset(request):
    had_one = bool(request.user.calendar_token)
    calendar_token_reset(user=request.user)
    if had_one:
        messages.success(request, "Your calendar has a new address. The old one no longer works.")
    else:
        messages.success(request, "Your calendar address is ready.")
    return redirect("partnerships:calendar")


@require_GET
def calendar_feed(request, token):
    """The secret address is the only credential: calendar programs cannot sign in."""
    user = account_for_calendar_token(token)
    if user is None:
        raise Http404
    since = timezone.now() - FEED_HISTORY

    def url_for(meeting):
        return request.build_absolute_uri(
            reverse("partnerships:meeting", args=[meeting.lsp.slug, meeting.pk])
        )

    meetings = selectors.calendar_meetings(user=user, since=since)
    body = meetings_calendar(meetings, name=f"Meetings for {user.full_name}", url_for=url_for)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response
