"""Reads about LSPs, roles and people. Each takes the LSP and/or the person explicitly."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from lsp_portal.permissions import RoleName
from partnerships.models import Membership, Partnership
from tenancy.models import LSP, Organisation, Role


def organisations_of(*, lsp):
    return Organisation.objects.for_lsp(lsp).order_by("name")


POSITION_ORDER = {position: index for index, position in enumerate(Membership.Position)}


@dataclass
class StructureNode:
    partnership: Partnership
    chair: str
    member_count: int
    children: list["StructureNode"]
    organisations: list[str] = field(default_factory=list)


def structure_of(*, lsp, today) -> list[StructureNode]:
    """The partnership tree of an LSP, with each one's chair and number of members.

    Two queries whatever the size: partnerships with their current member counts, then
    the current chairs. The database counts; only the chairs' rows come back.
    """
    current = Q(memberships__term_start__lte=today) & (
        Q(memberships__term_end__isnull=True) | Q(memberships__term_end__gte=today)
    )
    partnerships = list(
        Partnership.objects.for_lsp(lsp)
        .select_related("kind")
        .annotate(member_count=Count("memberships", filter=current))
        .order_by("kind__order", "name")
    )
    chairs = {
        chair.partnership_id: chair.name
        for chair in current_memberships(lsp=lsp, today=today)
        .filter(position=Membership.Position.CHAIR)
        .select_related("person")
    }
    nodes = {p.pk: StructureNode(p, chairs.get(p.pk, ""), p.member_count, []) for p in partnerships}
    roots = []
    for partnership in partnerships:
        node = nodes[partnership.pk]
        parent = nodes.get(partnership.parent_id)
        (parent.children if parent else roots).append(node)
    return roots


def current_memberships(*, lsp, today):
    return (
        Membership.objects.for_lsp(lsp)
        .filter(term_start__lte=today)
        .filter(Q(term_end__isnull=True) | Q(term_end__gte=today))
    )


def district_boards(*, lsp) -> list[tuple[LSP, list[Partnership]]]:
    """For a county LSP: each district LSP with its boards (two queries)."""
    districts = list(lsp.district_lsps.order_by("name"))
    boards = defaultdict(list)
    for board in Partnership.objects.filter(lsp__in=districts, kind__code="board").order_by("name"):
        boards[board.lsp_id].append(board)
    return [(district, boards[district.pk]) for district in districts]


@dataclass
class SectorGroup:
    label: str
    memberships: list[Membership]


def members_by_sector(*, partnership, today) -> tuple[list[SectorGroup], list[Membership]]:
    """Current members grouped by the sector of their seat, and past members."""
    memberships = list(
        partnership.memberships.select_related("person", "organisation", "nominated_by")
    )
    current = [m for m in memberships if m.is_current(today)]
    past = sorted(
        (m for m in memberships if not m.is_current(today)),
        key=lambda m: m.term_end or m.term_start,
        reverse=True,
    )
    groups: dict[str, list[Membership]] = defaultdict(list)
    for membership in sorted(current, key=lambda m: (POSITION_ORDER[m.position], m.name)):
        groups[membership.sector].append(membership)
    labels = dict(Organisation.Sector.choices)
    ordered = [
        SectorGroup(labels[sector], groups[sector]) for sector in labels if groups.get(sector)
    ]
    if groups.get(""):
        ordered.append(SectorGroup("No sector recorded", groups[""]))
    return ordered, past


def sector_balance_warnings(*, partnership, groups: list[SectorGroup]) -> list[str]:
    """A board should hear the voluntary and community sector and business."""
    if partnership.kind.code != "board":
        return []
    sectors = {m.sector for group in groups for m in group.memberships}
    warnings = []
    if Organisation.Sector.VCS not in sectors:
        warnings.append("This board has no member from the voluntary and community sector.")
    if Organisation.Sector.BUSINESS not in sectors:
        warnings.append("This board has no member from business.")
    return warnings


def seats_of(*, organisation) -> list[Membership]:
    """Every seat an organisation holds or has held, across the LSP's partnerships."""
    return list(
        organisation.seats.select_related("partnership", "person").order_by(
            "partnership__name", "-term_start"
        )
    )


