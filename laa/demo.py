"""Demo LAA: Hertfordshire's 2008-11 agreement; Camden's local outcomes after 2010."""

from datetime import date
from decimal import Decimal

from accounts.models import User
from laa.indicators import load_national_indicators
from laa.models import (
    AccountableAction,
    AgreementOutcome,
    Block,
    Commitment,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    Target,
)
from laa.periods import periods_for
from laa.services import (
    accountable_action_report,
    accountable_action_save,
    agreement_outcome_save,
    agreement_party_add,
    agreement_save,
    agreement_sign,
    blocks_ensure_defaults,
    commitment_save,
    exception_commentary_give,
    measurement_submit,
    measurement_verify,
    outcome_save,
    partnership_agreement_save,
    target_save,
)
from lsp_portal.permissions import RoleName
from partnerships import demo as partnerships_demo
from strategies.selectors import current_priorities
from tenancy.models import LSP, Organisation, Role

# block index -> [(outcome, [(indicator code, baseline, [target per year], designated,
#                              stretch target, reward grant)])]
HERTFORDSHIRE = {
    0: [
        (
            "Children in poverty fall",
            [("NI 116", "11.2", ["11.0", "10.6", "10.2"], True, None, None)],
        ),
        (
            "Young people in education, employment or training",
            [("NI 117", "5.6", ["5.4", "5.1", "4.8"], True, "4.5", "380000")],
        ),
    ],
    1: [
        (
            "Less serious acquisitive crime",
            [("NI 16", "14.2", ["13.8", "13.2", "12.6"], True, "12.0", "450000")],
        ),
        (
            "Anti-social behaviour dealt with",
            [("NI 21", "26.0", ["28.0", "30.0", "32.0"], True, None, None)],
        ),
        (
            "Drug users in effective treatment",
            [("NI 40", "1850", ["1950", "2050", "2150"], True, None, None)],
        ),
    ],
    2: [
        (
            "Older people live independently",
            [("NI 136", "2900", ["3000", "3100", "3200"], True, None, None)],
        ),
    ],
    3: [
        (
            "Fewer people on out-of-work benefits",
            [("NI 152", "9.1", ["9.0", "8.8", "8.5"], True, "8.2", "520000")],
        ),
        (
            "More adults qualified to level 2",
            [("NI 163", "69.5", ["71.0", "72.5", "74.0"], False, None, None)],
        ),
    ],
}

# The rest of the 35 indicators Hertfordshire reports on, grouped by block: the local
# targets that sat beside the designated ones.
MORE_HERTFORDSHIRE = {
    0: [
        (
            "Young people achieve and stay safe",
            [
                ("NI 79", "74.0", ["75.5", "77.0", "78.5"], False, None, None),
                ("NI 80", "49.0", ["50.5", "52.0", "53.5"], False, None, None),
                ("NI 111", "1350", ["1300", "1240", "1180"], True, None, None),
                ("NI 112", "31.5", ["30.0", "28.5", "27.0"], True, None, None),
                ("NI 115", "9.8", ["9.5", "9.2", "8.9"], False, None, None),
                ("NI 56", "16.9", ["16.7", "16.5", "16.3"], False, None, None),
                ("NI 57", "88.0", ["89.0", "90.0", "91.0"], False, None, None),
            ],
        ),
    ],
    1: [
        (
            "Safer roads and fewer violent crimes",
            [
                ("NI 15", "0.9", ["0.85", "0.8", "0.75"], False, None, None),
                ("NI 20", "6.1", ["5.9", "5.7", "5.5"], True, None, None),
                ("NI 30", "1.1", ["1.0", "0.95", "0.9"], False, None, None),
                ("NI 32", "28.0", ["27.0", "26.0", "25.0"], True, None, None),
                ("NI 47", "640", ["620", "600", "580"], True, "560", "300000"),
                ("NI 48", "62", ["60", "57", "54"], False, None, None),
            ],
        ),
        (
            "Strong and cohesive communities",
            [
                ("NI 1", "80.0", ["81.0", "82.0", "83.0"], False, None, None),
                ("NI 4", "29.0", ["30.0", "31.0", "32.0"], True, None, None),
                ("NI 7", "17.0", ["18.5", "20.0", "21.5"], True, None, None),
            ],
        ),
    ],
    2: [
        (
            "Healthier lives",
            [
                ("NI 8", "22.5", ["23.5", "24.5", "25.5"], True, None, None),
                ("NI 39", "1420", ["1450", "1470", "1490"], True, None, None),
                ("NI 53", "45.0", ["47.0", "49.0", "51.0"], False, None, None),
                ("NI 123", "780", ["820", "860", "900"], True, "950", "250000"),
                ("NI 125", "80.0", ["81.0", "82.0", "83.0"], False, None, None),
                ("NI 141", "68.0", ["70.0", "72.0", "74.0"], False, None, None),
            ],
        ),
    ],
    3: [
        (
            "A greener, growing economy",
            [
                ("NI 151", "77.0", ["77.5", "78.0", "78.5"], False, None, None),
                ("NI 154", "4200", ["4400", "4600", "4800"], True, None, None),
                ("NI 155", "950", ["1050", "1150", "1250"], True, None, None),
                ("NI 171", "62.0", ["63.0", "64.0", "65.0"], False, None, None),
                ("NI 186", "2.0", ["3.5", "5.0", "6.5"], True, None, None),
                ("NI 192", "40.0", ["42.0", "44.0", "46.0"], True, None, None),
            ],
        ),
    ],
}

