"""The demo partnerships, people and roles that seed_demo creates (README lists the sign-ins)."""

import io
import zipfile
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from documents.renderer import render_html_to_pdf
from documents.services import document_render
from lsp_portal.permissions import RoleName
from partnerships.areas import load_english_areas
from partnerships.models import (
    AgendaItem,
    Decision,
    Declaration,
    Meeting,
    MeetingAction,
    Membership,
    Partnership,
    PartnershipKind,
    PlannedDecision,
)
from partnerships.packs import pack_request
from partnerships.selectors import members_on
from partnerships.services import (
    agenda_item_save,
    attendance_record,
    decision_save,
    declaration_record,
    meeting_action_report,
    meeting_action_save,
    meeting_save,
    membership_save,
    minutes_approve,
    partnership_kinds_ensure_defaults,
    partnership_save,
    planned_decision_save,
)
from tenancy.models import LSP, Area, Organisation
from tenancy.services import role_grant

LONDON = ZoneInfo("Europe/London")


DEMO_PASSWORD = "demo-lsp-portal-2026"  # noqa: S105 - published in the README on purpose
DEMO_DOMAIN = "example.org"

# slug, name, GSS code of the area, level, county LSP slug, two-tier working model
LSPS = [
    ("hertfordshire", "Hertfordshire Forward", "E10000015", "county", None, ""),
    (
        "north-hertfordshire",
        "North Hertfordshire Partnership",
        "E07000099",
        "district",
        "hertfordshire",
        "added_value",
    ),
    ("huntingdonshire", "Huntingdonshire Strategic Partnership", "E07000011", "district", None, ""),
    ("camden", "Camden Partnership Board", "E09000007", "unitary", None, ""),
]

# Organisations of each LSP: name, sector, statutory partner under the duty to co-operate.
ORGANISATIONS = {
    "hertfordshire": [
        ("Hertfordshire County Council", "local_authority", True),
        ("Hertfordshire Constabulary", "police", True),
        ("Hertfordshire Fire and Rescue Service", "fire", True),
        ("NHS Hertfordshire and West Essex", "health", True),
        ("Jobcentre Plus Hertfordshire", "employment", True),
        ("Community Development Action Hertfordshire", "vcs", False),
        ("Hertfordshire Chamber of Commerce", "business", False),
        ("Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance", "police", False),
    ],
    "north-hertfordshire": [
        ("North Hertfordshire District Council", "local_authority", True),
        ("Hertfordshire County Council", "local_authority", True),
        ("Hertfordshire Constabulary", "police", True),
        ("North Hertfordshire Community Voluntary Services", "vcs", False),
        ("Letchworth Garden City Heritage Foundation", "other", False),
        ("Royston Town Council", "parish", False),
        ("Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance", "police", False),
    ],
    "huntingdonshire": [
        ("Huntingdonshire District Council", "local_authority", True),
        ("Cambridgeshire Constabulary", "police", True),
        ("Cambridgeshire and Peterborough NHS", "health", True),
        ("Hunts Forum of Voluntary Organisations", "vcs", False),
        ("St Neots Town Council", "parish", False),
        ("Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance", "police", False),
    ],
    "camden": [
        ("London Borough of Camden", "local_authority", True),
        ("Metropolitan Police Service, Camden", "police", True),
        ("NHS North Central London", "health", True),
        ("London Fire Brigade, Camden", "fire", True),
        ("Jobcentre Plus Camden", "employment", True),
        ("Voluntary Action Camden", "vcs", False),
        ("Camden Community Empowerment Network", "vcs", False),
        ("Age UK Camden", "vcs", False),
        ("Camden Town Unlimited", "business", False),
        ("Camden and Islington NHS Foundation Trust", "health", False),
    ],
}