def people_in(*, lsp):
    """Accounts with a role or a seat in this LSP; anyone else is not found here."""
    from accounts.models import User

    return User.objects.filter(Q(lsp_roles__lsp=lsp) | Q(memberships__lsp=lsp)).distinct()


def people_choices(*, lsp, roles=None):
    """People who may be given a seat: everyone with a current role in the LSP (or one
    of ``roles``)."""
    from accounts.models import User

    people = User.objects.filter(lsp_roles__lsp=lsp, lsp_roles__ended_at__isnull=True)
    if roles is not None:
        people = people.filter(lsp_roles__role__in=roles)
    return people.distinct().order_by("full_name")


def seats_of_person(*, lsp, user=None, name: str = "") -> list[Membership]:
    """Every seat a person holds or has held in this LSP: by account, or by name."""
    seats = Membership.objects.for_lsp(lsp).select_related("partnership", "organisation")
    seats = seats.filter(person=user) if user is not None else seats.filter(person_name=name)
    return list(seats.order_by("partnership__name", "-term_start"))


def partnerships_sat_on(*, lsp, user) -> set[int]:
    """Partnerships the person has a seat on now (one query)."""
    if not user.is_authenticated:
        return set()
    today = timezone.localdate()
    return set(
        current_memberships(lsp=lsp, today=today)
        .filter(person=user)
        .values_list("partnership_id", flat=True)
    )


def meetings_visible(*, lsp, user, access, partnership=None):
    """Meetings this person may open: all, theirs and public ones, or public ones."""
    from partnerships.models import Meeting
    from partnerships.permissions import sees_all_meetings

    meetings = Meeting.objects.for_lsp(lsp).select_related("partnership")
    if partnership is not None:
        meetings = meetings.filter(partnership=partnership)
    if sees_all_meetings(access):
        return meetings
    mine = Q(is_public=True)
    if access.has_role(RoleName.PARTNER):
        mine |= Q(partnership_id__in=partnerships_sat_on(lsp=lsp, user=user))
    return meetings.filter(mine)


@dataclass
class Quorum:
    required: bool
    quorate: bool
    present: int
    explanation: str


def quorum_of(*, meeting, attendance) -> Quorum:
    """Whether the recorded attendance met the partnership's quorum."""
    partnership = meeting.partnership
    if not partnership.quorum_count and not partnership.quorum_sectors:
        return Quorum(False, True, 0, "This partnership has not set a quorum.")
    present = [a for a in attendance if a.counts_as_present]
    missing = []
    if partnership.quorum_count and len(present) < partnership.quorum_count:
        missing.append(f"{len(present)} present, {partnership.quorum_count} needed")
    sectors_present = {a.membership.sector for a in present}
    labels = dict(Organisation.Sector.choices)
    for sector in partnership.quorum_sectors:
        if sector not in sectors_present:
            missing.append(f"no member from {labels.get(sector, sector).lower()} present")
    if not attendance:
        return Quorum(True, False, 0, "Attendance has not been recorded.")
    if missing:
        return Quorum(True, False, len(present), "Not quorate: " + "; ".join(missing) + ".")
    return Quorum(True, True, len(present), f"Quorate: {len(present)} present.")


def members_on(*, partnership, on):
    """The memberships current on a date, in position order: who was expected at a meeting."""
    memberships = [
        m
        for m in partnership.memberships.select_related("person", "organisation")
        if m.is_current(on)
    ]
    return sorted(memberships, key=lambda m: (POSITION_ORDER[m.position], m.name))


@dataclass
class AttendanceRow:
    name: str
    is_statutory: bool
    expected: int
    present: int
    apologies: int
    absent: int

    @property
    def rate(self) -> int | None:
        """Attendance rate in whole per cent (substitutes count as attending)."""
        return round(100 * self.present / self.expected) if self.expected else None


def _attendance_row(name: str, is_statutory: bool, counts: dict) -> AttendanceRow:
    return AttendanceRow(
        name,
        is_statutory,
        counts["expected"],
        counts["present"],
        counts["apologies"],
        counts["absent"],
    )


