"""Journey 1 in a browser: the coordinator sets up the partnership's structure."""

import pytest
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from tests.browser.conftest import assert_accessible, sign_in
from tests.pdfs import pdf_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_date(page, name, day, month, year):
    page.locator(f"input[name={name}_0]").fill(str(day))
    page.locator(f"input[name={name}_1]").fill(str(month))
    page.locator(f"input[name={name}_2]").fill(str(year))


def test_coordinator_creates_a_partnership_and_adds_a_member(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/")
    page.get_by_role("navigation", name="Sections of Hertfordshire Forward").get_by_role(
        "link", name="Structure"
    ).click()
    expect(page.get_by_role("heading", name="Structure of Hertfordshire Forward")).to_be_visible()
    expect(
        page.locator("main").get_by_role("link", name="Hertfordshire Forward Board")
    ).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Add a partnership").click()
    page.get_by_role("button", name="Save partnership").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter the name of the partnership"
    )
    assert_accessible(page)
    page.get_by_label("Name").fill("Older People's Theme Group")
    page.get_by_label("Kind of partnership").select_option(label="Theme group")
    page.get_by_label("Reports to").select_option(label="Hertfordshire Forward Board")
    page.get_by_label("Remit").fill("The voice of older people in Hertfordshire.")
    fill_date(page, "start_date", 1, 6, 2009)
    page.get_by_role("button", name="Save partnership").click()
    expect(page.get_by_role("heading", name="Older People's Theme Group")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Add a member").click()
    assert_accessible(page)
    page.get_by_label("Or the name of a person without an account").fill("Margaret Ellis")
    page.get_by_label("Organisation represented").select_option(
        label="Community Development Action Hertfordshire"
    )
    page.get_by_label("Chair", exact=True).check()
    fill_date(page, "term_start", 1, 6, 2009)
    page.get_by_role("button", name="Save member").click()
    expect(page.get_by_text("Margaret Ellis saved as Chair.")).to_be_visible()
    expect(page.get_by_role("cell", name="Margaret Ellis", exact=True)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="End the membership of Margaret Ellis").click()
    fill_date(page, "term_end", 31, 5, 2011)
    assert_accessible(page)
    page.get_by_role("button", name="End membership").click()
    expect(page.get_by_text("Margaret Ellis's membership ends on 31 May 2011.")).to_be_visible()
    page.get_by_text("Past members (1)").click()
    expect(
        page.get_by_text("Margaret Ellis, chair for Community Development Action")
    ).to_be_visible()
    page.get_by_text("History of changes").click()
    assert_accessible(page)

    page.goto("/hertfordshire/structure/")
    page.get_by_role("link", name="Kinds of partnership").click()
    expect(page.get_by_role("cell", name="Task-and-finish group", exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Add a kind of partnership").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter the name of the kind of partnership"
    )
    assert_accessible(page)


def test_organisation_pages_are_accessible(page, demo_data):
    sign_in(page, "camden-partner@example.org", DEMO_PASSWORD)
    page.goto("/camden/structure/organisations/")
    expect(page.get_by_role("heading", name="Organisations")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Voluntary Action Camden").click()
    expect(page.get_by_role("heading", name="Voluntary Action Camden")).to_be_visible()
    expect(page.get_by_text("Members of this network")).to_be_visible()
    assert_accessible(page)
    page.goto("/camden/structure/")
    page.get_by_role("link", name="Attendance report").click()
    expect(page.get_by_role("heading", name="Attendance report")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Day").first.fill("1")
    page.get_by_label("Month").first.fill("1")
    page.get_by_label("Year").first.fill("2009")
    page.get_by_role("button", name="Show attendance").click()
    expect(page.get_by_role("columnheader", name="Organisation")).to_be_visible()
    assert_accessible(page)
    page.goto("/camden/structure/")
    page.locator("main").get_by_role("link", name="Camden Older People's Forum").click()
    page.get_by_role("link", name="Daniel Okoro", exact=True).click()
    expect(page.get_by_role("heading", name="Daniel Okoro")).to_be_visible()
    assert_accessible(page)


def test_coordinator_schedules_a_meeting_adds_an_item_and_records_attendance(page, demo_data):
    sign_in(page, "camden-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/camden/structure/")
    page.locator("main").get_by_role("link", name="Safer Camden Partnership").click()
    page.get_by_role("button", name="Schedule a meeting").click()
    fill_date(page, "date", 14, 3, 2011)
    page.get_by_label("Start time").fill("18:30")
    page.get_by_role("button", name="Save meeting").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter a venue or an online meeting link"
    )
    assert_accessible(page)
    page.get_by_label("Venue").fill("Camden Town Hall")
    page.get_by_role("button", name="Save meeting").click()
    expect(page.get_by_role("heading", name="Meeting on Monday 14 March 2011")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Add an agenda item").click()
    page.get_by_label("Title").fill("Anti-social behaviour hotspots")
    page.get_by_label("Paper", exact=True).set_input_files(
        files=[
            {
                "name": "hotspots.pdf",
                "mimeType": "application/pdf",
                "buffer": pdf_of("<p>Hotspots</p>"),
            }
        ]
    )
    assert_accessible(page)
    page.get_by_role("button", name="Save item").click()
    # Item 4, before urgent business: a new meeting starts with the four standard items.
    expect(page.get_by_text("Item 4 saved.")).to_be_visible()
    expect(page.get_by_role("link", name="Download the paper for Anti-social")).to_be_visible()

    page.get_by_role("button", name="Record attendance").click()
    expect(page.get_by_role("heading", name="Record attendance")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("group", name="Supt Ruth Collins (chair)").get_by_label("Present").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance saved.")).to_be_visible()
    expect(page.get_by_role("cell", name="Present")).to_be_visible()
    assert_accessible(page)
