"""Production as the Dockerfile and docker-compose.yml run it: DEBUG off, static files
collected with the manifest storage, gunicorn behind an HTTPS proxy, and the Celery
processes started by their compose command lines, all through scripts/production.sh.

The suite's other tests use test settings; these start real processes with the
production settings module, so a page that only works with DEBUG=1 fails here.
"""

import http.client
import json
import os
import re
import secrets
import socket
import subprocess
import sys
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.staticfiles import finders

from documents.models import Document
from tests import worker
from tests.worker import WorkerHandle, purge_queues, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = "scripts/production.sh"
HOST = "portal.example.org"
PASSWORD = "a-long-production-password"


def compose_commands() -> dict[str, str]:
    """Each service's ``command:`` in docker-compose.yml (a two-level read of its YAML)."""
    commands, service, in_services = {}, None, False
    for line in (ROOT / "docker-compose.yml").read_text().splitlines():
        if re.match(r"^\S", line):
            in_services = line.startswith("services:")
        elif in_services and (match := re.match(r"^  ([\w-]+):\s*$", line)):
            service = match.group(1)
        elif in_services and service and (match := re.match(r"^    command:\s*(.+)$", line)):
            commands[service] = match.group(1).strip()
    return commands


def test_the_dockerfile_and_the_compose_file_run_the_commands_this_test_runs():
    assert compose_commands() == {
        "web": f"{SCRIPT} web",
        "worker": f"{SCRIPT} worker",
        "worker-pdf": f"{SCRIPT} worker-pdf",
        "beat": f"{SCRIPT} beat",
        "redis": "redis-server --appendonly yes",
    }
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"RUN {SCRIPT} collectstatic" in dockerfile
    assert f'CMD ["{SCRIPT}", "web"]' in dockerfile
    for text in (dockerfile, (ROOT / "docker-compose.yml").read_text()):
        assert "DEBUG=1" not in text and "DEBUG: " not in text


