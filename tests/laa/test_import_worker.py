"""A figure import runs through a real Celery worker: the person sends the file, the worker
checks and saves it, and the status page reports."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from laa.models import (
    Block,
    FigureImport,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    Target,
)
from tests.factories import long_monthly_agreement
from tests.worker import celery_worker, purge_queues, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_checks_and_saves_an_import(client, herts, herts_coordinator, tmp_path):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(lsp=herts, block=block, agreement=agreement, title="Crime")
    # A local indicator: transactional tests empty the tables, the National Indicator Set too.
    indicator = Indicator.objects.create(lsp=herts, code="L 16", title="Burglaries")
    Target.objects.create(lsp=herts, outcome=outcome, indicator=indicator)
    client.force_login(herts_coordinator)
    purge_queues()
    with celery_worker(log_dir=tmp_path) as worker:
        response = client.post(
            reverse("laa:import", args=[herts.slug]),
            {
                "file": SimpleUploadedFile(
                    "figures.csv",
                    b"indicator,period_end,value\nL 16,2008-06-30,14.1\nL 16,2008-09-30,13.9\n",
                )
            },
        )
        job = FigureImport.objects.get()
        assert response["Location"] == reverse("laa:import-status", args=[herts.slug, job.pk])
        wait_until(
            lambda: FigureImport.objects.get().status not in FigureImport.ACTIVE_STATUSES,
            timeout=60,
            message=worker.log(),
        )
    job.refresh_from_db()
    assert job.status == "saved", (job.failure_reason, job.problems)
    assert job.created == 2 and job.rows_checked == 2
    assert Measurement.objects.get(period_end=date(2008, 9, 30)).submitted_by == herts_coordinator
    page = client.get(response["Location"])
    assert b"2 figures submitted" in page.content and "Refresh" not in page


def test_an_import_whose_worker_is_killed_mid_check_is_finished_by_another_after_its_lease(
    client, herts, herts_coordinator, tmp_path
):
    """SIGKILL while the worker is on the import: it stays "Being checked" until its lease
    runs out, then the reconciler sends it to a new worker, which saves every figure once."""
    indicators, ends = long_monthly_agreement(herts, indicators=54)
    # 20,088 rows: long enough a job that the kill lands while the worker is on it.
    lines = ["indicator,period_end,value"] + [
        f"{indicator.code},{end.isoformat()},{n % 97}.5"
        for indicator in indicators
        for n, end in enumerate(ends)
    ]
    rows = len(lines) - 1
    client.force_login(herts_coordinator)
    purge_queues()

    def job():
        return FigureImport.objects.get()

    with celery_worker(log_dir=tmp_path, env={"IMPORT_LEASE_SECONDS": "2"}) as first:
        response = client.post(
            reverse("laa:import", args=[herts.slug]),
            {"file": SimpleUploadedFile("figures.csv", "\n".join(lines).encode())},
        )
        # Killed near the end of the check, or while it saves the figures.
        wait_until(
            lambda: job().status == "checking" and job().rows_checked >= 20_000,
            timeout=60,
            interval=0.05,
            message=first.log(),
        )
        first.kill()
    stuck = job()
    assert (stuck.status, stuck.attempts) == ("checking", 1)
    assert not Measurement.objects.exists()  # the save is all or nothing
    assert b"Being checked" in client.get(response["Location"]).content
    with celery_worker(
        log_dir=tmp_path, beat=True, env={"IMPORT_RECONCILE_EVERY_SECONDS": "1"}
    ) as second:
        wait_until(
            lambda: job().status not in FigureImport.ACTIVE_STATUSES,
            timeout=180,
            message=second.log(),
        )
    done = job()
    assert done.status == "saved", (done.failure_reason, done.problems)
    assert (done.attempts, done.created, done.rows_checked) == (2, rows, rows)
    assert Measurement.objects.count() == rows
    assert Measurement.history.count() == rows  # each figure saved once, by the second worker
    page = client.get(response["Location"])
    assert b"20,088 figures submitted" in page.content and "Refresh" not in page
