"""Journey 3's set-up in a browser: the coordinator reads the LAA, adds a target, and
corrects an indicator; axe on each page."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_adds_a_target_to_the_laa(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/")
    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="LAA"
    ).click()
    expect(
        page.get_by_role("heading", name="Hertfordshire Local Area Agreement 2008-11")
    ).to_be_visible()
    expect(page.locator("caption", has_text="Less serious acquisitive crime")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Add a target to Drug users in effective treatment").click()
    page.get_by_label("Indicator").select_option(
        label="NI 39 Rate of hospital admissions per 100,000 for alcohol related harm"
    )
    page.get_by_label("Target for 2008/09").fill("lots")
    page.get_by_role("button", name="Save target").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the target as a number")
    assert_accessible(page)
    page.get_by_label("Target for 2008/09").fill("1450")
    page.get_by_role("button", name="Save target").click()
    expect(page.get_by_text("Target saved.")).to_be_visible()
    expect(page.get_by_text("1,450.0")).to_be_visible()

    page.get_by_role("link", name="Indicator library").click()
    page.get_by_label("Search by code or words in the title").fill("benefits")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("cell", name="NI 152", exact=True)).to_be_visible()
    assert_accessible(page)


def test_coordinator_returns_one_figure_verifies_another_and_the_overview_turns_red(
    page, demo_data
):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/laa/")
    page.get_by_role("link", name="NI 21").click()
    expect(page.get_by_role("heading", name="NI 21", exact=False)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Return 2010/11 Q4").click()
    page.get_by_role("button", name="Return the figure").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say why the figure is returned")
    assert_accessible(page)
    page.get_by_label("Why is the figure returned?").fill("This is the wrong survey wave.")
    page.get_by_role("button", name="Return the figure").click()
    expect(page.get_by_text("Returned: This is the wrong survey wave.")).to_be_visible()

    page.get_by_label("Period").select_option(label="2010/11 Q4")
    page.get_by_label("Figure", exact=True).fill("20")
    page.get_by_label("Commentary").fill(
        "Fewer people feel the police deal with anti-social behaviour."
    )
    page.get_by_role("button", name="Submit the figure").click()
    expect(page.get_by_text("Figure submitted.")).to_be_visible()
    page.get_by_role("button", name="Verify 2010/11 Q4").click()
    expect(page.get_by_text("Figure verified.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Local Area Agreement").first.click()
    row = page.get_by_role("row").filter(has_text="NI 21")
    expect(row.get_by_text("Off track")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Exceptions: off track and late").click()
    expect(page.locator("caption", has_text="Off track")).to_be_visible()
    expect(page.get_by_role("link", name="NI 21")).to_be_visible()
    assert_accessible(page)
