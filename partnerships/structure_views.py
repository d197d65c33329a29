"""Screens of the partnership structure: partnerships, memberships and organisations."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.downloads import csv_response
from lsp_portal.forms import form_page, save_or_explain
from lsp_portal.history import history_of
from partnerships import selectors, services
from partnerships.diagram import structure_svg
from partnerships.forms import (
    AttendancePeriodForm,
    EndMembershipForm,
    MembershipForm,
    OrganisationForm,
    PartnershipForm,
    PartnershipKindForm,
)
from partnerships.models import Membership, Partnership, PartnershipKind
from partnerships.permissions import can_manage_memberships
from tenancy import selectors as tenancy_selectors
from tenancy.access import get_for_lsp, lsp_view
from tenancy.models import Organisation


def _history(request, instance):
    """History is for coordinators, who keep the record straight."""
    if request.lsp_access.can(permissions.MANAGE_STRUCTURE):
        return history_of(instance)
    return None


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def structure(request):
    lsp = request.lsp
    roots = selectors.structure_of(lsp=lsp, today=timezone.localdate())
    return render(
        request,
        "partnerships/structure.html",
        {
            "roots": roots,
            "diagram": mark_safe(structure_svg(roots)),  # noqa: S308 - every label is escaped
            "district_boards": selectors.district_boards(lsp=lsp)
            if lsp.level == lsp.Level.COUNTY
            else [],
        },
    )


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def partnership_detail(request, partnership_id):
    partnership = get_for_lsp(
        Partnership.objects.select_related("kind", "parent"), request.lsp, pk=partnership_id
    )
    today = timezone.localdate()
    groups, past = selectors.members_by_sector(partnership=partnership, today=today)
    return render(
        request,
        "partnerships/partnership_detail.html",
        {
            "partnership": partnership,
            "groups": groups,
            "past_members": past,
            "warnings": selectors.sector_balance_warnings(partnership=partnership, groups=groups),
            "children": partnership.children.select_related("kind").order_by("name"),
            "can_manage_members": can_manage_memberships(
                user=request.user, access=request.lsp_access, partnership=partnership
            ),
            "history": _history(request, partnership),
            "meetings": selectors.meetings_visible(
                lsp=request.lsp,
                user=request.user,
                access=request.lsp_access,
                partnership=partnership,
            ).order_by("-starts_at")[:50],
        },
    )


@lsp_view(permissions.MANAGE_STRUCTURE)
@require_http_methods(["GET", "POST"])
def partnership_edit(request, partnership_id=None):
    lsp = request.lsp
    instance = (
        get_for_lsp(Partnership.objects.all(), lsp, pk=partnership_id) if partnership_id else None
    )
    form = PartnershipForm(request.POST or None, instance=instance, lsp=lsp)
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(form, lambda: services.partnership_save(partnership=form.instance))
        if saved:
            messages.success(request, f"{saved.name} saved.")
            return redirect("partnerships:partnership", lsp.slug, saved.pk)
    return render(
        request, "partnerships/partnership_form.html", {"form": form, "partnership": instance}
    )


def _partnership_for_members(request, partnership_id):
    partnership = get_for_lsp(Partnership.objects.all(), request.lsp, pk=partnership_id)
    if not can_manage_memberships(
        user=request.user, access=request.lsp_access, partnership=partnership
    ):
        raise PermissionDenied
    return partnership


@lsp_view(permissions.VIEW_STRUCTURE)
@require_http_methods(["GET", "POST"])
def membership_add(request, partnership_id):
    partnership = _partnership_for_members(request, partnership_id)
    return _membership_form(request, partnership, instance=None)


@lsp_view(permissions.VIEW_STRUCTURE)
@require_http_methods(["GET", "POST"])
def membership_edit(request, membership_id):
    membership = get_for_lsp(Membership.objects.all(), request.lsp, pk=membership_id)
    partnership = _partnership_for_members(request, membership.partnership_id)
    return _membership_form(request, partnership, instance=membership)


def _membership_form(request, partnership, instance):
    lsp = request.lsp
    form = MembershipForm(
        request.POST or None,
        instance=instance,
        lsp=lsp,
        partnership=partnership,
        people=selectors.people_choices(lsp=lsp),
    )
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(form, lambda: services.membership_save(membership=form.instance))
        if saved:
            messages.success(request, f"{saved.name} saved as {saved.get_position_display()}.")
            return redirect("partnerships:partnership", lsp.slug, partnership.pk)
    return render(
        request,
        "partnerships/membership_form.html",
        {
            "form": form,
            "partnership": partnership,
            "membership": instance,
            "history": _history(request, instance) if instance else None,
        },
    )


@lsp_view(permissions.VIEW_STRUCTURE)
@require_http_methods(["GET", "POST"])
def membership_end(request, membership_id):
    membership = get_for_lsp(
        Membership.objects.select_related("person"), request.lsp, pk=membership_id
    )
    partnership = _partnership_for_members(request, membership.partnership_id)
    form = EndMembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ended = save_or_explain(
            form,
            lambda: services.membership_end(
                membership=membership, on=form.cleaned_data["term_end"]
            ),
        )
        if ended:
            messages.success(
                request, f"{ended.name}'s membership ends on {ended.term_end:%-d %B %Y}."
            )
            return redirect("partnerships:partnership", request.lsp.slug, partnership.pk)
    return render(
        request,
        "partnerships/membership_end.html",
        {"form": form, "membership": membership, "partnership": partnership},
    )


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def organisation_list(request):
    organisations = selectors.organisations_of(lsp=request.lsp).prefetch_related("networks")
    return render(request, "partnerships/organisation_list.html", {"organisations": organisations})


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def organisation_detail(request, organisation_id):
    organisation = get_for_lsp(
        Organisation.objects.prefetch_related("networks", "network_members"),
        request.lsp,
        pk=organisation_id,
    )
    today = timezone.localdate()
    seats = selectors.seats_of(organisation=organisation)
    return render(
        request,
        "partnerships/organisation_detail.html",
        {
            "organisation": organisation,
            "current_seats": [seat for seat in seats if seat.is_current(today)],
            "past_seats": [seat for seat in seats if not seat.is_current(today)],
            "attendance": selectors.organisation_attendance(organisation=organisation),
            "history": _history(request, organisation),
        },
    )


@lsp_view(permissions.MANAGE_STRUCTURE)
@require_http_methods(["GET", "POST"])
def organisation_edit(request, organisation_id=None):
    lsp = request.lsp
    instance = (
        get_for_lsp(Organisation.objects.all(), lsp, pk=organisation_id)
        if organisation_id
        else None
    )
    form = OrganisationForm(request.POST or None, instance=instance, lsp=lsp)
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(
            form,
            lambda: services.organisation_save(
                organisation=form.instance, networks=form.cleaned_data["networks"]
            ),
        )
        if saved:
            messages.success(request, f"{saved.name} saved.")
            return redirect("partnerships:organisation", lsp.slug, saved.pk)
    return render(
        request,
        "partnerships/organisation_form.html",
        {"form": form, "organisation": instance},
    )


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def person_detail(request, person_id):
    """A person's seats across the LSP's partnerships (people with a role or a seat here)."""
    person = get_object_or_404(selectors.people_in(lsp=request.lsp), pk=person_id)
    seats = selectors.seats_of_person(lsp=request.lsp, user=person)
    today = timezone.localdate()
    return render(
        request,
        "partnerships/person_detail.html",
        {
            "person": person,
            "roles": tenancy_selectors.current_roles_in(lsp=request.lsp, user=person),
            "current_seats": [seat for seat in seats if seat.is_current(today)],
            "past_seats": [seat for seat in seats if not seat.is_current(today)],
        },
    )


def _attendance_period(request):
    """The period asked for, or the last twelve months."""
    today = timezone.localdate()
    year_ago = today - timedelta(days=365)
    data = request.GET if "start_0" in request.GET else None
    form = AttendancePeriodForm(data, initial={"start": year_ago, "end": today})
    if data is None:
        return form, year_ago, today
    if form.is_valid():
        return form, form.cleaned_data["start"], form.cleaned_data["end"]
    return form, None, None


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def attendance_report(request):
    form, start, end = _attendance_period(request)
    by_organisation, by_partnership = (
        selectors.attendance_report(lsp=request.lsp, start=start, end=end) if start else ([], [])
    )
    return render(
        request,
        "partnerships/attendance_report.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "by_organisation": by_organisation,
            "by_partnership": by_partnership,
        },
    )


@lsp_view(permissions.VIEW_STRUCTURE)
@require_GET
def attendance_report_csv(request):
    form, start, end = _attendance_period(request)
    if start is None:
        return redirect(
            f"{reverse('partnerships:attendance-report', args=[request.lsp.slug])}"
            f"?{request.GET.urlencode()}"
        )
    by_organisation, by_partnership = selectors.attendance_report(
        lsp=request.lsp, start=start, end=end
    )
    header = [
        "grouping",
        "name",
        "statutory partner",
        "expected",
        "attended",
        "apologies",
        "absent",
        "attendance rate %",
    ]
    rows = (
        [
            grouping,
            row.name,
            "yes" if row.is_statutory else "no",
            row.expected,
            row.present,
            row.apologies,
            row.absent,
            "" if row.rate is None else row.rate,
        ]
        for grouping, rows in (("organisation", by_organisation), ("partnership", by_partnership))
        for row in rows
    )
    return csv_response(f"{request.lsp.slug}-attendance-{start}-to-{end}.csv", header, rows)


@lsp_view(permissions.MANAGE_STRUCTURE)
@require_GET
def partnership_kinds(request):
    return render(
        request,
        "partnerships/partnership_kinds.html",
        {"kinds": selectors.partnership_kinds_in_use(lsp=request.lsp)},
    )


@lsp_view(permissions.MANAGE_STRUCTURE)
@require_http_methods(["GET", "POST"])
def partnership_kind_edit(request, kind_id=None):
    kind = get_for_lsp(PartnershipKind.objects.all(), request.lsp, pk=kind_id) if kind_id else None
    form = PartnershipKindForm(request.POST or None, instance=kind, lsp=request.lsp)
    kinds_url = reverse("partnerships:partnership-kinds", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.partnership_kind_save(kind=form.instance),
        done=kinds_url,
        message="Kinds of partnership saved.",
        heading="Change a kind of partnership" if kind else "Add a kind of partnership",
        parent="Kinds of partnership",
        parent_url=kinds_url,
    )
