"""What meetings decide: declarations of interest, decisions, minutes approval and the
forward plan of decisions still to come."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.forms import form_page, save_or_explain
from lsp_portal.history import history_of
from partnerships import selectors, services
from partnerships.forms import ConfirmForm, DecisionForm, DeclarationForm, PlannedDecisionForm
from partnerships.meeting_views import meeting_of
from partnerships.models import AgendaItem, Decision, PlannedDecision
from tenancy.access import get_for_lsp, lsp_view


def _meeting_url(request, meeting):
    return reverse("partnerships:meeting", args=[request.lsp.slug, meeting.pk])


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def declaration_new(request, item_id):
    item = get_for_lsp(
        AgendaItem.objects.select_related("meeting__partnership"), request.lsp, pk=item_id
    )
    form = DeclarationForm(request.POST or None, lsp=request.lsp, item=item)
    meeting_url = _meeting_url(request, item.meeting)
    return form_page(
        request,
        form,
        save=lambda: services.declaration_record(declaration=form.instance),
        done=f"{meeting_url}#item-{item.pk}",
        message="Declaration of interest recorded.",
        heading="Record a declaration of interest",
        caption=f"Item {item.order}: {item.title}",
        parent=str(item.meeting),
        parent_url=meeting_url,
    )


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def decision_new(request, meeting_id):
    meeting = meeting_of(request, meeting_id)
    return _decision_form(request, meeting, None)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def decision_edit(request, decision_id):
    decision = get_for_lsp(
        Decision.objects.select_related("meeting__partnership"), request.lsp, pk=decision_id
    )
    return _decision_form(request, decision.meeting, decision)


def _decision_form(request, meeting, decision):
    form = DecisionForm(request.POST or None, instance=decision, lsp=request.lsp, meeting=meeting)
    meeting_url = _meeting_url(request, meeting)
    return form_page(
        request,
        form,
        save=lambda: services.decision_save(
            decision=form.instance, planned=form.cleaned_data.get("planned")
        ),
        done=f"{meeting_url}#decisions",
        message="Decision saved.",
        heading="Change a decision" if decision else "Record a decision",
        caption=str(meeting),
        parent=str(meeting),
        parent_url=meeting_url,
        history=history_of(decision) if decision else None,
    )


@lsp_view(permissions.APPROVE_MINUTES)
@require_http_methods(["GET", "POST"])
def minutes_approve(request, meeting_id):
    """An executive member approves the minutes at the next meeting."""
    meeting = meeting_of(request, meeting_id)
    record = selectors.meeting_record(meeting=meeting, full=True)
    form = ConfirmForm(
        request.POST if request.method == "POST" else None, submit_label="Approve the minutes"
    )
    if request.method == "POST" and form.is_valid():
        approved = save_or_explain(
            form, lambda: services.minutes_approve(meeting=meeting, by=request.user)
        )
        if approved is not None:
            messages.success(request, "Minutes approved.")
            return redirect("partnerships:meeting", request.lsp.slug, meeting.pk)
    return render(
        request,
        "partnerships/minutes_approve.html",
        {
            "form": form,
            "meeting": meeting,
            "record": record,
            "next_meeting": selectors.next_meeting_of(meeting),
        },
    )


@lsp_view(permissions.VIEW_MEETINGS)
@require_GET
def forward_plan(request):
    today = timezone.localdate()
    return render(
        request,
        "partnerships/forward_plan.html",
        {
            "plan": selectors.forward_plan(
                lsp=request.lsp, user=request.user, access=request.lsp_access
            ),
            "today": today,
        },
    )


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def planned_decision_new(request):
    return _planned_decision_form(request, None)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def planned_decision_edit(request, planned_id):
    planned = get_for_lsp(PlannedDecision.objects.all(), request.lsp, pk=planned_id)
    return _planned_decision_form(request, planned)


def _planned_decision_form(request, planned):
    form = PlannedDecisionForm(
        request.POST or None, instance=planned, lsp=request.lsp, today=timezone.localdate()
    )
    return form_page(
        request,
        form,
        save=lambda: services.planned_decision_save(planned=form.instance),
        done=reverse("partnerships:forward-plan", args=[request.lsp.slug]),
        message="Forward plan updated.",
        heading="Change a planned decision" if planned else "Add a decision to the forward plan",
        parent="Forward plan",
        parent_url=reverse("partnerships:forward-plan", args=[request.lsp.slug]),
        history=history_of(planned) if planned else None,
    )