# One demo person per role in each LSP: email local part is "<lsp>-<role>".
PEOPLE = {
    "hertfordshire": {
        RoleName.COORDINATOR: ("Priya Shah", "Hertfordshire County Council"),
        RoleName.EXECUTIVE: ("Cllr Robert Gordon", "Hertfordshire County Council"),
        RoleName.PARTNER: ("Helen Marsh", "Community Development Action Hertfordshire"),
        RoleName.SCRUTINEER: ("Cllr Margaret Dodd", "Hertfordshire County Council"),
        RoleName.MP: ("Oliver Grant MP", None),
    },
    "north-hertfordshire": {
        RoleName.COORDINATOR: ("Tom Ellis", "North Hertfordshire District Council"),
        RoleName.EXECUTIVE: ("Cllr Lynda Needham", "North Hertfordshire District Council"),
        RoleName.PARTNER: ("Sam Okafor", "North Hertfordshire Community Voluntary Services"),
        RoleName.SCRUTINEER: ("Cllr David Levett", "North Hertfordshire District Council"),
        RoleName.MP: ("Rachel Byrne MP", None),
    },
    "huntingdonshire": {
        RoleName.COORDINATOR: ("Claire Bennett", "Huntingdonshire District Council"),
        RoleName.EXECUTIVE: ("Cllr Jonathan Gray", "Huntingdonshire District Council"),
        RoleName.PARTNER: ("Martin Cole", "Hunts Forum of Voluntary Organisations"),
        RoleName.SCRUTINEER: ("Cllr Sarah Conboy", "Huntingdonshire District Council"),
        RoleName.MP: ("James Ward MP", None),
    },
    "camden": {
        RoleName.COORDINATOR: ("Aisha Rahman", "London Borough of Camden"),
        RoleName.EXECUTIVE: ("Cllr Georgia Gould", "London Borough of Camden"),
        RoleName.PARTNER: ("Daniel Okoro", "Voluntary Action Camden"),
        RoleName.SCRUTINEER: ("Cllr Anna Wright", "London Borough of Camden"),
        RoleName.MP: ("Keir Holloway MP", None),
    },
}

# People with roles in several LSPs: email local part, name, [(lsp, role, organisation)].
SHARED_PEOPLE = [
    (
        "mp-north-east-herts",
        "Chris Hinchliff MP",
        [
            ("hertfordshire", RoleName.MP, None),
            ("north-hertfordshire", RoleName.MP, None),
        ],
    ),
    (
        "police-commander",
        "Ch Supt Neil Wright",
        [
            (
                slug,
                RoleName.PARTNER,
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
            )
            for slug in ("hertfordshire", "north-hertfordshire", "huntingdonshire")
        ],
    ),
]

# Extra roles for demo people above: email local part, LSP, role, organisation. The county
# council sits on its district LSPs, so the Hertfordshire coordinator has two partnerships.
EXTRA_ROLES = [
    (
        "hertfordshire-coordinator",
        "north-hertfordshire",
        RoleName.PARTNER,
        "Hertfordshire County Council",
    ),
]

ADMIN = ("admin", "Platform Administrator")


