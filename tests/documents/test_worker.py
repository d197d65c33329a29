"""The background pipeline through a real Celery worker on the configured broker."""

import pytest

from accounts.models import User
from documents import services
from lsp_portal.permissions import RoleName
from tenancy.models import Role
from tests.worker import celery_worker, purge_queues, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def status_of(document):
    document.refresh_from_db()
    return document.status


def test_a_real_worker_builds_the_summary_pdf(herts, herts_coordinator, tmp_path):
    purge_queues()
    with celery_worker(log_dir=tmp_path) as worker:
        document, _ = services.document_request(
            lsp=herts, kind="lsp_summary", actor=herts_coordinator
        )
        wait_until(
            lambda: status_of(document) in ("ready", "failed"), timeout=90, message=worker.log()
        )
    assert document.status == "ready", document.failure_reason
    assert document.file.read().startswith(b"%PDF")
    assert document.render_seconds > 0


def add_people(lsp, count):
    users = User.objects.bulk_create(
        User(email=f"member{i}@example.org", full_name=f"Member {i:05d}") for i in range(count)
    )
    Role.objects.bulk_create(Role(lsp=lsp, user=user, role=RoleName.PARTNER) for user in users)


def test_a_worker_killed_mid_render_leaves_a_job_that_another_worker_finishes(
    herts, herts_coordinator, tmp_path, settings
):
    """SIGKILL during a render: the reconciler re-queues it, and exactly one file results."""
    add_people(herts, 3000)  # a long document, so the kill lands while it renders
    purge_queues()
    with celery_worker(log_dir=tmp_path, env={"PDF_LEASE_SECONDS": "2"}) as first:
        document, _ = services.document_request(
            lsp=herts, kind="lsp_summary", actor=herts_coordinator
        )
        wait_until(
            lambda: status_of(document) == "rendering",
            timeout=60,
            interval=0.05,
            message=first.log(),
        )
        first.kill()
    assert status_of(document) == "rendering"
    with celery_worker(
        log_dir=tmp_path, beat=True, env={"PDF_RECONCILE_EVERY_SECONDS": "1"}
    ) as second:
        wait_until(
            lambda: status_of(document) in ("ready", "failed"), timeout=180, message=second.log()
        )
    assert document.status == "ready", document.failure_reason
    assert document.attempts == 2
    folder = settings.MEDIA_ROOT / "documents" / herts.slug
    assert [path.name for path in folder.iterdir()] == [f"{document.pk}.pdf"]
