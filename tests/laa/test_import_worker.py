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