def email_for(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"


# VCS networks (organisations of kind "network") and the organisations in them.
NETWORKS = {
    "camden": {
        "Voluntary Action Camden": ["Age UK Camden"],
        "Camden Community Empowerment Network": ["Age UK Camden", "Voluntary Action Camden"],
    },
    "hertfordshire": {"Community Development Action Hertfordshire": []},
    "north-hertfordshire": {"North Hertfordshire Community Voluntary Services": []},
    "huntingdonshire": {"Hunts Forum of Voluntary Organisations": []},
}

# Partnerships: name, kind code, parent name, remit, meeting frequency, start, end.
PARTNERSHIPS = {
    "camden": [
        (
            "Camden Partnership Board",
            "board",
            None,
            "Sets the direction of the Camden Plan and holds the thematic partnerships to account.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Camden Children's Trust Partnership Board",
            "statutory",
            "Camden Partnership Board",
            "The Children's Trust: improving outcomes for children and young people.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Safer Camden Partnership",
            "statutory",
            "Camden Partnership Board",
            "The Community Safety Partnership for Camden.",
            "bimonthly",
            "2008-04-01",
            None,
        ),
        (
            "Camden Health and Wellbeing Board",
            "statutory",
            "Camden Partnership Board",
            "Joint health and wellbeing strategy for Camden.",
            "quarterly",
            "2011-04-01",
            None,
        ),
        (
            "Camden Economic Development Partnership",
            "thematic",
            "Camden Partnership Board",
            "Jobs, skills and enterprise.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Camden Older People's Forum",
            "theme_group",
            "Camden Partnership Board",
            "The voice of older people in Camden.",
            "bimonthly",
            "2008-06-01",
            None,
        ),
        (
            "Kentish Town Neighbourhood Forum",
            "area_group",
            "Camden Partnership Board",
            "Kentish Town ward and the streets around Kentish Town Road.",
            "monthly",
            "2009-01-01",
            None,
        ),
        (
            "Worklessness Task and Finish Group",
            "task_and_finish",
            "Camden Economic Development Partnership",
            "Cross-cutting review of worklessness among young adults.",
            "monthly",
            "2010-09-01",
            "2011-08-31",
        ),
    ],
    "hertfordshire": [
        (
            "Hertfordshire Forward Board",
            "board",
            None,
            "The county's strategic partnership: agrees the LAA and the Hertfordshire 2021 "
            "strategy.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Children and Young People Partnership",
            "thematic",
            "Hertfordshire Forward Board",
            "The Children and Young People block of the LAA.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Safer and Stronger Communities Partnership",
            "thematic",
            "Hertfordshire Forward Board",
            "The Safer and Stronger Communities block of the LAA.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Healthier Communities and Older People Partnership",
            "thematic",
            "Hertfordshire Forward Board",
            "The Healthier Communities and Older People block of the LAA.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Economic Development and Enterprise Partnership",
            "thematic",
            "Hertfordshire Forward Board",
            "The Economic Development and Enterprise block of the LAA.",
            "quarterly",
            "2008-04-01",
            None,
        ),
    ],
    "north-hertfordshire": [
        (
            "North Hertfordshire Partnership Board",
            "board",
            None,
            "The district's strategic partnership.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Letchworth Area Group",
            "area_group",
            "North Hertfordshire Partnership Board",
            "Letchworth Garden City.",
            "bimonthly",
            "2009-01-01",
            None,
        ),
    ],
    "huntingdonshire": [
        (
            "Huntingdonshire Strategic Partnership Board",
            "board",
            None,
            "The district's strategic partnership.",
            "quarterly",
            "2008-04-01",
            None,
        ),
        (
            "Huntingdonshire Safer Communities Partnership",
            "statutory",
            "Huntingdonshire Strategic Partnership Board",
            "The Community Safety Partnership for Huntingdonshire.",
            "quarterly",
            "2008-04-01",
            None,
        ),
    ],
}

# Memberships: partnership, person (demo email local part) or a name, organisation,
# position, nominated by, term start, term end.
MEMBERSHIPS = {
    "camden": [
        (
            "Camden Partnership Board",
            "camden-executive",
            "London Borough of Camden",
            "chair",
            None,
            "2010-05-20",
            None,
        ),
        (
            "Camden Partnership Board",
            "camden-coordinator",
            "London Borough of Camden",
            "adviser",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Camden Partnership Board",
            "Supt Ruth Collins",
            "Metropolitan Police Service, Camden",
            "member",
            None,
            "2009-04-01",
            None,
        ),
        (
            "Camden Partnership Board",
            "Dr Helen Pettersen",
            "NHS North Central London",
            "member",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Camden Partnership Board",
            "camden-partner",
            "Voluntary Action Camden",
            "member",
            "Camden Community Empowerment Network",
            "2009-04-01",
            None,
        ),
        (
            "Camden Partnership Board",
            "Simon Pitkeathley",
            "Camden Town Unlimited",
            "member",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Camden Partnership Board",
            "Cllr Keith Moffitt",
            "London Borough of Camden",
            "chair",
            None,
            "2008-04-01",
            "2010-05-19",
        ),
        (
            "Camden Older People's Forum",
            "camden-partner",
            "Voluntary Action Camden",
            "chair",
            "Voluntary Action Camden",
            "2009-04-01",
            None,
        ),
        (
            "Camden Older People's Forum",
            "Margaret Ellis",
            "Age UK Camden",
            "member",
            "Camden Community Empowerment Network",
            "2008-06-01",
            None,
        ),
        (
            "Safer Camden Partnership",
            "Supt Ruth Collins",
            "Metropolitan Police Service, Camden",
            "chair",
            None,
            "2009-04-01",
            None,
        ),
        (
            "Worklessness Task and Finish Group",
            "Paul Adeyemi",
            "Jobcentre Plus Camden",
            "chair",
            None,
            "2010-09-01",
            "2011-08-31",
        ),
    ],
    "hertfordshire": [
        (
            "Hertfordshire Forward Board",
            "hertfordshire-executive",
            "Hertfordshire County Council",
            "chair",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Hertfordshire Forward Board",
            "police-commander",
            "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
            "member",
            None,
            "2009-04-01",
            None,
        ),
        (
            "Hertfordshire Forward Board",
            "hertfordshire-partner",
            "Community Development Action Hertfordshire",
            "member",
            "Community Development Action Hertfordshire",
            "2008-04-01",
            None,
        ),
        (
            "Hertfordshire Forward Board",
            "David Ellison",
            "Hertfordshire Chamber of Commerce",
            "member",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Safer and Stronger Communities Partnership",
            "police-commander",
            "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
            "chair",
            None,
            "2009-04-01",
            None,
        ),
        (
            "Children and Young People Partnership",
            "Jenny Coles",
            "Hertfordshire County Council",
            "chair",
            None,
            "2008-04-01",
            None,
        ),
    ],
    "north-hertfordshire": [
        (
            "North Hertfordshire Partnership Board",
            "north-hertfordshire-executive",
            "North Hertfordshire District Council",
            "chair",
            None,
            "2008-04-01",
            None,
        ),
        (
            "North Hertfordshire Partnership Board",
            "hertfordshire-coordinator",
            "Hertfordshire County Council",
            "member",
            None,
            "2008-04-01",
            None,
        ),
        (
            "North Hertfordshire Partnership Board",
            "north-hertfordshire-partner",
            "North Hertfordshire Community Voluntary Services",
            "member",
            None,
            "2008-04-01",
            None,
        ),
    ],
    "huntingdonshire": [
        (
            "Huntingdonshire Strategic Partnership Board",
            "huntingdonshire-executive",
            "Huntingdonshire District Council",
            "chair",
            None,
            "2008-04-01",
            None,
        ),
        (
            "Huntingdonshire Strategic Partnership Board",
            "huntingdonshire-partner",
            "Hunts Forum of Voluntary Organisations",
            "member",
            None,
            "2008-04-01",
            None,
        ),
    ],
}


# Quarterly board meetings over two years: (year, month), each on the 12th at 18:30.
BOARD_MEETINGS = [
    (2009, 1),
    (2009, 4),
    (2009, 7),
    (2009, 10),
    (2010, 1),
    (2010, 4),
    (2010, 7),
    (2010, 10),
]
VENUES = {
    "camden": "Camden Town Hall, Judd Street",
    "hertfordshire": "County Hall, Hertford",
    "north-hertfordshire": "Council Offices, Letchworth Garden City",
    "huntingdonshire": "Pathfinder House, Huntingdon",
}
# Agenda items: title, and whether it is confidential at one meeting (the sixth).
AGENDA = [
    ("Minutes of the last meeting", False),
    ("Performance report", False),
    ("Budget pressures for next year", True),
]
PAPER_TEXT = {
    "Performance report": "Progress against the Local Area Agreement targets this quarter.",
}

# What each quarter's board decided on the performance report, and the action it set.
OUTCOMES = [
    (
        "The board agreed the delivery plan for the year and asked each thematic "
        "partnership to report quarterly.",
        "Circulate the delivery plan to every thematic partnership.",
    ),
    (
        "The board asked the Safer Communities partnership for a recovery plan on serious "
        "acquisitive crime.",
        "Bring a recovery plan for serious acquisitive crime to the next meeting.",
    ),
    (
        "The board agreed to pool £50,000 of reward grant for young people not in education, "
        "employment or training.",
        "Set out how the pooled reward grant will be spent and who leads.",
    ),
    (
        "The board agreed the response to the Government Office on the LAA refresh.",
        "Send the agreed response to the Government Office.",
    ),
]

FORWARD_PLAN = [
    (
        "Adopt the refreshed Sustainable Community Strategy",
        "The annual refresh of the strategy, after consultation with partners and residents.",
    ),
    (
        "Agree the partnership agreement on worklessness",
        "Which partner is accountable for the worklessness outcomes, and what each commits.",
    ),
]


# The board decision that adopts each LSP's strategy (strategies' demo adopts by it).
ADOPTION_DECISION = "The board adopted the Sustainable Community Strategy."


class PartnershipsDemo:
    """Seeds partnerships' part of the demo. Safe to run again: it changes nothing."""

    def seed(self) -> tuple[dict, dict]:
        """The LSPs, their organisations, people and roles, structures and meetings; returns
        the LSPs and organisations by slug (and name) for the other apps' demo data."""
        # Reference data loaded by migrations; a test database that was flushed lacks it.
        if not Area.objects.exists():
            load_english_areas(Area)
        lsps = {slug: self.lsp(slug, name, gss, level) for slug, name, gss, level, *_ in LSPS}
        for slug, _name, _gss, _level, county_slug, working_model in LSPS:
            if county_slug:
                LSP.objects.filter(slug=slug).update(
                    county_lsp=lsps[county_slug], working_model=working_model
                )
        organisations = {}
        for slug, rows in ORGANISATIONS.items():
            for name, sector, statutory in rows:
                organisations[slug, name], _ = Organisation.objects.get_or_create(
                    lsp=lsps[slug],
                    name=name,
                    defaults={"sector": sector, "is_statutory_partner": statutory},
                )
        admin_local, admin_name = ADMIN
        self.person(admin_local, admin_name, is_staff=True, is_superuser=True)
        for slug, people in PEOPLE.items():
            for role, (name, organisation) in people.items():
                user = self.person(f"{slug}-{role}", name)
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, name, grants in SHARED_PEOPLE:
            user = self.person(local, name)
            for slug, role, organisation in grants:
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, slug, role, organisation in EXTRA_ROLES:
            user = User.objects.get(email=email_for(local))
            role_grant(
                lsp=lsps[slug], user=user, role=role, organisation=organisations[slug, organisation]
            )
        self.structures(lsps, organisations)
        self.meetings(lsps)
        return lsps, organisations

    def lsp(self, slug, name, gss_code, level):
        lsp, _ = LSP.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "area": Area.objects.get(gss_code=gss_code), "level": level},
        )
        partnership_kinds_ensure_defaults(lsp=lsp)
        return lsp

    def structures(self, lsps, organisations):
        for slug, networks in NETWORKS.items():
            for network_name, members in networks.items():
                network = organisations[slug, network_name]
                if not network.is_network:
                    network.is_network = True
                    network.save(update_fields=["is_network"])
                for member in members:
                    # add() records history even for a link that exists; add only new ones.
                    if not organisations[slug, member].networks.filter(pk=network.pk).exists():
                        organisations[slug, member].networks.add(network)
        partnerships = {}
        for slug, rows in PARTNERSHIPS.items():
            lsp = lsps[slug]
            for name, kind_code, parent, remit, frequency, start, end in rows:
                partnership = Partnership.objects.for_lsp(lsp).filter(name=name).first()
                if partnership is None:
                    partnership = partnership_save(
                        partnership=Partnership(
                            lsp=lsp,
                            name=name,
                            remit=remit,
                            meeting_frequency=frequency,
                            kind=PartnershipKind.objects.for_lsp(lsp).get(code=kind_code),
                            parent=partnerships.get((slug, parent)),
                            start_date=date.fromisoformat(start),
                            end_date=date.fromisoformat(end) if end else None,
                        )
                    )
                partnerships[slug, name] = partnership
        for slug, rows in MEMBERSHIPS.items():
            lsp = lsps[slug]
            for name, who, organisation, position, nominated_by, start, end in rows:
                person = User.objects.filter(email=email_for(who)).first()
                seat = {
                    "lsp": lsp,
                    "partnership": partnerships[slug, name],
                    "person": person,
                    "person_name": "" if person else who,
                    "position": position,
                    "term_start": date.fromisoformat(start),
                }
                if Membership.objects.filter(**seat).exists():
                    continue
                membership_save(
                    membership=Membership(
                        **seat,
                        organisation=organisations[slug, organisation],
                        nominated_by=organisations[slug, nominated_by] if nominated_by else None,
                        term_end=date.fromisoformat(end) if end else None,
                    )
                )

    def meetings(self, lsps):
        """Two years of quarterly board meetings with agendas, attendance, decisions and an
        action log; minutes approved at the next meeting, except the last two; and one
        coming meeting with decisions expected of it in the forward plan."""
        for lsp in lsps.values():
            board = Partnership.objects.for_lsp(lsp).filter(kind__code="board").first()
            if board is None:
                continue
            meetings = [
                self.board_meeting(
                    lsp, board, number, datetime(year, month, 12, 18, 30, tzinfo=LONDON)
                )
                for number, (year, month) in enumerate(BOARD_MEETINGS)
            ]
            executive = User.objects.get(email=email_for(f"{lsp.slug}-executive"))
            for meeting, next_meeting in zip(meetings[:-2], meetings[1:-1], strict=True):
                if not meeting.minutes_approved:
                    minutes_approve(meeting=meeting, by=executive, now=next_meeting.starts_at)
            self.coming_meeting(lsp, board)

    def board_meeting(self, lsp, board, number, starts_at):
        meeting = Meeting.objects.filter(partnership=board, starts_at=starts_at).first()
        if meeting is None:
            meeting = meeting_save(
                meeting=Meeting(
                    lsp=lsp,
                    partnership=board,
                    starts_at=starts_at,
                    venue=VENUES.get(lsp.slug, "Council offices"),
                )
            )
            for order, (title, confidential) in enumerate(AGENDA, start=1):
                agenda_item_save(
                    item=AgendaItem(
                        lsp=lsp,
                        meeting=meeting,
                        order=order,
                        title=title,
                        is_confidential=confidential and number == 5,
                        exempt_paragraph=3 if confidential and number == 5 else None,
                        paper_text=PAPER_TEXT.get(title, ""),
                        minutes=f"The board noted the {title.lower()}.",
                    )
                )
            statuses = ["present", "present", "apologies", "present", "absent", "present"]
            members = members_on(partnership=board, on=starts_at.date())
            attendance_record(
                meeting=meeting,
                statuses={
                    member: (statuses[(number + index) % len(statuses)], "")
                    for index, member in enumerate(members)
                },
            )
        if not meeting.decisions.exists():
            self.meeting_outcomes(lsp, board, meeting, number)
        return meeting

    def meeting_outcomes(self, lsp, board, meeting, number):
        """What the meeting decided and asked for, and a declaration now and then."""
        items = {item.title: item for item in meeting.items.all()}
        report = items["Performance report"]
        decision_text, action_text = OUTCOMES[number % len(OUTCOMES)]
        decision_save(
            decision=Decision(
                lsp=lsp,
                meeting=meeting,
                agenda_item=report,
                text=decision_text,
                decided_by=board.name,
            )
        )
        if number == 0:
            decision_save(
                decision=Decision(
                    lsp=lsp,
                    meeting=meeting,
                    text=ADOPTION_DECISION,
                    decided_by=board.name,
                )
            )
        partner = User.objects.get(email=email_for(f"{lsp.slug}-partner"))
        owner_role = partner.lsp_roles.filter(lsp=lsp).exclude(organisation=None).first()
        owner_organisation = (
            owner_role.organisation
            if owner_role
            else Organisation.objects.for_lsp(lsp).filter(is_statutory_partner=True).first()
        )
        due = meeting.starts_at.date() + timedelta(weeks=8)
        action = meeting_action_save(
            action=MeetingAction(
                lsp=lsp,
                meeting=meeting,
                agenda_item=report,
                description=action_text,
                owner_organisation=owner_organisation,
                owner=partner,
                due_on=due,
            )
        )
        # Older actions are done; the latest two are still open, one of them overdue.
        if number < len(BOARD_MEETINGS) - 2:
            meeting_action_report(
                action=action, text="Done and reported to the board.", status="complete", by=partner
            )
        elif number == len(BOARD_MEETINGS) - 1:
            meeting_action_report(
                action=action,
                text="Data gathered; report in draft.",
                status="on_track",
                by=partner,
            )
        if number == len(BOARD_MEETINGS) - 1:
            member = members_on(partnership=board, on=meeting.starts_at.date())
            if member:
                declaration_record(
                    declaration=Declaration(
                        lsp=lsp,
                        agenda_item=report,
                        membership=member[0],
                        kind=Declaration.Kind.PERSONAL,
                        interest="Is a trustee of a charity funded through the Working "
                        "Neighbourhoods Fund.",
                    )
                )

    def coming_meeting(self, lsp, board):
        """A board meeting in the coming weeks, so the calendars and forward plan have one."""
        today = timezone.localdate()
        coming = Meeting.objects.filter(partnership=board, starts_at__gte=timezone.now()).first()
        if coming is None:
            day = today + timedelta(weeks=3)
            coming = meeting_save(
                meeting=Meeting(
                    lsp=lsp,
                    partnership=board,
                    starts_at=datetime(day.year, day.month, day.day, 18, 30, tzinfo=LONDON),
                    venue=VENUES.get(lsp.slug, "Council offices"),
                )
            )
        if PlannedDecision.objects.for_lsp(lsp).filter(status="expected").exists():
            return
        for title, summary in FORWARD_PLAN:
            planned_decision_save(
                planned=PlannedDecision(
                    lsp=lsp,
                    partnership=board,
                    title=title,
                    summary=summary,
                    expected_on=coming.starts_at.date(),
                    meeting=coming,
                )
            )

    def person(self, local_part, full_name, **flags):
        email = email_for(local_part)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=DEMO_PASSWORD, full_name=full_name, **flags
            )
        return user