CAMDEN_LOCAL = [
    (1, "Fewer young people drawn into crime", "NI 111", "1200", ["1100", "1000", "950"]),
    (3, "More residents in work", "NI 152", "10.4", ["10.2", "9.9", "9.5"]),
]

# How each Hertfordshire indicator fared, quarter by quarter from 2008/09 Q1 (12 quarters):
# the share of the way from baseline to the final target reached. Serious acquisitive crime
# and out-of-work benefits went the wrong way in the 2009 recession; the NEET stretch target
# was met.
STORY = {
    "NI 16": [0.1, 0.2, 0.3, 0.35, 0.3, -0.2, -0.3, 0.2, 0.5, 0.7, 0.85, 1.0],
    "NI 152": [0.1, 0.1, -0.5, -1.5, -2.0, -2.2, -1.8, -1.5, -1.0, -0.6, -0.4, -0.2],
    "NI 117": [0.1, 0.2, 0.35, 0.45, 0.5, 0.6, 0.75, 0.85, 0.95, 1.05, 1.2, 1.35],
}
DEFAULT_STORY = [0.09 * quarter for quarter in range(1, 13)]

# Partnership agreements: title, review date, parties with who signs for each (the demo
# person's email local part; None for a signature the coordinator records from paper),
# outcomes covered (accountable, contributors), and commitments.
AGREEMENTS = [
    {
        "title": "Hertfordshire Forward partnership agreement 2008-11",
        "purpose": "Who answers to the board for each LAA outcome, and what each partner "
        "puts in to deliver it.",
        "review_on": (2010, 3, 31),
        "parties": {
            "Hertfordshire County Council": ("hertfordshire-executive", ""),
            "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance": (
                "police-commander",
                "",
            ),
            "Community Development Action Hertfordshire": ("hertfordshire-partner", ""),
            "Jobcentre Plus Hertfordshire": (None, "Jane Rudd, District Manager"),
        },
        "outcomes": {
            "Less serious acquisitive crime": (
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
                ["Hertfordshire County Council"],
            ),
            "Anti-social behaviour dealt with": (
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
                ["Community Development Action Hertfordshire"],
            ),
            "Safer roads and fewer violent crimes": (
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
                ["Hertfordshire County Council"],
            ),
            "Fewer people on out-of-work benefits": (
                "Jobcentre Plus Hertfordshire",
                ["Hertfordshire County Council"],
            ),
            "Young people in education, employment or training": (
                "Hertfordshire County Council",
                ["Community Development Action Hertfordshire"],
            ),
            "Children in poverty fall": ("Hertfordshire County Council", []),
            "Strong and cohesive communities": (
                "Community Development Action Hertfordshire",
                ["Hertfordshire County Council"],
            ),
        },
        "commitments": [
            (
                "Hertfordshire County Council",
                "funding",
                "Pooled community safety fund",
                "150000",
                None,
            ),
            (
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
                "data_sharing",
                "Monthly crime and anti-social behaviour data by ward, within ten days",
                None,
                None,
            ),
            (
                "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
                "attendance",
                "A chief superintendent at every board and Safer Communities meeting",
                None,
                None,
            ),
            (
                "Community Development Action Hertfordshire",
                "staff_time",
                "A community development worker on the cohesion programme",
                None,
                "60",
            ),
            (
                "Jobcentre Plus Hertfordshire",
                "staff_time",
                "Outreach advisers in the five most deprived wards",
                None,
                "120",
            ),
        ],
    },
]

