"""The joint SCS/LAA action plan, each organisation's accountability page, and exception
commentary."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from guardian.shortcuts import get_objects_for_user

from laa import organisation_panels, selectors, services
from laa import permissions as laa_permissions
from laa.forms import AccountableActionForm, ExceptionCommentaryForm
from laa.models import AccountableAction, Measurement, Outcome
from lsp_portal import permissions
from lsp_portal.forms import ActionUpdateForm, form_page
from lsp_portal.history import history_of
from tenancy.access import get_for_lsp, lsp_view
from tenancy.models import Organisation

ACTIONS_PER_PAGE = 50


def _plan_url(request):
    return reverse("laa:actions", args=[request.lsp.slug])


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def action_list(request):
    status = request.GET.get("status", "")
    if status not in AccountableAction.STATUSES:
        status = ""
    organisation = request.GET.get("organisation", "")
    organisation_id = (
        int(organisation) if organisation.isascii() and organisation.isdigit() else None
    )
    overdue = request.GET.get("overdue") == "1"
    actions = selectors.action_plan(
        lsp=request.lsp, status=status, organisation_id=organisation_id, overdue=overdue
    )
    page = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "laa/actions.html",
        {
            "page": page,
            "statuses": AccountableAction.status_choices(),
            "status": status,
            "organisations": Organisation.objects.for_lsp(request.lsp).order_by("name"),
            "organisation_id": organisation_id,
            "overdue": overdue,
            "today": timezone.localdate(),
            "can_log": _loggable_outcomes(request) is not None,
        },
    )


def _loggable_outcomes(request):
    """The outcomes this person may log actions under, or None if they may log none."""
    outcomes = Outcome.objects.for_lsp(request.lsp)
    if request.lsp_access.can(permissions.MANAGE_LAA):
        return outcomes
    if not request.lsp_access.can(permissions.LOG_ACTIONS):
        return None
    granted = get_objects_for_user(
        request.user, laa_permissions.LOG_ACTIONS, klass=outcomes, accept_global_perms=False
    )
    return granted if granted.exists() else None


def _action_form(request, action):
    outcomes = _loggable_outcomes(request)
    if outcomes is None:
        raise PermissionDenied("Your organisation is not accountable for any outcome.")
    organisations = Organisation.objects.for_lsp(request.lsp).order_by("name")
    if not request.lsp_access.can(permissions.MANAGE_LAA):
        organisations = organisations.filter(
            pk__in=laa_permissions.represented_organisation_ids(user=request.user, lsp=request.lsp)
        )
    owners = selectors.action_owners(lsp=request.lsp)
    form = AccountableActionForm(
        request.POST or None,
        instance=action,
        lsp=request.lsp,
        outcomes=outcomes,
        organisations=organisations,
        owners=owners,
    )
    return form_page(
        request,
        form,
        save=lambda: _save_action(request, form.instance),
        done=_plan_url(request),
        message="Action saved.",
        heading="Change an action" if action else "Add an action",
        parent="Action plan",
        parent_url=_plan_url(request),
    )


def _save_action(request, action):
    """A partner logs an action only in the name of the organisation accountable for its
    outcome, and only if they represent it."""
    if not request.lsp_access.can(permissions.MANAGE_LAA):
        own = laa_permissions.represented_organisation_ids(user=request.user, lsp=request.lsp)
        accountable = selectors.accountable_organisation_ids(
            lsp=request.lsp, outcome=action.outcome
        )
        if action.accountable_id not in own or (
            action.outcome_id and action.accountable_id not in accountable
        ):
            raise ValidationError(
                {
                    "accountable": "Choose the organisation you represent that is accountable "
                    "for this outcome"
                }
            )
    return services.accountable_action_save(action=action)


@lsp_view(permissions.LOG_ACTIONS)
@require_http_methods(["GET", "POST"])
def action_new(request):
    return _action_form(request, None)


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def action_edit(request, accountable_action_id):
    return _action_form(request, _action(request, accountable_action_id))


def _action(request, action_id) -> AccountableAction:
    return get_for_lsp(
        AccountableAction.objects.select_related("outcome", "priority", "accountable", "owner"),
        request.lsp,
        pk=action_id,
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def action_detail(request, accountable_action_id):
    action = _action(request, accountable_action_id)
    can_update = laa_permissions.can_update_action(
        user=request.user, access=request.lsp_access, action=action
    )
    form = None
    if can_update and not action.archived_at:
        form = ActionUpdateForm(action=action)
        form.helper.form_action = reverse("laa:action-update", args=[request.lsp.slug, action.pk])
    return render(
        request,
        "laa/action.html",
        {
            "action": action,
            "updates": action.updates.select_related("by"),
            "form": form,
            "today": timezone.localdate(),
            "history": history_of(action),
        },
    )


@lsp_view(permissions.LOG_ACTIONS)
@require_http_methods(["GET", "POST"])
def action_update(request, accountable_action_id):
    action = _action(request, accountable_action_id)
    if not laa_permissions.can_update_action(
        user=request.user, access=request.lsp_access, action=action
    ):
        raise PermissionDenied("Only the accountable organisation updates this action.")
    form = ActionUpdateForm(request.POST or None, action=action)
    action_url = reverse("laa:action", args=[request.lsp.slug, action.pk])
    return form_page(
        request,
        form,
        save=lambda: services.accountable_action_report(
            action=action,
            text=form.cleaned_data["text"],
            status=form.cleaned_data["status"],
            by=request.user,
        ),
        done=action_url,
        message="Update posted.",
        heading="Post an update",
        caption=action.title,
        parent=action.title,
        parent_url=action_url,
    )


@lsp_view(permissions.MANAGE_LAA)
@require_POST
def action_archive(request, accountable_action_id):
    action = _action(request, accountable_action_id)
    services.accountable_action_archive(action=action)
    messages.success(request, "Action archived. Its history is kept.")
    return redirect(_plan_url(request))


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def my_organisation(request):
    """A partner's way in: the organisations they represent, or straight to the one."""
    own = laa_permissions.represented_organisation_ids(user=request.user, lsp=request.lsp)
    organisations = Organisation.objects.for_lsp(request.lsp).order_by("name")
    if not request.lsp_access.can(permissions.MANAGE_LAA):
        organisations = organisations.filter(pk__in=own)
    if len(own) == 1 and not request.lsp_access.can(permissions.MANAGE_LAA):
        return redirect("laa:organisation", request.lsp.slug, next(iter(own)))
    return render(request, "laa/my_organisation.html", {"organisations": organisations})


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def organisation_accountability(request, organisation_id):
    organisation = get_for_lsp(Organisation.objects.all(), request.lsp, pk=organisation_id)
    agreement = selectors.current_agreement(lsp=request.lsp)
    years = agreement.years if agreement else selectors.local_years()
    own = laa_permissions.represented_organisation_ids(user=request.user, lsp=request.lsp)
    answers = organisation.pk in own or request.lsp_access.can(permissions.MANAGE_LAA)
    return render(
        request,
        "laa/organisation.html",
        {
            "accountability": selectors.accountability_of(
                lsp=request.lsp, organisation=organisation, years=years
            ),
            "answers": answers,
            "today": timezone.localdate(),
            "panels": organisation_panels.panels_for(request, organisation, answers=answers),
        },
    )


@lsp_view(permissions.SUBMIT_FIGURES)
@require_http_methods(["GET", "POST"])
def exception_commentary(request, measurement_id):
    measurement = get_for_lsp(
        Measurement.objects.select_related("indicator"), request.lsp, pk=measurement_id
    )
    outcomes = selectors.outcomes_of_indicator(
        lsp=request.lsp, indicator_id=measurement.indicator_id
    )
    if not any(
        laa_permissions.can_submit_figures(
            user=request.user, access=request.lsp_access, outcome=outcome
        )
        for outcome in outcomes
    ):
        raise PermissionDenied("Your organisation is not accountable for this indicator.")
    form = ExceptionCommentaryForm(
        request.POST or None, initial={"text": measurement.exception_commentary}
    )
    back = reverse("laa:my-organisation", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.exception_commentary_give(
            measurement=measurement, text=form.cleaned_data["text"], by=request.user
        ),
        done=back,
        message="Exception commentary sent.",
        heading="Exception commentary",
        caption=f"{measurement.indicator.code}, period to {measurement.period_end:%-d %B %Y}",
        lead="This verified figure is off track or worse than the period before. Say what "
        "is being done about it, and by when. Your answer is kept with the figure.",
        parent="My organisation",
        parent_url=back,
    )