def _attendance_counts() -> dict:
    return {
        "expected": Count("pk"),
        "present": Count("pk", filter=Q(status__in=["present", "substitute"])),
        "apologies": Count("pk", filter=Q(status="apologies")),
        "absent": Count("pk", filter=Q(status="absent")),
    }


def organisation_attendance(*, organisation) -> list[AttendanceRow]:
    """How often the organisation's members came, partnership by partnership, since
    records began (one query): the organisation's side of the duty to co-operate."""
    from partnerships.models import Attendance

    rows = (
        Attendance.objects.for_lsp(organisation.lsp_id)
        .filter(membership__organisation=organisation)
        .values("meeting__partnership__name")
        .annotate(**_attendance_counts())
        .order_by("meeting__partnership__name")
    )
    return [_attendance_row(row["meeting__partnership__name"], False, row) for row in rows]


def attendance_report(*, lsp, start, end) -> tuple[list[AttendanceRow], list[AttendanceRow]]:
    """Attendance by organisation (statutory partners first) and by partnership, counted
    in the database over meetings from ``start`` to ``end`` inclusive (two queries)."""
    from partnerships.models import Attendance

    # A range on the timestamp itself, not on its date, so an index on it can serve.
    first = timezone.make_aware(datetime.combine(start, time.min))
    after = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
    records = Attendance.objects.for_lsp(lsp).filter(
        meeting__starts_at__gte=first, meeting__starts_at__lt=after
    )
    counts = _attendance_counts()
    by_organisation = [
        _attendance_row(
            row["membership__organisation__name"] or "No organisation recorded",
            bool(row["membership__organisation__is_statutory_partner"]),
            row,
        )
        for row in records.values(
            "membership__organisation__name", "membership__organisation__is_statutory_partner"
        ).annotate(**counts)
    ]
    by_organisation.sort(key=lambda row: (not row.is_statutory, row.name))
    by_partnership = sorted(
        (
            _attendance_row(row["meeting__partnership__name"], False, row)
            for row in records.values("meeting__partnership__name").annotate(**counts)
        ),
        key=lambda row: row.name,
    )
    return by_organisation, by_partnership


def next_meeting_of(meeting):
    """The partnership's next meeting after this one: where its minutes are approved."""
    from partnerships.models import Meeting

    return (
        Meeting.objects.filter(partnership=meeting.partnership_id, starts_at__gt=meeting.starts_at)
        .order_by("starts_at")
        .first()
    )


@dataclass
class MeetingRecord:
    """What a reader sees of a meeting: items with the minutes and declarations they may
    read (``minutes_shown``, ``declarations_shown``), decisions, and the action log."""

    items: list
    decisions: list
    actions: list


def meeting_record(*, meeting, full: bool, with_actions: bool = True) -> MeetingRecord:
    """The agenda and what came of it, in a fixed number of queries.

    Without ``full`` access, confidential items and the decisions and actions on them are
    left out, and the minutes, declarations and decisions wait until the minutes are
    approved: until then they are a draft, for those who take part in the meeting only.
    """
    from partnerships.models import Declaration

    items = meeting.items.prefetch_related(
        Prefetch(
            "declarations",
            queryset=Declaration.objects.select_related(
                "membership__person", "membership__organisation"
            ),
        )
    )
    decisions = meeting.decisions.select_related("agenda_item")
    actions = meeting.actions.select_related("agenda_item", "owner", "owner_organisation")
    if not full:
        items = items.filter(is_confidential=False)
        decisions = decisions.exclude(agenda_item__is_confidential=True)
        actions = actions.exclude(agenda_item__is_confidential=True)
    minutes_readable = full or meeting.minutes_approved
    items = list(items)
    for item in items:
        item.minutes_shown = item.minutes if minutes_readable else ""
        item.declarations_shown = list(item.declarations.all()) if minutes_readable else []
    return MeetingRecord(
        items=items,
        decisions=list(decisions) if minutes_readable else [],
        actions=list(actions) if with_actions else [],
    )