# Accountable actions: action, outcome, accountable organisation, owner (email local part),
# resources, start, due, and updates as (text, status after).
ACTIONS = [
    (
        "Target the 50 most prolific burglars and vehicle thieves",
        "Less serious acquisitive crime",
        "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
        "police-commander",
        "Two detective teams; £40,000 from the pooled fund",
        (2008, 7, 1),
        (2009, 3, 31),
        [
            ("Operation Scorpion under way in Stevenage and Watford.", "on_track"),
            ("Burglary rose in the recession; court delays hold up cases.", "at_risk"),
            ("43 of 50 charged; acquisitive crime back on trajectory.", "complete"),
        ],
    ),
    (
        "Ward-level anti-social behaviour panels in every district",
        "Anti-social behaviour dealt with",
        "Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance",
        "police-commander",
        "Neighbourhood inspectors' time; CDA Herts to recruit residents",
        (2008, 9, 1),
        (2009, 9, 30),
        [("Panels running in 7 of 10 districts.", "on_track")],
    ),
    (
        "Job clubs in the five wards with most out-of-work claimants",
        "Fewer people on out-of-work benefits",
        "Jobcentre Plus Hertfordshire",
        None,
        "120 adviser days a year; county libraries host",
        (2009, 1, 5),
        (2010, 3, 31),
        [
            ("Claimant count up 40% since autumn; clubs oversubscribed.", "off_track"),
            ("Two more clubs opened with Future Jobs Fund places.", "at_risk"),
        ],
    ),
    (
        "Cohesion programme with faith and community groups",
        "Strong and cohesive communities",
        "Community Development Action Hertfordshire",
        "hertfordshire-partner",
        "60 days of a community development worker",
        (2008, 10, 1),
        (2011, 3, 31),
        [("First twelve groups signed up; a festival planned for June.", "on_track")],
    ),
]

# North Hertfordshire's share of three county outcomes: (outcome, indicator, baseline,
# [target per year], story as in STORY). Its burglary figures recovered faster than the
# county's; its out-of-work benefit claims did not.
NORTH_HERTS = [
    (
        "Less serious acquisitive crime",
        "NI 16",
        "12.4",
        ["12.0", "11.5", "11.0"],
        [0.2, 0.3, 0.4, 0.5, 0.5, 0.3, 0.4, 0.6, 0.8, 0.95, 1.05, 1.1],
    ),
    (
        "Anti-social behaviour dealt with",
        "NI 21",
        "27.0",
        ["29.0", "31.0", "33.0"],
        [0.05, 0.1, 0.2, 0.3, 0.35, 0.45, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95],
    ),
    (
        "Fewer people on out-of-work benefits",
        "NI 152",
        "7.6",
        ["7.5", "7.3", "7.0"],
        [0.1, 0.0, -0.8, -1.8, -2.4, -2.5, -2.2, -1.9, -1.5, -1.2, -1.0, -0.8],
    ),
]


