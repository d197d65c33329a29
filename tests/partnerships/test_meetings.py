"""Journey 5: meetings, their papers, attendance and quorum; and who may read what."""

import io
from datetime import UTC, date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lsp_portal.permissions import RoleName
from partnerships.models import AgendaItem, Attendance, Meeting
from tests.conftest import person_with_role
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
)
from tests.pdfs import make_docx, pdf_of

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


@pytest.fixture
def meeting(herts):
    return MeetingFactory(partnership=PartnershipFactory(lsp=herts, name="Board"))


def post_item(client, herts, meeting, paper=None, **fields):
    data = {
        "order": 1,
        "title": "Performance report",
        "presenter": "",
        "purpose": "information",
        "paper_text": "",
        "minutes": "",
        **fields,
    }
    if paper is not None:
        data["paper"] = paper
    return client.post(reverse("partnerships:agenda-item-new", args=[herts.slug, meeting.pk]), data)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("report.pdf", PNG, "must be a PDF or a Word document"),
        ("report.pdf", b"", "The selected file is empty"),
        ("report.pdf", b"%PDF-" + b"0" * (21 * 1024 * 1024), "must be smaller than 20 MB"),
        ("report.docx", b"PK\x03\x04not really a zip", "must be a PDF or a Word document"),
    ],
)
def test_bad_papers_are_refused_with_a_clear_error_and_nothing_saved(
    client, herts, herts_coordinator, meeting, name, content, message
):
    client.force_login(herts_coordinator)
    response = post_item(client, herts, meeting, SimpleUploadedFile(name, content))
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page and "govuk-error-summary" in page
    assert 'value="Performance report"' in page
    assert not AgendaItem.objects.exists()


@pytest.mark.parametrize(
    "name,content",
    [
        ("report.pdf", pdf_of("<p>Minutes</p>")),
        ("report.docx", make_docx("<w:p><w:r><w:t>Minutes</w:t></w:r></w:p>")),
    ],
)
def test_pdf_and_docx_papers_are_accepted_and_downloadable(
    client, herts, herts_coordinator, meeting, name, content
):
    client.force_login(herts_coordinator)
    assert post_item(client, herts, meeting, SimpleUploadedFile(name, content)).status_code == 302
    item = AgendaItem.objects.get()
    assert item.paper_name == name
    response = client.get(reverse("partnerships:agenda-item-paper", args=[herts.slug, item.pk]))
    assert b"".join(response.streaming_content) == content


def test_a_meeting_cannot_be_added_to_another_lsps_partnership(
    client, herts, camden, herts_coordinator
):
    camden_board = PartnershipFactory(lsp=camden)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:meeting-new", args=[herts.slug, camden_board.pk]),
        {"date_0": 4, "date_1": 3, "date_2": 2010, "time": "18:30", "venue": "Hall"},
    )
    assert response.status_code == 404
    assert not Meeting.objects.exists()


def test_a_meeting_needs_a_venue_or_an_online_link(client, herts, herts_coordinator):
    board = PartnershipFactory(lsp=herts)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:meeting-new", args=[herts.slug, board.pk]),
        {"date_0": 4, "date_1": 3, "date_2": 2010, "time": "18:30", "venue": "", "online_link": ""},
    )
    assert "Enter a venue or an online meeting link" in response.content.decode()
    response = client.post(
        reverse("partnerships:meeting-new", args=[herts.slug, board.pk]),
        {
            "date_0": 4,
            "date_1": 3,
            "date_2": 2010,
            "time": "18:30",
            "venue": "Council chamber",
            "is_public": "on",
            "length_minutes": 90,
        },
    )
    assert response.status_code == 302
    assert Meeting.objects.get().starts_at.hour == 18


@pytest.fixture
def readers(herts):
    return {role: person_with_role(herts, role, f"reader-{role}@example.org") for role in RoleName}


def test_confidential_items_are_read_only_by_those_with_full_access(
    client, herts, meeting, readers
):
    AgendaItemFactory(meeting=meeting, title="Budget pressures", is_confidential=True)
    AgendaItemFactory(meeting=meeting, title="Annual report")
    url = reverse("partnerships:meeting", args=[herts.slug, meeting.pk])
    for role, person in readers.items():
        client.force_login(person)
        page = client.get(url).content.decode()
        assert "Annual report" in page
        sees_confidential = role in (RoleName.COORDINATOR, RoleName.EXECUTIVE)
        assert ("Budget pressures" in page) == sees_confidential, role


def test_partner_reads_confidential_items_of_a_partnership_they_sit_on(
    client, herts, meeting, readers
):
    confidential = AgendaItemFactory(
        meeting=meeting, title="Budget pressures", is_confidential=True
    )
    confidential.paper.save("budget.pdf", io.BytesIO(b"%PDF-1.7"), save=True)
    partner = readers[RoleName.PARTNER]
    paper_url = reverse("partnerships:agenda-item-paper", args=[herts.slug, confidential.pk])
    client.force_login(partner)
    assert client.get(paper_url).status_code == 404
    MembershipFactory(
        partnership=meeting.partnership, person=partner, person_name="", term_start=date(2009, 1, 1)
    )
    assert (
        "Budget pressures"
        in client.get(
            reverse("partnerships:meeting", args=[herts.slug, meeting.pk])
        ).content.decode()
    )
    assert client.get(paper_url).status_code == 200
    client.force_login(readers[RoleName.SCRUTINEER])
    assert client.get(paper_url).status_code == 404


