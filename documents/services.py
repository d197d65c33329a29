"""Asking for documents and building them. Views, tasks and commands all call these."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from documents import content
from documents.models import Document
from documents.renderer import RenderError, render_pdf

logger = logging.getLogger(__name__)


def _enqueue_on_commit(document_id: int) -> None:
    from documents.tasks import render_document

    transaction.on_commit(lambda: render_document.delay(document_id))


def document_request(*, lsp, kind: str, actor) -> tuple[Document, bool]:
    """Ask for a document. Returns (document, created).

    While one of the same kind is queued or rendering, that one is returned instead of
    starting a second: the partial unique constraint settles a race between two clicks.
    """
    existing = Document.objects.for_lsp(lsp).filter(kind=kind, status__in=Document.ACTIVE_STATUSES)
    if document := existing.first():
        return document, False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                lsp=lsp, kind=kind, requested_by=actor, queued_at=timezone.now()
            )
    except IntegrityError:
        return existing.get(), False
    _enqueue_on_commit(document.pk)
    return document, True


def document_claim(*, document_id: int) -> Document | None:
    """Take the job for this worker, or return None if it is not ours to do.

    A compare-and-set on the row is the lock: it succeeds only for a queued job, or one
    whose previous claim's lease has run out (its worker died). A duplicate delivery of
    a job already rendering or finished therefore does nothing.
    """
    now = timezone.now()
    claimable = Q(status=Document.Status.QUEUED) | Q(
        status=Document.Status.RENDERING, lease_expires_at__lt=now
    )
    updated = Document.objects.filter(
        claimable, pk=document_id, attempts__lt=settings.PDF_MAX_ATTEMPTS
    ).update(
        status=Document.Status.RENDERING,
        claim=F("claim") + 1,
        attempts=F("attempts") + 1,
        started_at=now,
        lease_expires_at=now + timedelta(seconds=settings.PDF_LEASE_SECONDS),
    )
    if not updated:
        return None
    return Document.objects.select_related("lsp").get(pk=document_id)


def document_render(*, document_id: int) -> None:
    """Build the document's PDF if this worker can claim it; record what happened."""
    document = document_claim(document_id=document_id)
    if document is None:
        logger.info("Document %s is not claimable; nothing to do", document_id)
        return
    template_name, context = content.for_document(document)
    try:
        result = render_pdf(template_name, context)
    except RenderError as error:
        _record_failure(document, str(error))
        return
    if result.refused_urls:
        logger.warning("Document %s: refused %s", document.pk, result.refused_urls)
    _record_success(document, result.pdf, result.seconds)


def _still_ours(document: Document):
    return Document.objects.filter(
        pk=document.pk, claim=document.claim, status=Document.Status.RENDERING
    )


def _record_success(document: Document, pdf: bytes, seconds: float) -> None:
    with transaction.atomic():
        if not _still_ours(document).select_for_update().exists():
            logger.info("Document %s was claimed again meanwhile; dropping this copy", document.pk)
            return
        now = timezone.now()
        document.finished_at = now
        # One file per document: its name carries the id, so a save can never add a second.
        name = f"{document.lsp.slug}/{document.pk}.pdf"
        document.file.storage.delete(f"documents/{name}")
        document.file.save(name, ContentFile(pdf), save=False)
        _still_ours(document).update(
            status=Document.Status.READY,
            file=document.file.name,
            finished_at=now,
            render_seconds=round(seconds, 3),
            lease_expires_at=None,
            failure_reason="",
        )


def _record_failure(document: Document, reason: str) -> None:
    """Try again while attempts remain; after the last one the job stays failed."""
    final = document.attempts >= settings.PDF_MAX_ATTEMPTS
    updated = _still_ours(document).update(
        status=Document.Status.FAILED if final else Document.Status.QUEUED,
        failure_reason=reason,
        lease_expires_at=None,
        queued_at=timezone.now(),
        finished_at=timezone.now() if final else None,
    )
    logger.warning("Document %s attempt %s failed: %s", document.pk, document.attempts, reason)
    if updated and not final:
        _enqueue_on_commit(document.pk)


def documents_reconcile() -> list[int]:
    """Re-queue jobs a worker will not finish: stuck queued, or rendering past their lease.

    A job whose lease ran out after its last attempt is marked failed instead, so a
    document that kills its worker every time cannot loop.
    """
    now = timezone.now()
    stale_queued = Q(
        status=Document.Status.QUEUED,
        queued_at__lt=now - timedelta(seconds=settings.PDF_STALE_QUEUED_SECONDS),
    )
    lease_expired = Q(status=Document.Status.RENDERING, lease_expires_at__lt=now)
    requeued = []
    for document in Document.objects.filter(stale_queued | lease_expired):
        if document.attempts >= settings.PDF_MAX_ATTEMPTS:
            Document.objects.filter(pk=document.pk, claim=document.claim).filter(
                stale_queued | lease_expired
            ).update(
                status=Document.Status.FAILED,
                failure_reason=document.failure_reason
                or f"Stopped after {document.attempts} attempts: the worker did not finish it.",
                finished_at=now,
                lease_expires_at=None,
            )
            continue
        with transaction.atomic():
            Document.objects.filter(pk=document.pk, claim=document.claim).update(queued_at=now)
            _enqueue_on_commit(document.pk)
        requeued.append(document.pk)
    return requeued
