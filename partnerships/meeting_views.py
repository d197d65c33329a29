"""Meetings: agendas and papers, attendance and quorum."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.forms import save_or_explain
from lsp_portal.history import history_of
from lsp_portal.progress import progress_page
from partnerships import packs, selectors, services
from partnerships.forms import AgendaItemForm, AttendanceForm, MeetingForm
from partnerships.models import AgendaItem, Meeting, Partnership
from partnerships.permissions import meeting_access
from tenancy.access import get_for_lsp, lsp_view


def meeting_of(request, meeting_id):
    """The meeting named in the URL, of this LSP (404 otherwise), for the pages that
    change it."""
    return get_for_lsp(Meeting.objects.select_related("partnership"), request.lsp, pk=meeting_id)


def visible_meeting(request, meeting_id):
    """The meeting and how much of it this person may read; 404 if none of it."""
    meeting = get_for_lsp(
        Meeting.objects.select_related(
            "partnership", "minutes_approved_by", "minutes_approved_at_meeting"
        ),
        request.lsp,
        pk=meeting_id,
    )
    access = meeting_access(
        user=request.user,
        access=request.lsp_access,
        meeting=meeting,
        sits_on=selectors.partnerships_sat_on(lsp=request.lsp, user=request.user),
    )
    if access is None:
        raise Http404
    return meeting, access


@lsp_view(permissions.VIEW_MEETINGS)
@require_GET
def meeting_list(request):
    """Coming meetings and the latest past ones, of every partnership this person may see."""
    visible = selectors.meetings_visible(
        lsp=request.lsp, user=request.user, access=request.lsp_access
    )
    now = timezone.now()
    return render(
        request,
        "partnerships/meeting_list.html",
        {
            "sections": [
                (
                    "Coming meetings",
                    visible.filter(starts_at__gte=now).order_by("starts_at")[:50],
                    "No meetings are arranged.",
                ),
                (
                    "Recent meetings",
                    visible.filter(starts_at__lt=now).order_by("-starts_at")[:20],
                    "No meetings yet.",
                ),
            ]
        },
    )


@lsp_view(permissions.VIEW_MEETINGS)
@require_GET
def meeting_detail(request, meeting_id):
    meeting, access = visible_meeting(request, meeting_id)
    attendance = list(
        meeting.attendance.select_related("membership__person", "membership__organisation")
    )
    can_manage = request.lsp_access.can(permissions.MANAGE_MEETINGS)
    pack = pack_of(meeting, can_manage=can_manage)
    return progress_page(
        request,
        "partnerships/meeting_detail.html",
        {
            "pack": pack,
            "can_manage": can_manage,
            "meeting": meeting,
            "record": selectors.meeting_record(
                meeting=meeting,
                full=access == "full",
                with_actions=request.lsp_access.can(permissions.VIEW_ACTION_LOG),
            ),
            "full_access": access == "full",
            "today": timezone.localdate(),
            "attendance": attendance,
            "quorum": selectors.quorum_of(meeting=meeting, attendance=attendance),
            "history": history_of(meeting) if can_manage else None,
        },
        active=bool(pack["building"] and pack["building"].is_active),
    )


def pack_of(meeting, *, can_manage: bool) -> dict:
    """The pack's panel on the meeting page: drafts and builds are the coordinator's."""
    versions = meeting.pack_versions.select_related("requested_by")
    if not can_manage:
        versions = versions.filter(published_at__isnull=False)
    return {
        "versions": list(versions),
        "building": packs.pack_in_hand(meeting) if can_manage else None,
        "deadline": packs.deadline_of(meeting),
        "late": packs.publishing_is_late(meeting),
    }


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def meeting_new(request, partnership_id):
    partnership = get_for_lsp(Partnership.objects.all(), request.lsp, pk=partnership_id)
    return _meeting_form(request, partnership, None)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def meeting_edit(request, meeting_id):
    meeting = meeting_of(request, meeting_id)
    return _meeting_form(request, meeting.partnership, meeting)


def _meeting_form(request, partnership, meeting):
    form = MeetingForm(
        request.POST or None, instance=meeting, lsp=request.lsp, partnership=partnership
    )
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(form, lambda: services.meeting_save(meeting=form.instance))
        if saved:
            messages.success(request, "Meeting saved.")
            return redirect("partnerships:meeting", request.lsp.slug, saved.pk)
    return render(
        request,
        "partnerships/meeting_form.html",
        {"form": form, "partnership": partnership, "meeting": meeting},
    )


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def agenda_item_new(request, meeting_id):
    meeting = meeting_of(request, meeting_id)
    return _agenda_item_form(request, meeting, None)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def agenda_item_edit(request, item_id):
    item = get_for_lsp(
        AgendaItem.objects.select_related("meeting__partnership"), request.lsp, pk=item_id
    )
    return _agenda_item_form(request, item.meeting, item)


def _agenda_item_form(request, meeting, item):
    if item is None:
        # A new item goes before urgent business, which stays last (agenda_item_save).
        urgent = meeting.items.filter(standard=AgendaItem.Standard.URGENT_BUSINESS).first()
        initial = {"order": urgent.order if urgent else meeting.items.count() + 1}
    else:
        initial = {}
    form = AgendaItemForm(
        request.POST or None,
        request.FILES or None,
        instance=item,
        initial=initial,
        lsp=request.lsp,
        meeting=meeting,
    )
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(
            form,
            lambda: services.agenda_item_save(item=form.instance, paper=request.FILES.get("paper")),
        )
        if saved:
            messages.success(request, f"Item {saved.order} saved.")
            return redirect("partnerships:meeting", request.lsp.slug, meeting.pk)
    return render(
        request,
        "partnerships/agenda_item_form.html",
        {"form": form, "meeting": meeting, "item": item},
    )


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def attendance_edit(request, meeting_id):
    meeting = meeting_of(request, meeting_id)
    members = selectors.members_on(partnership=meeting.partnership, on=meeting.starts_at.date())
    recorded = {a.membership_id: a for a in meeting.attendance.all()}
    form = AttendanceForm(request.POST or None, members=members, recorded=recorded)
    if request.method == "POST" and form.is_valid():
        recorded = save_or_explain(
            form, lambda: services.attendance_record(meeting=meeting, statuses=form.statuses())
        )
        if recorded is not None:
            messages.success(request, "Attendance saved.")
            return redirect("partnerships:meeting", request.lsp.slug, meeting.pk)
    return render(
        request,
        "partnerships/attendance_form.html",
        {"form": form, "meeting": meeting, "members": members},
    )


@lsp_view(permissions.VIEW_MEETINGS)
@require_GET
def agenda_item_paper(request, item_id):
    item = get_for_lsp(AgendaItem.objects.all(), request.lsp, pk=item_id)
    _, access = visible_meeting(request, item.meeting_id)
    if not item.paper or (item.is_confidential and access != "full"):
        raise Http404
    return FileResponse(item.paper.open("rb"), as_attachment=True, filename=item.paper_name)