class PacksDemo:
    """The next Hertfordshire board meeting's pack, after the LAA's demo data so that its
    performance report has figures: a confidential item (paragraph 3), a PDF and a DOCX
    paper; version 1 a draft, version 2 published after its PDF paper was replaced."""

    def seed(self, lsps):
        lsp = lsps["hertfordshire"]
        meeting = (
            Meeting.objects.for_lsp(lsp)
            .filter(partnership__kind__code="board", starts_at__gte=timezone.now())
            .order_by("starts_at")
            .first()
        )
        if meeting is None or meeting.pack_versions.exists():
            return
        coordinator = User.objects.get(email=email_for(f"{lsp.slug}-coordinator"))
        budget = self.item(meeting, 5, "Budget monitoring, quarter 3", "pdf", "Forecast")
        self.item(meeting, 6, "Community safety plan refresh", "docx", "The refreshed plan")
        agenda_item_save(
            item=AgendaItem(
                lsp=lsp,
                meeting=meeting,
                order=7,
                title="Contract for the employment hub",
                presenter="Director of resources",
                purpose=AgendaItem.Purpose.DECISION,
                decision_sought="To award the contract to the preferred bidder.",
                is_confidential=True,
                exempt_paragraph=AgendaItem.ExemptParagraph.FINANCIAL,
                paper_text="The three bids, their prices and the evaluation panel's scores.",
            )
        )
        self.build(meeting, coordinator, publish=False)
        budget.paper.save(
            f"{lsp.slug}/budget-revised.pdf", ContentFile(self.pdf("Revised forecast", 3))
        )
        budget.paper_name = "budget-monitoring-revised.pdf"
        budget.save()
        self.build(meeting, coordinator, publish=True)

    def item(self, meeting, order, title, kind, words):
        item = agenda_item_save(
            item=AgendaItem(
                lsp=meeting.lsp,
                meeting=meeting,
                order=order,
                title=title,
                presenter="Partnership manager",
                purpose=AgendaItem.Purpose.DISCUSSION,
            )
        )
        name = slugify(title)
        if kind == "pdf":
            item.paper.save(f"{meeting.lsp.slug}/{name}.pdf", ContentFile(self.pdf(words, 2)))
            item.paper_name = f"{name}.pdf"
        else:
            item.paper.save(f"{meeting.lsp.slug}/{name}.docx", ContentFile(self.docx(words)))
            item.paper_name = f"{name}.docx"
        item.save()
        return item

    @staticmethod
    def pdf(words, pages) -> bytes:
        body = "".join(
            f'<h1 style="break-before: page">{words}</h1><p>Page {n} of the paper.</p>'
            for n in range(1, pages + 1)
        )
        html = f'<html lang="en-GB"><head><title>{words}</title></head><body>{body}</body></html>'
        return render_html_to_pdf(html).pdf

    @staticmethod
    def docx(words) -> bytes:
        """A small Word document: a heading and two paragraphs."""
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        document = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>'
            f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{words}</w:t></w:r></w:p>'
            "<w:p><w:r><w:t>The plan sets out the partnership's priorities for the next "
            "three years.</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>It was agreed with the police, the councils and the fire and "
            "rescue service.</w:t></w:r></w:p></w:body></w:document>"
        )
        parts = {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                'Target="word/document.xml"/></Relationships>'
            ),
            "word/document.xml": document,
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, text in parts.items():
                archive.writestr(name, text)
        return buffer.getvalue()

    @staticmethod
    def build(meeting, coordinator, *, publish):
        # Built here, in the seeding process, so the demo has its versions at once (the
        # worker would find the job done and do nothing).
        document, _ = pack_request(meeting=meeting, actor=coordinator, publish=publish)
        document_render(document_id=document.pk)
