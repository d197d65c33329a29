"""Board packs: one click from a meeting's agenda to a members' and a public edition,
made from one source in one background job (a document kind, partnerships.documents).

How the two editions keep the same page numbers: everything confidential sits in
segments that start on a page of their own (the cover, the agenda's part B, each
confidential item, the exempt minutes and actions), and every other line reads the same
in both editions. The public edition is laid out once, whole, with as many "withheld"
pages for each confidential segment as the members' version of it takes; the members'
edition is that layout with the members' own pages taken in place of the withheld ones
(documents.assembly). The shared pages are laid out once, and the public file is made
from public text alone. Each shared page has its edition stamped in the running header.

Sections other apps register on the kind (the LAA's performance report) follow the
pack's own; they must hold nothing confidential, since both editions print them as is.
"""

import hashlib
import time
from dataclasses import dataclass, field
from datetime import timedelta

import pikepdf
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from pypdf.errors import PdfReadError

from documents import assembly, registry
from documents.models import Document
from documents.papers import Placement, docx_to_html, pdf_is_tagged, pdf_page_count, place_papers
from documents.renderer import RenderError, render_session
from documents.services import document_request
from lsp_portal.actions import CLOSED
from lsp_portal.uploads import paper_kind
from partnerships.deadlines import is_late, latest_publication_date
from partnerships.models import (
    AgendaItem,
    Decision,
    Meeting,
    MeetingAction,
    Membership,
    PackDownload,
    PackVersion,
    PlannedDecision,
)

KIND = "board_pack"
# Ids of the elements whose pages the renderer reports: segments and reserved paper pages.
ANCHORS = ("seg-", "paper-", "stamp-")
STEPS = 5
# How long after closing an action the log still shows it.
RECENTLY_CLOSED = timedelta(days=90)
# Members get one e-mail for the versions published within this time.
NOTICE_INTERVAL = timedelta(hours=2)
# The pack's page box, in millimetres: the template's @page rule and the frame an appended
# PDF paper is scaled into are both set from these, so they cannot disagree.
PAGE_MM = (210, 297)
MARGIN_MM = {"top": 22, "bottom": 22, "left": 18, "right": 18}
MM = 72 / 25.4


def subject_of(meeting) -> str:
    return f"meeting:{meeting.pk}"


def meeting_day(meeting):
    """The meeting's date where it is held (a 00:30 meeting in summer is on the UK's date)."""
    return timezone.localtime(meeting.starts_at).date()


def deadline_of(meeting):
    """The latest date to publish the meeting's papers, or None where the LSP sets none."""
    return latest_publication_date(meeting_day(meeting), meeting.lsp.papers_clear_days)


def publishing_is_late(meeting, today=None) -> bool:
    return is_late(
        published_on=today or timezone.localdate(),
        meeting_on=meeting_day(meeting),
        clear_days=meeting.lsp.papers_clear_days,
    )


# --- Asking for a pack -------------------------------------------------------------------


def pack_request(*, meeting, actor, publish: bool, urgency_reason: str = ""):
    """Ask for the next version of a meeting's pack. With ``publish``, the version is
    published as soon as it is made: the public edition appears on the public meeting page
    and the members are e-mailed a link. Publishing after the deadline needs the chair's
    reason for urgency, which the cover prints. Returns (document, created): a request
    while one is being made joins it."""
    urgency_reason = urgency_reason.strip()
    if publish and publishing_is_late(meeting) and not urgency_reason:
        raise ValidationError(
            {
                "urgency_reason": "Enter the chair's reason for urgency: the papers are "
                f"published after {deadline_of(meeting):%-d %B %Y}"
            }
        )
    if meeting.minutes_approved:
        raise ValidationError("The meeting's minutes are approved: its papers are the record.")
    building = pack_in_hand(meeting)
    if building is not None and building.is_active and building.options.get("publish") != publish:
        # Its cover already says whether it is published: it cannot change on the way.
        raise ValidationError(
            "A pack is being made already, "
            + ("to be published" if building.options.get("publish") else "as a draft")
            + ". Wait until it is ready, then make the pack again."
        )
    return document_request(
        lsp=meeting.lsp,
        kind=KIND,
        actor=actor,
        subject=subject_of(meeting),
        options={"publish": bool(publish), "urgency_reason": urgency_reason if publish else ""},
    )


