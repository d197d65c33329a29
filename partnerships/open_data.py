"""The LSP's open data: its published partnership structure, as Popolo JSON and as CSV.

Published: the organisations taking part (name, sector, whether a statutory partner or a
network, the networks they belong to, and their charity, company and NHS ODS numbers); the
partnerships and which one each reports to; who sits on each partnership, by name only, in what
position, for which organisation, nominated by whom and for what term, current and ended; and
the partnership, date, time and place of public meetings, and the published versions of
their papers (the public edition of the board pack, which withholds confidential items).

Never published: e-mail addresses or anything else about a person's portal account beyond their
name; roles and permissions in the portal; substitutes' names; private meetings at all; and
nothing else from inside any meeting (agendas, minutes, attendance, decisions, declarations);
no draft version of a pack.

Every builder reads only the LSP it is given, through ``for_lsp``, in a fixed number of queries
whatever the size of the LSP. Ids are prefixed by type (``organisation/12``, ``partnership/3``,
``person/user-7``, ``person/name-jo-bloggs``, ``post/3-chair``, ``membership/44``,
``membership/network-5-12``, ``meeting/9``) so they are unique within one document.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from partnerships.models import Meeting, Membership, Partnership
from partnerships.selectors import public_meetings, published_packs
from tenancy.models import Organisation

# org-id.guide's schemes for the registers these numbers come from.
IDENTIFIER_SCHEMES = (
    ("charity_number", "GB-CHC"),
    ("company_number", "GB-COH"),
    ("nhs_ods_code", "GB-NHS"),
)

MEMBERSHIP_COLUMNS = [
    "partnership",
    "partnership kind",
    "parent partnership",
    "position",
    "person",
    "organisation represented",
    "sector",
    "sector seat",
    "nominated by",
    "term start",
    "term end",
    "current",
]
ORGANISATION_COLUMNS = [
    "name",
    "sector",
    "statutory partner",
    "network",
    "networks it belongs to",
    "charity number",
    "company number",
    "NHS ODS code",
]
MEETING_COLUMNS = [
    "partnership",
    "date",
    "time",
    "venue",
    "online link",
    "papers (latest published version)",
    "papers version",
    "papers SHA-256",
]

Rows = Iterable[list]


# Ids -------------------------------------------------------------------------------------------


def organisation_id(pk: int) -> str:
    return f"organisation/{pk}"


def partnership_id(pk: int) -> str:
    return f"partnership/{pk}"


def person_id(membership: Membership) -> str:
    """Accounts and typed names are kept apart by their prefixes; the same typed name on two
    seats is taken to be one person, as the portal's "seats of a person" page does."""
    if membership.person_id:
        return f"person/user-{membership.person_id}"
    # A name of punctuation alone has no slug; such a person is kept to their own seat.
    slug = slugify(membership.person_name, allow_unicode=True) or f"seat-{membership.pk}"
    return f"person/name-{slug}"


def post_id(membership: Membership) -> str:
    return f"post/{membership.partnership_id}-{membership.position}"


# Queries: one per kind of row, each scoped to the LSP -----------------------------------------


def _organisations(lsp):
    # The networks are read through the LSP's own organisations, so a link to another LSP's
    # network (which the form does not offer, but the table would allow) is never published.
    networks = Organisation.objects.for_lsp(lsp).order_by("name")
    return (
        Organisation.objects.for_lsp(lsp)
        .prefetch_related(Prefetch("networks", queryset=networks))
        .order_by("name")
    )


def _partnerships(lsp):
    return Partnership.objects.for_lsp(lsp).select_related("kind").order_by("kind__order", "name")


def _memberships(lsp):
    return (
        Membership.objects.for_lsp(lsp)
        .select_related(
            "partnership__kind", "partnership__parent", "person", "organisation", "nominated_by"
        )
        .order_by("partnership__name", "term_start", "pk")
    )


def _public_meetings(lsp):
    """Public meetings with their published packs (one query more, whatever their number)."""
    return (
        public_meetings(lsp=lsp)
        .order_by("starts_at", "pk")
        .prefetch_related(
            Prefetch(
                "pack_versions",
                queryset=published_packs(lsp=lsp).select_related("lsp").order_by("-number"),
                to_attr="published_packs",
            )
        )
    )


def _pack_url(version) -> str:
    return settings.PORTAL_BASE_URL.rstrip("/") + reverse(
        "partnerships:public-pack", args=[version.lsp.slug, version.meeting_id, version.number]
    )


# Popolo ----------------------------------------------------------------------------------------


def popolo_of(lsp) -> dict:
    """The LSP's structure and public meetings as one Popolo document (six queries).
    Popolo says whether a membership is current through its dates."""
    organisations = list(_organisations(lsp))
    memberships = list(_memberships(lsp))
    return {
        "organizations": [_organisation_json(o) for o in organisations]
        + [_partnership_json(p) for p in _partnerships(lsp)],
        "persons": _persons_json(memberships),
        "memberships": [_membership_json(m) for m in memberships]
        + _network_memberships_json(organisations),
        "posts": _posts_json(memberships),
        "events": [_event_json(meeting) for meeting in _public_meetings(lsp)],
    }


def _organisation_json(organisation: Organisation) -> dict:
    return {
        "id": organisation_id(organisation.pk),
        "name": organisation.name,
        "classification": organisation.get_sector_display(),
        "identifiers": [
            {"scheme": scheme, "identifier": getattr(organisation, field)}
            for field, scheme in IDENTIFIER_SCHEMES
            if getattr(organisation, field)
        ],
    }


