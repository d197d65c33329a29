"""Journey 2 in a browser: the coordinator drafts a new version of the strategy with two
new priorities, the executive member adopts it, and the public reads it and its PDF."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in
from tests.browser.test_structure_journeys import fill_date

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_priority(page, number, title, pillars):
    page.get_by_role("button", name="Add a priority").click()
    page.get_by_label("Title").fill(title)
    for pillar in pillars:
        page.get_by_label(pillar, exact=True).check()
    page.get_by_role("button", name="Save priority").click()
    expect(page.get_by_role("heading", name=f"{number}. {title}")).to_be_visible()


def test_a_new_version_is_drafted_adopted_and_published(page, worker, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/")
    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="Strategy"
    ).click()
    expect(page.get_by_role("heading", name="Sustainable Community Strategy")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Version 1").click()
    assert_accessible(page)

    page.get_by_role("button", name="Start a new draft version").click()
    expect(page.get_by_text("Version 2 is a new draft")).to_be_visible()
    page.get_by_role("button", name="Change the title, period or vision").click()
    page.get_by_label("Vision statement").fill("A county where everyone is online and warm.")
    page.get_by_role("button", name="Save strategy").click()

    page.get_by_role("button", name="Add a priority").click()
    page.get_by_role("button", name="Save priority").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the title of the priority")
    assert_accessible(page)
    page.get_by_role("link", name="Cancel").click()
    add_priority(page, 5, "Digital inclusion", ["Social", "Economic"])
    add_priority(page, 6, "Affordable warmth", ["Environmental"])
    assert_accessible(page)

    page.get_by_role("link", name="Compare with version 1").click()
    expect(page.locator("ins", has_text="Digital inclusion")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, "hertfordshire-executive@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/strategy/")
    page.get_by_role("link", name="Version 2").click()
    page.get_by_role("button", name="Adopt this version").click()
    page.get_by_label("The decision that adopted it").select_option(index=1)
    fill_date(page, "adopted_on", 1, 4, 2011)
    assert_accessible(page)
    page.get_by_role("button", name="Adopt the strategy").click()
    expect(page.get_by_text("Version 2 is adopted and published.")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    page.goto("/hertfordshire/public/strategy/")
    expect(page.get_by_role("heading", name="6. Affordable warmth")).to_be_visible()
    expect(page.get_by_text("A county where everyone is online and warm.")).to_be_visible()
    assert_accessible(page)
    # The worker makes the PDF through the one renderer; the page offers it once ready.
    for _ in range(60):
        if page.get_by_role("link", name="Download the strategy (PDF)").count():
            break
        page.wait_for_timeout(1000)
        page.reload()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the strategy (PDF)").click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_partner_is_warned_of_consultation_fatigue(page, demo_data):
    sign_in(page, "hertfordshire-partner@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/strategy/")
    page.get_by_role("link", name="Engagement diary").click()
    expect(page.get_by_role("cell", name="Youth services survey Survey")).to_be_visible()
    assert_accessible(page)
    page.goto("/hertfordshire/strategy/engagement/2010/3/")
    assert_accessible(page)
    page.goto("/hertfordshire/strategy/engagement/")
    page.get_by_role("button", name="Add an activity").click()
    page.get_by_label("Title").fill("Youth forum on transport")
    page.get_by_label("Public meeting").check()
    page.get_by_label("Children and young people").check()
    fill_date(page, "starts_on", 10, 3, 2010)
    fill_date(page, "ends_on", 10, 3, 2010)
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_text("Other activities ask the same people")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Save it anyway").check()
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_text("“Youth forum on transport” is in the diary.")).to_be_visible()


def test_county_coordinator_reads_plans_districts_and_the_equality_assessment(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/strategy/")
    page.get_by_role("link", name="District priorities").click()
    expect(page.get_by_text("Not mapped").first).to_be_visible()
    assert_accessible(page)
    page.goto("/north-hertfordshire/strategy/neighbourhood-plans/")
    assert_accessible(page)
    page.get_by_role("link", name="Royston Town Plan").click()
    expect(page.get_by_text("Restore the market cross")).to_be_visible()
    assert_accessible(page)
    page.goto("/hertfordshire/strategy/")
    page.get_by_role("link", name="Version 1").click()
    expect(page.get_by_text("Head of Policy and Partnerships")).to_be_visible()
    page.get_by_role("button", name="Start a new draft version").click()
    page.get_by_role("link", name="Record the equality impact assessment").click()
    page.get_by_role("button", name="Save assessment").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Describe the impacts found")
    assert_accessible(page)


def test_lsp_home_shows_one_strategy_banner_and_repeats_no_landmark(page, demo_data):
    """The demo's strategy is from 2009, so its refresh and its review are both overdue:
    one banner says so, with the coordinator's next step, and no landmark repeats."""
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/")
    banners = page.get_by_role("region", name="Sustainable Community Strategy")
    expect(banners).to_have_count(1)
    expect(banners).to_contain_text("Three-year review overdue")
    expect(banners).to_contain_text("Annual refresh overdue")
    assert_accessible(page, every_impact_of=("landmark-unique",))
    banners.get_by_role("link", name="Open the strategy to start a new draft version").click()
    expect(page.get_by_role("button", name="Start a new draft version")).to_be_visible()
