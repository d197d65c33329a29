"""Neighbourhood and parish plans: submitted by partners, each issue traced to a priority
or marked not taken up, so the strategy shows where neighbourhood voices went."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.forms import form_page, save_or_explain
from strategies import selectors, services
from strategies.forms import NeighbourhoodPlanForm, PlanIssueForm
from strategies.models import NeighbourhoodPlan, PlanIssue
from strategies.permissions import organisations_for
from tenancy.access import get_for_lsp, lsp_view


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def plan_list(request):
    return render(
        request,
        "strategies/plan_list.html",
        {"plans": selectors.neighbourhood_plans(lsp=request.lsp)},
    )


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def plan_detail(request, neighbourhood_plan_id):
    plan = get_for_lsp(
        NeighbourhoodPlan.objects.select_related("organisation", "submitted_by"),
        request.lsp,
        pk=neighbourhood_plan_id,
    )
    issues = plan.issues.select_related("priority__strategy")
    return render(request, "strategies/plan_detail.html", {"plan": plan, "issues": issues})


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def plan_document(request, neighbourhood_plan_id):
    plan = get_for_lsp(NeighbourhoodPlan.objects.all(), request.lsp, pk=neighbourhood_plan_id)
    if not plan.document:
        raise Http404
    return FileResponse(plan.document.open("rb"), as_attachment=True, filename=plan.document_name)


@lsp_view(permissions.CONTRIBUTE_TO_STRATEGY)
@require_http_methods(["GET", "POST"])
def plan_new(request):
    form = NeighbourhoodPlanForm(
        request.POST or None,
        request.FILES or None,
        lsp=request.lsp,
        organisations=organisations_for(
            user=request.user, access=request.lsp_access, lsp=request.lsp
        ),
    )
    if request.method == "POST" and form.is_valid():
        plan = save_or_explain(
            form,
            lambda: services.neighbourhood_plan_submit(
                plan=form.instance,
                issues=form.issue_lines(),
                document=request.FILES.get("document"),
                by=request.user,
            ),
        )
        if plan is not None:
            messages.success(
                request, "Plan submitted. The coordinator will say where each issue goes."
            )
            return redirect("strategies:plan", request.lsp.slug, plan.pk)
    return render(request, "strategies/plan_form.html", {"form": form})


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def plan_issue_decide(request, issue_id):
    issue = get_for_lsp(PlanIssue.objects.select_related("plan"), request.lsp, pk=issue_id)
    form = PlanIssueForm(
        request.POST or None,
        instance=issue,
        priorities=selectors.current_priorities(lsp=request.lsp),
    )
    plan_url = reverse("strategies:plan", args=[request.lsp.slug, issue.plan_id])
    return form_page(
        request,
        form,
        save=lambda: services.plan_issue_decide(issue=form.instance),
        done=plan_url,
        message="Saved where the issue goes.",
        heading="Where does this issue go?",
        caption=issue.text,
        parent=issue.plan.title,
        parent_url=plan_url,
    )