def test_every_static_file_a_template_names_is_shipped():
    """With the manifest storage a missing file is a 500 on every page that names it."""
    named = set()
    for template in ROOT.glob("**/templates/**/*.html"):
        if ".venv" not in template.parts:
            named |= set(re.findall(r"{%\s*static\s+['\"]([^'\"]+)['\"]", template.read_text()))
    assert named
    assert [path for path in sorted(named) if finders.find(path) is None] == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(tmp_path: Path, port: int) -> dict[str, str]:
    env = {
        # The suite's own Django variables stay behind (the browser tests set
        # DJANGO_ALLOW_ASYNC_UNSAFE, which a deployment must not).
        **{name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")},
        # manage.py, gunicorn and celery read lsp_portal.settings, as in the image.
        "DJANGO_SETTINGS_MODULE": "lsp_portal.settings",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": HOST,
        "CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DATABASE_URL": worker.test_database_url(),
        "VAR_DIR": str(tmp_path / "var"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PORT": str(port),
        "WEB_WORKERS": "2",
        # Its own keys on a shared Redis: no entry of another portal's database is read.
        "CACHE_KEY_PREFIX": f"lsp-portal-smoke-{secrets.token_hex(4)}",
    }
    return env


def start(command: str, env: dict, log_dir: Path) -> WorkerHandle:
    log_path = log_dir / f"{command}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603 - our own script
            [SCRIPT, command],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return WorkerHandle(process, log_path)


class Browser:
    """Requests as a browser behind the portal's HTTPS proxy sends them: the proxy
    speaks HTTP to gunicorn and says ``X-Forwarded-Proto: https``."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.set_cookie_headers: list[str] = []

    def request(self, method: str, path: str, *, body=None, headers=None, https=True):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": HOST, **(headers or {})}
        if https:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.set_cookie_headers.append(header)
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response, content

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict):
        return self.request(
            "POST",
            path,
            body=urlencode({**data, "csrfmiddlewaretoken": self.cookies["csrftoken"]}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://{HOST}",
                "Referer": f"https://{HOST}{path}",
            },
        )


def static_links(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html)


@pytest.fixture
def production_world(herts, herts_coordinator):
    salt = secrets.token_hex(8)
    # The production settings know only their own password hashers, not the suite's MD5.
    herts_coordinator.password = PBKDF2PasswordHasher().encode(PASSWORD, salt)
    herts_coordinator.save(update_fields=["password"])
    return herts, herts_coordinator


def test_production_serves_pages_static_files_and_a_pdf_built_by_the_compose_worker(
    production_world, tmp_path
):
    herts, coordinator = production_world
    port = free_port()
    env = production_env(tmp_path, port)

    collected = subprocess.run(  # noqa: S603
        [SCRIPT, "collectstatic"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert collected.returncode == 0, collected.stdout + collected.stderr
    assert (tmp_path / "static" / "staticfiles.json").is_file()

    deploy_check = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert deploy_check.returncode == 0, deploy_check.stdout + deploy_check.stderr

    purge_queues()
    web = start("web", env, tmp_path)
    processes = [web]
    try:
        browser = Browser(port)

        def healthy():
            try:
                response, _ = browser.get("/healthz", https=False, headers={"Host": "10.0.0.7"})
            except OSError:
                return False
            return response.status == 200

        wait_until(healthy, timeout=90, interval=0.5, message=web.log())
        response, body = browser.get("/healthz", https=False, headers={"Host": "10.0.0.7"})
        assert json.loads(body) == {"status": "ok", "database": "ok", "broker": "ok", "cache": "ok"}

        # Plain HTTP is sent to HTTPS; HTTPS pages carry HSTS.
        response, _ = browser.get("/accounts/sign-in/", https=False)
        assert response.status == 301
        assert response.headers["Location"] == f"https://{HOST}/accounts/sign-in/"

        response, body = browser.get("/accounts/sign-in/")
        assert response.status == 200, body[:2000]
        assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
        page = body.decode()
        assert "Sign in" in page

        # Stylesheets and scripts have hashed names, and what they refer to is there too.
        links = static_links(page)
        assert any(re.search(r"govuk-frontend\.min\.[0-9a-f]{12}\.css$", link) for link in links)
        for link in links:
            response, content = browser.get(link)
            assert response.status == 200, link
            assert "max-age=315360000" in response.headers["Cache-Control"], link
            if link.endswith(".js"):
                # Module imports are rewritten to hashed names, so a module loads once.
                for url in re.findall(r"""from\s*["']([^"']+)["']""", content.decode()):
                    assert re.search(r"\.[0-9a-f]{12}\.js$", url), (link, url)
                    target = os.path.normpath(link.rsplit("/", 1)[0] + "/" + url)
                    assert browser.get(target)[0].status == 200, (link, url)
            if link.endswith(".css"):
                assert response.headers["Content-Type"].startswith("text/css")
                for url in re.findall(r'url\("?([^")]+)"?\)', content.decode()):
                    if url.startswith("data:"):
                        continue
                    target = urlsplit(url).path
                    if not target.startswith("/"):
                        target = link.rsplit("/", 1)[0] + "/" + target
                    referenced, _ = browser.get(os.path.normpath(target))
                    assert referenced.status == 200, (link, url)

        response, _ = browser.post(
            "/accounts/sign-in/", {"username": coordinator.email, "password": PASSWORD}
        )
        assert response.status == 302, browser.set_cookie_headers
        session_cookies = [h for h in browser.set_cookie_headers if h.startswith("sessionid=")]
        assert session_cookies and all("Secure" in h for h in session_cookies)
        assert all("Secure" in h for h in browser.set_cookie_headers if "csrftoken=" in h)

        response, body = browser.get(f"/{herts.slug}/")
        assert response.status == 200
        assert herts.name in body.decode()

        # The PDF: asked for on the page, built by the compose file's PDF worker.
        worker_pdf = start("worker-pdf", env, tmp_path)
        processes.append(worker_pdf)
        worker_pdf.wait_for_log("ready.", timeout=60)
        response, _ = browser.post(f"/{herts.slug}/documents/make/lsp_summary/", {})
        assert response.status == 302
        document = Document.objects.for_lsp(herts).get()

        def built():
            document.refresh_from_db()
            return document.status in (Document.Status.READY, Document.Status.FAILED)

        wait_until(built, timeout=120, message=worker_pdf.log())
        assert document.status == Document.Status.READY, document.failure_reason
        response, content = browser.get(f"/{herts.slug}/documents/{document.pk}/download/")
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/pdf"
        assert content.startswith(b"%PDF")

        anonymous = Browser(port)
        response, body = anonymous.get(f"/{herts.slug}/public/")
        assert response.status == 200
        assert herts.name in body.decode()

        response, body = anonymous.get("/no-such-page/nowhere/")
        assert response.status == 404
        assert "Page not found" in body.decode()
        assert "LSP Portal" in body.decode()  # the portal's own page, with its header

        # The other two compose processes start with their command lines too.
        for command, started in (("worker", "ready."), ("beat", "beat: Starting")):
            process = start(command, env, tmp_path)
            processes.append(process)
            process.wait_for_log(started, timeout=60)
    finally:
        for process in reversed(processes):
            process.stop()