def actions_visible(*, lsp, user, access):
    """The action log this person may read: everything for those who see every meeting;
    otherwise the actions of public meetings not on confidential items, and for partners
    everything from the partnerships they sit on."""
    from partnerships.models import MeetingAction
    from partnerships.permissions import sees_all_meetings

    actions = MeetingAction.objects.for_lsp(lsp).select_related(
        "meeting__partnership", "agenda_item", "owner", "owner_organisation"
    )
    if sees_all_meetings(access):
        return actions
    mine = Q(meeting__is_public=True) & (
        Q(agenda_item__isnull=True) | Q(agenda_item__is_confidential=False)
    )
    if access.has_role(RoleName.PARTNER):
        mine |= Q(meeting__partnership_id__in=partnerships_sat_on(lsp=lsp, user=user))
    return actions.filter(mine | Q(owner=user))


def forward_plan(*, lsp, user, access):
    """Decisions partnerships expect to take, soonest first, grouped by partnership; an
    entry tied to a meeting this person may not open is left out."""
    from partnerships.models import PlannedDecision

    visible = meetings_visible(lsp=lsp, user=user, access=access).values("pk")
    entries = (
        PlannedDecision.objects.for_lsp(lsp)
        .filter(status=PlannedDecision.Status.EXPECTED)
        .filter(Q(meeting__isnull=True) | Q(meeting__in=visible))
        .select_related("partnership", "meeting", "lead_organisation")
        .order_by("partnership__name", "expected_on", "pk")
    )
    grouped: dict = defaultdict(list)
    for entry in entries:
        grouped[entry.partnership].append(entry)
    return list(grouped.items())


def public_meetings(*, lsp):
    """The meetings the public may know about: public ones. Their confidential items are
    left out wherever they are shown (see ``meeting_record``)."""
    from partnerships.models import Meeting

    return Meeting.objects.for_lsp(lsp).filter(is_public=True).select_related("partnership")


def public_items(*, lsp):
    """Agenda items the public may read: not confidential, on a public meeting."""
    from partnerships.models import AgendaItem

    return AgendaItem.objects.for_lsp(lsp).filter(meeting__is_public=True, is_confidential=False)


def member_organisations(*, lsp, today) -> dict[int, list[str]]:
    """The organisations with a current seat on each partnership, in one query."""
    rows = (
        current_memberships(lsp=lsp, today=today)
        .filter(organisation__isnull=False)
        .values_list("partnership_id", "organisation__name")
        .distinct()
        .order_by("organisation__name")
    )
    by_partnership: dict[int, list[str]] = defaultdict(list)
    for partnership_id, name in rows:
        by_partnership[partnership_id].append(name)
    return by_partnership


def calendar_meetings(*, user, since):
    """Every meeting this person may open, across all their LSPs, from ``since`` on:
    the personal calendar feed."""
    from tenancy.access import LSPAccess

    roles_by_lsp: dict[int, set[str]] = defaultdict(set)
    lsps = {}
    for role in Role.objects.current().filter(user=user).select_related("lsp"):
        roles_by_lsp[role.lsp_id].add(role.role)
        lsps[role.lsp_id] = role.lsp
    meetings = []
    for lsp_id, roles in roles_by_lsp.items():
        access = LSPAccess(roles=frozenset(roles))
        visible = meetings_visible(lsp=lsps[lsp_id], user=user, access=access)
        meetings.extend(visible.filter(starts_at__gte=since).select_related("lsp"))
    return sorted(meetings, key=lambda meeting: meeting.starts_at)


def published_structure(*, lsp, today) -> list[StructureNode]:
    """The structure as the public sees it: partnerships that exist today, with their
    chairs and the organisations that sit on them."""
    organisations = member_organisations(lsp=lsp, today=today)

    def current(nodes):
        return [
            StructureNode(
                n.partnership,
                n.chair,
                n.member_count,
                current(n.children),
                organisations.get(n.partnership.pk, []),
            )
            for n in nodes
            if n.partnership.is_current(today)
        ]

    return current(structure_of(lsp=lsp, today=today))


def partnership_kinds_in_use(*, lsp) -> list[tuple]:
    """Each kind of partnership of the LSP with how many partnerships are of it (two queries)."""
    from partnerships.models import PartnershipKind

    counts = dict(
        Partnership.objects.for_lsp(lsp).values_list("kind").annotate(n=Count("pk")).order_by()
    )
    return [(kind, counts.get(kind.pk, 0)) for kind in PartnershipKind.objects.for_lsp(lsp)]
