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
    page.get_by_label("Target for 2008/09").fill("1465")
    page.get_by_role("button", name="Save target").click()
    expect(page.get_by_text("Target saved.")).to_be_visible()
    expect(page.get_by_text("1,465.0")).to_be_visible()

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
    page.get_by_role("link", name="Exceptions: off track, late and overdue").click()
    expect(page.locator("caption", has_text="Off track")).to_be_visible()
    expect(page.get_by_role("link", name="NI 21")).to_be_visible()
    assert_accessible(page)


def test_partner_submits_a_quarter_the_coordinator_returns_one_and_the_dashboard_turns_red(
    page, demo_data, browser
):
    """The police commander submits 2010/11 Q4 for the outcomes the Police Alliance is
    accountable for; the coordinator returns one and verifies the other, which is off
    track, so the Alliance is asked for exception commentary and gives it."""
    sign_in(page, "police-commander@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/laa/")
    page.get_by_role("link", name="My organisation").click()
    expect(
        page.get_by_role(
            "heading", name="Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance"
        )
    ).to_be_visible()
    assert_accessible(page)
    for code, value, commentary in (
        ("NI 16", "12.9", "Burglary down after Operation Scorpion."),
        ("NI 21", "20", "Fewer people feel we deal with anti-social behaviour."),
    ):
        page.get_by_role("link", name=code, exact=True).first.click()
        page.get_by_label("Period").select_option(label="2010/11 Q4")
        page.get_by_label("Figure", exact=True).fill(value)
        page.get_by_label("Commentary").fill(commentary)
        page.get_by_role("button", name="Submit the figure").click()
        expect(page.get_by_text("Figure submitted.")).to_be_visible()
        assert_accessible(page)
        page.go_back()
        page.go_back()
    # The Alliance is not accountable for children in poverty: no form, and a refusal.
    page.goto("/hertfordshire/laa/")
    page.get_by_role("link", name="NI 116").first.click()
    expect(page.get_by_role("button", name="Submit the figure")).to_have_count(0)

    coordinator = browser.new_page(base_url=page.url.split("/hertfordshire")[0])
    sign_in(coordinator, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    coordinator.goto("/hertfordshire/laa/")
    coordinator.get_by_role("link", name="NI 16", exact=True).first.click()
    coordinator.get_by_role("link", name="Return 2010/11 Q4").click()
    coordinator.get_by_label("Why is the figure returned?").fill(
        "Use the validated iQuanta figure."
    )
    coordinator.get_by_role("button", name="Return the figure").click()
    expect(coordinator.get_by_text("Figure returned.")).to_be_visible()
    coordinator.goto("/hertfordshire/laa/")
    coordinator.get_by_role("link", name="NI 21", exact=True).first.click()
    coordinator.get_by_role("button", name="Verify 2010/11 Q4").click()
    expect(coordinator.get_by_text("Figure verified.")).to_be_visible()
    coordinator.goto("/hertfordshire/laa/")
    row = coordinator.get_by_role("row").filter(has_text="NI 21")
    expect(row.get_by_text("Off track")).to_be_visible()
    assert_accessible(coordinator)

    page.goto("/hertfordshire/laa/my-organisation/")
    page.get_by_role(
        "link", name="Give exception commentary on NI 21, period to 31 March 2011"
    ).click()
    page.get_by_role("button", name="Send commentary").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say what is being done")
    assert_accessible(page)
    page.get_by_label("What is being done, and by when?").fill(
        "Ward panels in every district by June; survey again in September."
    )
    page.get_by_role("button", name="Send commentary").click()
    expect(page.get_by_text("Exception commentary sent.")).to_be_visible()


def test_the_agreement_the_action_plan_and_the_districts_read_well(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/laa/")
    page.get_by_role("link", name="Partnership agreements").click()
    page.get_by_role("link", name="Hertfordshire Forward partnership agreement 2008-11").click()
    expect(page.get_by_text("Signed by Jane Rudd, District Manager")).to_be_visible()
    assert_accessible(page)
    page.goto("/hertfordshire/laa/")
    page.get_by_role("link", name="Action plan").click()
    page.get_by_label("Overdue only").check()
    page.get_by_role("button", name="Show actions").click()
    expect(
        page.get_by_role("link", name="Job clubs in the five wards", exact=False)
    ).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Job clubs in the five wards", exact=False).click()
    expect(page.get_by_text("Off track → At risk")).to_be_visible()
    page.get_by_role("button", name="Post update").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say what has happened")
    assert_accessible(page)
    page.goto("/hertfordshire/laa/districts/")
    expect(page.get_by_role("columnheader", name="North Hertfordshire Partnership")).to_be_visible()
    assert_accessible(page)
    page.goto("/hertfordshire/laa/import/")
    page.get_by_label("Upload a file").set_input_files(
        files=[
            {
                "name": "figures.csv",
                "mimeType": "text/csv",
                "buffer": b"indicator,period_end,value\nNI 16,2010-03-31,twelve\n",
            }
        ]
    )
    page.get_by_role("button", name="Check and import").click()
    expect(page.get_by_text("Waiting to be checked")).to_be_visible()
    assert_accessible(page)
    # No worker runs beside the browser tests: the job runs here, as a worker would.
    from laa.models import FigureImport
    from laa.services import figure_import_run

    figure_import_run(figure_import_id=FigureImport.objects.latest("pk").pk)
    page.reload()
    expect(page.get_by_text("Nothing was saved")).to_be_visible()
    expect(page.get_by_text("Enter the value as a number")).to_be_visible()
    assert_accessible(page)


def test_coordinator_draws_up_an_agreement_and_a_district_reports_its_share(page, demo_data):
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/hertfordshire/laa/agreements/")
    page.get_by_role("link", name="Draw up an agreement").click()
    page.get_by_role("button", name="Save agreement").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the title of the agreement")
    assert_accessible(page)
    page.get_by_label("Title").fill("Older people's independence protocol")
    page.get_by_role("button", name="Save agreement").click()
    page.get_by_role("link", name="Older people's independence protocol").click()
    for organisation in ("Hertfordshire County Council", "NHS Hertfordshire and West Essex"):
        page.get_by_role("link", name="Add a party").click()
        page.get_by_label("Organisation").select_option(label=organisation)
        page.get_by_role("button", name="Add party").click()
    page.get_by_role("link", name="Cover an outcome").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose the outcome")
    assert_accessible(page)
    page.get_by_label("Outcome").select_option(label="Older people live independently")
    page.get_by_label("Accountable organisation").select_option(
        label="NHS Hertfordshire and West Essex"
    )
    page.get_by_label("Hertfordshire County Council").check()
    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name="Add a commitment").click()
    page.get_by_label("Organisation").select_option(label="Hertfordshire County Council")
    page.get_by_role("radio", name="Funding").check()
    page.get_by_label("Description").fill("Reablement service")
    page.get_by_role("button", name="Save commitment").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the funding in pounds")
    expect(page.get_by_label("Description")).to_have_value("Reablement service")
    page.get_by_label("Funding (£ a year)").fill("90000")
    page.get_by_role("button", name="Save commitment").click()
    expect(page.get_by_text("£90,000 a year")).to_be_visible()
    page.get_by_role("link", name="Record a signature").click()
    assert_accessible(page)
    page.get_by_label("NHS Hertfordshire and West Essex").check()
    page.get_by_label("Signed by").fill("Dr Ann Moss, Chief Executive")
    page.get_by_role("button", name="Record the signature").click()
    expect(page.get_by_text("Signed by Dr Ann Moss, Chief Executive")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "north-hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/north-hertfordshire/laa/")
    page.get_by_role(
        "link", name="County outcomes that affect North Hertfordshire", exact=False
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name="NI 152").click()
    expect(page.get_by_role("img", name="NI 152", exact=False)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="the figure for 2008/09 Q1", exact=False).click()
    expect(page.get_by_role("heading", name="The figure for 2008/09 Q1")).to_be_visible()
    assert_accessible(page)
