"""The LAA set-up: the agreement, its blocks, outcomes and targets, and the indicator library."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from laa import caches as laa_caches
from laa import permissions as laa_permissions
from laa import selectors, services
from laa.forms import (
    AgreementForm,
    BlockForm,
    FigureForm,
    IndicatorCorrectionForm,
    LocalIndicatorForm,
    OutcomeForm,
    PerformanceSettingsForm,
    ReturnForm,
    TargetForm,
)
from laa.models import (
    Block,
    Indicator,
    Measurement,
    Outcome,
    PerformanceSettings,
    Target,
)
from laa.periods import period_label, periods_for
from lsp_portal import permissions
from lsp_portal.forms import form_page
from lsp_portal.history import history_of
from tenancy.access import get_for_lsp, lsp_view


def _overview_url(request):
    return reverse("laa:overview", args=[request.lsp.slug])


def _history(request, instance):
    if instance is None or not laa_permissions.history_readable(access=request.lsp_access):
        return None
    return history_of(instance)


def overview_readable(request, agreement=None) -> bool:
    agreement = agreement or selectors.current_agreement(lsp=request.lsp)
    return laa_permissions.agreement_readable(access=request.lsp_access, agreement=agreement)


def _overview_tables(lsp, *, years, tolerance, can_manage: bool) -> str:
    """The blocks' tables and the reward grant, built and rendered afresh only after a
    write to the LSP's LAA data (laa.caches)."""

    today = timezone.localdate()

    def render_tables():
        # The same day as the key's: late figures and RAG move with the date.
        blocks = selectors.laa_overview(lsp=lsp, years=years, tolerance=tolerance, today=today)
        return render_to_string(
            "laa/includes/overview_tables.html",
            {
                "lsp": lsp,
                "blocks": blocks,
                "reward_grant": selectors.reward_grant_summary(blocks),
                "years": years,
                "can_manage": can_manage,
            },
        )

    variant = (lsp.slug, can_manage, today.isoformat(), "-".join(map(str, years)), tolerance)
    return laa_caches.overview_tables(lsp=lsp, variant=variant, render=render_tables)


