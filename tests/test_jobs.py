"""The one claim-and-lease mechanism (lsp_portal.jobs), on both kinds of job that use it:
documents and figure imports."""

import itertools
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from documents.models import Document
from laa.models import FigureImport
from lsp_portal import jobs
from tests.factories import DocumentFactory, UserFactory

LONG_AGO = timedelta(hours=1)


@dataclass
class Kind:
    """A JobSpec for tests, with an enqueue callback that records what it was sent."""

    spec: jobs.JobSpec
    make: object
    sent: list = field(default_factory=list)


def kind_of_job(name, lsp) -> Kind:
    sent = []
    numbers = itertools.count()
    if name == "document":
        spec = jobs.JobSpec(
            model=Document,
            queued=Document.Status.QUEUED,
            working=Document.Status.RENDERING,
            failed=Document.Status.FAILED,
            lease_seconds=60,
            stale_queued_seconds=300,
            max_attempts=3,
            enqueue=sent.append,
        )

        def make(**fields):
            # One active document per kind and LSP: give each its own kind.
            return DocumentFactory(lsp=lsp, kind=f"kind-{next(numbers)}", **fields)
    else:
        spec = jobs.JobSpec(
            model=FigureImport,
            queued=FigureImport.Status.QUEUED,
            working=FigureImport.Status.CHECKING,
            failed=FigureImport.Status.FAILED,
            lease_seconds=60,
            stale_queued_seconds=300,
            max_attempts=3,
            enqueue=sent.append,
            gave_up="Stopped after {attempts} attempts: the check did not finish.",
        )

        def make(**fields):
            return FigureImport.objects.create(
                lsp=lsp,
                file=ContentFile(b"indicator,period_end,value\n", name="figures.csv"),
                kind="csv",
                name="figures.csv",
                requested_by=UserFactory(),
                **fields,
            )

    return Kind(spec=spec, make=make, sent=sent)


@pytest.fixture(params=["document", "figure import"])
def kind(request, herts):
    return kind_of_job(request.param, herts)


def run_out_of_lease(job):
    type(job).objects.filter(pk=job.pk).update(lease_expires_at=timezone.now() - LONG_AGO)


def test_a_job_claimed_once_is_not_claimed_again_while_its_lease_lasts(kind):
    job = kind.make(queued_at=timezone.now())
    claimed = jobs.job_claim(spec=kind.spec, job_id=job.pk)
    assert (claimed.status, claimed.claim, claimed.attempts) == (kind.spec.working, 1, 1)
    assert claimed.lease_expires_at > timezone.now() + timedelta(seconds=50)
    assert jobs.job_claim(spec=kind.spec, job_id=job.pk) is None  # a duplicate delivery


def test_a_job_whose_lease_ran_out_is_claimed_again_and_the_old_claim_writes_nothing(kind):
    job = kind.make()
    first = jobs.job_claim(spec=kind.spec, job_id=job.pk)
    run_out_of_lease(job)
    second = jobs.job_claim(spec=kind.spec, job_id=job.pk)
    assert (second.claim, second.attempts) == (2, 2)
    assert not jobs.job_still_ours(spec=kind.spec, job=first).update(failure_reason="late")
    with pytest.raises(jobs.ClaimLost):
        jobs.job_renew_lease(spec=kind.spec, job=first)
    assert jobs.job_still_ours(spec=kind.spec, job=second).exists()
    assert not jobs.job_record_failure(spec=kind.spec, job=first, reason="late")
    second.refresh_from_db()
    assert second.status == kind.spec.working and second.failure_reason == ""
    assert kind.sent == []


def test_a_job_out_of_attempts_is_not_claimed(kind):
    job = kind.make(
        status=kind.spec.working, attempts=3, lease_expires_at=timezone.now() - LONG_AGO
    )
    assert jobs.job_claim(spec=kind.spec, job_id=job.pk) is None


def test_a_failing_job_is_tried_again_while_attempts_remain_then_stays_failed(kind):
    job = kind.make()
    for attempt in range(1, 4):
        claimed = jobs.job_claim(spec=kind.spec, job_id=job.pk)
        assert claimed.attempts == attempt
        sent_again = jobs.job_record_failure(spec=kind.spec, job=claimed, reason="It broke.")
        assert sent_again == (attempt < 3)
    job.refresh_from_db()
    assert job.status == kind.spec.failed and job.failure_reason == "It broke."
    assert job.finished_at is not None and job.lease_expires_at is None
    assert kind.sent == [job.pk, job.pk]  # sent twice more, never a fourth time
    assert jobs.job_claim(spec=kind.spec, job_id=job.pk) is None


def test_renewing_a_lease_keeps_a_slow_job_from_the_reconciler(kind):
    job = kind.make()
    claimed = jobs.job_claim(spec=kind.spec, job_id=job.pk)
    run_out_of_lease(job)
    jobs.job_renew_lease(spec=kind.spec, job=claimed)
    assert jobs.jobs_reconcile(spec=kind.spec) == []
    assert jobs.job_claim(spec=kind.spec, job_id=job.pk) is None


def test_the_reconciler_resends_lost_and_abandoned_jobs_and_fails_those_out_of_attempts(kind):
    now = timezone.now()
    message_lost = kind.make(queued_at=now - LONG_AGO)
    just_sent = kind.make(queued_at=now)
    worker_died = kind.make(status=kind.spec.working, attempts=1, lease_expires_at=now - LONG_AGO)
    still_working = kind.make(status=kind.spec.working, attempts=1, lease_expires_at=now + LONG_AGO)
    out_of_attempts = kind.make(
        status=kind.spec.working, attempts=3, lease_expires_at=now - LONG_AGO
    )
    requeued = jobs.jobs_reconcile(spec=kind.spec)
    assert sorted(requeued) == sorted([message_lost.pk, worker_died.pk])
    assert sorted(kind.sent) == sorted(requeued)
    out_of_attempts.refresh_from_db()
    assert out_of_attempts.status == kind.spec.failed
    assert out_of_attempts.failure_reason.startswith("Stopped after 3 attempts: the ")
    for job in (just_sent, still_working, message_lost):
        status = job.status
        job.refresh_from_db()
        assert job.status == status
    # The lost message was sent again just now, so it is not sent again at once.
    kind.sent.clear()
    assert message_lost.pk not in jobs.jobs_reconcile(spec=kind.spec)
    # What a dead worker left is claimable: its lease has run out.
    assert jobs.job_claim(spec=kind.spec, job_id=worker_died.pk).attempts == 2
