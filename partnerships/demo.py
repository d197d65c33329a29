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
        ("Voluntary Action Camden", "vcs", False),
        ("Camden Town Unlimited", "business", False),
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
