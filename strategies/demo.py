"""Demo strategies: one adopted Sustainable Community Strategy for each demo LSP."""

from datetime import date, timedelta
from decimal import Decimal

from accounts.models import User
from partnerships import demo as partnerships_demo
from partnerships.demo import ADOPTION_DECISION
from partnerships.models import (
    Decision,
    Partnership,
)
from strategies.models import (
    EngagementActivity,
    EqualityImpactAssessment,
    Evidence,
    LinkedPlan,
    NeighbourhoodPlan,
    Priority,
    Strategy,
)
from strategies.selectors import adopted_strategy, current_priorities
from strategies.services import (
    engagement_save,
    equality_impact_save,
    evidence_save,
    linked_plan_save,
    neighbourhood_plan_submit,
    plan_issue_decide,
    priority_save,
    strategy_adopt,
    strategy_save,
)
from tenancy.models import LSP, Organisation

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


class StrategiesDemo:
    """Seeds the strategies' part of the demo, on partnerships' LSPs and organisations."""

    def seed(self, lsps: dict, organisations: dict) -> None:
        self.strategies(lsps, organisations)
        self.engagement(lsps)

    def strategies(self, lsps, organisations):
        """An adopted strategy for each LSP, adopted at the board's first demo meeting. North
        Hertfordshire's priorities contribute to the county's, all but one."""
        for slug in ("hertfordshire", "north-hertfordshire", "huntingdonshire", "camden"):
            lsp = LSP.objects.select_related("county_lsp", "area").get(pk=lsps[slug].pk)
            if Strategy.objects.for_lsp(lsp).exists():
                continue
            council = Organisation.objects.for_lsp(lsp).filter(sector="local_authority").first()
            police = Organisation.objects.for_lsp(lsp).filter(sector="police").first()
            thematic = list(Partnership.objects.for_lsp(lsp).filter(kind__code="thematic"))
            strategy = strategy_save(
                strategy=Strategy(
                    lsp=lsp,
                    title=f"{lsp.area.name} Sustainable Community Strategy",
                    period_start=2008,
                    period_end=2021,
                    vision=VISIONS[slug],
                )
            )
            county = adopted_strategy(lsp=lsp.county_lsp) if lsp.county_lsp else None
            county_priorities = list(county.priorities.all()) if county else []
            priorities = []
            for order, (title, pillars, description, evidence) in enumerate(PRIORITIES, start=1):
                priority = priority_save(
                    priority=Priority(
                        lsp=lsp,
                        strategy=strategy,
                        order=order,
                        title=title,
                        description=description,
                        pillars=pillars,
                        lead_partnership=thematic[order % len(thematic)] if thematic else None,
                        # The last one is the district's own, unmapped to the county.
                        contributes_to=county_priorities[order - 1]
                        if county_priorities and order < len(PRIORITIES)
                        else None,
                    )
                )
                for statement, figure, unit, source in evidence:
                    evidence_save(
                        evidence=Evidence(
                            lsp=lsp,
                            priority=priority,
                            statement=statement,
                            figure=Decimal(figure),
                            unit=unit,
                            source=source,
                        )
                    )
                priorities.append(priority)
            priorities[0].links.add(priorities[2])
            for title, kind, alignment in LINKED_PLANS:
                linked_plan_save(
                    plan=LinkedPlan(
                        lsp=lsp,
                        strategy=strategy,
                        title=title,
                        kind=kind,
                        owner=police if kind == LinkedPlan.Kind.SERVICE and police else council,
                        alignment=alignment,
                        last_reviewed=date(2009, 3, 1) if alignment != "not_reviewed" else None,
                    ),
                    priorities=priorities[:2] if kind == LinkedPlan.Kind.SERVICE else priorities,
                )
            equality_impact_save(
                assessment=EqualityImpactAssessment(
                    lsp=lsp,
                    strategy=strategy,
                    signed_off_on=date(2008, 11, 1),
                    **EQUALITY_IMPACT,
                )
            )
            decision = Decision.objects.for_lsp(lsp).get(text=ADOPTION_DECISION)
            strategy_adopt(
                strategy=strategy,
                decision=decision,
                adopted_on=decision.meeting.starts_at.date(),
                by=User.objects.get(email=partnerships_demo.email_for(f"{slug}-coordinator")),
            )

    def engagement(self, lsps):
        """Each LSP's diary: a survey and a public meeting that overlap (same people, same
        weeks), and a consultation after them; North Hertfordshire's parish plan."""
        for lsp in lsps.values():
            if EngagementActivity.objects.for_lsp(lsp).exists():
                continue
            coordinator = User.objects.get(
                email=partnerships_demo.email_for(f"{lsp.slug}-coordinator")
            )
            organisers = list(Organisation.objects.for_lsp(lsp).order_by("name"))
            priorities = list(current_priorities(lsp=lsp))
            for index, (title, kind, audiences, areas, offset, days) in enumerate(ENGAGEMENT):
                starts_on = date(2010, 3, 1) + timedelta(days=offset)
                engagement_save(
                    activity=EngagementActivity(
                        lsp=lsp,
                        title=title,
                        kind=kind,
                        organiser=organisers[index % len(organisers)],
                        audiences=audiences,
                        areas=areas,
                        starts_on=starts_on,
                        ends_on=starts_on + timedelta(days=days - 1),
                    ),
                    priorities=priorities[index : index + 1],
                    by=coordinator,
                )
        lsp = lsps["north-hertfordshire"]
        if NeighbourhoodPlan.objects.for_lsp(lsp).exists():
            return
        title, organisation, summary, issues = PARISH_PLAN
        plan = neighbourhood_plan_submit(
            plan=NeighbourhoodPlan(
                lsp=lsp,
                title=title,
                organisation=Organisation.objects.for_lsp(lsp).get(name=organisation),
                summary=summary,
            ),
            issues=[text for text, *_ in issues],
            document=None,
            by=User.objects.get(email=partnerships_demo.email_for(f"{lsp.slug}-coordinator")),
        )
        priorities = {p.order: p for p in current_priorities(lsp=lsp)}
        for issue, (_text, outcome, order, reason) in zip(plan.issues.all(), issues, strict=True):
            issue.outcome = outcome
            issue.priority = priorities.get(order)
            issue.reason = reason
            plan_issue_decide(issue=issue)
