"""Headless Chromium through Playwright, with an axe-core check for every page visited.

Without Chromium these tests skip with a message, unless REQUIRE_BROWSER=1 (as in CI),
when they fail.
"""

import os
import shutil
from pathlib import Path

import pytest

from lsp_portal.celery import app  # noqa: F401 - the worker fixture needs the app configured
from tests.worker import celery_worker, purge_queues

AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe.min.js"
CHROMIUM = (
    os.environ.get("CHROMIUM_PATH")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
    or shutil.which("google-chrome")
)
# Flags for a closed network and a root user, as the machine notes advise.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        message = "Chromium not found: browser tests skipped (install Debian's chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; our ORM calls in the test
    # body are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _page(browser, live_server, **options):
    context = browser.new_context(base_url=live_server.url, accept_downloads=True, **options)
    context.set_default_timeout(15000)
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser, live_server):
    yield from _page(browser, live_server)


@pytest.fixture
def no_js_page(browser, live_server):
    yield from _page(browser, live_server, java_script_enabled=False)


@pytest.fixture
def worker(live_server, tmp_path):
    purge_queues()
    with celery_worker(log_dir=tmp_path) as handle:
        yield handle


def assert_accessible(page, every_impact_of=()):
    """axe-core finds no serious or critical violation on the page as it stands, nor any
    violation at all of the rules named in ``every_impact_of`` (such as a moderate one
    that has been fixed and must stay fixed)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    problems = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["html"][:120] for node in violation["nodes"][:3])
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical") or violation["id"] in every_impact_of
    ]
    assert not problems, f"{page.url}:\n" + "\n".join(problems)


def sign_in(page, email, password):
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
