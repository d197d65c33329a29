"""What anyone may read without signing in: the published structure, public meetings with
their non-confidential papers and approved minutes, calendar feeds and open data.

Every page here is built from ``selectors.public_meetings`` and ``meeting_record(full=False)``,
so a private meeting or a confidential item cannot reach the public by another road.
"""

import json
from datetime import timedelta

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from lsp_portal import permissions
from lsp_portal.downloads import csv_response
from partnerships import open_data, selectors
from partnerships.calendars import meetings_calendar
from partnerships.models import Partnership
from tenancy.access import get_for_lsp, lsp_view

# Feeds carry a year of past meetings and everything to come.
FEED_HISTORY = timedelta(days=365)


@lsp_view(permissions.PUBLIC)
@require_GET
def public_home(request):
    today = timezone.localdate()
    return render(
        request,
        "partnerships/public/home.html",
        {"roots": selectors.published_structure(lsp=request.lsp, today=today)},
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_meetings(request):
    meetings = selectors.public_meetings(lsp=request.lsp)
    now = timezone.now()
    return render(
        request,
        "partnerships/public/meetings.html",
        {
            "coming": meetings.filter(starts_at__gte=now).order_by("starts_at")[:50],
            "recent": meetings.filter(starts_at__lt=now).order_by("-starts_at")[:50],
        },
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_meeting(request, meeting_id):
    meeting = get_for_lsp(
        selectors.public_meetings(lsp=request.lsp).select_related("minutes_approved_at_meeting"),
        request.lsp,
        pk=meeting_id,
    )
    return render(
        request,
        "partnerships/public/meeting.html",
        {
            "meeting": meeting,
            "record": selectors.meeting_record(meeting=meeting, full=False),
            "packs": selectors.published_packs(lsp=request.lsp).filter(meeting=meeting),
        },
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_paper(request, item_id):
    item = get_for_lsp(
        selectors.public_items(lsp=request.lsp),
        request.lsp,
        pk=item_id,
    )
    if not item.paper:
        raise Http404
    return FileResponse(item.paper.open("rb"), as_attachment=True, filename=item.paper_name)


def _calendar_response(request, meetings, name):
    def url_for(meeting):
        return request.build_absolute_uri(
            reverse("partnerships:public-meeting", args=[request.lsp.slug, meeting.pk])
        )

    since = timezone.now() - FEED_HISTORY
    meetings = meetings.filter(starts_at__gte=since).order_by("starts_at")
    return HttpResponse(
        meetings_calendar(meetings, name=name, url_for=url_for),
        content_type="text/calendar; charset=utf-8",
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_calendar(request):
    return _calendar_response(
        request, selectors.public_meetings(lsp=request.lsp), f"{request.lsp.name} meetings"
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_partnership_calendar(request, partnership_id):
    partnership = get_for_lsp(Partnership.objects.all(), request.lsp, pk=partnership_id)
    return _calendar_response(
        request,
        selectors.public_meetings(lsp=request.lsp).filter(partnership=partnership),
        f"{partnership.name} meetings",
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def open_data_index(request):
    return render(request, "partnerships/public/open_data.html")


@lsp_view(permissions.PUBLIC)
@require_GET
def open_data_popolo(request):
    document = open_data.popolo_of(request.lsp)
    response = HttpResponse(
        json.dumps(document, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{request.lsp.slug}-popolo.json"'
    return response


@lsp_view(permissions.PUBLIC)
@require_GET
def open_data_csv(request, dataset):
    builders = {
        "memberships": lambda: open_data.memberships_csv(request.lsp, today=timezone.localdate()),
        "organisations": lambda: open_data.organisations_csv(request.lsp),
        "meetings": lambda: open_data.meetings_csv(request.lsp),
    }
    if dataset not in builders:
        raise Http404
    header, rows = builders[dataset]()
    return csv_response(f"{request.lsp.slug}-{dataset}.csv", header, rows)
