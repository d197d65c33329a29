"""Asking for documents and building them. Views, tasks and commands all call these."""

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from documents import registry
from documents.models import Document
from documents.renderer import RenderError, remove_stale_work, render_pdf
from lsp_portal import jobs

logger = logging.getLogger(__name__)


def _enqueue_on_commit(document_id: int) -> None:
    from documents.tasks import render_document  # the task calls these services: import on use

    transaction.on_commit(lambda: render_document.delay(document_id))


def document_request(
    *, lsp, kind: str, actor, subject: str = "", options: dict | None = None
) -> tuple[Document, bool]:
    """Ask for a document of a registered kind (documents.registry), of one ``subject``
    of the LSP where the kind is made for one ("meeting:12"). Returns (document, created).

    While one of the same kind and subject is queued or rendering, that one is returned
    instead of starting a second (the second request joins the first): the partial unique
    constraint settles a race between two clicks.
    """
    registry.kind_of(kind)  # a kind no app declares could never be built
    existing = Document.objects.for_lsp(lsp).filter(
        kind=kind, subject=subject, status__in=Document.ACTIVE_STATUSES
    )
    if document := existing.first():
        return document, False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                lsp=lsp,
                kind=kind,
                subject=subject,
                options=options or {},
                requested_by=actor,
                queued_at=timezone.now(),
            )
    except IntegrityError:
        return existing.get(), False
    _enqueue_on_commit(document.pk)
    return document, True


def _jobs() -> jobs.JobSpec:
    """Documents as leased jobs: a worker renders one, holding it for PDF_LEASE_SECONDS."""
    return jobs.JobSpec(
        model=Document,
        queued=Document.Status.QUEUED,
        working=Document.Status.RENDERING,
        failed=Document.Status.FAILED,
        lease_seconds=settings.PDF_LEASE_SECONDS,
        stale_queued_seconds=settings.PDF_STALE_QUEUED_SECONDS,
        max_attempts=settings.PDF_MAX_ATTEMPTS,
        enqueue=_enqueue_on_commit,
        select_related=("lsp",),
    )


def document_claim(*, document_id: int) -> Document | None:
    """Take the job for this worker, or return None if it is not ours to do (see
    lsp_portal.jobs): a duplicate delivery of a job already rendering or finished does
    nothing."""
    return jobs.job_claim(spec=_jobs(), job_id=document_id)


def document_render(*, document_id: int) -> None:
    """Build the document's PDF if this worker can claim it; record what happened."""
    document = document_claim(document_id=document_id)
    if document is None:
        logger.info("Document %s is not claimable; nothing to do", document_id)
        return
    kind = registry.kind_of(document.kind)
    try:
        if kind.build is not None:
            built = kind.build(document, lambda step: document_step(document=document, step=step))
        else:
            built = _render_template(document)
    except RenderError as error:
        # Tried again while attempts remain; after the last one the job stays failed.
        jobs.job_record_failure(spec=_jobs(), job=document, reason=str(error))
        return
    except jobs.ClaimLost:
        logger.info("Document %s was claimed again meanwhile; stopping", document.pk)
        return
    except Exception:
        # A fault of ours: the job fails with a reason instead of waiting out its lease.
        logger.exception("Document %s could not be built", document.pk)
        jobs.job_record_failure(
            spec=_jobs(),
            job=document,
            reason="The document could not be made because of a fault in the portal; "
            "it has been logged.",
        )
        return
    _record_success(document, built)


def document_step(*, document: Document, step: str) -> None:
    """Show the step a long build is on, and keep its lease while it makes progress."""
    jobs.job_renew_lease(spec=_jobs(), job=document, step=step[:120])


def _render_template(document: Document) -> registry.Built:
    template_name, context = registry.content_of(document)
    result = render_pdf(template_name, context)
    if result.refused_urls:
        logger.warning("Document %s: refused %s", document.pk, result.refused_urls)

    def keep(document):
        # One file per document: its name carries the id, so a save can never add a second.
        name = f"{document.lsp.slug}/{document.pk}.pdf"
        document.file.storage.delete(f"documents/{name}")
        document.file.save(name, ContentFile(result.pdf), save=False)

    return registry.Built(seconds=result.seconds, keep=keep)


def _record_success(document: Document, built: registry.Built) -> None:
    ours = jobs.job_still_ours(spec=_jobs(), job=document)
    with transaction.atomic():
        if not ours.select_for_update().exists():
            logger.info("Document %s was claimed again meanwhile; dropping this copy", document.pk)
            return
        now = timezone.now()
        document.finished_at = now
        built.keep(document)
        ours.update(
            status=Document.Status.READY,
            file=document.file.name or "",
            finished_at=now,
            render_seconds=round(built.seconds, 3),
            lease_expires_at=None,
            failure_reason="",
            step="",
        )


def documents_reconcile() -> list[int]:
    """Re-queue jobs a worker will not finish: stuck queued, or rendering past their lease.

    A job whose lease ran out after its last attempt is marked failed instead, so a
    document that kills its worker every time cannot loop. Render folders a killed worker
    left behind are removed.
    """
    remove_stale_work(older_than_seconds=settings.PDF_LEASE_SECONDS)
    return jobs.jobs_reconcile(spec=_jobs())
