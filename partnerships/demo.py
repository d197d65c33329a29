"""The demo partnerships, people and roles that seed_demo creates (README lists the sign-ins)."""

from lsp_portal.permissions import RoleName

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