class LaaDemo:
    """Seeds the LAA's part of the demo, on partnerships' LSPs."""

    def seed(self, lsps: dict) -> None:
        # Reference data loaded by migrations; a test database that was flushed lacks it.
        if not Indicator.objects.filter(lsp__isnull=True).exists():
            load_national_indicators(Indicator)
        self.local_area_agreements(lsps)

    def local_area_agreements(self, lsps):
        """Hertfordshire's signed LAA 2008-11 with targets on the real NI indicators it
        chose; Camden's local outcomes after the LAAs ended."""
        herts = lsps["hertfordshire"]
        if not LocalAreaAgreement.objects.for_lsp(herts).exists():
            agreement = agreement_save(
                agreement=LocalAreaAgreement(
                    lsp=herts,
                    title="Hertfordshire Local Area Agreement 2008-11",
                    period_start=2008,
                    period_end=2010,
                    status=LocalAreaAgreement.Status.SIGNED,
                    government_office="Government Office for the East of England",
                    signed_on=date(2008, 6, 27),
                    signatories="Cllr Robert Gordon, Leader, Hertfordshire County Council\n"
                    "Regional Director, Government Office for the East of England",
                )
            )
            self.outcomes(herts, agreement, HERTFORDSHIRE)
            self.outcomes(herts, agreement, MORE_HERTFORDSHIRE)
            self.partnership_agreements(herts)
            self.figures(herts)
            self.exception_commentary(herts)
            self.accountable_actions(herts)
            self.district_shares(herts, LSP.objects.get(slug="north-hertfordshire"))
        camden = lsps["camden"]
        if not Outcome.objects.for_lsp(camden).exists():
            blocks = blocks_ensure_defaults(lsp=camden)
            for block_index, title, code, baseline, yearly in CAMDEN_LOCAL:
                outcome = outcome_save(
                    outcome=Outcome(lsp=camden, block=blocks[block_index], title=title),
                    priorities=[],
                )
                self.target(camden, outcome, code, baseline, yearly, [2011, 2012, 2013])

    def figures(self, lsp):
        """Three years of quarterly figures, all verified but the last quarter's."""
        coordinator = User.objects.get(email=partnerships_demo.email_for(f"{lsp.slug}-coordinator"))
        quarters = periods_for("quarterly", 2008, 2010)
        for target in Target.objects.for_lsp(lsp).select_related("indicator"):
            final = target.years.order_by("-year").first().value
            story = STORY.get(target.indicator.code, DEFAULT_STORY)
            for number, (period, share) in enumerate(zip(quarters, story, strict=True)):
                value = target.baseline_value + (final - target.baseline_value) * Decimal(
                    str(share)
                )
                measurement = measurement_submit(
                    lsp=lsp,
                    indicator=target.indicator,
                    period_end=period.end,
                    # Small rates keep two places, or rounding alone would move them.
                    value=value.quantize(Decimal("0.01" if final < 10 else "0.1")),
                    commentary="Worse than planned: recovery plan agreed at the board."
                    if share < 0
                    else "",
                    by=coordinator,
                )
                if number < len(quarters) - 1:
                    measurement_verify(measurement=measurement, by=coordinator)

    def partnership_agreements(self, lsp):
        """Each party signs for itself: the council's leader, the police commander and the
        VCS partner online; Jobcentre Plus on paper, recorded by the coordinator."""
        coordinator = User.objects.get(email=partnerships_demo.email_for(f"{lsp.slug}-coordinator"))
        organisations = {o.name: o for o in Organisation.objects.for_lsp(lsp)}
        outcomes = {o.title: o for o in Outcome.objects.for_lsp(lsp)}
        for plan in AGREEMENTS:
            agreement = partnership_agreement_save(
                agreement=PartnershipAgreement(
                    lsp=lsp,
                    title=plan["title"],
                    purpose=plan["purpose"],
                    review_on=date(*plan["review_on"]),
                )
            )
            for name in plan["parties"]:
                agreement_party_add(agreement=agreement, organisation=organisations[name])
            for title, (accountable, contributors) in plan["outcomes"].items():
                agreement_outcome_save(
                    entry=AgreementOutcome(
                        lsp=lsp,
                        agreement=agreement,
                        outcome=outcomes[title],
                        accountable=organisations[accountable],
                    ),
                    contributors=[organisations[name] for name in contributors],
                )
            for name, kind, description, funding, days in plan["commitments"]:
                commitment_save(
                    commitment=Commitment(
                        lsp=lsp,
                        agreement=agreement,
                        organisation=organisations[name],
                        kind=kind,
                        description=description,
                        funding=Decimal(funding) if funding else None,
                        staff_days=Decimal(days) if days else None,
                    )
                )
            for party in agreement.parties.select_related("organisation"):
                signer, on_paper = plan["parties"][party.organisation.name]
                if signer:
                    agreement_sign(
                        party=party, by=User.objects.get(email=partnerships_demo.email_for(signer))
                    )
                else:
                    agreement_sign(
                        party=party, by=coordinator, signatory_name=on_paper, recorded=True
                    )

    def district_shares(self, county, district):
        """North Hertfordshire's share of three county outcomes, and its own figures."""
        outcomes = {o.title: o for o in Outcome.objects.for_lsp(county)}
        coordinator = User.objects.get(
            email=partnerships_demo.email_for(f"{district.slug}-coordinator")
        )
        quarters = periods_for("quarterly", 2008, 2010)
        for title, code, baseline, yearly, story in NORTH_HERTS:
            indicator = Indicator.objects.get(lsp__isnull=True, code=code)
            target_save(
                target=Target(
                    lsp=county,
                    outcome=outcomes[title],
                    indicator=indicator,
                    district=district,
                    baseline_value=Decimal(baseline),
                    baseline_on=date(2008, 3, 31),
                ),
                yearly={2008 + i: Decimal(value) for i, value in enumerate(yearly)},
            )
            final = Decimal(yearly[-1])
            for number, (period, share) in enumerate(zip(quarters, story, strict=True)):
                value = Decimal(baseline) + (final - Decimal(baseline)) * Decimal(str(share))
                measurement = measurement_submit(
                    lsp=district,
                    indicator=indicator,
                    period_end=period.end,
                    value=value.quantize(Decimal("0.1")),
                    commentary="",
                    by=coordinator,
                )
                if number < len(quarters) - 1:
                    measurement_verify(measurement=measurement, by=coordinator)

    def exception_commentary(self, lsp):
        """Accountable partners answered every exception but the latest quarter's; where no
        agreement names one, the coordinator answered for the partnership."""
        coordinator = User.objects.get(email=partnerships_demo.email_for(f"{lsp.slug}-coordinator"))
        answerers = {}
        for entry in AgreementOutcome.objects.for_lsp(lsp).prefetch_related("outcome__targets"):
            partner = (
                Role.objects.for_lsp(lsp)
                .current()
                .filter(role=RoleName.PARTNER, organisation=entry.accountable_id)
                .select_related("user")
                .first()
            )
            for target in entry.outcome.targets.all():
                answerers[target.indicator_id] = partner.user if partner else coordinator
        asked = Measurement.objects.for_lsp(lsp).filter(exception_requested_at__isnull=False)
        latest = asked.order_by("-period_end").values_list("period_end", flat=True).first()
        for measurement in asked.exclude(period_end=latest):
            exception_commentary_give(
                measurement=measurement,
                text="Recovery plan agreed at the thematic partnership; extra resources "
                "from the pooled fund. We expect to be back on trajectory within two quarters.",
                by=answerers.get(measurement.indicator_id, coordinator),
            )

    def accountable_actions(self, lsp):
        organisations = {o.name: o for o in Organisation.objects.for_lsp(lsp)}
        outcomes = {o.title: o for o in Outcome.objects.for_lsp(lsp)}
        for title, outcome, accountable, owner, resources, start, due, updates in ACTIONS:
            owner_user = (
                User.objects.get(email=partnerships_demo.email_for(owner)) if owner else None
            )
            action = accountable_action_save(
                action=AccountableAction(
                    lsp=lsp,
                    title=title,
                    outcome=outcomes[outcome],
                    accountable=organisations[accountable],
                    owner=owner_user,
                    resources=resources,
                    starts_on=date(*start),
                    due_on=date(*due),
                )
            )
            reporter = owner_user or User.objects.get(
                email=partnerships_demo.email_for(f"{lsp.slug}-coordinator")
            )
            for text, status in updates:
                accountable_action_report(action=action, text=text, status=status, by=reporter)

    def outcomes(self, lsp, agreement, plan):
        blocks = list(Block.objects.for_lsp(lsp))
        priorities = list(current_priorities(lsp=lsp))
        for block_index, outcomes in plan.items():
            for title, targets in outcomes:
                outcome = outcome_save(
                    outcome=Outcome(
                        lsp=lsp, block=blocks[block_index], agreement=agreement, title=title
                    ),
                    priorities=priorities[block_index : block_index + 1],
                )
                for code, baseline, yearly, designated, stretch, grant in targets:
                    self.target(
                        lsp,
                        outcome,
                        code,
                        baseline,
                        yearly,
                        agreement.years,
                        designated=designated,
                        stretch=stretch,
                        grant=grant,
                    )

    def target(self, lsp, outcome, code, baseline, yearly, years, **extra):
        target_save(
            target=Target(
                lsp=lsp,
                outcome=outcome,
                indicator=Indicator.objects.get(lsp__isnull=True, code=code),
                baseline_value=Decimal(baseline),
                baseline_on=date(years[0], 3, 31),
                is_designated=extra.get("designated", False),
                stretch_value=Decimal(extra["stretch"]) if extra.get("stretch") else None,
                reward_grant=Decimal(extra["grant"]) if extra.get("grant") else None,
            ),
            yearly={year: Decimal(value) for year, value in zip(years, yearly, strict=True)},
        )
