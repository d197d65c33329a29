#!/usr/bin/env python
"""The board pack on one core: a members' pack of about 60 pages (20 agenda items, the
performance report of the demo's Hertfordshire LAA with its charts, 10 appended PDF
papers), made as the worker makes it (both editions, papers appended); its wall time, the
peak memory of the worker and of its render processes, and the ratio of that total to
WeasyPrint rendering the members' assembled HTML alone, in the same run.

Needs an empty PostgreSQL database named by DATABASE_URL (the demo data is loaded into it):

    createdb lsp_bench_pack
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lsp_bench_pack \\
    taskset -c 0 .venv/bin/python scripts/benchmark_pack.py
"""

import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lsp_portal.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
# Static files straight from the project (no collectstatic step for a benchmark).
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench-pack"))

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from documents.renderer import render_html_to_pdf  # noqa: E402
from documents.services import document_claim  # noqa: E402
from partnerships import packs  # noqa: E402
from partnerships.demo import PacksDemo  # noqa: E402
from partnerships.models import AgendaItem, Meeting  # noqa: E402

RUNS = 5
ITEMS = 20
PDF_PAPERS = 10
PAGES_PER_PAPER = 3


def peak_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main():
    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--without-packs", verbosity=0)
    meeting = (
        Meeting.objects.filter(lsp__slug="hertfordshire", starts_at__gte=timezone.now())
        .order_by("starts_at")
        .first()
    )
    coordinator = User.objects.get(email__startswith="hertfordshire-coordinator")
    if not meeting.items.filter(title__startswith="Bench").exists():
        paper = PacksDemo.pdf("A paper of the board", PAGES_PER_PAPER)
        standard = meeting.items.count()
        for n in range(ITEMS - standard):
            item = AgendaItem(
                lsp=meeting.lsp,
                meeting=meeting,
                order=standard + n,
                title=f"Bench item {n + 1}: partnership business",
                presenter="Partnership manager",
                paper_text="" if n < PDF_PAPERS else "The paper's text. " * 120,
            )
            item.save()
            if n < PDF_PAPERS:
                item.paper.save(f"bench/{n}.pdf", ContentFile(paper), save=False)
                item.paper_name = f"paper-{n + 1}.pdf"
                item.save()
    # Each measured RUNS times, interleaved, and the medians compared: one render varies
    # by about a tenth from run to run on a shared machine.
    totals, alones, steps = [], [], []
    for _ in range(RUNS):
        document, _ = packs.pack_request(meeting=meeting, actor=coordinator, publish=False)
        document = document_claim(document_id=document.pk)
        if document is None:
            sys.exit("A pack of this meeting is being made already: use a fresh database.")
        steps.clear()
        started = time.monotonic()
        built = packs.pack_build(document, lambda step: steps.append((time.monotonic(), step)))
        total = time.monotonic() - started
        totals.append(total)
        built.keep(document)
        # Done, as the worker would record it, so that the next run makes the next version.
        type(document).objects.filter(pk=document.pk).update(status="ready")
        version = meeting.pack_versions.order_by("-number").first()

        # WeasyPrint alone on the members' assembled HTML (the same source, read again).
        source = packs.pack_source(meeting, document)
        html = packs.pack_html(source, edition="members", version=version.number, options={})
        alone_started = time.monotonic()
        alone = render_html_to_pdf(html)
        alones.append(time.monotonic() - alone_started)
    median, alone_seconds = statistics.median(totals), statistics.median(alones)

    print(f"pages: {version.page_count} ({len(alone.pdf) // 1024} KB members' edition alone)")
    print(f"items: {meeting.items.count()}, PDF papers: {PDF_PAPERS} x {PAGES_PER_PAPER} pages")
    previous = started
    for at, step in steps:
        print(f"  {at - previous:6.2f} s before: {step} (the last run)")
        previous = at
    print(f"  {started + total - previous:6.2f} s to finish")
    print(
        f"pack, both editions and papers: {median:.2f} s (median of {RUNS}: "
        + ", ".join(f"{t:.2f}" for t in totals)
        + ")"
    )
    print(
        f"WeasyPrint alone, members' HTML: {alone_seconds:.2f} s (median of {RUNS}: "
        + ", ".join(f"{t:.2f}" for t in alones)
        + ")"
    )
    print(f"ratio (pack / WeasyPrint alone): {median / alone_seconds:.2f}")
    print(
        f"peak memory: worker {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
        f"largest render process {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
