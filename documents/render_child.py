"""Render one HTML document to PDF. Runs as a child process of documents.renderer.

Kept free of Django so the child starts quickly and holds nothing of the worker's.
Reads a JSON job on stdin, writes the PDF to the path it names, and reports the
URLs it refused on stdout as JSON.
"""

import json
import resource
import sys

from documents.fetcher import StaticOnlyURLFetcher


def limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))


def main() -> int:
    job = json.load(sys.stdin)
    limit_resources(job["memory_mb"], job["cpu_seconds"])
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fetcher = StaticOnlyURLFetcher(static_roots=job["static_roots"], static_url=job["static_url"])
    # @font-face rules take effect only through a font configuration shared by the
    # stylesheet and the render.
    font_config = FontConfiguration()
    fonts = CSS(url=job["fonts_url"], url_fetcher=fetcher, font_config=font_config)
    document = HTML(string=job["html"], base_url=job["base_url"], url_fetcher=fetcher).render(
        stylesheets=[fonts], font_config=font_config
    )
    # Tagged PDF: assistive technology reads the structure, and viewers show the title.
    document.write_pdf(job["output_path"], pdf_variant="pdf/ua-1")
    json.dump(
        {
            "refused": fetcher.refused,
            "pages": len(document.pages),
            "anchors": anchor_pages(document, tuple(job.get("anchors", ()))),
        },
        sys.stdout,
    )
    return 0


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
