"""Journey 5 in a browser: after a board meeting the coordinator records what it decided
and asked for; at the next meeting an executive member approves the minutes, and the
public can then read them."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in
from tests.browser.test_structure_journeys import fill_date

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_july_meeting(page):
    page.goto("/hertfordshire/")
    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="Meetings"
    ).click()
    expect(page.get_by_role("heading", name="Meetings", exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="12 July 2010, 18:30").click()
    expect(page.get_by_role("heading", name="Meeting on Monday 12 July 2010")).to_be_visible()


def test_decisions_and_actions_are_recorded_and_the_minutes_approved(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/calendar/")
    assert_accessible(page)
    open_july_meeting(page)
    expect(page.get_by_text("Draft minutes")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Record a decision").click()
    page.get_by_label("Decision", exact=True).fill("")
    page.get_by_role("button", name="Save decision").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the decision")
    assert_accessible(page)
    page.get_by_label("Decision", exact=True).fill(
        "The board agreed to fund two neighbourhood wardens."
    )
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_text("The board agreed to fund two neighbourhood wardens.")).to_be_visible()

    page.get_by_role("link", name="Add to the action log").click()
    assert_accessible(page)
    page.get_by_label("Action", exact=True).fill("Recruit the neighbourhood wardens.")
    page.get_by_label("Organisation responsible").select_option(label="Hertfordshire Constabulary")
    page.get_by_label("Or the name of a person without an account").fill("Inspector Jane Hill")
    fill_date(page, "due_on", 30, 9, 2010)
    page.get_by_role("button", name="Save action").click()
    expect(page.get_by_role("link", name="Recruit the neighbourhood wardens.")).to_be_visible()
    page.get_by_role("link", name="Recruit the neighbourhood wardens.").click()
    expect(page.get_by_text("Overdue")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Action log").first.click()
    assert_accessible(page)
    page.goto("/hertfordshire/meetings/forward-plan/")
    expect(page.get_by_text("Adopt the refreshed Sustainable Community Strategy")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, "hertfordshire-executive@example.org", DEMO_PASSWORD)
    open_july_meeting(page)
    page.get_by_role("button", name="Approve the minutes").click()
    expect(page.get_by_text("at the meeting on 12 October 2010")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Approve the minutes").click()
    expect(page.get_by_text("Minutes approved.")).to_be_visible()
    expect(page.get_by_text("Minutes approved by Cllr Robert Gordon")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    # The public reads the approved minutes and the decision, without signing in.
    page.goto("/hertfordshire/public/meetings/")
    assert_accessible(page)
    page.get_by_role("link", name="12 July 2010, 18:30").click()
    expect(page.get_by_text("The board agreed to fund two neighbourhood wardens.")).to_be_visible()
    expect(page.get_by_text("Approved at the meeting on 12 October 2010")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("navigation", name="Breadcrumb").get_by_role(
        "link", name="Hertfordshire Forward"
    ).click()
    expect(page.get_by_text("Hertfordshire Forward Board").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Open data").click()
    assert_accessible(page)


def test_partner_subscribes_to_their_calendar_without_javascript(no_js_page, demo_data):
    page = no_js_page
    sign_in(page, "hertfordshire-partner@example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Your meetings calendar").click()
    page.get_by_role("button", name="Get your calendar address").click()
    address = page.get_by_label("Your calendar address").input_value()
    assert "/calendar/" in address and address.endswith(".ics")