def pack_in_hand(meeting) -> Document | None:
    """The build of this meeting's pack that is queued, rendering or last failed (after
    the latest version), for the meeting page's progress."""
    latest = (
        Document.objects.for_lsp(meeting.lsp)
        .filter(kind=KIND, subject=subject_of(meeting))
        .order_by("-requested_at")
        .first()
    )
    if latest is None or latest.status == Document.Status.READY:
        return None
    return latest


# --- Reading the source ------------------------------------------------------------------


@dataclass
class PackItem:
    item: AgendaItem
    paper_kind: str = ""  # "pdf", "docx", "text" or ""
    paper_html: str = ""  # a DOCX paper, converted and sanitised
    pdf: bytes = b""
    pdf_pages: int = 0
    pdf_tagged: bool = True

    @property
    def anchor(self) -> str:
        return f"item-{self.item.pk}"

    @property
    def reserved_pages(self) -> range:
        return range(1, self.pdf_pages + 1)


@dataclass
class PackSource:
    meeting: Meeting
    items: list[PackItem]
    previous: Meeting | None
    previous_items: list[AgendaItem]
    previous_decisions: list[Decision]
    actions: list[MeetingAction]
    planned: list[PlannedDecision]
    coordinator: object
    figures_read_at: object
    sections: list = field(default_factory=list)

    @property
    def confidential_items(self) -> list[PackItem]:
        return [entry for entry in self.items if entry.item.is_confidential]

    @property
    def previous_confidential(self) -> list[AgendaItem]:
        return [item for item in self.previous_items if item.is_confidential]

    @property
    def previous_public_items(self) -> list[AgendaItem]:
        return [item for item in self.previous_items if not item.is_confidential]

    @property
    def previous_public_decisions(self) -> list[Decision]:
        return [d for d in self.previous_decisions if not _on_confidential(d)]

    @property
    def previous_exempt_decisions(self) -> list[Decision]:
        return [d for d in self.previous_decisions if _on_confidential(d)]

    @property
    def previous_private(self) -> bool:
        return self.previous is not None and not self.previous.is_public

    @property
    def exempt_actions(self) -> list[MeetingAction]:
        return [a for a in self.actions if _exempt_action(a)]

    @property
    def open_actions(self) -> list[MeetingAction]:
        return [a for a in self.actions if not _exempt_action(a)]


def _on_confidential(record) -> bool:
    return bool(record.agenda_item_id and record.agenda_item.is_confidential)


def _exempt_action(action) -> bool:
    """An action on a confidential item, or from a meeting held in private."""
    return _on_confidential(action) or not action.meeting.is_public


def _paper(item: AgendaItem) -> PackItem:
    entry = PackItem(item=item)
    if item.paper:
        with item.paper.open("rb") as handle:
            data = handle.read()
            entry.paper_kind = paper_kind(handle) or ""
        if entry.paper_kind == "pdf":
            entry.pdf, entry.pdf_pages = data, pdf_page_count(data)
            entry.pdf_tagged = pdf_is_tagged(data)
        elif entry.paper_kind == "docx":
            entry.paper_html = docx_to_html(data, top_heading=4)
    elif item.paper_text.strip():
        entry.paper_kind = "text"
    return entry


