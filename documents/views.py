from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from documents import registry, services
from documents.models import Document
from lsp_portal import permissions
from lsp_portal.progress import progress_page
from tenancy.access import get_for_lsp, lsp_view


def listed_documents():
    """Documents of the kinds on the Documents page. A kind made for one thing (a meeting's
    pack) is shown, and guarded, where that thing is."""
    return Document.objects.all().filter(kind__in=registry.listed_kinds())


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_GET
def document_list(request):
    documents = listed_documents().for_lsp(request.lsp).select_related("requested_by")[:50]
    return render(
        request,
        "documents/document_list.html",
        {"documents": documents, "requestable": registry.requestable_by(request.lsp_access)},
    )


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_POST
def document_request(request, kind):
    """Any kind an app offers on the Documents page, to those with its capability."""
    try:
        document_kind = registry.kind_of(kind)
    except LookupError:
        raise Http404("No such kind of document") from None
    if document_kind.capability is None:
        raise Http404("This kind of document is made by the portal, not asked for")
    if not request.lsp_access.can(document_kind.capability):
        raise PermissionDenied
    document, created = services.document_request(
        lsp=request.lsp, kind=document_kind.slug, actor=request.user
    )
    if not created:
        messages.info(request, "This document is already being built; here is its progress.")
    return redirect("documents:detail", lsp_slug=request.lsp.slug, document_id=document.pk)


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_GET
def document_detail(request, document_id):
    document = get_for_lsp(
        listed_documents().select_related("requested_by"), request.lsp, pk=document_id
    )
    return progress_page(
        request,
        "documents/document_detail.html",
        {"document": document},
        active=document.is_active,
    )


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_GET
def document_download(request, document_id):
    document = get_for_lsp(listed_documents(), request.lsp, pk=document_id)
    if document.status != Document.Status.READY or not document.file:
        raise Http404("This document is not ready")
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type="application/pdf",
    )
