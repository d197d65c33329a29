"""What is published: public meetings and papers, and the structure."""

from collections import defaultdict

from partnerships.models import AgendaItem, Meeting, PackVersion
from partnerships.selectors.structure import StructureNode, current_memberships, structure_of


def public_meetings(*, lsp):
    """The meetings the public may know about: public ones. Their confidential items are
    left out wherever they are shown (see ``meeting_record``)."""
    return Meeting.objects.for_lsp(lsp).filter(is_public=True).select_related("partnership")


def published_packs(*, lsp):
    """Published versions of public meetings' packs: their public editions are for everyone.
    A draft version, or any version of a private meeting's pack, never is."""
    return PackVersion.objects.for_lsp(lsp).filter(
        published_at__isnull=False, meeting__is_public=True
    )


def public_items(*, lsp):
    """Agenda items the public may read: not confidential, on a public meeting."""
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
