"""The work programme (issue 13, point 4): a councillor on a committee proposes a review of
a red target, moves it through its stages, and only members of its committee may change
it. Overrunning reviews are marked."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa.models import Block, Indicator, LocalAreaAgreement, Outcome, Target
from lsp_portal.permissions import RoleName
from scrutiny import services
from scrutiny.models import Committee, CommitteeMember, Review
from tests.conftest import person_with_role

pytestmark = pytest.mark.django_db


def seated(lsp, email, committee):
    person = person_with_role(lsp, RoleName.SCRUTINEER, email)
    services.committee_member_add(
        seat=CommitteeMember(
            lsp=lsp, committee=committee, person=person, starts_on=date(2009, 5, 21)
        )
    )
    return person


@pytest.fixture
def committee(herts):
    return Committee.objects.create(lsp=herts, name="Overview and Scrutiny Committee")


@pytest.fixture
def councillor(herts, committee):
    return seated(herts, "cllr-jones@example.org", committee)


@pytest.fixture
def ni16(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Less crime"
    )
    return Target.objects.create(
        lsp=herts, outcome=outcome, indicator=Indicator.objects.get(code="NI 16")
    )


def propose(client, herts, committee, **fields):
    data = {
        "committee": committee.pk,
        "title": "Serious acquisitive crime",
        "scope": "Why is NI 16 red, and what are the partners doing about it?",
        "kind": "task_and_finish",
        "planned_end_on_0": "31",
        "planned_end_on_1": "7",
        "planned_end_on_2": "2010",
    } | fields
    return client.post(reverse("scrutiny:review-new", args=[herts.slug]), data)


def test_a_councillor_proposes_a_review_of_a_red_target_and_moves_it_on(
    client, herts, committee, councillor, ni16
):
    client.force_login(councillor)
    response = propose(client, herts, committee, targets=[ni16.pk], lead_member=councillor.pk)
    review = Review.objects.get()
    assert response["Location"] == reverse("scrutiny:review", args=[herts.slug, review.pk])
    assert list(review.targets.all()) == [ni16] and review.lead_member == councillor
    page = client.get(response["Location"]).content.decode()
    assert "NI 16" in page and "Move on to scoping" in page

    move = reverse("scrutiny:review-move-on", args=[herts.slug, review.pk])
    for stage in ("scoping", "gathering_evidence", "reporting", "monitoring", "closed"):
        client.post(move)
        review.refresh_from_db()
        assert review.status == stage
    client.post(move)  # closed: nothing further
    review.refresh_from_db()
    assert review.status == "closed"
    assert review.history.first().history_user == councillor
    assert review.history.last().history_type == "+"


def test_only_members_of_its_committee_change_a_review(
    client, herts, committee, councillor, herts_coordinator
):
    other_committee = Committee.objects.create(lsp=herts, name="Health Scrutiny Committee")
    outsider = seated(herts, "cllr-smith@example.org", other_committee)
    client.force_login(councillor)
    propose(client, herts, committee)
    review = Review.objects.get()
    client.force_login(outsider)
    assert (
        client.get(reverse("scrutiny:review-edit", args=[herts.slug, review.pk])).status_code == 403
    )
    response = client.post(reverse("scrutiny:review-move-on", args=[herts.slug, review.pk]))
    assert response.status_code == 403
    # Nor may they propose one for a committee they do not sit on.
    response = propose(client, herts, committee, title="Hijacked")
    assert response.status_code == 200 and "govuk-error-summary" in response.content.decode()
    review.refresh_from_db()
    assert review.status == "proposed" and Review.objects.count() == 1
    # The coordinator reads it, and changes nothing.
    client.force_login(herts_coordinator)
    page = client.get(reverse("scrutiny:review", args=[herts.slug, review.pk])).content.decode()
    assert "Serious acquisitive crime" in page and "Move on to" not in page


def test_a_review_without_a_title_keeps_what_was_typed(client, herts, committee, councillor):
    client.force_login(councillor)
    response = propose(client, herts, committee, title="", planned_end_on_2="")
    page = response.content.decode()
    assert "Enter the review&#x27;s title" in page
    assert "Why is NI 16 red, and what are the partners doing about it?" in page
    assert not Review.objects.exists()


def test_another_lsps_target_cannot_be_reviewed(client, herts, camden, committee, councillor):
    agreement = LocalAreaAgreement.objects.create(
        lsp=camden, title="Camden LAA", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=camden, name="Camden block")
    outcome = Outcome.objects.create(lsp=camden, block=block, agreement=agreement, title="Camden")
    camden_target = Target.objects.create(
        lsp=camden, outcome=outcome, indicator=Indicator.objects.get(code="NI 16")
    )
    client.force_login(councillor)
    response = propose(client, herts, committee, targets=[camden_target.pk])
    assert response.status_code == 200 and not Review.objects.exists()


def test_a_councillor_on_no_committee_is_told_so(client, herts):
    person = person_with_role(herts, RoleName.SCRUTINEER, "cllr-new@example.org")
    client.force_login(person)
    page = client.get(reverse("scrutiny:review-new", args=[herts.slug])).content.decode()
    assert "You do not sit on a scrutiny committee yet" in page


def test_a_review_past_its_planned_end_before_reporting_is_overrunning(
    client, herts, committee, councillor
):
    late = Review.objects.create(
        lsp=herts, committee=committee, title="Late", scope="x", planned_end_on=date(2010, 1, 1)
    )
    Review.objects.create(
        lsp=herts,
        committee=committee,
        title="Reported",
        scope="x",
        planned_end_on=date(2010, 1, 1),
        status=Review.Status.MONITORING,
    )
    assert late.is_overrunning(date(2010, 1, 2)) and not late.is_overrunning(date(2010, 1, 1))
    client.force_login(councillor)
    page = client.get(reverse("scrutiny:reviews", args=[herts.slug])).content.decode()
    assert page.count("Overrunning") == 1


@pytest.mark.parametrize("page", ["reviews", "review"])
def test_review_pages_make_the_same_queries_as_reviews_grow_tenfold(
    client, herts, committee, councillor, ni16, page
):
    client.force_login(councillor)
    counts = []
    for size in (1, 10):
        for n in range(size):
            review = Review.objects.create(
                lsp=herts,
                committee=committee,
                title=f"Review {size}-{n}",
                scope="x",
                planned_end_on=date(2010, 7, 31),
                lead_member=councillor,
            )
            review.targets.add(ni16)
        args = [herts.slug] + ([review.pk] if page == "review" else [])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(f"scrutiny:{page}", args=args)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
