"""The partnership structure: partnerships, memberships, organisations and seats."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q

from accounts.models import User
from partnerships.models import Membership, Partnership, PartnershipKind
from tenancy.models import LSP, Organisation


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
    return User.objects.filter(Q(lsp_roles__lsp=lsp) | Q(memberships__lsp=lsp)).distinct()


def people_choices(*, lsp, roles=None):
    """People who may be given a seat: everyone with a current role in the LSP (or one
    of ``roles``)."""
    people = User.objects.filter(lsp_roles__lsp=lsp, lsp_roles__ended_at__isnull=True)
    if roles is not None:
        people = people.filter(lsp_roles__role__in=roles)
    return people.distinct().order_by("full_name")


def seats_of_person(*, lsp, user=None, name: str = "") -> list[Membership]:
    """Every seat a person holds or has held in this LSP: by account, or by name."""
    seats = Membership.objects.for_lsp(lsp).select_related("partnership", "organisation")
    seats = seats.filter(person=user) if user is not None else seats.filter(person_name=name)
    return list(seats.order_by("partnership__name", "-term_start"))


def members_on(*, partnership, on):
    """The memberships current on a date, in position order: who was expected at a meeting."""
    memberships = [
        m
        for m in partnership.memberships.select_related("person", "organisation")
        if m.is_current(on)
    ]
    return sorted(memberships, key=lambda m: (POSITION_ORDER[m.position], m.name))


def partnership_kinds_in_use(*, lsp) -> list[tuple]:
    """Each kind of partnership of the LSP with how many partnerships are of it (two queries)."""
    counts = dict(
        Partnership.objects.for_lsp(lsp).values_list("kind").annotate(n=Count("pk")).order_by()
    )
    return [(kind, counts.get(kind.pk, 0)) for kind in PartnershipKind.objects.for_lsp(lsp)]
