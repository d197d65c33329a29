"""Board packs: making one, downloading its editions, and the LSP's publication deadline."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from lsp_portal import permissions
from lsp_portal.forms import save_or_explain
from partnerships import packs, selectors
from partnerships.forms import MeetingPapersSettingsForm, PackRequestForm
from partnerships.meeting_views import meeting_of, visible_meeting
from partnerships.models import AgendaItem, PackVersion
from partnerships.services import agenda_item_remove as remove_item
from tenancy.access import get_for_lsp, lsp_view


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def pack_make(request, meeting_id):
    """Make the next version of the pack, as a draft or published at once."""
    meeting = meeting_of(request, meeting_id)
    late = packs.publishing_is_late(meeting)
    form = PackRequestForm(request.POST or None, late=late)
    if request.method == "POST" and form.is_valid():
        made = save_or_explain(
            form,
            lambda: packs.pack_request(
                meeting=meeting,
                actor=request.user,
                publish=form.cleaned_data["publish"] == "yes",
                urgency_reason=form.cleaned_data["urgency_reason"],
            ),
        )
        if made is not None:
            _, created = made
            if not created:
                messages.info(request, "The pack is already being made; this request joins it.")
            # No #fragment: the page's own refreshes (a Refresh header) must reload it, and a
            # browser treats going to the same address with a fragment as a scroll.
            return redirect("partnerships:meeting", request.lsp.slug, meeting.pk)
    return render(
        request,
        "partnerships/pack_make.html",
        {"form": form, "meeting": meeting, "deadline": packs.deadline_of(meeting), "late": late},
    )


@lsp_view(permissions.VIEW_MEETINGS)
@require_GET
def pack_download(request, meeting_id, number, edition):
    """An edition of a version. The members' edition is for those who see the whole meeting
    (each download recorded); drafts are for those who manage meetings."""
    meeting, access = visible_meeting(request, meeting_id)
    version = get_for_lsp(
        PackVersion.objects.select_related("lsp", "meeting"),
        request.lsp,
        meeting=meeting,
        number=number,
    )
    if edition not in PackVersion.Edition.values:
        raise Http404
    if edition == PackVersion.Edition.MEMBERS and access != "full":
        raise Http404
    if not version.is_published and not request.lsp_access.can(permissions.MANAGE_MEETINGS):
        raise Http404
    if edition == PackVersion.Edition.MEMBERS:
        packs.pack_download_record(version=version, edition=edition, user=request.user)
    return _pdf(version, edition)


def _pdf(version, edition):
    return FileResponse(
        version.file_of(edition).open("rb"),
        as_attachment=True,
        filename=version.filename(edition),
        content_type="application/pdf",
    )


@lsp_view(permissions.PUBLIC)
@require_GET
def public_pack(request, meeting_id, number):
    """The public edition of a published version, of a public meeting."""
    version = get_for_lsp(
        selectors.published_packs(lsp=request.lsp).select_related("lsp", "meeting"),
        request.lsp,
        meeting_id=meeting_id,
        number=number,
    )
    return _pdf(version, PackVersion.Edition.PUBLIC)


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def papers_settings(request):
    form = MeetingPapersSettingsForm(request.POST or None, instance=request.lsp)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Publication deadline saved.")
        return redirect("partnerships:meetings", request.lsp.slug)
    return render(request, "partnerships/papers_settings.html", {"form": form})


@lsp_view(permissions.MANAGE_MEETINGS)
@require_http_methods(["GET", "POST"])
def agenda_item_remove(request, item_id):
    item = get_for_lsp(
        AgendaItem.objects.select_related("meeting__partnership"), request.lsp, pk=item_id
    )
    error = ""
    if request.method == "POST":
        try:
            remove_item(item=item)
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.success(request, f"Item {item.order}, {item.title}, is off the agenda.")
            return redirect("partnerships:meeting", request.lsp.slug, item.meeting_id)
    return render(request, "partnerships/agenda_item_remove.html", {"item": item, "error": error})
