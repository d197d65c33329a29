"""The one claim-and-lease mechanism for background jobs whose state lives in our own
tables (documents, figure imports), so that none is lost and none is done twice.

A worker claims a job by a compare-and-set on its row: it succeeds for a queued job, or for
one whose lease has run out (its worker died or lost its message), while attempts remain.
Each claim takes a new claim number, and only the holder of the current claim may write the
job's result: a duplicate delivery does nothing, and a worker that lost its lease cannot
overwrite the work of the one that took over. The broker may lose a message and a worker may
be killed; the reconciler, run by Celery beat, re-sends such jobs and fails those out of
attempts with a reason a person can read, so no job waits for ever.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger(__name__)


class LeasedJob(models.Model):
    """The fields a job needs to be claimed, leased, retried and reconciled. The model adds
    its own ``status`` field, whose values its ``JobSpec`` names."""

    # Each claim of the job by a worker takes a new claim number; only the holder of the
    # current claim may finish the job, so a duplicate delivery or a job a dead worker
    # left behind never writes a second result.
    claim = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)

    class Meta:
        abstract = True


class ClaimLost(Exception):
    """The job was claimed again meanwhile (this worker's lease ran out): stop, write nothing."""


@dataclass(frozen=True)
class JobSpec:
    """How one model's jobs are claimed and leased. Build it when it is used, so that the
    settings it reads are the current ones."""

    model: type[LeasedJob]
    queued: str  # status values of the model's own ``status`` field
    working: str
    failed: str
    lease_seconds: int
    stale_queued_seconds: int  # queued longer than this without a worker: the message was lost
    max_attempts: int
    enqueue: Callable[[int], None]  # sends the job's id to a worker once the transaction commits
    gave_up: str = "Stopped after {attempts} attempts: the worker did not finish it."
    select_related: tuple[str, ...] = ()

    @property
    def objects(self) -> models.Manager:
        return self.model._default_manager


def job_claim(*, spec: JobSpec, job_id: int) -> LeasedJob | None:
    """Take the job for this worker, or return None if it is not ours to do.

    The compare-and-set on the row is the lock: it succeeds only for a queued job, or one
    whose previous claim's lease has run out, while attempts remain. A duplicate delivery
    of a job already being worked on or finished therefore does nothing.
    """
    now = timezone.now()
    claimable = Q(status=spec.queued) | Q(status=spec.working, lease_expires_at__lt=now)
    # One transaction, so the row read back carries the claim this update took.
    with transaction.atomic():
        updated = spec.objects.filter(claimable, pk=job_id, attempts__lt=spec.max_attempts).update(
            status=spec.working,
            claim=F("claim") + 1,
            attempts=F("attempts") + 1,
            started_at=now,
            lease_expires_at=now + timedelta(seconds=spec.lease_seconds),
        )
        if not updated:
            return None
        return spec.objects.select_related(*spec.select_related).get(pk=job_id)


def job_still_ours(*, spec: JobSpec, job: LeasedJob) -> models.QuerySet:
    """The job's row while this worker's claim is the current one, else nothing: write the
    result through it, and a lost claim's write changes nothing."""
    return spec.objects.filter(pk=job.pk, claim=job.claim, status=spec.working)


def job_renew_lease(*, spec: JobSpec, job: LeasedJob, **fields) -> None:
    """Extend the lease of a job that is making progress (and record that progress in
    ``fields``), so that a long job is not taken from a worker that is still alive.
    Raises ClaimLost if another worker has claimed it meanwhile."""
    lease = timezone.now() + timedelta(seconds=spec.lease_seconds)
    if not job_still_ours(spec=spec, job=job).update(lease_expires_at=lease, **fields):
        raise ClaimLost(f"{spec.model.__name__} {job.pk} was claimed again meanwhile")


def job_record_failure(*, spec: JobSpec, job: LeasedJob, reason: str) -> bool:
    """Try again while attempts remain; after the last one the job stays failed, with the
    reason. Returns whether the job was sent again."""
    final = job.attempts >= spec.max_attempts
    now = timezone.now()
    with transaction.atomic():
        updated = job_still_ours(spec=spec, job=job).update(
            status=spec.failed if final else spec.queued,
            failure_reason=reason,
            lease_expires_at=None,
            queued_at=now,
            finished_at=now if final else None,
        )
        if updated and not final:
            spec.enqueue(job.pk)
    logger.warning("%s %s attempt %s failed: %s", spec.model.__name__, job.pk, job.attempts, reason)
    return bool(updated) and not final


def jobs_reconcile(*, spec: JobSpec) -> list[int]:
    """Re-send jobs a worker will not finish: queued too long (the broker lost the message)
    or worked on past their lease (the worker died). Returns the ids sent again.

    A job in that state after its last attempt is marked failed instead, with a reason a
    person can read, so a job that kills its worker every time cannot loop.
    """
    now = timezone.now()
    stale_queued = Q(
        status=spec.queued, queued_at__lt=now - timedelta(seconds=spec.stale_queued_seconds)
    )
    lease_expired = Q(status=spec.working, lease_expires_at__lt=now)
    stuck = stale_queued | lease_expired
    requeued = []
    for job in spec.objects.filter(stuck).only("pk", "claim", "attempts", "failure_reason"):
        # Filtered on the claim and the state again: a worker may have claimed or finished
        # it since it was read.
        same = spec.objects.filter(stuck, pk=job.pk, claim=job.claim)
        if job.attempts >= spec.max_attempts:
            same.update(
                status=spec.failed,
                failure_reason=job.failure_reason or spec.gave_up.format(attempts=job.attempts),
                finished_at=now,
                lease_expires_at=None,
            )
            continue
        with transaction.atomic():
            if same.update(queued_at=now):
                spec.enqueue(job.pk)
                requeued.append(job.pk)
    return requeued