def _partnership_json(partnership: Partnership) -> dict:
    data = {
        "id": partnership_id(partnership.pk),
        "name": partnership.name,
        "classification": partnership.kind.name,
        "founding_date": partnership.start_date.isoformat(),
    }
    if partnership.parent_id:
        data["parent_id"] = partnership_id(partnership.parent_id)
    if partnership.end_date:
        data["dissolution_date"] = partnership.end_date.isoformat()
    if partnership.remit:
        data["description"] = partnership.remit
    return data


def _persons_json(memberships: list[Membership]) -> list[dict]:
    # Only the name: the account's e-mail address and everything else about it stay private.
    names: dict[str, str] = {}
    for membership in memberships:
        names.setdefault(person_id(membership), membership.name)
    return [
        {"id": pk, "name": name}
        for pk, name in sorted(names.items(), key=lambda item: (item[1], item[0]))
    ]


def _posts_json(memberships: list[Membership]) -> list[dict]:
    posts: dict[str, dict] = {}
    for membership in memberships:
        position = membership.get_position_display()
        posts.setdefault(
            post_id(membership),
            {
                "id": post_id(membership),
                "label": position,
                "role": position,
                "organization_id": partnership_id(membership.partnership_id),
            },
        )
    return list(posts.values())


def _membership_json(membership: Membership) -> dict:
    data = {
        "id": f"membership/{membership.pk}",
        "person_id": person_id(membership),
        "organization_id": partnership_id(membership.partnership_id),
        "post_id": post_id(membership),
        "role": membership.get_position_display(),
        "start_date": membership.term_start.isoformat(),
    }
    if membership.organisation_id:
        data["on_behalf_of_id"] = organisation_id(membership.organisation_id)
    if membership.term_end:
        data["end_date"] = membership.term_end.isoformat()
    return data


def _network_memberships_json(organisations: list[Organisation]) -> list[dict]:
    """An organisation's place in a network, as a membership whose member is an organisation.

    Popolo's membership schema allows ``member`` to be a person or an organisation, typed with
    ``@type``. The portal keeps no dates for these links, so none are given.
    """
    return [
        {
            "id": f"membership/network-{network.pk}-{organisation.pk}",
            "organization_id": organisation_id(network.pk),
            "member": {"@type": "Organization", "id": organisation_id(organisation.pk)},
            "role": "Member",
        }
        for organisation in organisations
        for network in organisation.networks.all()
    ]


def _event_json(meeting: Meeting) -> dict:
    return {
        "id": f"meeting/{meeting.pk}",
        "name": f"{meeting.partnership.name} meeting",
        "classification": "meeting",
        # Local time with its offset, e.g. 2010-07-01T18:30:00+01:00, as Popolo's pattern wants.
        "start_date": timezone.localtime(meeting.starts_at).isoformat(timespec="seconds"),
        "location": meeting.venue or "Online",
        "organization_id": partnership_id(meeting.partnership_id),
        # The meeting's papers: every published version of its pack, public edition.
        "sources": [
            {
                "url": _pack_url(version),
                "note": f"Papers, version {version.number}, published "
                f"{timezone.localtime(version.published_at):%Y-%m-%d}, "
                f"{version.page_count} pages, SHA-256 {version.public_sha256}",
            }
            for version in meeting.published_packs
        ],
    }


# CSV -------------------------------------------------------------------------------------------


def memberships_csv(lsp, *, today) -> tuple[list[str], Rows]:
    """Every seat, current and ended, one row each (one query when the rows are read)."""
    return MEMBERSHIP_COLUMNS, (_membership_row(m, today) for m in _memberships(lsp))


def organisations_csv(lsp) -> tuple[list[str], Rows]:
    """Every organisation with the networks it belongs to (two queries)."""
    return ORGANISATION_COLUMNS, (_organisation_row(o) for o in _organisations(lsp))


def meetings_csv(lsp) -> tuple[list[str], Rows]:
    """Public meetings only, earliest first, with their latest published papers (two
    queries)."""
    return MEETING_COLUMNS, (_meeting_row(meeting) for meeting in _public_meetings(lsp))


def _membership_row(membership: Membership, today) -> list:
    partnership = membership.partnership
    organisation = membership.organisation
    nominated_by = membership.nominated_by
    return [
        partnership.name,
        partnership.kind.name,
        partnership.parent.name if partnership.parent_id else "",
        membership.get_position_display(),
        membership.name,
        organisation.name if organisation else "",
        organisation.get_sector_display() if organisation else "",
        membership.get_sector_seat_display(),
        nominated_by.name if nominated_by else "",
        membership.term_start.isoformat(),
        membership.term_end.isoformat() if membership.term_end else "",
        _yes_no(membership.is_current(today)),
    ]


def _organisation_row(organisation: Organisation) -> list:
    return [
        organisation.name,
        organisation.get_sector_display(),
        _yes_no(organisation.is_statutory_partner),
        _yes_no(organisation.is_network),
        "; ".join(network.name for network in organisation.networks.all()),
        organisation.charity_number,
        organisation.company_number,
        organisation.nhs_ods_code,
    ]


def _meeting_row(meeting: Meeting) -> list:
    starts_at = timezone.localtime(meeting.starts_at)
    latest = meeting.published_packs[0] if meeting.published_packs else None
    return [
        meeting.partnership.name,
        starts_at.date().isoformat(),
        starts_at.strftime("%H:%M"),
        meeting.venue,
        meeting.online_link,
        _pack_url(latest) if latest else "",
        latest.number if latest else "",
        latest.public_sha256 if latest else "",
    ]


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"