def pack_source(meeting: Meeting, document: Document) -> PackSource:
    """Everything the pack prints, read at one moment (printed on the performance report)."""
    read_at = timezone.now()
    items = list(meeting.items.all())
    previous = (
        Meeting.objects.filter(partnership=meeting.partnership, starts_at__lt=meeting.starts_at)
        .order_by("-starts_at")
        .first()
    )
    previous_items, previous_decisions = [], []
    if previous is not None:
        previous_items = list(
            previous.items.prefetch_related(
                "declarations__membership__person", "declarations__membership__organisation"
            )
        )
        previous_decisions = list(previous.decisions.select_related("agenda_item"))
    meetings_of_partnership = Q(meeting__partnership=meeting.partnership)
    recently = meeting.starts_at - RECENTLY_CLOSED
    actions = list(
        MeetingAction.objects.filter(
            meetings_of_partnership, meeting__starts_at__lt=meeting.starts_at
        )
        .filter(~Q(status__in=CLOSED) | Q(updated_at__gte=recently))
        .select_related("owner_organisation", "owner", "agenda_item", "meeting")
        .order_by("due_on", "pk")
    )
    for action in actions:
        # One status in words, as of the meeting: "On track", "12 days overdue".
        action.status_words = action.overdue_in_words(meeting_day(meeting)) or action.status_label
    coming = list(
        Meeting.objects.filter(partnership=meeting.partnership, starts_at__gt=meeting.starts_at)
        .order_by("starts_at")
        .values_list("pk", "starts_at")[:2]
    )
    horizon = timezone.localtime(coming[-1][1]).date() if len(coming) == 2 else None
    plan_filter = Q(meeting=meeting) | Q(meeting_id__in=[pk for pk, _ in coming])
    if horizon is not None:
        plan_filter |= Q(meeting__isnull=True, expected_on__lte=horizon)
    else:
        plan_filter |= Q(meeting__isnull=True)
    # Both editions print the forward plan: never what is planned for a private meeting.
    published = Q(meeting__isnull=True) | Q(meeting__is_public=True) | Q(meeting=meeting)
    planned = list(
        PlannedDecision.objects.filter(
            plan_filter,
            published,
            partnership=meeting.partnership,
            status=PlannedDecision.Status.EXPECTED,
        ).select_related("meeting", "lead_organisation")
    )
    kind = registry.kind_of(KIND)
    return PackSource(
        meeting=meeting,
        items=[_paper(item) for item in items],
        previous=previous,
        previous_items=previous_items,
        previous_decisions=previous_decisions,
        actions=actions,
        planned=planned,
        coordinator=document.requested_by,
        figures_read_at=read_at,
        sections=[
            {"section": section, "context": section.context(document)}
            for section in registry.sections_of(kind)
        ],
    )


# --- What changed since the last version ------------------------------------------------


def manifest_of(source: PackSource) -> list[dict]:
    """Each item as the pack holds it, to compare with the next version."""
    manifest = []
    for entry in source.items:
        item = entry.item
        paper = ""
        if entry.pdf:
            paper = hashlib.sha256(entry.pdf).hexdigest()
        elif item.paper:
            paper = item.paper.name
        elif item.paper_text.strip():
            paper = hashlib.sha256(item.paper_text.encode()).hexdigest()
        details = "\n".join([item.title, item.presenter, item.purpose, item.decision_sought])
        manifest.append(
            {
                "key": item.pk,
                "number": item.order,
                # The title is kept only where the public edition may print it.
                "title": "" if item.is_confidential else item.title,
                "confidential": item.is_confidential,
                "paper": paper,
                "details": hashlib.sha256(details.encode()).hexdigest(),
            }
        )
    return manifest


def changes_between(before: list[dict], after: list[dict]) -> list[dict]:
    """Items added, removed or changed and papers replaced, in agenda order. Each change
    names the item's anchor, so the page prints where to find it now."""
    old = {entry["key"]: entry for entry in before}
    new_keys = {entry["key"] for entry in after}
    changes = []
    for entry in after:
        was = old.get(entry["key"])
        if was is None:
            what = "Added"
        elif was["paper"] != entry["paper"]:
            what = "Paper added" if not was["paper"] else "Paper replaced"
            if not entry["paper"]:
                what = "Paper removed"
        elif was["details"] != entry["details"] or was["number"] != entry["number"]:
            what = "Changed"
        else:
            continue
        changes.append({**entry, "what": what, "anchor": f"item-{entry['key']}"})
    for entry in before:
        if entry["key"] not in new_keys:
            changes.append({**entry, "what": "Removed", "anchor": ""})
    return changes


# --- Building ------------------------------------------------------------------------------


def _page_css() -> dict:
    width, height = PAGE_MM
    return {
        "width": width,
        "height": height,
        **MARGIN_MM,
    }


def _body_box() -> tuple[float, float, float, float]:
    """The page's content area in PDF points (origin bottom left), where papers go."""
    width, height = PAGE_MM
    return (
        MARGIN_MM["left"] * MM,
        MARGIN_MM["bottom"] * MM,
        (width - MARGIN_MM["left"] - MARGIN_MM["right"]) * MM,
        (height - MARGIN_MM["top"] - MARGIN_MM["bottom"]) * MM,
    )


