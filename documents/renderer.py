"""The one PDF renderer: every document of the portal (summaries, board packs, briefings)
is a Django template rendered to HTML, then to PDF by WeasyPrint here.

WeasyPrint runs in a child process with memory and CPU limits, so a pathological
document fails its own job with a clear reason instead of taking the worker down.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string


class RenderError(Exception):
    """The document could not be rendered; the message is shown to the person who asked."""


@dataclass
class RenderResult:
    pdf: bytes
    seconds: float
    refused_urls: list[str]
    page_count: int = 0
    # For each element id asked about: the first and last page (1-based) it is on.
    anchor_pages: dict[str, tuple[int, int]] = field(default_factory=dict)


def static_roots() -> list[str]:
    roots = [str(path) for path in settings.STATICFILES_DIRS]
    if Path(settings.STATIC_ROOT).is_dir():
        roots.append(str(settings.STATIC_ROOT))
    return roots


def work_dir() -> Path:
    """Where renders keep their files while they run: one folder, so that what a killed
    worker left behind can be found and removed (remove_stale_work)."""
    path = Path(settings.PDF_WORK_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def remove_stale_work(*, older_than_seconds: float) -> int:
    """Remove render folders older than any render can take: a worker killed mid-render
    (SIGKILL) cannot clean up after itself. Returns how many were removed."""
    cutoff = time.time() - older_than_seconds
    removed = 0
    for folder in work_dir().glob("lsp-pdf-*"):
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def render_html_to_pdf(html: str, *, anchors: tuple[str, ...] = ()) -> RenderResult:
    """Render a complete HTML document. Static files are linked as ``/static/...``.

    Every PDF is tagged (PDF/UA-1): a structure tree, the language and the title shown by
    viewers. With ``anchors`` (id prefixes), the result says on which pages each element
    whose id starts with one of them lies (a board pack places its papers and withheld pages so).
    """
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lsp-pdf-", dir=work_dir()) as workdir:
        output_path = os.path.join(workdir, "document.pdf")
        job = {
            "html": html,
            # Relative and root-relative URLs resolve to file:///static/..., which the
            # fetcher maps onto the static folders.
            "base_url": "file:///",
            "static_url": settings.STATIC_URL,
            "static_roots": static_roots(),
            # Worker machines may have no fonts at all; every PDF uses the ones we ship.
            "fonts_url": f"file://{settings.STATIC_URL}portal/pdf-fonts.css",
            "output_path": output_path,
            "anchors": list(anchors),
            "memory_mb": settings.PDF_RENDER_MEMORY_MB,
            "cpu_seconds": settings.PDF_RENDER_CPU_SECONDS,
        }
        try:
            child = subprocess.run(  # noqa: S603 - our own interpreter and module
                [sys.executable, "-m", "documents.render_child"],
                input=json.dumps(job),
                capture_output=True,
                text=True,
                timeout=settings.PDF_RENDER_WALL_SECONDS,
                cwd=settings.BASE_DIR,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise RenderError(
                f"The document took longer than {settings.PDF_RENDER_WALL_SECONDS} seconds."
            ) from None
        if child.returncode != 0:
            raise RenderError(describe_failure(child.returncode, child.stderr))
        pdf = Path(output_path).read_bytes()
    report = json.loads(child.stdout or "{}")
    return RenderResult(
        pdf=pdf,
        seconds=time.monotonic() - started,
        refused_urls=report.get("refused", []),
        page_count=report.get("pages", 0),
        anchor_pages={name: tuple(pages) for name, pages in report.get("anchors", {}).items()},
    )


def render_pdf(template_name: str, context: dict) -> RenderResult:
    return render_html_to_pdf(render_to_string(template_name, context))


def describe_failure(returncode: int, stderr: str) -> str:
    if returncode in (-9, -24) or "MemoryError" in stderr:
        # SIGKILL/SIGXCPU from the kernel, or Python running out of its address space.
        return (
            "The document was too large to render within the limits "
            f"({settings.PDF_RENDER_MEMORY_MB} MB of memory, "
            f"{settings.PDF_RENDER_CPU_SECONDS} s of processor time)."
        )
    last_line = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit code {returncode}"
    return f"The renderer failed: {last_line[:500]}"
