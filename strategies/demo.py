"""Demo strategies: one adopted Sustainable Community Strategy for each demo LSP."""

from strategies.models import LinkedPlan

ADOPTION_DECISION = "The board adopted the Sustainable Community Strategy."

VISIONS = {
    "hertfordshire": "By 2021 Hertfordshire will be a county where people are safe, healthy and "
    "prosperous, where growth brings homes and jobs within reach of everyone, and where the "
    "countryside and market towns are looked after for the next generation.",
    "north-hertfordshire": "North Hertfordshire: garden cities and villages where people of "
    "every age feel safe, can find a home and a job, and take part in the life of their town.",
    "huntingdonshire": "Huntingdonshire will grow well: new homes with the schools, jobs, "
    "health care and green spaces that make places people are proud of.",
    "camden": "Camden will be a borough of opportunity, where everyone has the chance to succeed "
    "and nobody gets left behind, and where our streets and estates are safe and green.",
}

# (title, pillars, description, [(statement, figure, unit, source)])
PRIORITIES = [
    (
        "Safer and stronger communities",
        ["social"],
        "Less crime and fear of crime; neighbourhoods where people get on well together.",
        [
            ("Serious acquisitive crime per 1,000 people", "14.2", "", "Home Office, 2007/08"),
            (
                "Residents who feel they belong to their neighbourhood",
                "58",
                "%",
                "Place Survey 2008",
            ),
        ],
    ),
    (
        "A thriving local economy",
        ["economic", "social"],
        "More people in work, with the skills employers need, and fewer young people not in "
        "education, employment or training.",
        [
            ("Working-age people on out-of-work benefits", "9.1", "%", "DWP, May 2008"),
            (
                "16 to 18 year olds not in education, employment or training",
                "5.6",
                "%",
                "Connexions, November 2007",
            ),
        ],
    ),
    (
        "Healthier lives and independence in old age",
        ["social"],
        "Longer, healthier lives, and older people supported to live at home.",
        [
            (
                "Gap in life expectancy between the most and least deprived wards",
                "6.8",
                " years",
                "ONS, 2004-06",
            )
        ],
    ),
    (
        "A greener, low-carbon place",
        ["environmental", "economic"],
        "Lower carbon emissions, less waste to landfill, and good public transport.",
        [
            ("CO2 emissions per person", "7.9", " tonnes", "DEFRA, 2006"),
            ("Household waste recycled or composted", "38", "%", "WasteDataFlow, 2007/08"),
        ],
    ),
]

LINKED_PLANS = [
    ("Local Development Framework: Core Strategy", LinkedPlan.Kind.LDF, "aligned"),
    ("Local Transport Plan 2006-2011", LinkedPlan.Kind.SUB_REGIONAL, "partly"),
    ("East of England Plan", LinkedPlan.Kind.REGIONAL, "not_reviewed"),
    ("Policing plan", LinkedPlan.Kind.SERVICE, "aligned"),
]

# (title, kind, audiences, areas, start offset in days from 1 March 2010, length in days)
ENGAGEMENT = [
    ("Youth services survey", "survey", ["young_people", "families"], "", 0, 45),
    ("Young people's question time", "public_meeting", ["young_people"], "", 20, 1),
    ("Older people's housing consultation", "consultation", ["older_people"], "", 60, 84),
]

PARISH_PLAN = (
    "Royston Town Plan",
    "Royston Town Council",
    "The town plan, from a survey of every household in Royston and a week of drop-in events.",
    [
        ("Speeding traffic on the High Street", "mapped", 1, ""),
        ("A youth club open in the evenings", "mapped", 2, ""),
        (
            "Restore the market cross",
            "not_taken_up",
            None,
            "A matter for the town council's "
            "own heritage budget, not the partnership's priorities.",
        ),
        ("More frequent trains to Cambridge", "pending", None, ""),
    ],
)

EQUALITY_IMPACT = {
    "groups_considered": ["age", "disability", "race", "deprivation"],
    "impacts": "Growth and regeneration could price older and low-income residents out of "
    "town centres; rural bus cuts fall hardest on older and disabled people.",
    "mitigations": "Affordable housing targets on every large site; community transport "
    "grants; the Older People's Partnership consulted on each delivery plan.",
    "signed_off_by": "Head of Policy and Partnerships",
}
