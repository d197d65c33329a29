"""DOMAIN.md's first steps, in a real browser: sign in, switch LSP, get a PDF, sign out."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_signs_in_switches_lsp_gets_the_summary_pdf_and_signs_out(
    page, demo_data, worker
):
    page.goto("/accounts/sign-in/")
    assert_accessible(page)
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)

    expect(page.get_by_role("heading", name="Your partnerships")).to_be_visible()
    main = page.locator("main")
    expect(main.get_by_role("link", name="Hertfordshire Forward")).to_be_visible()
    expect(main.get_by_role("link", name="North Hertfordshire Partnership")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Switch partnership").select_option(label="North Hertfordshire Partnership")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", name="North Hertfordshire Partnership")).to_be_visible()
    expect(page.get_by_text("Hertfordshire Forward — working model: added value")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Switch partnership").select_option(label="Hertfordshire Forward")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", name="Hertfordshire Forward")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="Documents"
    ).click()
    expect(page.get_by_role("heading", name="Documents", exact=True)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Make an LSP summary PDF").click()
    expect(page.get_by_role("heading", name="LSP summary")).to_be_visible()
    assert_accessible(page)
    # The page refreshes itself until the worker has finished.
    expect(page.get_by_text("Your PDF is ready")).to_be_visible(timeout=90000)
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the PDF").click()
    download = download_info.value
    assert download.suggested_filename.startswith("hertfordshire-lsp-summary-")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in to LSP Portal")).to_be_visible()


def test_the_pdf_journey_works_without_javascript(no_js_page, demo_data, worker):
    page = no_js_page
    sign_in(page, "camden-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/camden/documents/")
    page.get_by_role("button", name="Make an LSP summary PDF").click()
    expect(page.get_by_text("Your PDF is ready")).to_be_visible(timeout=90000)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the PDF").click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_coordinator_invites_someone_and_errors_are_summarised(page, demo_data):
    sign_in(page, "camden-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/camden/")
    page.get_by_role("navigation", name="Sections of Camden Partnership Board").get_by_role(
        "link", name="People"
    ).click()
    expect(page.get_by_role("heading", name="People")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Invite someone").click()
    page.get_by_label("Full name").fill("Grace Adeyemi")
    page.get_by_label("Email address").fill("not an email")
    page.get_by_role("button", name="Send invitation").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter a valid email address")
    expect(summary).to_contain_text("This field is required")  # no role chosen
    expect(page.get_by_label("Full name")).to_have_value("Grace Adeyemi")
    assert page.title().startswith("Error: ")
    assert_accessible(page)
    page.get_by_label("Email address").fill("grace@example.org")
    page.get_by_label("Partner member").check()
    page.get_by_label("Organisation they represent").select_option(label="Voluntary Action Camden")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to grace@example.org.")).to_be_visible()
    expect(page.get_by_role("cell", name="Grace Adeyemi")).to_be_visible()
    assert_accessible(page)


def test_invitation_link_pages_are_accessible(page, demo_data):
    page.goto("/accounts/invitations/not-a-real-token/")
    expect(page.get_by_role("heading", name="This invitation link is not valid")).to_be_visible()
    assert_accessible(page)
