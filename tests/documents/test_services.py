"""Asking for documents, claiming jobs, failures and the reconciler."""

from datetime import timedelta

import pytest
from django.utils import timezone

from documents import services
from documents.models import Document
from tests.factories import DocumentFactory


def test_asking_twice_while_one_is_queued_returns_the_same_document(
    herts, herts_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        first, created = services.document_request(
            lsp=herts, kind="lsp_summary", actor=herts_coordinator
        )
        second, created_again = services.document_request(
            lsp=herts, kind="lsp_summary", actor=herts_coordinator
        )
    assert created and not created_again
    assert first.pk == second.pk
    assert len(callbacks) == 1  # one render job is sent, once the row is committed


def test_the_database_refuses_a_second_active_document_of_the_same_kind(herts):
    from django.db import IntegrityError, transaction

    DocumentFactory(lsp=herts)
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentFactory(lsp=herts)


def test_a_duplicate_delivery_does_not_claim_a_job_already_rendering(herts):
    document = DocumentFactory(lsp=herts)
    assert services.document_claim(document_id=document.pk) is not None
    assert services.document_claim(document_id=document.pk) is None


def test_a_job_whose_lease_ran_out_can_be_claimed_again(herts):
    document = DocumentFactory(lsp=herts)
    claimed = services.document_claim(document_id=document.pk)
    Document.objects.filter(pk=document.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    again = services.document_claim(document_id=document.pk)
    assert again.claim == claimed.claim + 1 and again.attempts == 2


def test_render_makes_one_ready_file_and_a_second_delivery_does_nothing(
    herts, herts_coordinator, settings
):
    document = DocumentFactory(lsp=herts, requested_by=herts_coordinator)
    services.document_render(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.READY
    assert document.file.read().startswith(b"%PDF")
    assert document.render_seconds > 0
    services.document_render(document_id=document.pk)  # duplicate delivery
    document.refresh_from_db()
    assert (document.attempts, document.claim) == (1, 1)
    folder = settings.MEDIA_ROOT / "documents" / herts.slug
    assert [path.name for path in folder.iterdir()] == [f"{document.pk}.pdf"]


def test_a_job_that_keeps_failing_stops_after_three_attempts(
    herts, settings, django_capture_on_commit_callbacks
):
    settings.PDF_RENDER_MEMORY_MB = 30  # too little for WeasyPrint to start: fails every time
    document = DocumentFactory(lsp=herts)
    for attempt in range(1, 4):
        with django_capture_on_commit_callbacks() as callbacks:
            services.document_render(document_id=document.pk)
        document.refresh_from_db()
        if attempt < 3:
            assert document.status == Document.Status.QUEUED
            assert len(callbacks) == 1  # re-queued for another attempt
        else:
            assert document.status == Document.Status.FAILED
            assert len(callbacks) == 0  # never loops
    assert document.attempts == 3 and document.failure_reason
    services.document_render(document_id=document.pk)
    document.refresh_from_db()
    assert document.attempts == 3


def test_reconciler_requeues_stuck_jobs_and_fails_those_out_of_attempts(
    herts, camden, settings, django_capture_on_commit_callbacks
):
    long_ago = timezone.now() - timedelta(hours=1)
    stuck_queued = DocumentFactory(lsp=herts, queued_at=long_ago)
    stuck_rendering = DocumentFactory(
        lsp=camden, status=Document.Status.RENDERING, attempts=1, lease_expires_at=long_ago
    )
    fresh = DocumentFactory(lsp=herts, kind="other", queued_at=timezone.now())
    exhausted = DocumentFactory(
        lsp=camden,
        kind="other",
        status=Document.Status.RENDERING,
        attempts=3,
        lease_expires_at=long_ago,
    )
    with django_capture_on_commit_callbacks() as callbacks:
        requeued = services.documents_reconcile()
    assert sorted(requeued) == sorted([stuck_queued.pk, stuck_rendering.pk])
    assert len(callbacks) == 2
    exhausted.refresh_from_db()
    assert exhausted.status == Document.Status.FAILED
    assert "Stopped after 3 attempts" in exhausted.failure_reason
    fresh.refresh_from_db()
    assert fresh.status == Document.Status.QUEUED
