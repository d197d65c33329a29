"""The scale data set and the benchmark that runs on it still work (at a toy size here;
the figures at full size are in the issue's note and the README)."""

import io

from django.core.management import call_command

from laa.models import Measurement, Target
from tenancy.models import LSP


def test_the_scale_data_set_builds_and_the_benchmark_runs_on_it(db):
    call_command(
        "build_scale_dataset",
        "--lsps=3",
        "--indicators=5",
        "--quarters=8",
        "--districts=2",
        stdout=io.StringIO(),
    )
    assert LSP.objects.filter(slug__startswith="scale-").count() == 3 + 1 + 2
    # 3 LSPs x 5 indicators x 8 quarters, and the county and its 2 districts x 5 x 12.
    assert Measurement.objects.count() == 3 * 5 * 8 + 3 * 5 * 12
    assert Target.objects.filter(district__isnull=False).count() == 2 * 5
    out = io.StringIO()
    call_command("benchmark_laa", "--repeat=1", stdout=out)
    report = out.getvalue()
    assert "LAA overview, 5 indicators x 12 quarters" in report
    assert "County with 2 districts side by side" in report
    assert "Import of a 10,000-row CSV" in report
    assert Measurement.objects.count() == 3 * 5 * 8 + 3 * 5 * 12  # the benchmark keeps nothing
