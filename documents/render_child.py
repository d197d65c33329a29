"""Render HTML documents to PDF. Runs as a child process of documents.renderer.

Kept free of Django so the child starts quickly and holds nothing of the worker's.
The first line on stdin is the session (static folders, fonts, limits); each line after
it is one document to render. For each, the child writes the PDF to the path the line
names (unless it asks for the layout only) and answers with one JSON line: its pages, the
pages of the anchors asked about, and the URLs it refused. The fonts are loaded once per
session, so a job that renders several documents (a board pack) pays for them once.
"""

import json
import os
import resource
import sys

from documents.fetcher import StaticOnlyURLFetcher


def limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))


def main() -> int:
    session = json.loads(sys.stdin.readline())
    limit_resources(session["memory_mb"], session["cpu_seconds"])
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fetcher = StaticOnlyURLFetcher(
        static_roots=session["static_roots"], static_url=session["static_url"]
    )
    # @font-face rules take effect only through a font configuration shared by the
    # stylesheet and the render.
    font_config = FontConfiguration()
    fonts = CSS(url=session["fonts_url"], url_fetcher=fetcher, font_config=font_config)
    for line in sys.stdin:
        job = json.loads(line)
        fetcher.refused = []
        document = HTML(
            string=job["html"], base_url=session["base_url"], url_fetcher=fetcher
        ).render(stylesheets=[fonts], font_config=font_config)
        if job.get("output_path"):
            # Tagged PDF: assistive technology reads the structure, and viewers show the title.
            document.write_pdf(job["output_path"], pdf_variant="pdf/ua-1")
        print(
            json.dumps(
                {
                    "refused": fetcher.refused,
                    "pages": len(document.pages),
                    "anchors": anchor_pages(document, tuple(job.get("anchors", ()))),
                }
            ),
            flush=True,
        )
    sys.stdout.flush()
    # Everything is written and reported: exit without tearing the layouts down, which
    # takes a tenth of a second for a long pack.
    os._exit(0)


def anchor_pages(document, prefix: tuple) -> dict[str, list[int]]:
    """First and last page (1-based) of each element whose id starts with one of the
    ``prefix`` strings. An element is among a page's anchors on every page its boxes reach."""
    if not prefix:
        return {}
    pages: dict[str, list[int]] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            if name.startswith(prefix):
                pages.setdefault(name, [number, number])[1] = number
    return pages


if __name__ == "__main__":
    sys.exit(main())