def _paragraphs(numbers) -> str:
    numbers = sorted({n for n in numbers if n})
    if not numbers:
        return "Exempt information"
    if len(numbers) == 1:
        return f"paragraph {numbers[0]}"
    return "paragraphs " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def exempt_segments(source: PackSource) -> dict[str, str]:
    """The segments the public edition withholds, each with the reason it prints."""
    segments = {}
    confidential = source.confidential_items
    if confidential:
        segments["exempt-agenda"] = _paragraphs(e.item.exempt_paragraph for e in confidential)
    for entry in confidential:
        segments[entry.anchor] = _paragraphs([entry.item.exempt_paragraph])
    if source.previous_private:
        segments["exempt-minutes"] = "minutes of a meeting held in private"
    elif source.previous_confidential:
        segments["exempt-minutes"] = _paragraphs(
            item.exempt_paragraph for item in source.previous_confidential
        )
    if source.exempt_actions:
        paragraphs = [
            a.agenda_item.exempt_paragraph for a in source.exempt_actions if _on_confidential(a)
        ]
        private = any(not a.meeting.is_public for a in source.exempt_actions)
        segments["exempt-actions"] = (
            _paragraphs(paragraphs) if paragraphs else "actions of meetings held in private"
        )
        if paragraphs and private:
            segments["exempt-actions"] += " and actions of meetings held in private"
    return segments


def pack_html(
    source: PackSource,
    *,
    edition: str,
    version: int,
    options: dict,
    own_only: bool = False,
    starts: dict | None = None,
    total: int = 0,
    **extra,
) -> str:
    """The pack's HTML. The public edition is the whole pack; with ``own_only``, the
    members' edition is only its own pages (the cover and the confidential segments, with
    the labels the shared pages are stamped with), numbered from ``starts`` (segment ->
    first page) out of ``total`` pages. Without either, the whole members' edition."""
    meeting = source.meeting
    exempt = exempt_segments(source)
    return render_to_string(
        "partnerships/pdf/pack.html",
        {
            "source": source,
            "meeting": meeting,
            "lsp": meeting.lsp,
            "edition": edition,
            "edition_label": PackVersion.Edition(edition).label,
            "labels": {choice.value: choice.label for choice in PackVersion.Edition},
            "version": version,
            "options": options,
            "page": _page_css(),
            "exempt": exempt,
            "exempt_parts": [name for name in exempt if not name.startswith("item-")],
            "own_only": own_only,
            "starts": starts or {},
            "total": total,
            "deadline": deadline_of(meeting),
            "made_on": timezone.localdate(),
            **extra,
        },
    )


def _segment_pages(rendered, anchor: str) -> range:
    first, last = rendered.anchor_pages[f"seg-{anchor}"]
    return range(first, last + 1)


def pack_build(document: Document, step) -> registry.Built:
    """Make the next version of a meeting's pack: both editions, in one job.

    The public edition is laid out once, whole; the members' edition is the same pages
    with its own (the cover, the confidential segments) in place of the withheld ones,
    laid out separately and numbered as they fall. So the editions share their page
    numbers by construction, and the public file is made from public text alone."""
    started = time.monotonic()
    meeting = Meeting.objects.select_related("partnership", "lsp").get(
        lsp=document.lsp, pk=int(document.subject.split(":", 1)[1])
    )
    step(f"1 of {STEPS}: reading the agenda, papers, minutes and performance figures")
    try:
        source = pack_source(meeting, document)
    except (ValidationError, PdfReadError, pikepdf.PdfError, ValueError) as error:
        # A paper uploaded before papers were checked, that cannot be read now.
        raise RenderError(f"A paper could not be read: {_message(error)}") from error
    previous = meeting.pack_versions.order_by("-number").first()
    number = previous.number + 1 if previous else 1
    manifest = manifest_of(source)
    changes = changes_between(previous.manifest, manifest) if previous else None
    common = {
        "version": number,
        "options": document.options,
        "previous_version": previous,
        "changes": changes,
    }
    reasons = exempt_segments(source)
    # The segments only the members' edition prints: its cover and the confidential ones.
    own = ["cover", *reasons]

    with render_session() as renderer:
        step(f"2 of {STEPS}: laying out the pack")
        # How many pages each of the members' own segments takes, to withhold as many.
        draft = renderer.render(
            pack_html(source, edition=PackVersion.Edition.MEMBERS, own_only=True, **common),
            anchors=ANCHORS,
            layout_only=True,
        )
        counts = {anchor: len(_segment_pages(draft, anchor)) for anchor in own}
        public = renderer.render(
            pack_html(
                source,
                edition=PackVersion.Edition.PUBLIC,
                withheld={
                    anchor: {"reason": reason, "pages": range(counts[anchor])}
                    for anchor, reason in reasons.items()
                },
                **common,
            ),
            anchors=ANCHORS,
        )
        starts = {anchor: _segment_pages(public, anchor)[0] for anchor in own}

        step(f"3 of {STEPS}: the members' own pages")
        members_own = renderer.render(
            pack_html(
                source,
                edition=PackVersion.Edition.MEMBERS,
                own_only=True,
                starts=starts,
                total=public.page_count,
                **common,
            ),
            anchors=ANCHORS,
        )
    _check_same_pages(own, counts, public, members_own)
    withheld = [
        {
            "anchor": anchor,
            "first": starts[anchor],
            "last": starts[anchor] + counts[anchor] - 1,
            "reason": reason,
        }
        for anchor, reason in sorted(reasons.items(), key=lambda pair: starts[pair[0]])
    ]

    step(f"4 of {STEPS}: putting the editions together with their PDF papers")
    try:
        members_pdf, public_pdf = _assemble(source, public, members_own, own)
    except (pikepdf.PdfError, ValueError) as error:
        raise RenderError(f"A PDF paper could not be appended: {_message(error)}") from error
    step(f"5 of {STEPS}: saving version {number}")

    def keep(document):
        _keep_version(
            document=document,
            meeting=meeting,
            number=number,
            source=source,
            members_pdf=members_pdf,
            public_pdf=public_pdf,
            page_count=public.page_count,
            manifest=manifest,
            withheld=withheld,
        )

    return registry.Built(seconds=time.monotonic() - started, keep=keep)


