"""The action log: what meetings asked people to do, and their progress."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.actions import CLOSED
from lsp_portal.forms import ActionUpdateForm, form_page
from lsp_portal.history import history_of
from partnerships import selectors, services
from partnerships.forms import MeetingActionForm
from partnerships.meeting_views import meeting_of
from partnerships.models import MeetingAction
from partnerships.permissions import can_update_action
from tenancy.access import get_for_lsp, lsp_view

ACTIONS_PER_PAGE = 50
SHOWN = {"open": "Open", "overdue": "Overdue", "closed": "Done or dropped", "all": "All"}


@lsp_view(permissions.VIEW_ACTION_LOG)
@require_GET
def action_log(request):
    shown = request.GET.get("show", "open")
    if shown not in SHOWN:
        shown = "open"
    today = timezone.localdate()
    actions = selectors.actions_visible(
        lsp=request.lsp, user=request.user, access=request.lsp_access
    )
    actions = {
        "open": actions.exclude(status__in=CLOSED),
        "overdue": actions.exclude(status__in=CLOSED).filter(due_on__lt=today),
        "closed": actions.filter(status__in=CLOSED),
        "all": actions,
    }[shown]
    page = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "partnerships/action_log.html",
        {
            "actions": page.object_list,
            "page": page,
            "shown": shown,
            "shown_label": f"{SHOWN[shown]} actions",
            "choices": SHOWN,
            "today": today,
        },
    )


def _visible_action(request, action_id):
    return get_for_lsp(
        selectors.actions_visible(lsp=request.lsp, user=request.user, access=request.lsp_access),
        request.lsp,
        pk=action_id,
    )


@lsp_view(permissions.VIEW_ACTION_LOG)
@require_GET
def action_detail(request, action_id):
    action = _visible_action(request, action_id)
    can_update = can_update_action(user=request.user, access=request.lsp_access, action=action)
    form = None
    if can_update:
        form = ActionUpdateForm(action=action)
        form.helper.form_action = reverse(
            "partnerships:action-update", args=[request.lsp.slug, action.pk]
        )
    return render(
        request,
        "partnerships/action_detail.html",
        {
            "action": action,
            "updates": action.updates.select_related("by"),
            "today": timezone.localdate(),
            "can_update": can_update,
            "form": form,
            "history": history_of(action)
            if request.lsp_access.can(permissions.MANAGE_MEETINGS)
            else None,
        },
    )


@lsp_view(permissions.VIEW_ACTION_LOG)
@require_http_methods(["GET", "POST"])
def action_update(request, action_id):
    """Coordinators and the action's owner post progress."""
    action = _visible_action(request, action_id)
    if not can_update_action(user=request.user, access=request.lsp_access, action=action):
        raise PermissionDenied
    form = ActionUpdateForm(request.POST or None, action=action)
    detail_url = reverse("partnerships:action", args=[request.lsp.slug, action.pk])
    return form_page(
        request,
        form,
        save=lambda: services.meeting_action_report(
            action=action,
            text=form.cleaned_data["text"],
            status=form.cleaned_data["status"],
            by=request.user,
        ),
        done=detail_url,
        message="Update posted.",
        heading="Post an update",
        caption=action.description[:120],
        parent="Action",
        parent_url=detail_url,
    )


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def action_new(request, meeting_id):
    meeting = meeting_of(request, meeting_id)
    return _action_form(request, meeting, None)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def action_edit(request, action_id):
    action = get_for_lsp(
        MeetingAction.objects.select_related("meeting__partnership"), request.lsp, pk=action_id
    )
    return _action_form(request, action.meeting, action)


def _action_form(request, meeting, action):
    form = MeetingActionForm(
        request.POST or None, instance=action, lsp=request.lsp, meeting=meeting
    )
    meeting_url = reverse("partnerships:meeting", args=[request.lsp.slug, meeting.pk])
    return form_page(
        request,
        form,
        save=lambda: services.meeting_action_save(action=form.instance),
        done=f"{meeting_url}#actions",
        message="Action saved.",
        heading="Change an action" if action else "Add to the action log",
        caption=str(meeting),
        parent=str(meeting),
        parent_url=meeting_url,
        history=history_of(action) if action else None,
    )
