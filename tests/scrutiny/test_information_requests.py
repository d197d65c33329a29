"""Information requests (issue 13, point 5): a review asks a partner organisation a
question with a date to answer by; a partner of that organisation answers, with a document
if wanted, or declines with reasons; the request is never left silent, and an overdue one
is flagged. The partner finds it on their organisation's page (My organisation)."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lsp_portal.permissions import RoleName
from scrutiny import services
from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review
from tests.conftest import person_with_role
from tests.factories import OrganisationFactory, RoleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(herts):
    committee = Committee.objects.create(lsp=herts, name="Overview and Scrutiny Committee")
    return Review.objects.create(
        lsp=herts,
        committee=committee,
        title="Serious acquisitive crime",
        scope="Why is NI 16 red?",
        planned_end_on=date(2027, 3, 31),
    )


@pytest.fixture
def councillor(herts, review):
    person = person_with_role(herts, RoleName.SCRUTINEER, "cllr-jones@example.org")
    services.committee_member_add(
        seat=CommitteeMember(
            lsp=herts, committee=review.committee, person=person, starts_on=date(2009, 5, 21)
        )
    )
    return person


@pytest.fixture
def police(herts):
    return OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary", sector="police")


def partner_of(lsp, organisation, email):
    user = UserFactory(email=email)
    RoleFactory(lsp=lsp, user=user, role=RoleName.PARTNER, organisation=organisation)
    return user


def send(client, herts, review, organisation, due: date, question="How many burglaries?"):
    return client.post(
        reverse("scrutiny:information-request-new", args=[herts.slug, review.pk]),
        {
            "organisation": organisation.pk,
            "question": question,
            "due_on_0": due.day,
            "due_on_1": due.month,
            "due_on_2": due.year,
        },
    )


def test_a_review_asks_the_police_and_their_partner_answers_with_a_document(
    client, herts, review, councillor, police
):
    client.force_login(councillor)
    form = client.get(reverse("scrutiny:information-request-new", args=[herts.slug, review.pk]))
    default_due = timezone.localdate() + timedelta(days=28)
    assert f'value="{default_due.day}"' in form.content.decode()
    assert send(client, herts, review, police, default_due).status_code == 302
    asked = InformationRequest.objects.get()
    assert asked.status == "open" and asked.due_on == default_due

    commander = partner_of(herts, police, "commander@example.org")
    client.force_login(commander)
    # Their organisation's page lists what to answer.
    page = client.get(reverse("laa:organisation", args=[herts.slug, police.pk])).content.decode()
    assert "Information requests from scrutiny" in page and "How many burglaries?" in page
    document = SimpleUploadedFile("figures.pdf", b"%PDF-1.7 figures", "application/pdf")
    response = client.post(
        reverse("scrutiny:information-request-answer", args=[herts.slug, asked.pk]),
        {"response": "412 burglaries were cleared up in 2009/10.", "attachment": document},
    )
    assert response.status_code == 302
    asked.refresh_from_db()
    assert asked.status == "answered" and asked.answered_by == commander
    assert asked.history.first().history_user == commander
    client.force_login(councillor)
    page = client.get(reverse("scrutiny:information-request", args=[herts.slug, asked.pk]))
    assert "412 burglaries were cleared up" in page.content.decode()
    download = client.get(
        reverse("scrutiny:information-request-attachment", args=[herts.slug, asked.pk])
    )
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")


def test_only_a_partner_of_the_organisation_asked_answers(
    client, herts, review, councillor, police, herts_partner, herts_coordinator
):
    asked = InformationRequest.objects.create(
        lsp=herts, review=review, organisation=police, question="Q", due_on=date(2027, 1, 1)
    )
    jobcentre = OrganisationFactory(lsp=herts, name="Jobcentre Plus")
    other = partner_of(herts, jobcentre, "jcp@example.org")
    for person, status in ((other, 403), (herts_partner, 403), (herts_coordinator, 403)):
        client.force_login(person)
        url = reverse("scrutiny:information-request-answer", args=[herts.slug, asked.pk])
        assert client.post(url, {"response": "Not ours"}).status_code == status
    asked.refresh_from_db()
    assert asked.status == "open" and asked.response == ""


def test_bad_input_gets_a_clear_error_and_saves_nothing(client, herts, review, councillor, police):
    client.force_login(councillor)
    response = send(client, herts, review, police, date(2009, 1, 1), question="Kept question")
    page = response.content.decode()
    assert "The date to answer by must be today or later." in page and "Kept question" in page
    assert not InformationRequest.objects.exists()

    asked = InformationRequest.objects.create(
        lsp=herts, review=review, organisation=police, question="Q", due_on=date(2027, 1, 1)
    )
    client.force_login(partner_of(herts, police, "commander@example.org"))
    answer = reverse("scrutiny:information-request-answer", args=[herts.slug, asked.pk])
    decline = reverse("scrutiny:information-request-decline", args=[herts.slug, asked.pk])
    assert "Enter the answer" in client.post(answer, {"response": "  "}).content.decode()
    text = SimpleUploadedFile("notes.txt", b"plain words", "text/plain")
    page = client.post(answer, {"response": "Kept answer", "attachment": text}).content.decode()
    assert "must be a PDF or a Word document" in page and "Kept answer" in page
    assert "Give the reasons" in client.post(decline, {"decline_reason": ""}).content.decode()
    asked.refresh_from_db()
    assert asked.status == "open"
    # Declined with reasons, it is answered once: a second answer is refused.
    client.post(decline, {"decline_reason": "The figures are not published until June."})
    asked.refresh_from_db()
    assert asked.status == "declined" and "not published" in asked.decline_reason
    assert "was declined already" in client.post(answer, {"response": "Late"}).content.decode()


def test_an_open_request_past_its_date_is_overdue(client, herts, review, councillor, police):
    asked = InformationRequest.objects.create(
        lsp=herts, review=review, organisation=police, question="Q", due_on=date(2010, 1, 1)
    )
    assert asked.is_overdue(date(2010, 1, 2)) and not asked.is_overdue(date(2010, 1, 1))
    client.force_login(councillor)
    page = client.get(reverse("scrutiny:review", args=[herts.slug, review.pk])).content.decode()
    assert "Overdue" in page


@pytest.mark.parametrize("page", ["review", "organisation"])
def test_pages_listing_requests_make_the_same_queries_as_requests_grow_tenfold(
    client, herts, review, councillor, police, page
):
    client.force_login(councillor)
    counts = []
    for size in (1, 10):
        InformationRequest.objects.bulk_create(
            InformationRequest(
                lsp=herts,
                review=review,
                organisation=police,
                question=f"Q{n}",
                due_on=date(2027, 1, 1),
            )
            for n in range(size)
        )
        url = (
            reverse("scrutiny:review", args=[herts.slug, review.pk])
            if page == "review"
            else reverse("laa:organisation", args=[herts.slug, police.pk])
        )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
