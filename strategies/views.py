"""The strategy's pages: its versions, priorities, evidence, linked plans and adoption."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lsp_portal import permissions
from lsp_portal.forms import form_page
from lsp_portal.history import history_of
from strategies import selectors, services
from strategies.forms import (
    AdoptionForm,
    CommentForm,
    EqualityImpactForm,
    EvidenceForm,
    LinkedPlanForm,
    PriorityForm,
    StrategyForm,
)
from strategies.models import LinkedPlan, Priority
from tenancy.access import get_for_lsp, lsp_view


def _strategy(request, strategy_id):
    return selectors.strategy_for(
        lsp=request.lsp, access=request.lsp_access, strategy_id=strategy_id
    )


def _strategy_url(request, strategy):
    return reverse("strategies:strategy", args=[request.lsp.slug, strategy.pk])


@lsp_view(permissions.VIEW_LSP)
@require_GET
def strategy_home(request):
    versions = selectors.strategies_visible(lsp=request.lsp, access=request.lsp_access)
    adopted = selectors.adopted_strategy(lsp=request.lsp)
    return render(
        request,
        "strategies/home.html",
        {"versions": versions, "adopted": adopted},
    )


@lsp_view(permissions.VIEW_LSP)
@require_GET
def strategy_detail(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    can_manage = request.lsp_access.can(permissions.MANAGE_STRATEGY)
    return render(
        request,
        "strategies/strategy.html",
        {
            "strategy": strategy,
            "priorities": selectors.priorities_of(strategy),
            "linked_plans": selectors.linked_plans_of(strategy),
            "district_strategies": selectors.district_strategies(lsp=request.lsp)
            if request.lsp.level == request.lsp.Level.COUNTY
            else [],
            "assessment": selectors.equality_impact_of(strategy),
            # Comments shape a draft: for those who read drafts, never MPs or the public.
            "comments": strategy.comments.select_related("author")
            if request.lsp_access.can(permissions.VIEW_STRATEGY_DRAFTS)
            else None,
            "comment_form": _comment_form(request, strategy),
            "editable": strategy.is_editable and can_manage,
            "history": history_of(strategy) if can_manage else None,
        },
    )


def _comment_form(request, strategy, data=None):
    if not (strategy.is_editable and request.lsp_access.can(permissions.COMMENT_ON_STRATEGY)):
        return None
    form = CommentForm(data)
    form.helper.form_action = reverse(
        "strategies:strategy-comment", args=[request.lsp.slug, strategy.pk]
    )
    return form


@lsp_view(permissions.COMMENT_ON_STRATEGY)
@require_http_methods(["GET", "POST"])
def strategy_comment(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    form = CommentForm(request.POST or None)
    return form_page(
        request,
        form,
        save=lambda: services.strategy_comment(
            strategy=strategy, text=form.cleaned_data["text"], by=request.user
        ),
        done=f"{_strategy_url(request, strategy)}#comments",
        message="Comment added.",
        heading="Comment on this version",
        caption=f"{strategy.title}, version {strategy.version}",
        parent=f"Version {strategy.version}",
        parent_url=_strategy_url(request, strategy),
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def strategy_new(request):
    form = StrategyForm(request.POST or None, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.strategy_save(strategy=form.instance),
        done=reverse("strategies:home", args=[request.lsp.slug]),
        message="Strategy started. Add its priorities next.",
        heading="Start a Sustainable Community Strategy",
        parent="Strategy",
        parent_url=reverse("strategies:home", args=[request.lsp.slug]),
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def strategy_edit(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    if not strategy.is_editable:
        return render(request, "strategies/frozen.html", {"strategy": strategy})
    form = StrategyForm(request.POST or None, instance=strategy, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.strategy_save(strategy=form.instance),
        done=_strategy_url(request, strategy),
        message="Strategy saved.",
        heading=f"Change version {strategy.version}",
        caption=strategy.title,
        parent=f"Version {strategy.version}",
        parent_url=_strategy_url(request, strategy),
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_POST
def strategy_new_draft(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    draft = services.strategy_new_draft(strategy=strategy)
    messages.success(
        request, f"Version {draft.version} is a new draft, copied from version {strategy.version}."
    )
    return redirect("strategies:strategy", request.lsp.slug, draft.pk)


@lsp_view(permissions.MANAGE_STRATEGY)
@require_POST
def strategy_consultation(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    try:
        services.strategy_send_to_consultation(strategy=strategy)
        messages.success(request, "The draft is out to consultation.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("strategies:strategy", request.lsp.slug, strategy.pk)


@lsp_view(permissions.MANAGE_STRATEGY)
@require_POST
def strategy_refresh(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    try:
        services.strategy_record_refresh(strategy=strategy, on=timezone.localdate())
        messages.success(request, "This year's refresh is recorded; the next is due in a year.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("strategies:strategy", request.lsp.slug, strategy.pk)


@lsp_view(permissions.ADOPT_STRATEGY)
@require_http_methods(["GET", "POST"])
def strategy_adopt(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    form = AdoptionForm(request.POST or None, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.strategy_adopt(
            strategy=strategy,
            decision=form.cleaned_data["decision"],
            adopted_on=form.cleaned_data["adopted_on"],
            by=request.user,
        ),
        done=_strategy_url(request, strategy),
        message=f"Version {strategy.version} is adopted and published.",
        heading=f"Adopt version {strategy.version}",
        caption=strategy.title,
        lead="Once adopted this version is frozen and published. Any later change starts a "
        "new draft version.",
        parent=f"Version {strategy.version}",
        parent_url=_strategy_url(request, strategy),
    )


@lsp_view(permissions.VIEW_LSP)
@require_GET
def strategy_compare(request):
    visible = selectors.strategies_visible(lsp=request.lsp, access=request.lsp_access)
    versions = list(visible)
    chosen = {v.pk: v for v in versions}
    try:
        before = chosen[int(request.GET.get("before", 0))]
        after = chosen[int(request.GET.get("after", 0))]
    except (KeyError, ValueError):
        before = after = None
    rows = selectors.compare(before, after) if before and after else None
    return render(
        request,
        "strategies/compare.html",
        {"versions": versions, "before": before, "after": after, "rows": rows},
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def priority_new(request, strategy_id):
    return _priority_form(request, _strategy(request, strategy_id), None)


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def priority_edit(request, priority_id):
    priority = get_for_lsp(Priority.objects.select_related("strategy"), request.lsp, pk=priority_id)
    return _priority_form(request, priority.strategy, priority)


def _priority_form(request, strategy, priority):
    initial = {} if priority else {"order": strategy.priorities.count() + 1}
    form = PriorityForm(
        request.POST or None, instance=priority, initial=initial, lsp=request.lsp, strategy=strategy
    )
    return form_page(
        request,
        form,
        save=lambda: services.priority_save(
            priority=form.instance, links=form.cleaned_data.get("links")
        ),
        done=_strategy_url(request, strategy),
        message="Priority saved.",
        heading="Change a priority" if priority else "Add a priority",
        caption=f"{strategy.title}, version {strategy.version}",
        parent=f"Version {strategy.version}",
        parent_url=_strategy_url(request, strategy),
        history=history_of(priority) if priority else None,
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def evidence_new(request, priority_id):
    priority = get_for_lsp(Priority.objects.select_related("strategy"), request.lsp, pk=priority_id)
    form = EvidenceForm(request.POST or None, lsp=request.lsp, priority=priority)
    strategy_url = _strategy_url(request, priority.strategy)
    return form_page(
        request,
        form,
        save=lambda: services.evidence_save(evidence=form.instance),
        done=f"{strategy_url}#priority-{priority.pk}",
        message="Evidence added.",
        heading="Add evidence",
        caption=f"Priority {priority.order}: {priority.title}",
        parent=f"Version {priority.strategy.version}",
        parent_url=strategy_url,
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def linked_plan_new(request, strategy_id):
    return _linked_plan_form(request, _strategy(request, strategy_id), None)


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def linked_plan_edit(request, plan_id):
    plan = get_for_lsp(LinkedPlan.objects.select_related("strategy"), request.lsp, pk=plan_id)
    return _linked_plan_form(request, plan.strategy, plan)


def _linked_plan_form(request, strategy, plan):
    form = LinkedPlanForm(request.POST or None, instance=plan, lsp=request.lsp, strategy=strategy)
    strategy_url = _strategy_url(request, strategy)
    return form_page(
        request,
        form,
        save=lambda: services.linked_plan_save(
            plan=form.instance, priorities=form.cleaned_data["priorities"]
        ),
        done=f"{strategy_url}#linked-plans",
        message="Linked plan saved.",
        heading="Change a linked plan" if plan else "Add a linked plan",
        caption=f"{strategy.title}, version {strategy.version}",
        parent=f"Version {strategy.version}",
        parent_url=strategy_url,
        history=history_of(plan) if plan else None,
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_strategy(request):
    strategy = selectors.adopted_strategy(lsp=request.lsp)
    return render(
        request,
        "strategies/public.html",
        {
            "strategy": strategy,
            "priorities": selectors.priorities_of(strategy) if strategy else [],
            "pdf_ready": strategy is not None and selectors.published_pdf(strategy) is not None,
        },
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_strategy_pdf(request):
    strategy = selectors.adopted_strategy(lsp=request.lsp)
    document = selectors.published_pdf(strategy) if strategy else None
    if document is None:
        raise Http404("The strategy's PDF is not ready")
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=f"{request.lsp.slug}-sustainable-community-strategy.pdf",
        content_type="application/pdf",
    )


@lsp_view(permissions.VIEW_STRATEGY_DRAFTS)
@require_GET
def districts(request):
    """Two-tier: the county's priorities beside its districts', mapped or not."""
    if request.lsp.level != request.lsp.Level.COUNTY:
        raise Http404("Only a county LSP has district priorities to compare")
    county, rows = selectors.districts_beside_county(lsp=request.lsp)
    return render(
        request,
        "strategies/districts.html",
        {"county": county, "districts": rows},
    )


@lsp_view(permissions.MANAGE_STRATEGY)
@require_http_methods(["GET", "POST"])
def equality_impact(request, strategy_id):
    strategy = _strategy(request, strategy_id)
    assessment = selectors.equality_impact_of(strategy)
    form = EqualityImpactForm(
        request.POST or None, instance=assessment, lsp=request.lsp, strategy=strategy
    )
    return form_page(
        request,
        form,
        save=lambda: services.equality_impact_save(assessment=form.instance),
        done=f"{_strategy_url(request, strategy)}#equality-impact",
        message="Equality impact assessment saved.",
        heading="Equality impact assessment",
        caption=f"{strategy.title}, version {strategy.version}",
        parent=f"Version {strategy.version}",
        parent_url=_strategy_url(request, strategy),
        history=history_of(assessment) if assessment else None,
    )