def test_private_meetings_are_not_found_by_scrutineers_and_mps(client, herts, readers):
    private = MeetingFactory(partnership=PartnershipFactory(lsp=herts), is_public=False)
    url = reverse("partnerships:meeting", args=[herts.slug, private.pk])
    for role in (RoleName.SCRUTINEER, RoleName.MP, RoleName.PARTNER):
        client.force_login(readers[role])
        assert client.get(url).status_code == 404, role
    for role in (RoleName.COORDINATOR, RoleName.EXECUTIVE):
        client.force_login(readers[role])
        assert client.get(url).status_code == 200, role


def test_attendance_is_recorded_and_the_quorum_judged(client, herts, herts_coordinator):
    board = PartnershipFactory(lsp=herts, quorum_count=2, quorum_sectors=["vcs"])
    council = OrganisationFactory(lsp=herts, sector="local_authority")
    vcs = OrganisationFactory(lsp=herts, sector="vcs")
    leader = MembershipFactory(
        partnership=board, person_name="Leader", organisation=council, position="chair"
    )
    officer = MembershipFactory(partnership=board, person_name="Officer", organisation=council)
    voluntary = MembershipFactory(partnership=board, person_name="VCS rep", organisation=vcs)
    meeting = MeetingFactory(partnership=board)
    url = reverse("partnerships:attendance", args=[herts.slug, meeting.pk])
    client.force_login(herts_coordinator)
    response = client.post(
        url,
        {
            f"status_{leader.pk}": "present",
            f"status_{officer.pk}": "present",
            f"status_{voluntary.pk}": "apologies",
        },
    )
    assert response.status_code == 302
    page = client.get(
        reverse("partnerships:meeting", args=[herts.slug, meeting.pk])
    ).content.decode()
    assert "Not quorate" in page and "no member from voluntary and community present" in page
    client.post(
        url,
        {f"status_{voluntary.pk}": "substitute", f"substitute_{voluntary.pk}": "Deputy VCS rep"},
    )
    page = client.get(
        reverse("partnerships:meeting", args=[herts.slug, meeting.pk])
    ).content.decode()
    assert "Quorate: 3 present" in page and "Deputy VCS rep" in page
    assert Attendance.objects.filter(meeting=meeting).count() == 3


def test_a_substitute_needs_a_name(client, herts, herts_coordinator):
    member = MembershipFactory(partnership=PartnershipFactory(lsp=herts), person_name="Member")
    meeting = MeetingFactory(partnership=member.partnership)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:attendance", args=[herts.slug, meeting.pk]),
        {f"status_{member.pk}": "substitute"},
    )
    assert "Enter the name of Member" in response.content.decode()
    assert not Attendance.objects.exists()


def period(start: date, end: date) -> dict:
    return {
        "start_0": start.day,
        "start_1": start.month,
        "start_2": start.year,
        "end_0": end.day,
        "end_1": end.month,
        "end_2": end.year,
    }


def meetings_with_attendance(lsp, count, board, members, statuses):
    from datetime import datetime, timedelta

    for index in range(count):
        meeting = MeetingFactory(
            partnership=board,
            starts_at=datetime(2009, 1, 5, 18, tzinfo=UTC) + timedelta(days=7 * index),
        )
        Attendance.objects.bulk_create(
            Attendance(lsp=lsp, meeting=meeting, membership=member, status=status)
            for member, status in zip(members, statuses, strict=True)
        )


def test_attendance_report_puts_statutory_partners_first_and_counts_substitutes(
    client, herts, herts_partner
):
    board = PartnershipFactory(lsp=herts)
    police = OrganisationFactory(
        lsp=herts, name="Zeta Police", sector="police", is_statutory_partner=True
    )
    charity = OrganisationFactory(lsp=herts, name="Alpha Charity", sector="vcs")
    members = [
        MembershipFactory(partnership=board, organisation=police),
        MembershipFactory(partnership=board, organisation=charity),
    ]
    meetings_with_attendance(herts, 2, board, members, ["substitute", "apologies"])
    meetings_with_attendance(herts, 2, board, members, ["absent", "present"])
    client.force_login(herts_partner)
    url = reverse("partnerships:attendance-report", args=[herts.slug])
    page = client.get(url, period(date(2009, 1, 1), date(2009, 12, 31))).content.decode()
    assert page.index("Zeta Police") < page.index("Alpha Charity")
    assert "50%" in page
    csv_text = client.get(
        reverse("partnerships:attendance-report-csv", args=[herts.slug]),
        period(date(2009, 1, 1), date(2009, 12, 31)),
    ).content.decode()
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("grouping,name,statutory partner")
    assert lines[1] == "organisation,Zeta Police,yes,4,2,0,2,50"
    assert lines[2] == "organisation,Alpha Charity,no,4,2,2,0,50"


def test_attendance_report_explains_a_period_that_ends_before_it_starts(
    client, herts, herts_partner
):
    client.force_login(herts_partner)
    response = client.get(
        reverse("partnerships:attendance-report", args=[herts.slug]),
        period(date(2010, 1, 1), date(2009, 1, 1)),
    )
    assert "The end of the period must be after its start" in response.content.decode()


def test_attendance_report_queries_do_not_grow_with_meetings(client, herts, herts_partner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    board = PartnershipFactory(lsp=herts)
    members = [
        MembershipFactory(partnership=board, organisation=OrganisationFactory(lsp=herts))
        for _ in range(3)
    ]
    client.force_login(herts_partner)
    url = reverse("partnerships:attendance-report", args=[herts.slug])
    counts = []
    for meetings in (5, 50):
        meetings_with_attendance(herts, meetings, board, members, ["present"] * 3)
        with CaptureQueriesContext(connection) as queries:
            client.get(url, period(date(2009, 1, 1), date(2012, 12, 31)))
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
