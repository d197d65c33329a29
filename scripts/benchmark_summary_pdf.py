#!/usr/bin/env python
"""Time the LSP summary PDF through the one renderer, as a worker renders it.

Usage (after `make run` or `manage.py seed_demo`):
    DEBUG=1 .venv/bin/python scripts/benchmark_summary_pdf.py [--lsp hertfordshire] [--runs 10]

Each run includes starting the resource-limited child process, which is most of the
cost for a short document.
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lsp_portal.settings")

import django  # noqa: E402

django.setup()

from documents import registry  # noqa: E402
from documents.models import Document  # noqa: E402
from documents.renderer import render_pdf  # noqa: E402
from tenancy.models import LSP  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lsp", default="hertfordshire")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    lsp = LSP.objects.get(slug=args.lsp)
    document = Document(lsp=lsp, kind="lsp_summary")  # not saved
    seconds, size = [], 0
    for _ in range(args.runs):
        template, context = registry.content_of(document)
        result = render_pdf(template, context)
        seconds.append(result.seconds)
        size = len(result.pdf)
    print(
        f"{lsp.name}: {args.runs} renders, median {statistics.median(seconds):.3f} s, "
        f"min {min(seconds):.3f} s, max {max(seconds):.3f} s, {size / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
