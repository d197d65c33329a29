"""Board packs: from the agenda to a members' and a public edition with the same pages.

Journey: the Hertfordshire coordinator makes the pack for the board's March meeting. The
members' edition has every item, the confidential one marked on its pages; the public
edition keeps that item's number and pages but withholds them; the contents' page
numbers are the pages the items are on; a second version says what changed.
"""

import io
import re
from datetime import UTC, datetime

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from pypdf import PdfReader

from documents import services as documents
from documents.models import Document
from partnerships import packs, services
from partnerships.models import AgendaItem, Meeting, PackVersion
from tests.factories import (
    DecisionFactory,
    MeetingActionFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    PlannedDecisionFactory,
)
from tests.pdfs import make_docx, pdf_of, structure_problems

SECRETS = ("SECRETTITLE", "SECRETPAPER", "SECRETMINUTES", "SECRETDECISION", "SECRETACTION")


def pdf_paper(pages: int, word: str) -> bytes:
    body = "".join(f'<p style="break-after: page">{word} page {n}</p>' for n in range(1, pages + 1))
    return pdf_of(f"<html><body>{body}</body></html>")


def docx_paper(text: str) -> bytes:
    return make_docx(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")


@pytest.fixture
def board(herts):
    partnership = PartnershipFactory(lsp=herts, name="Hertfordshire Forward Board")
    police = OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary")
    MembershipFactory(partnership=partnership, organisation=police)
    return partnership


def item(meeting, order, title, **fields):
    return AgendaItem.objects.create(
        lsp=meeting.lsp, meeting=meeting, order=order, title=title, **fields
    )


@pytest.fixture
def march_meeting(board):
    """The last meeting (with a confidential item) and March's, with papers of each kind."""
    january = services.meeting_save(
        meeting=Meeting(
            lsp=board.lsp,
            partnership=board,
            starts_at=datetime(2010, 1, 14, 18, 30, tzinfo=UTC),
            venue="Council chamber",
        )
    )
    item(january, 5, "Budget 2010/11", minutes="The board agreed the budget.")
    secret = item(
        january,
        6,
        "SECRETTITLE of January",
        is_confidential=True,
        exempt_paragraph=3,
        minutes="SECRETMINUTES were taken.",
    )
    DecisionFactory(meeting=january, agenda_item=secret, text="SECRETDECISION was made.")
    MeetingActionFactory(
        meeting=january,
        agenda_item=secret,
        description="SECRETACTION to follow up",
        owner_organisation=board.memberships.first().organisation,
    )
    MeetingActionFactory(
        meeting=january,
        description="Report on street lighting",
        owner_organisation=board.memberships.first().organisation,
    )
    march = services.meeting_save(
        meeting=Meeting(
            lsp=board.lsp,
            partnership=board,
            starts_at=datetime(2010, 3, 4, 18, 30, tzinfo=UTC),
            venue="Council chamber",
        )
    )
    item(march, 5, "Community safety plan", paper_text="Burglary fell by a tenth.")
    housing = item(march, 6, "Housing strategy", presenter="Head of housing")
    housing.paper.save("housing.docx", ContentFile(docx_paper("Two hundred new homes.")))
    housing.paper_name = "housing.docx"
    housing.save()
    budget = item(
        march,
        7,
        "Budget monitoring",
        purpose=AgendaItem.Purpose.DECISION,
        decision_sought="To note the forecast.",
    )
    budget.paper.save("budget.pdf", ContentFile(pdf_paper(3, "Forecast")))
    budget.paper_name = "budget.pdf"
    budget.save()
    item(
        march,
        8,
        "SECRETTITLE of March",
        is_confidential=True,
        exempt_paragraph=3,
        paper_text="SECRETPAPER figures " * 400,
    )
    return march


def build(meeting, actor, **options):
    document, _ = packs.pack_request(meeting=meeting, actor=actor, **options)
    documents.document_render(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.READY, document.failure_reason
    return document.pack_version


def text_of(pdf_file) -> list[str]:
    with pdf_file.open("rb") as handle:
        return [page.extract_text() for page in PdfReader(io.BytesIO(handle.read())).pages]


def contents_entries(pages: list[str]) -> dict[str, int]:
    """Contents lines, "Item 7: Budget monitoring ........ 12", as {title: page}."""
    entries = {}
    for line in "\n".join(pages[1:3]).splitlines():
        if match := re.match(r"(.+?)\s*\.{3,}\s*(\d+)$", line.strip()):
            entries[match.group(1).strip()] = int(match.group(2))
    return entries


def test_the_members_edition_has_every_item_and_its_contents_point_to_the_right_pages(
    march_meeting, herts_coordinator
):
    version = build(march_meeting, herts_coordinator, publish=False)
    pages = text_of(version.members_file)
    text = "\n".join(pages)
    assert version.number == 1 and version.page_count == len(pages)
    for title in (
        "Apologies and substitutes",
        "Community safety plan",
        "Housing strategy",
        "Budget monitoring",
        "SECRETTITLE of March",
    ):
        assert title in text
    assert "Burglary fell by a tenth." in text
    assert "Two hundred new homes." in text  # the DOCX paper, in place
    assert "Forecast page 3" in text  # the PDF paper, appended
    assert "SECRETMINUTES" in text and "CONFIDENTIAL" in text
    entries = contents_entries(pages)
    assert entries["Item 7: Budget monitoring"] > 2
    for title, page in entries.items():
        heading = title.split(" (")[0]
        if heading.startswith("Item"):
            assert heading.split(":")[0] in pages[page - 1], (title, page)
    # The PDF paper's pages carry the pack's footer: numbering runs on through them.
    forecast = next(n for n, page in enumerate(pages, 1) if "Forecast page 2" in page)
    assert f"Page {forecast} of {len(pages)}" in pages[forecast - 1]
    assert "Item 7 · p." in pages[forecast - 1]


def test_the_public_edition_withholds_confidential_pages_and_keeps_the_page_numbers(
    march_meeting, herts_coordinator
):
    version = build(march_meeting, herts_coordinator, publish=False)
    members, public = text_of(version.members_file), text_of(version.public_file)
    assert len(public) == len(members)
    public_text = "\n".join(public)
    for secret in SECRETS:
        assert secret not in public_text
    assert "Exempt by virtue of paragraph 3" in public_text
    assert "withheld" in public_text
    assert contents_entries(public) == contents_entries(members)
    # Each page says which edition it is in, stamped or laid out.
    assert all("Public edition" in page for page in public)
    assert all("Members' edition" in page for page in members)
    # Every page not withheld is the same page in both editions.
    withheld = {n for r in version.withheld for n in range(r["first"], r["last"] + 1)}
    for number, (ours, theirs) in enumerate(zip(members, public, strict=True), start=1):
        if number not in withheld and number > 1:
            assert ours.replace("Members' edition", "") == theirs.replace("Public edition", ""), (
                number
            )


def test_the_pack_is_a_tagged_pdf_with_bookmarks(march_meeting, herts_coordinator):
    version = build(march_meeting, herts_coordinator, publish=False)
    for edition in PackVersion.Edition:
        with version.file_of(edition).open("rb") as handle:
            data = handle.read()
        reader = PdfReader(io.BytesIO(data))
        # Every page's marked content belongs to an element of that page, the members'
        # own pages included (taken into the shared layout with their structure).
        assert structure_problems(data) == [], edition
        root = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
        assert str(root["/Lang"]).startswith("en")
        assert "Hertfordshire Forward Board" in reader.metadata.title

        def titles(outline):
            for entry in outline:
                if isinstance(entry, list):
                    yield from titles(entry)
                else:
                    yield entry.title

        bookmarks = list(titles(reader.outline))
        assert "Contents" in bookmarks and "Agenda" in bookmarks
        assert "Item 7: Budget monitoring" in bookmarks
        assert "Paper: budget.pdf" in bookmarks
        if edition == PackVersion.Edition.PUBLIC:
            assert not any("SECRET" in title for title in bookmarks)
            # Nor in any string the file holds (titles, alternative text, destinations).
            with pikepdf.open(io.BytesIO(data)) as pdf:
                strings = [
                    str(value)
                    for obj in pdf.objects
                    if isinstance(obj, pikepdf.Dictionary)
                    for value in obj.values()
                    if isinstance(value, pikepdf.String)
                ]
            assert strings and not any("SECRET" in string for string in strings)
        else:
            assert "Item 8: SECRETTITLE of March" in bookmarks
            assert "Members' edition" in reader.metadata.title


def test_a_second_version_says_what_changed(march_meeting, herts_coordinator):
    build(march_meeting, herts_coordinator, publish=False)
    budget = march_meeting.items.get(title="Budget monitoring")
    budget.paper.save("budget-v2.pdf", ContentFile(pdf_paper(4, "Revised")))
    budget.save()
    item(march_meeting, 9, "Fire service review")
    second = build(march_meeting, herts_coordinator, publish=False)
    assert second.number == 2
    text = "\n".join(text_of(second.members_file))
    assert "Changes since version 1" in text
    assert "Paper replaced" in text and "Added" in text
    assert "Revised page 4" in text
    # The first version stays, as it was.
    assert march_meeting.pack_versions.count() == 2
    assert "Forecast page 3" in "\n".join(
        text_of(march_meeting.pack_versions.get(number=1).members_file)
    )


def test_text_typed_into_the_portal_cannot_make_the_pack_fetch_attach_or_run_anything(
    board, herts_coordinator
):
    import http.server
    import threading

    hits = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the standard library's name
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    evil = (
        '<img src="file:///etc/passwd"><link rel="attachment" href="file:///etc/passwd">'
        f'<img src="http://127.0.0.1:{port}/"><script>alert(1)</script>'
        f"<style>@import url(http://127.0.0.1:{port}/css);</style>"
    )
    meeting = services.meeting_save(
        meeting=Meeting(
            lsp=board.lsp,
            partnership=board,
            starts_at=datetime(2010, 6, 3, 18, 30, tzinfo=UTC),
            venue=evil[:200],
        )
    )
    item(meeting, 5, evil[:300], presenter=evil[:200], paper_text=evil)
    docx = item(meeting, 6, "A Word paper")
    escaped = evil.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    docx.paper.save(
        "evil.docx", ContentFile(make_docx(f"<w:p><w:r><w:t>{escaped}</w:t></w:r></w:p>"))
    )
    docx.paper_name = "evil.docx"
    docx.save()
    try:
        version = build(meeting, herts_coordinator, publish=False)
    finally:
        server.shutdown()
    assert hits == []
    for edition in PackVersion.Edition:
        with version.file_of(edition).open("rb") as handle:
            data = handle.read()
        assert b"/EmbeddedFiles" not in data and b"/JavaScript" not in data
        assert b"root:" not in data  # nothing of /etc/passwd
    text = "\n".join(text_of(version.members_file))
    assert 'src="file:///etc/passwd"' in text  # shown as the text it is


def public_html_of(meeting, actor) -> str:
    """The public edition's HTML, as the pack renders it (no need to lay it out: what is
    not in it cannot be in the PDF)."""
    document = Document(lsp=meeting.lsp, kind="board_pack", requested_by=actor)
    source = packs.pack_source(meeting, document)
    return packs.pack_html(source, edition="public", version=1, options={}, changes=None)


def test_a_private_meetings_actions_and_plans_stay_out_of_the_public_edition(
    board, march_meeting, herts_coordinator
):
    private = Meeting.objects.create(
        lsp=board.lsp,
        partnership=board,
        starts_at=datetime(2010, 2, 4, 18, 30, tzinfo=UTC),
        venue="SECRETPRIVATEVENUE",
        is_public=False,
    )
    MeetingActionFactory(
        meeting=private,
        description="SECRETPRIVATEACTION",
        owner_organisation=board.memberships.first().organisation,
    )
    coming_private = Meeting.objects.create(
        lsp=board.lsp,
        partnership=board,
        starts_at=datetime(2010, 4, 1, 18, 30, tzinfo=UTC),
        venue="Closed session",
        is_public=False,
    )
    PlannedDecisionFactory(partnership=board, meeting=coming_private, title="SECRETPRIVATEPLAN")
    PlannedDecisionFactory(partnership=board, meeting=march_meeting, title="Adopt the plan")
    html = public_html_of(march_meeting, herts_coordinator)
    for secret in (*SECRETS, "SECRETPRIVATE"):
        assert secret not in html
    assert "Adopt the plan" in html
    assert "Report on street lighting" in html  # a public meeting's action


def test_a_pack_being_made_as_a_draft_is_not_published_by_a_second_request(
    march_meeting, herts_coordinator
):
    packs.pack_request(meeting=march_meeting, actor=herts_coordinator, publish=False)
    with pytest.raises(ValidationError, match="as a draft"):
        packs.pack_request(
            meeting=march_meeting, actor=herts_coordinator, publish=True, urgency_reason="Late."
        )
    _, joined = packs.pack_request(meeting=march_meeting, actor=herts_coordinator, publish=False)
    assert joined is False


def test_a_paper_that_cannot_be_read_fails_the_build_with_a_reason(
    march_meeting, herts_coordinator
):
    broken = march_meeting.items.get(title="Budget monitoring")
    # Uploaded before papers were checked at upload: it looks like a PDF and is not.
    broken.paper.save("old.pdf", ContentFile(b"%PDF-1.4 not really"))
    document, _ = packs.pack_request(meeting=march_meeting, actor=herts_coordinator, publish=False)
    documents.document_render(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.QUEUED  # tried again, twice more
    assert document.failure_reason.startswith("A paper could not be read")
    assert not march_meeting.pack_versions.exists()


def test_a_confidential_items_pdf_paper_is_in_the_members_edition_only(
    march_meeting, herts_coordinator
):
    secret = march_meeting.items.get(title="SECRETTITLE of March")
    secret.paper.save("secret.pdf", ContentFile(pdf_paper(2, "SECRETPDF")))
    secret.paper_name = "secret.pdf"
    secret.save()
    version = build(march_meeting, herts_coordinator, publish=False)
    members, public = text_of(version.members_file), text_of(version.public_file)
    second = next(n for n, page in enumerate(members, 1) if "SECRETPDF page 2" in page)
    # On the members' own pages, numbered where they fall, marked confidential.
    assert f"Page {second} of {len(members)}" in members[second - 1]
    assert "CONFIDENTIAL" in members[second - 1] and "Item 8 · p." in members[second - 1]
    withheld = next(r for r in version.withheld if r["anchor"] == f"item-{secret.pk}")
    assert withheld["first"] < second <= withheld["last"]
    assert "SECRETPDF" not in "\n".join(public)
    assert "withheld" in public[second - 1]
    for edition in PackVersion.Edition:
        with version.file_of(edition).open("rb") as handle:
            assert structure_problems(handle.read()) == [], edition
