"""Measure the LAA where users will be: run ``build_scale_dataset`` first.

Each page is requested through the whole stack (middleware, sign-in, tenancy) with the
test client, and set beside a no-op view behind the same tenancy, in the same run. The
import of a 10,000-row file is set beside a bare bulk insert of the same rows. Nothing
the benchmark writes is kept.
"""

import statistics
import time
import types

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path

from laa import services
from laa.management.commands.build_scale_dataset import BENCH_COUNTY
from laa.models import (
    Block,
    FigureImport,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    Target,
)
from laa.periods import periods_for
from lsp_portal import permissions, urls
from tenancy.access import lsp_view
from tenancy.models import LSP


@lsp_view(permissions.VIEW_LAA)
def noop(request):
    return HttpResponse("")


BENCH_URLS = types.ModuleType("benchmark_urls")
BENCH_URLS.urlpatterns = [path("<slug:lsp_slug>/noop/", noop), *urls.urlpatterns]


class Command(BaseCommand):
    help = "Time the LAA overview, the districts page and an import at scale."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20)

    def handle(self, *args, repeat, **options):
        county = LSP.objects.filter(slug=BENCH_COUNTY).first()
        if county is None:
            raise CommandError("Run build_scale_dataset first.")
        self.stdout.write(
            f"{Measurement.objects.count():,} figures in {LSP.objects.count()} LSPs; "
            f"{repeat} requests each, median server time"
        )
        coordinator = get_user_model().objects.get(email=f"{county.slug}-coordinator@scale.example")
        client = Client(HTTP_HOST="localhost")
        client.force_login(coordinator)
        # Production settings but plain static file names: no collectstatic needed.
        storages = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with override_settings(ROOT_URLCONF=BENCH_URLS, DEBUG=False, STORAGES=storages):
            noop_ms = self._time(client, f"/{county.slug}/noop/", repeat)
            self._report(
                "no-op view behind the tenancy", noop_ms, noop_ms, client, f"/{county.slug}/noop/"
            )
            targets = Target.objects.for_lsp(county).filter(district__isnull=True).count()
            districts = county.district_lsps.count()
            for label, url in (
                (f"LAA overview, {targets} indicators x 12 quarters", f"/{county.slug}/laa/"),
                (
                    f"County with {districts} districts side by side",
                    f"/{county.slug}/laa/districts/",
                ),
                ("Exceptions", f"/{county.slug}/laa/exceptions/"),
            ):
                self._report(label, self._time(client, url, repeat), noop_ms, client, url)
            self._import(client, coordinator)

    def _time(self, client, url, repeat):
        client.get(url, secure=True)  # warm caches, as a server that has served a page already
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url, secure=True)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        return statistics.median(times)

    def _report(self, label, ms, noop_ms, client, url):
        with CaptureQueriesContext(connection) as queries:
            client.get(url, secure=True)
        self.stdout.write(
            f"  {label}: {ms:.1f} ms ({ms / noop_ms:.1f} x no-op), {len(queries)} queries"
        )

    def _import(self, client, coordinator):
        """A 10,000-row file through the import page, and the same rows bulk inserted."""
        with transaction.atomic():
            lsp = LSP.objects.get(slug=BENCH_COUNTY)
            laa = LocalAreaAgreement.objects.for_lsp(lsp).get()
            LocalAreaAgreement.objects.filter(pk=laa.pk).update(period_start=2000, period_end=2029)
            block = Block.objects.for_lsp(lsp).first()
            outcome = Outcome.objects.create(lsp=lsp, block=block, agreement=laa, title="Import")
            indicators = [
                Indicator.objects.create(lsp=lsp, code=f"BENCH {n}", title="x", frequency="monthly")
                for n in range(28)
            ]
            for indicator in indicators:
                Target.objects.create(lsp=lsp, outcome=outcome, indicator=indicator)
            ends = [p.end for p in periods_for("monthly", 2000, 2029)]
            rows = [(i, end, n % 97) for i in indicators for n, end in enumerate(ends)][:10_000]
            text = "indicator,period_end,value\n" + "\n".join(
                f"{i.code},{end.isoformat()},{value}.5" for i, end, value in rows
            )
            timings = {}
            for label in ("import", "bulk"):
                sid = transaction.savepoint()
                started = time.perf_counter()
                if label == "import":
                    upload = SimpleUploadedFile("figures.csv", text.encode())
                    response = client.post(
                        f"/{lsp.slug}/laa/import/", {"file": upload}, secure=True
                    )
                    assert response.status_code == 302, response.content[:2000]
                    # What the worker does with it (in the benchmark's own process).
                    job = FigureImport.objects.for_lsp(lsp).latest("pk")
                    services.figure_import_run(figure_import_id=job.pk)
                else:
                    Measurement.objects.bulk_create(
                        (
                            Measurement(
                                lsp=lsp,
                                indicator=i,
                                period_end=end,
                                value=value,
                                status="submitted",
                            )
                            for i, end, value in rows
                        ),
                        batch_size=1000,
                    )
                timings[label] = (time.perf_counter() - started) * 1000
                assert (
                    Measurement.objects.for_lsp(lsp).filter(indicator__in=indicators).count()
                    == 10_000
                )
                transaction.savepoint_rollback(sid)
            transaction.set_rollback(True)
        self.stdout.write(
            f"  Import of a 10,000-row CSV: {timings['import']:.0f} ms "
            f"({timings['import'] / timings['bulk']:.1f} x a bare bulk insert of the same rows, "
            f"{timings['bulk']:.0f} ms)"
        )
