from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from documents import services
from documents.models import Document
from lsp_portal import permissions
from lsp_portal.progress import progress_page
from lsp_portal.tenancy import get_for_lsp, lsp_view


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_GET
def document_list(request):
    documents = Document.objects.for_lsp(request.lsp).select_related("requested_by")[:50]
    return render(request, "documents/document_list.html", {"documents": documents})


@lsp_view(permissions.PRODUCE_DOCUMENTS)
@require_POST
def document_request(request):
    document, created = services.document_request(
        lsp=request.lsp, kind=Document.Kind.LSP_SUMMARY, actor=request.user
    )
    if not created:
        messages.info(request, "This document is already being built; here is its progress.")
    return redirect("documents:detail", lsp_slug=request.lsp.slug, document_id=document.pk)


@lsp_view(permissions.VIEW_DOCUMENTS)
@require_GET
def document_detail(request, document_id):
    document = get_for_lsp(
        Document.objects.select_related("requested_by"), request.lsp, pk=document_id
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
    document = get_for_lsp(Document.objects.all(), request.lsp, pk=document_id)
    if document.status != Document.Status.READY or not document.file:
        raise Http404("This document is not ready")
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type="application/pdf",
    )
