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
import threading
import time
from contextlib import contextmanager
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


class RenderSession:
    """One child process that renders documents one after another, for a job that needs
    several (a board pack lays out its public edition, then the members' own pages).
    The limits hold for the session as a whole: memory and processor time in the child,
    and PDF_RENDER_WALL_SECONDS of wall time from its start."""

    def __init__(self, workdir: str):
        self.workdir = workdir
        self.count = 0
        self.stderr = open(os.path.join(workdir, "stderr.txt"), "w+")  # noqa: SIM115
        self.child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "documents.render_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            cwd=settings.BASE_DIR,
        )
        self.timed_out = False
        self.timer = threading.Timer(settings.PDF_RENDER_WALL_SECONDS, self._time_out)
        self.timer.start()
        self._send(
            {
                # Relative and root-relative URLs resolve to file:///static/..., which the
                # fetcher maps onto the static folders.
                "base_url": "file:///",
                "static_url": settings.STATIC_URL,
                "static_roots": static_roots(),
                # Worker machines may have no fonts at all; every PDF uses the ones we ship.
                "fonts_url": f"file://{settings.STATIC_URL}portal/pdf-fonts.css",
                "memory_mb": settings.PDF_RENDER_MEMORY_MB,
                "cpu_seconds": settings.PDF_RENDER_CPU_SECONDS,
            }
        )

    def _time_out(self):
        self.timed_out = True
        self.child.kill()

    def _send(self, message: dict) -> None:
        try:
            self.child.stdin.write(json.dumps(message) + "\n")
            self.child.stdin.flush()
        except OSError:
            pass  # the child has gone; reading its answer says why

    def render(self, html: str, *, anchors: tuple[str, ...] = (), layout_only=False):
        """Render a complete HTML document. Static files are linked as ``/static/...``.

        Every PDF is tagged (PDF/UA-1): a structure tree, the language and the title shown
        by viewers. With ``anchors`` (id prefixes), the result says on which pages each
        element whose id starts with one of them lies (a board pack places its papers and
        withheld pages so). ``layout_only`` counts the pages and writes no PDF."""
        started = time.monotonic()
        self.count += 1
        output_path = "" if layout_only else os.path.join(self.workdir, f"{self.count}.pdf")
        self._send({"html": html, "anchors": list(anchors), "output_path": output_path})
        answer = self.child.stdout.readline()
        if not answer:
            self.child.wait()
            if self.timed_out:
                raise RenderError(
                    f"The document took longer than {settings.PDF_RENDER_WALL_SECONDS} seconds."
                )
            self.stderr.seek(0)
            raise RenderError(describe_failure(self.child.returncode, self.stderr.read()))
        report = json.loads(answer)
        return RenderResult(
            pdf=Path(output_path).read_bytes() if output_path else b"",
            seconds=time.monotonic() - started,
            refused_urls=report.get("refused", []),
            page_count=report.get("pages", 0),
            anchor_pages={name: tuple(pages) for name, pages in report.get("anchors", {}).items()},
        )

    def close(self):
        self.timer.cancel()
        try:
            self.child.stdin.close()  # the child exits at the end of its input
        except OSError:
            pass  # it has gone already (BrokenPipeError on the last flush)
        try:
            self.child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()
        self.child.stdout.close()
        self.stderr.close()


@contextmanager
def render_session():
    """Render several documents in one child, in one work folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="lsp-pdf-", dir=work_dir()) as workdir:
        session = RenderSession(workdir)
        try:
            yield session
        finally:
            session.close()


def render_html_to_pdf(html: str, *, anchors: tuple[str, ...] = ()) -> RenderResult:
    """Render one complete HTML document (see RenderSession.render)."""
    with render_session() as session:
        return session.render(html, anchors=anchors)


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
