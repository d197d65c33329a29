"""The engagement diary: who is asking which communities what, and when."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.forms import save_or_explain
from lsp_portal.history import history_of
from partnerships.calendars import CalendarEntry, calendar_of, whole_days
from strategies import selectors, services
from strategies.forms import EngagementActivityForm
from strategies.models import EngagementActivity
from strategies.permissions import can_change_for, diary_checker, organisations_for
from tenancy.access import get_for_lsp, lsp_view


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def engagement_list(request):
    today = timezone.localdate()
    activities = selectors.engagement_of(lsp=request.lsp)
    checker = _checker(request)
    return render(
        request,
        "strategies/engagement_list.html",
        {
            "coming": _marked(activities.filter(ends_on__gte=today)[:100], checker),
            "past": _marked(
                activities.filter(ends_on__lt=today).order_by("-starts_on")[:20], checker
            ),
            "today": today,
        },
    )


def _checker(request):
    return diary_checker(user=request.user, access=request.lsp_access, lsp=request.lsp)


def _marked(activities, checker) -> list:
    """The activities, each told whether this person may edit it: the edit view's own
    answer, so the page links to the form only where the form will open."""
    activities = list(activities)
    for activity in activities:
        activity.editable = checker.can_edit(activity.organiser_id)
    return activities


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def engagement_month(request, year, month):
    if not (1 <= month <= 12 and 1990 <= year <= 2100):
        raise Http404
    first = date(year, month, 1)
    previous = date(year - 1, 12, 1) if month == 1 else date(year, month - 1, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return render(
        request,
        "strategies/engagement_month.html",
        {
            "weeks": selectors.month_of(lsp=request.lsp, year=year, month=month),
            "first": first,
            "previous": previous,
            "following": following,
        },
    )


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def engagement_calendar(request):
    checker = _checker(request)

    def entry(activity):
        starts, ends = whole_days(activity.starts_on, activity.ends_on)
        if checker.can_edit(activity.organiser_id):
            url = reverse("strategies:engagement-edit", args=[request.lsp.slug, activity.pk])
        else:
            url = reverse(
                "strategies:engagement-month",
                args=[request.lsp.slug, activity.starts_on.year, activity.starts_on.month],
            )
        return CalendarEntry(
            uid=f"engagement-{activity.pk}@lsp-portal",
            summary=f"{activity.get_kind_display()}: {activity.title} ({activity.organiser.name})",
            starts=starts,
            ends=ends,
            location=activity.areas or request.lsp.area.name,
            url=request.build_absolute_uri(url),
            changed_at=activity.updated_at,
        )

    activities = selectors.engagement_of(lsp=request.lsp)
    body = calendar_of(map(entry, activities), name=f"{request.lsp.name} engagement diary")
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@lsp_view(permissions.CONTRIBUTE_TO_STRATEGY)
@require_http_methods(["GET", "POST"])
def engagement_new(request):
    return _engagement_form(request, None)


@lsp_view(permissions.CONTRIBUTE_TO_STRATEGY)
@require_http_methods(["GET", "POST"])
def engagement_edit(request, activity_id):
    activity = get_for_lsp(
        EngagementActivity.objects.select_related("organiser"), request.lsp, pk=activity_id
    )
    if not can_change_for(
        user=request.user, access=request.lsp_access, organisation=activity.organiser
    ):
        raise PermissionDenied
    return _engagement_form(request, activity)


def _engagement_form(request, activity):
    form = EngagementActivityForm(
        request.POST or None,
        instance=activity,
        lsp=request.lsp,
        organisations=organisations_for(
            user=request.user, access=request.lsp_access, lsp=request.lsp
        ),
        priorities=selectors.current_priorities(lsp=request.lsp),
    )
    if request.method == "POST" and form.is_valid():
        if not form.warn_about(selectors.overlapping(form.instance)):
            saved = save_or_explain(
                form,
                lambda: services.engagement_save(
                    activity=form.instance,
                    priorities=form.cleaned_data["priorities"],
                    by=request.user,
                ),
            )
            if saved is not None:
                messages.success(request, f"“{saved.title}” is in the diary.")
                return redirect("strategies:engagement", request.lsp.slug)
    return render(
        request,
        "strategies/engagement_form.html",
        {
            "form": form,
            "activity": activity,
            "history": history_of(activity)
            if activity and request.lsp_access.can(permissions.MANAGE_STRATEGY)
            else None,
        },
    )
