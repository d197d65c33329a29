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
    HTML(string=job["html"], base_url=job["base_url"], url_fetcher=fetcher).write_pdf(
        job["output_path"], stylesheets=[fonts], font_config=font_config
    )
    json.dump({"refused": fetcher.refused}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