@lsp_view(permissions.VIEW_LAA)
@require_GET
def overview(request):
    agreement = selectors.current_agreement(lsp=request.lsp)
    readable = overview_readable(request, agreement)
    years = agreement.years if agreement else selectors.local_years()
    tolerance = selectors.tolerance_of(lsp=request.lsp)
    tables = (
        _overview_tables(
            request.lsp,
            years=years,
            tolerance=tolerance,
            can_manage=request.lsp_access.can(permissions.MANAGE_LAA),
        )
        if readable
        else ""
    )
    return render(
        request,
        "laa/overview.html",
        {
            "agreement": agreement,
            "readable": readable,
            "tables": tables,
            "tolerance": tolerance,
        },
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def exceptions(request):
    agreement = selectors.current_agreement(lsp=request.lsp)
    off_track, late = selectors.exceptions(
        lsp=request.lsp, years=agreement.years if agreement else selectors.local_years()
    )
    return render(
        request,
        "laa/exceptions.html",
        {
            "off_track": off_track,
            "late": late,
            "overdue": selectors.overdue_actions(lsp=request.lsp),
            "today": timezone.localdate(),
        },
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def agreement_edit(request):
    agreement = selectors.current_agreement(lsp=request.lsp)
    form = AgreementForm(request.POST or None, instance=agreement, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.agreement_save(agreement=form.instance),
        done=_overview_url(request),
        message="Agreement saved.",
        heading="Change the Local Area Agreement"
        if agreement
        else "Set up the Local Area Agreement",
        parent="Local Area Agreement",
        parent_url=_overview_url(request),
        history=_history(request, agreement),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_GET
def blocks(request):
    return render(request, "laa/blocks.html", {"blocks": Block.objects.for_lsp(request.lsp)})


@lsp_view(permissions.MANAGE_LAA)
@require_POST
def blocks_default(request):
    services.blocks_ensure_defaults(lsp=request.lsp)
    return redirect("laa:blocks", request.lsp.slug)


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def block_edit(request, block_id=None):
    block = get_for_lsp(Block.objects.all(), request.lsp, pk=block_id) if block_id else None
    form = BlockForm(request.POST or None, instance=block, lsp=request.lsp)
    blocks_url = reverse("laa:blocks", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.block_save(block=form.instance),
        done=blocks_url,
        message="Block saved.",
        heading="Change a block" if block else "Add a block",
        parent="Blocks",
        parent_url=blocks_url,
        history=_history(request, block),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def outcome_edit(request, outcome_id=None):
    outcome = get_for_lsp(Outcome.objects.all(), request.lsp, pk=outcome_id) if outcome_id else None
    initial = {}
    if outcome is None and (agreement := selectors.current_agreement(lsp=request.lsp)):
        initial["agreement"] = agreement.pk
    form = OutcomeForm(request.POST or None, instance=outcome, initial=initial, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.outcome_save(
            outcome=form.instance, priorities=form.cleaned_data["priorities"]
        ),
        done=_overview_url(request),
        message="Outcome saved.",
        heading="Change an outcome" if outcome else "Add an outcome",
        parent="Local Area Agreement",
        parent_url=_overview_url(request),
        history=_history(request, outcome),
    )


def target_years(request, outcome) -> list[int]:
    agreement = outcome.agreement or selectors.current_agreement(lsp=request.lsp)
    return agreement.years if agreement else selectors.local_years()


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def target_new(request, outcome_id):
    outcome = get_for_lsp(Outcome.objects.select_related("agreement"), request.lsp, pk=outcome_id)
    return _target_form(request, outcome, None)


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def target_edit(request, target_id):
    target = get_for_lsp(
        Target.objects.select_related("outcome__agreement"), request.lsp, pk=target_id
    )
    return _target_form(request, target.outcome, target)


def _target_form(request, outcome, target):
    form = TargetForm(
        request.POST or None,
        instance=target,
        lsp=request.lsp,
        outcome=outcome,
        years=target_years(request, outcome),
    )
    return form_page(
        request,
        form,
        save=lambda: services.target_save(
            target=form.instance,
            yearly=form.yearly(),
            relates_to=form.cleaned_data["relates_to"],
        ),
        done=_overview_url(request),
        message="Target saved.",
        heading="Change a target" if target else "Add a target",
        caption=outcome.title,
        parent="Local Area Agreement",
        parent_url=_overview_url(request),
        history=_history(request, target),
    )


@lsp_view(permissions.VIEW_LAA)
@require_GET
def indicators(request):
    search = request.GET.get("q", "").strip()[:100]
    return render(
        request,
        "laa/indicators.html",
        {
            "indicators": selectors.indicator_library(lsp=request.lsp, search=search),
            "search": search,
        },
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def local_indicator_edit(request, indicator_id=None):
    indicator = (
        get_for_lsp(Indicator.objects.all(), request.lsp, pk=indicator_id) if indicator_id else None
    )
    form = LocalIndicatorForm(request.POST or None, instance=indicator, lsp=request.lsp)
    library_url = reverse("laa:indicators", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.local_indicator_save(indicator=form.instance),
        done=library_url,
        message="Local indicator saved.",
        heading="Change a local indicator" if indicator else "Add a local indicator",
        parent="Indicators",
        parent_url=library_url,
        history=_history(request, indicator),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def indicator_correct(request, national_indicator_id):
    indicator = selectors.national_indicator(national_indicator_id)
    seen = selectors.as_seen_by(indicator, selectors.corrections_of(lsp=request.lsp))
    form = IndicatorCorrectionForm(
        request.POST or None, initial={"title": seen.title, "polarity": seen.polarity}
    )
    library_url = reverse("laa:indicators", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.indicator_correct(
            lsp=request.lsp,
            indicator=indicator,
            title=form.cleaned_data["title"],
            polarity=form.cleaned_data["polarity"],
        ),
        done=library_url,
        message=f"{indicator.code} corrected for {request.lsp.name}.",
        heading=f"Correct {indicator.code} for {request.lsp.name}",
        lead=f"The National Indicator Set calls it: “{indicator.title}”. Your correction "
        "applies to this LSP only.",
        parent="Indicators",
        parent_url=library_url,
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def performance_settings(request):
    settings = PerformanceSettings.objects.for_lsp(request.lsp).first()
    form = PerformanceSettingsForm(request.POST or None, instance=settings, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.performance_settings_save(settings=form.instance),
        done=_overview_url(request),
        message="Tolerance saved.",
        heading="How strictly figures are judged",
        lead="Figures on or better than their trajectory are on track. A figure short of it "
        "by no more than this share of the gap between baseline and target is slightly off "
        "track; beyond that, off track.",
        parent="Local Area Agreement",
        parent_url=_overview_url(request),
        history=_history(request, settings),
    )


def readable_target(request, target_id) -> Target:
    target = get_for_lsp(
        Target.objects.select_related("indicator", "outcome__agreement", "outcome__block"),
        request.lsp,
        pk=target_id,
    )
    if target.district_id:
        raise Http404  # a district's share: the district reports it (laa:county-target)
    if not laa_permissions.agreement_readable(
        access=request.lsp_access, agreement=target.outcome.agreement
    ):
        raise Http404
    return target


@lsp_view(permissions.VIEW_LAA)
@require_GET
def target_detail(request, target_id):
    target = readable_target(request, target_id)
    years = target_years(request, target.outcome)
    seen = selectors.as_seen_by(target.indicator, selectors.corrections_of(lsp=request.lsp))
    rows = selectors.target_periods(
        target=target,
        years=years,
        tolerance=selectors.tolerance_of(lsp=request.lsp),
        polarity=seen.polarity,
        places=target.indicator.decimal_places,
    )
    form = None
    if laa_permissions.can_submit_figures(
        user=request.user, access=request.lsp_access, outcome=target.outcome
    ):
        form = FigureForm(periods=periods_for(target.indicator.frequency, min(years), max(years)))
        form.helper.form_action = reverse("laa:figure-submit", args=[request.lsp.slug, target.pk])
    return render(
        request,
        "laa/target.html",
        {
            "target": target,
            "indicator": seen,
            "rows": rows,
            "chart": selectors.target_chart(rows=rows, indicator=seen),
            "form": form,
            "relates_to": selectors.partners_target_relates_to(target),
            "history": _history(request, target),
        },
    )


@lsp_view(permissions.SUBMIT_FIGURES)
@require_http_methods(["GET", "POST"])
def figure_submit(request, target_id):
    target = readable_target(request, target_id)
    if not laa_permissions.can_submit_figures(
        user=request.user, access=request.lsp_access, outcome=target.outcome
    ):
        raise PermissionDenied("Your organisation is not accountable for this outcome.")
    years = target_years(request, target.outcome)
    form = FigureForm(
        request.POST or None,
        periods=periods_for(target.indicator.frequency, min(years), max(years)),
    )
    target_url = reverse("laa:target", args=[request.lsp.slug, target.pk])
    return figure_page(request, form, target=target, done=target_url)


def figure_page(request, form, *, target, done, heading=None):
    """The page that submits one figure for a target, in the LSP of the request (a
    district submits its share of a county target in its own name)."""
    return form_page(
        request,
        form,
        save=lambda: services.measurement_submit(
            lsp=request.lsp,
            indicator=target.indicator,
            period_end=form.cleaned_data["period_end"],
            value=form.cleaned_data["value"],
            numerator=form.cleaned_data["numerator"],
            denominator=form.cleaned_data["denominator"],
            commentary=form.cleaned_data["commentary"],
            by=request.user,
        ),
        done=done,
        message="Figure submitted.",
        heading=heading or f"Submit a figure for {target.indicator.code}",
        caption=target.indicator.title,
        parent=target.indicator.code,
        parent_url=done,
    )


def _measurement(request, measurement_id) -> Measurement:
    return get_for_lsp(
        Measurement.objects.select_related("indicator"), request.lsp, pk=measurement_id
    )


def _back_to(request, measurement):
    target = (
        selectors.targets_reported_by(lsp=request.lsp)
        .filter(indicator=measurement.indicator_id)
        .first()
    )
    if target is None:
        return _overview_url(request)
    if target.district_id == request.lsp.pk:
        return reverse("laa:county-target", args=[request.lsp.slug, target.pk])
    return reverse("laa:target", args=[request.lsp.slug, target.pk])


@lsp_view(permissions.MANAGE_LAA)
@require_POST
def measurement_verify(request, measurement_id):
    measurement = _measurement(request, measurement_id)
    try:
        services.measurement_verify(measurement=measurement, by=request.user)
        messages.success(request, "Figure verified.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_back_to(request, measurement))


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def measurement_return(request, measurement_id):
    measurement = _measurement(request, measurement_id)
    form = ReturnForm(request.POST or None)
    back = _back_to(request, measurement)
    return form_page(
        request,
        form,
        save=lambda: services.measurement_return(
            measurement=measurement, reason=form.cleaned_data["reason"], by=request.user
        ),
        done=back,
        message="Figure returned.",
        heading="Return a figure",
        caption=f"{measurement.indicator.code}, period to {measurement.period_end:%-d %B %Y}",
        parent=measurement.indicator.code,
        parent_url=back,
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def measurement_detail(request, measurement_id):
    """One figure: who submitted, verified or returned it, and every revision."""
    measurement = get_for_lsp(
        Measurement.objects.select_related(
            "indicator", "submitted_by", "verified_by", "exception_answered_by"
        ),
        request.lsp,
        pk=measurement_id,
    )
    return render(
        request,
        "laa/measurement.html",
        {
            "measurement": measurement,
            "period": period_label(measurement.indicator.frequency, measurement.period_end),
            "back": _back_to(request, measurement),
            "history": history_of(measurement),
        },
    )
