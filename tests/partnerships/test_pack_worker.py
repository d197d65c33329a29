"""A board pack through real Celery workers: one killed mid-render (SIGKILL) leaves no
version and no half-written file, and the pack is made after a restart."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.conf import settings

from partnerships import packs, services
from partnerships.models import AgendaItem, Meeting, PackVersion
from tests.factories import PartnershipFactory
from tests.worker import celery_worker, purge_queues, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def fresh(document):
    return type(document).objects.get(pk=document.pk)


def render_folders() -> set[Path]:
    return set(Path(settings.PDF_WORK_DIR).glob("lsp-pdf-*"))


def test_a_worker_killed_mid_render_leaves_nothing_and_the_pack_is_made_after_a_restart(
    herts, herts_coordinator, tmp_path
):
    board = PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board")
    meeting = services.meeting_save(
        meeting=Meeting(
            lsp=herts,
            partnership=board,
            starts_at=datetime(2010, 3, 4, 18, 30, tzinfo=UTC),
            venue="Council chamber",
        )
    )
    # A long pack, so that the kill lands while it renders.
    for order in range(5, 45):
        AgendaItem.objects.create(
            lsp=herts,
            meeting=meeting,
            order=order,
            title=f"Item of business {order}",
            paper_text="The partnership's report on this item. " * 300,
        )
    before = render_folders()
    purge_queues()
    with celery_worker(log_dir=tmp_path, env={"PDF_LEASE_SECONDS": "2"}) as first:
        document, _ = packs.pack_request(meeting=meeting, actor=herts_coordinator, publish=False)
        wait_until(
            # Rendering the members' edition, in its folder.
            lambda: fresh(document).step.startswith("2 of") and render_folders() - before,
            timeout=90,
            interval=0.05,
            message=first.log(),
        )
        first.kill()
    document.refresh_from_db()
    assert document.status == "rendering"
    assert not PackVersion.objects.exists()
    folder = settings.MEDIA_ROOT / "packs" / herts.slug / str(meeting.pk)
    assert not folder.exists() or not any(folder.iterdir())
    left_behind = render_folders() - before
    assert left_behind  # the killed render's folder: the reconciler's to remove

    with celery_worker(
        log_dir=tmp_path,
        beat=True,
        env={"PDF_RECONCILE_EVERY_SECONDS": "1", "PDF_LEASE_SECONDS": "20"},
    ) as second:
        wait_until(
            lambda: fresh(document).status in ("ready", "failed"),
            timeout=240,
            message=second.log(),
        )
        # Folders older than a lease are a dead render's: the reconciler removes them.
        wait_until(lambda: not (left_behind & render_folders()), timeout=60, message=second.log())
    document.refresh_from_db()
    assert document.status == "ready", document.failure_reason
    assert document.attempts == 2
    version = PackVersion.objects.get()
    assert version.number == 1 and version.document == document
    files = sorted(path.name for path in folder.iterdir())
    assert files == ["v1-members.pdf", "v1-public.pdf"]