def _message(error) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


def _check_same_pages(own, counts, public, members_own) -> None:
    """The promise of the two editions: page 23 is page 23 in both. Each of the members'
    own segments takes as many pages as the public edition withholds for it."""
    moved = [
        anchor
        for anchor in own
        if not (
            len(_segment_pages(public, anchor))
            == len(_segment_pages(members_own, anchor))
            == counts[anchor]
        )
    ]
    if moved:
        raise RenderError(
            "The public edition's pages did not line up with the members' edition "
            f"(segments of another length: {', '.join(moved)})."
        )


def _assemble(source, public, members_own, own) -> tuple[bytes, bytes]:
    """Both editions' files: the public edition as laid out, and the members' edition
    as the same pages with its own in place of the withheld ones; the edition stamped on
    the shared pages of each, and the PDF papers drawn on the pages kept for them."""
    public_pdf = assembly.open_pdf(public.pdf)
    members_pdf = assembly.open_pdf(public.pdf)
    own_pdf = assembly.open_pdf(members_own.pdf)
    taken = {}  # the members' page (0-based) -> the page of its own that goes there
    for anchor in own:
        for offset, page in enumerate(_segment_pages(public, anchor)):
            taken[page - 1] = _segment_pages(members_own, anchor)[offset] - 1
    shared = [index for index in range(public.page_count) if index not in taken]
    for pdf, label in ((public_pdf, "stamp-public"), (members_pdf, "stamp-members")):
        first, _ = members_own.anchor_pages[label]
        assembly.stamp(pdf, own_pdf.pages[first - 1], shared)
    title = str(own_pdf.docinfo.get("/Title", ""))
    assembly.take_pages(members_pdf, own_pdf, taken)
    assembly.set_title(members_pdf, title)

    body = _body_box()
    where_own = {own_page: page for page, own_page in taken.items()}
    members_papers, public_papers = [], []
    for entry in source.items:
        if not entry.pdf_pages:
            continue
        anchor = f"paper-{entry.item.pk}-1"
        if entry.item.is_confidential:
            first = where_own[members_own.anchor_pages[anchor][0] - 1]
        else:
            first = public.anchor_pages[anchor][0] - 1
            public_papers.append(Placement(first, entry.pdf, entry.item.paper_name))
        members_papers.append(Placement(first, entry.pdf, entry.item.paper_name))
    place_papers(members_pdf, members_papers, body=body)
    place_papers(public_pdf, public_papers, body=body)
    return assembly.pdf_bytes(members_pdf), assembly.pdf_bytes(public_pdf)


