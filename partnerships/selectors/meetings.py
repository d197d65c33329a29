"""Meetings: who may see which, quorum, attendance, the record, actions and the forward
plan."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from lsp_portal.permissions import RoleName
from partnerships.models import Attendance, Declaration, Meeting, MeetingAction, PlannedDecision
from partnerships.permissions import sees_all_meetings
from partnerships.selectors.structure import current_memberships
from tenancy.access import LSPAccess
from tenancy.models import Organisation, Role


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


def calendar_meetings(*, user, since):
    """Every meeting this person may open, across all their LSPs, from ``since`` on:
    the personal calendar feed."""
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
