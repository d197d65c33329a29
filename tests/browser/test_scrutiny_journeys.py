"""Journey 4 begins in a browser: the coordinator sets up a scrutiny committee (a mistake
keeps what was typed), seats a councillor as its chair and ends a seat; the councillor
reads the committee. axe on each page."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in
from tests.browser.test_structure_journeys import fill_date

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_sets_up_a_committee_and_the_councillor_reads_it(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/")
    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="Scrutiny"
    ).click()
    expect(page.get_by_role("heading", name="Scrutiny committees")).to_be_visible()
    expect(page.get_by_role("link", name="Community Safety Scrutiny Panel")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Set up a committee").click()
    page.get_by_label("Remit").fill("Adult care and health partnerships.")
    page.get_by_role("button", name="Save committee").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the committee's name")
    expect(page.get_by_label("Remit")).to_have_value("Adult care and health partnerships.")
    assert_accessible(page)
    page.get_by_label("Name").fill("Health Scrutiny Committee")
    page.get_by_role("button", name="Save committee").click()
    expect(page.get_by_text("Committee set up. Add its members next.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Add a member").click()
    page.get_by_label("Councillor").select_option(index=1)
    page.get_by_label("Chair", exact=True).check()
    fill_date(page, "starts_on", 1, 6, 2010)
    assert_accessible(page)
    page.get_by_role("button", name="Add to the committee").click()
    expect(page.get_by_text("Councillor added to the committee.")).to_be_visible()
    expect(page.get_by_role("cell", name="Chair")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="End seat").click()
    fill_date(page, "ends_on", 31, 5, 2011)
    page.get_by_role("button", name="End their seat").click()
    expect(page.get_by_text("seat ends on 31 May 2011")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, "hertfordshire-scrutineer@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/scrutiny/committees/")
    page.get_by_role("link", name="Overview and Scrutiny Committee").click()
    expect(page.get_by_role("heading", name="Overview and Scrutiny Committee")).to_be_visible()
    expect(page.get_by_role("button", name="Add a member")).to_have_count(0)
    assert_accessible(page)


def test_a_councillor_proposes_a_review_of_a_red_target_and_moves_it_on(page, demo_data):
    sign_in(page, "hertfordshire-scrutineer@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/scrutiny/committees/")
    page.get_by_role("link", name="The work programme: every committee's reviews").click()
    expect(page.get_by_role("link", name="Serious acquisitive crime")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Propose a review").click()
    page.get_by_label("Scope").fill("Are young people leaving care getting work?")
    page.get_by_role("button", name="Save review").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the review's title")
    expect(page.get_by_label("Scope")).to_have_value("Are young people leaving care getting work?")
    assert_accessible(page)
    page.get_by_label("Committee").select_option(label="Overview and Scrutiny Committee")
    page.get_by_label("Title").fill("Care leavers in work")
    page.get_by_label("Spotlight").check()
    fill_date(page, "planned_end_on", 31, 3, 2027)
    page.get_by_role("button", name="Save review").click()
    expect(page.get_by_text("Review proposed.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Move on to scoping").click()
    expect(page.get_by_text("The review is now at: Scoping.")).to_be_visible()
    assert_accessible(page)


def test_a_review_sends_a_request_and_the_police_partner_answers_it(page, demo_data):
    sign_in(page, "hertfordshire-scrutineer@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/scrutiny/reviews/")
    page.get_by_role("link", name="Serious acquisitive crime").click()
    expect(page.get_by_role("cell", name="Jobcentre Plus Hertfordshire")).to_be_visible()
    expect(page.get_by_text("Overdue")).to_be_visible()
    page.get_by_role("button", name="Send an information request").click()
    page.get_by_label("Organisation asked").select_option(
        label="Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance"
    )
    page.get_by_label("What the review asks").fill(
        "How many officers patrol town centres at night?"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Request sent to Bedfordshire")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, "police-commander@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/laa/my-organisation/")
    expect(page.get_by_role("heading", name="Information requests from scrutiny")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="How many officers patrol town centres at night?").click()
    page.get_by_role("button", name="Answer the request").click()
    page.get_by_role("button", name="Send the answer").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the answer")
    assert_accessible(page)
    page.get_by_label("The answer", exact=True).fill(
        "Twelve officers on Friday and Saturday nights."
    )
    page.get_by_role("button", name="Send the answer").click()
    expect(page.get_by_text("Answer sent to the review.")).to_be_visible()
    expect(
        page.get_by_text("Twelve officers on Friday and Saturday nights.", exact=True)
    ).to_be_visible()
    assert_accessible(page)