def _keep_version(
    *, document, meeting, number, source, members_pdf, public_pdf, page_count, manifest, withheld
) -> PackVersion:
    """Record the version (in the transaction that marks the build ready), then publish it
    if that was asked for."""
    now = timezone.now()
    version = PackVersion(
        lsp=meeting.lsp,
        meeting=meeting,
        number=number,
        document=document,
        requested_by=document.requested_by,
        requested_at=document.requested_at,
        made_at=now,
        figures_read_at=source.figures_read_at,
        members_sha256=hashlib.sha256(members_pdf).hexdigest(),
        members_size=len(members_pdf),
        public_sha256=hashlib.sha256(public_pdf).hexdigest(),
        public_size=len(public_pdf),
        page_count=page_count,
        manifest=manifest,
        withheld=withheld,
        untagged_papers=[
            entry.item.paper_name if not entry.item.is_confidential else f"Item {entry.item.order}"
            for entry in source.items
            if entry.pdf and not entry.pdf_tagged
        ],
    )
    stem = f"{meeting.lsp.slug}/{meeting.pk}/v{number}"
    version.members_file.save(f"{stem}-members.pdf", ContentFile(members_pdf), save=False)
    version.public_file.save(f"{stem}-public.pdf", ContentFile(public_pdf), save=False)
    version.save()
    if document.options.get("publish"):
        pack_publish(
            version=version,
            actor=document.requested_by,
            urgency_reason=document.options.get("urgency_reason", ""),
        )
    return version


# --- Publishing and telling members -------------------------------------------------------


def pack_download_record(*, version: PackVersion, edition: str, user) -> PackDownload:
    """Who read the members' edition of which version, and when."""
    return PackDownload.objects.create(lsp=version.lsp, version=version, edition=edition, user=user)


@transaction.atomic
def pack_publish(*, version: PackVersion, actor, urgency_reason: str = "") -> PackVersion:
    """Publish a version: the public edition appears on the public meeting page and in the
    open data; members are e-mailed a link to the members' edition (one e-mail for the
    versions published within two hours). A reason for urgency goes into the minutes'
    urgent business item as well as on the cover."""
    now = timezone.now()
    version.published_at = now
    version.published_by = actor
    version.urgency_reason = urgency_reason
    version.save(update_fields=["published_at", "published_by", "urgency_reason"])
    meeting = Meeting.objects.select_for_update().get(pk=version.meeting_id)
    if urgency_reason:
        urgent = meeting.items.filter(standard=AgendaItem.Standard.URGENT_BUSINESS).first()
        if urgent is not None:
            line = (
                f"Papers (pack version {version.number}) were published on {now:%-d %B %Y}, "
                f"after the deadline. The chair's reason for urgency: {urgency_reason}"
            )
            urgent.minutes = f"{urgent.minutes}\n\n{line}".strip()
            urgent.save(update_fields=["minutes", "updated_at"])
    if meeting.pack_notice_due_at is None:
        last = meeting.pack_notified_at
        meeting.pack_notice_due_at = max(now, last + NOTICE_INTERVAL) if last else now
        meeting.save(update_fields=["pack_notice_due_at"])
    return version


def members_to_tell(meeting: Meeting) -> list:
    """The meeting's current members with an account, each once."""
    today = timezone.localdate()
    people = {}
    for membership in Membership.objects.filter(
        partnership=meeting.partnership, person__isnull=False
    ).select_related("person"):
        if membership.is_current(today) and membership.person.email:
            people[membership.person.pk] = membership.person
    return list(people.values())


def pack_notices_send(*, now=None) -> int:
    """Send each notice that has fallen due: one e-mail per member with a link (never an
    attachment) to the meeting, whose page lists every version. Run by the worker."""
    now = now or timezone.now()
    sent = 0
    for meeting_id in Meeting.objects.filter(pack_notice_due_at__lte=now).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            meeting = (
                Meeting.objects.select_for_update(skip_locked=True)
                .select_related("partnership", "lsp")
                .filter(pk=meeting_id, pack_notice_due_at__lte=now)
                .first()
            )
            if meeting is None:
                continue
            latest = (
                meeting.pack_versions.filter(published_at__isnull=False).order_by("-number").first()
            )
            link = settings.PORTAL_BASE_URL + reverse(
                "partnerships:meeting", args=[meeting.lsp.slug, meeting.pk]
            )
            for person in members_to_tell(meeting):
                send_mail(
                    subject=f"Papers for {meeting.partnership.name}, {meeting.starts_at:%-d %B %Y}",
                    message=render_to_string(
                        "partnerships/email/pack_published.txt",
                        {"meeting": meeting, "version": latest, "link": link, "person": person},
                    ),
                    from_email=None,
                    recipient_list=[person.email],
                )
                sent += 1
            meeting.pack_notified_at = now
            meeting.pack_notice_due_at = None
            meeting.save(update_fields=["pack_notified_at", "pack_notice_due_at"])
    return sent
