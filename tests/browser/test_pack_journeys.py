"""The board pack in a real browser: the coordinator makes and publishes the pack, watches
its progress and downloads the members' edition; a resident reads the public edition."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from partnerships.demo import DEMO_PASSWORD
from partnerships.models import Meeting
from tests.browser.conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_publishes_the_pack_and_the_public_reads_it(page, demo_data, worker):
    meeting = Meeting.objects.filter(
        lsp__slug="hertfordshire", starts_at__gte=timezone.now()
    ).first()
    sign_in(page, "hertfordshire-coordinator@example.org", DEMO_PASSWORD)
    page.goto(f"/hertfordshire/meetings/{meeting.pk}/")
    expect(page.get_by_role("heading", name="Board pack")).to_be_visible()
    expect(page.get_by_text("Latest date to publish the papers")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Make the board pack").click()
    expect(page.get_by_role("heading", name="Make the board pack")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Publish it").check()
    page.get_by_role("button", name="Make the pack").click()

    # The meeting page shows the build's progress and refreshes itself until it is made.
    expect(page.get_by_role("heading", name="Board pack")).to_be_visible()
    assert_accessible(page)
    members = page.get_by_role("link", name="Members' edition")
    expect(members).to_be_visible(timeout=120000)
    assert_accessible(page)
    with page.expect_download() as download_info:
        members.click()
    assert download_info.value.suggested_filename.endswith("-v1-members.pdf")
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("button", name="Sign out").click()
    page.goto(f"/hertfordshire/public/meetings/{meeting.pk}/")
    link = page.get_by_role("link", name="Download the meeting's papers")
    expect(link).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as download_info:
        link.click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_coordinator_sets_the_deadline_and_removes_a_standard_item(page, demo_data):
    meeting = Meeting.objects.filter(lsp__slug="camden", starts_at__gte=timezone.now()).first()
    sign_in(page, "camden-coordinator@example.org", DEMO_PASSWORD)
    page.goto("/camden/meetings/")
    page.get_by_role("link", name="Publication deadline for papers").click()
    expect(page.get_by_role("heading", name="Publication deadline for papers")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Clear days for publishing papers").fill("45")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("from 0 to 30")
    expect(page.get_by_label("Clear days for publishing papers")).to_have_value("45")
    assert_accessible(page)
    page.get_by_label("Clear days for publishing papers").fill("3")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Publication deadline saved.")).to_be_visible()

    page.goto(f"/camden/meetings/{meeting.pk}/")
    page.get_by_role(
        "link", name="Remove item 1, Apologies and substitutes, from the agenda"
    ).click()
    expect(page.get_by_role("heading", name="Remove item 1")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Remove the item").click()
    expect(page.get_by_text("is off the agenda")).to_be_visible()
    expect(page.get_by_role("heading", name="1. Apologies and substitutes")).to_have_count(0)
