"""The one PDF renderer: static files and data: URIs only, and limits on each render."""

import http.server
import threading

import pytest

from documents.fetcher import StaticOnlyURLFetcher
from documents.renderer import RenderError, render_html_to_pdf, render_session, static_roots


@pytest.fixture
def counting_server():
    """A local HTTP server that counts requests, to prove the renderer never calls it."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def test_renderer_refuses_local_files_and_http_but_loads_static_and_data(settings, counting_server):
    base, hits = counting_server
    pixel = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42"
        "mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
    )
    html = f"""<!doctype html><html><head>
      <link rel="stylesheet" href="/static/portal/pdf.css">
      <link rel="stylesheet" href="{base}/evil.css">
    </head><body>
      <img src="file:///etc/passwd" alt=""><img src="{base}/tracker.png" alt="">
      <img src="/static/portal/%2e%2e/%2e%2e/%2e%2e/etc/passwd" alt=""><img src="{pixel}" alt="">
      <p>Hello</p></body></html>"""
    result = render_html_to_pdf(html)
    assert result.pdf.startswith(b"%PDF")
    assert "file:///etc/passwd" in result.refused_urls
    assert f"{base}/evil.css" in result.refused_urls
    assert f"{base}/tracker.png" in result.refused_urls
    assert any("passwd" in url and "static" in url for url in result.refused_urls)
    assert not any("pdf.css" in url or url.startswith("data:") for url in result.refused_urls)
    assert hits == []
    assert b"root:" not in result.pdf


def test_fetcher_maps_static_urls_inside_the_static_folders_only(settings):
    fetcher = StaticOnlyURLFetcher(static_roots=static_roots(), static_url="/static/")
    assert fetcher.static_path("file:///static/portal/pdf.css").endswith("static/portal/pdf.css")
    assert fetcher.static_path("file:///static/../manage.py") is None
    assert fetcher.static_path("file:///etc/passwd") is None
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch("https://example.org/x.css")
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch("ftp://example.org/x.css")


def test_a_pathological_document_fails_its_own_render_with_a_clear_reason(settings):
    """Memory limit: the child dies, the renderer reports why, this process carries on."""
    settings.PDF_RENDER_MEMORY_MB = 200
    rows = "".join(f"<tr><td>{i}</td><td>{'x' * 200}</td></tr>" for i in range(60000))
    with pytest.raises(RenderError, match="too large to render within the limits"):
        render_html_to_pdf(f"<table>{rows}</table>")
    assert render_html_to_pdf("<p>Still working</p>").pdf.startswith(b"%PDF")


def test_a_render_past_its_cpu_limit_fails(settings):
    settings.PDF_RENDER_CPU_SECONDS = 1
    rows = "".join(f"<p>{'word ' * 300}</p>" for _ in range(4000))
    with pytest.raises(RenderError):
        render_html_to_pdf(rows)


def test_one_session_renders_several_documents_and_reports_each_alone(settings):
    """A board pack's job: a layout only, then PDFs, in one child with its fonts loaded once."""
    with render_session() as session:
        counted = session.render(
            "<p id='seg-a'>One</p><p id='seg-b' style='break-before: page'>Two</p>",
            anchors=("seg-",),
            layout_only=True,
        )
        refused = session.render('<img src="file:///etc/passwd"><p>Three</p>')
        clean = session.render("<p>Four</p>")
    assert counted.pdf == b"" and counted.page_count == 2
    assert counted.anchor_pages == {"seg-a": (1, 1), "seg-b": (2, 2)}
    assert refused.pdf.startswith(b"%PDF") and refused.refused_urls == ["file:///etc/passwd"]
    # What one document refused is not reported again for the next.
    assert clean.pdf.startswith(b"%PDF") and clean.refused_urls == []


def test_a_session_whose_child_dies_says_why_and_cleans_up(settings):
    settings.PDF_RENDER_MEMORY_MB = 200
    rows = "".join(f"<tr><td>{i}</td><td>{'x' * 200}</td></tr>" for i in range(60000))
    with pytest.raises(RenderError, match="too large"), render_session() as session:
        session.render("<p>Fine</p>")
        session.render(f"<table>{rows}</table>")
