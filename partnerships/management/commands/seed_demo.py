from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from laa import demo as laa_demo
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
from partnerships import demo
from partnerships.areas import load_english_areas
from partnerships.models import (
    LSP,
    AgendaItem,
    Area,
    Decision,
    Declaration,
    Meeting,
    MeetingAction,
    Membership,
    Organisation,
    Partnership,
    PartnershipKind,
    PlannedDecision,
    Role,
)
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
    role_grant,
)
from strategies import demo as strategy_demo
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

LONDON = ZoneInfo("Europe/London")


class Command(BaseCommand):
    help = "Create the demo LSPs, organisations and people. Safe to run again: it changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        # Reference data loaded by migrations; a test database that was flushed lacks it.
        if not Area.objects.exists():
            load_english_areas(Area)
        if not Indicator.objects.filter(lsp__isnull=True).exists():
            load_national_indicators(Indicator)
        lsps = {slug: self.lsp(slug, name, gss, level) for slug, name, gss, level, *_ in demo.LSPS}
        for slug, _name, _gss, _level, county_slug, working_model in demo.LSPS:
            if county_slug:
                LSP.objects.filter(slug=slug).update(
                    county_lsp=lsps[county_slug], working_model=working_model
                )
        organisations = {}
        for slug, rows in demo.ORGANISATIONS.items():
            for name, sector, statutory in rows:
                organisations[slug, name], _ = Organisation.objects.get_or_create(
                    lsp=lsps[slug],
                    name=name,
                    defaults={"sector": sector, "is_statutory_partner": statutory},
                )
        admin_local, admin_name = demo.ADMIN
        self.person(admin_local, admin_name, is_staff=True, is_superuser=True)
        for slug, people in demo.PEOPLE.items():
            for role, (name, organisation) in people.items():
                user = self.person(f"{slug}-{role}", name)
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, name, grants in demo.SHARED_PEOPLE:
            user = self.person(local, name)
            for slug, role, organisation in grants:
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, slug, role, organisation in demo.EXTRA_ROLES:
            user = User.objects.get(email=demo.email_for(local))
            role_grant(
                lsp=lsps[slug], user=user, role=role, organisation=organisations[slug, organisation]
            )
        self.structures(lsps, organisations)
        self.meetings(lsps)
        self.strategies(lsps, organisations)
        self.engagement(lsps)
        self.local_area_agreements(lsps)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {LSP.objects.count()} LSPs, {User.objects.count()} people. "
                f"Every demo sign-in uses the password {demo.DEMO_PASSWORD!r}."
            )
        )

    def lsp(self, slug, name, gss_code, level):
        lsp, _ = LSP.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "area": Area.objects.get(gss_code=gss_code), "level": level},
        )
        partnership_kinds_ensure_defaults(lsp=lsp)
        return lsp

    def structures(self, lsps, organisations):
        for slug, networks in demo.NETWORKS.items():
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
        for slug, rows in demo.PARTNERSHIPS.items():
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
        for slug, rows in demo.MEMBERSHIPS.items():
            lsp = lsps[slug]
            for name, who, organisation, position, nominated_by, start, end in rows:
                person = User.objects.filter(email=demo.email_for(who)).first()
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
                for number, (year, month) in enumerate(demo.BOARD_MEETINGS)
            ]
            executive = User.objects.get(email=demo.email_for(f"{lsp.slug}-executive"))
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
                    venue=demo.VENUES.get(lsp.slug, "Council offices"),
                )
            )
            for order, (title, confidential) in enumerate(demo.AGENDA, start=1):
                agenda_item_save(
                    item=AgendaItem(
                        lsp=lsp,
                        meeting=meeting,
                        order=order,
                        title=title,
                        is_confidential=confidential and number == 5,
                        paper_text=demo.PAPER_TEXT.get(title, ""),
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
        decision_text, action_text = demo.OUTCOMES[number % len(demo.OUTCOMES)]
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
                    text=strategy_demo.ADOPTION_DECISION,
                    decided_by=board.name,
                )
            )
        partner = User.objects.get(email=demo.email_for(f"{lsp.slug}-partner"))
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
        if number < len(demo.BOARD_MEETINGS) - 2:
            meeting_action_report(
                action=action, text="Done and reported to the board.", status="done", by=partner
            )
        elif number == len(demo.BOARD_MEETINGS) - 1:
            meeting_action_report(
                action=action,
                text="Data gathered; report in draft.",
                status="in_progress",
                by=partner,
            )
        if number == len(demo.BOARD_MEETINGS) - 1:
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
                    venue=demo.VENUES.get(lsp.slug, "Council offices"),
                )
            )
        if PlannedDecision.objects.for_lsp(lsp).filter(status="expected").exists():
            return
        for title, summary in demo.FORWARD_PLAN:
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
                    vision=strategy_demo.VISIONS[slug],
                )
            )
            county = adopted_strategy(lsp=lsp.county_lsp) if lsp.county_lsp else None
            county_priorities = list(county.priorities.all()) if county else []
            priorities = []
            for order, (title, pillars, description, evidence) in enumerate(
                strategy_demo.PRIORITIES, start=1
            ):
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
                        if county_priorities and order < len(strategy_demo.PRIORITIES)
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
            for title, kind, alignment in strategy_demo.LINKED_PLANS:
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
                    **strategy_demo.EQUALITY_IMPACT,
                )
            )
            decision = Decision.objects.for_lsp(lsp).get(text=strategy_demo.ADOPTION_DECISION)
            strategy_adopt(
                strategy=strategy,
                decision=decision,
                adopted_on=decision.meeting.starts_at.date(),
                by=User.objects.get(email=demo.email_for(f"{slug}-coordinator")),
            )

    def engagement(self, lsps):
        """Each LSP's diary: a survey and a public meeting that overlap (same people, same
        weeks), and a consultation after them; North Hertfordshire's parish plan."""
        for lsp in lsps.values():
            if EngagementActivity.objects.for_lsp(lsp).exists():
                continue
            coordinator = User.objects.get(email=demo.email_for(f"{lsp.slug}-coordinator"))
            organisers = list(Organisation.objects.for_lsp(lsp).order_by("name"))
            priorities = list(current_priorities(lsp=lsp))
            for index, (title, kind, audiences, areas, offset, days) in enumerate(
                strategy_demo.ENGAGEMENT
            ):
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
        title, organisation, summary, issues = strategy_demo.PARISH_PLAN
        plan = neighbourhood_plan_submit(
            plan=NeighbourhoodPlan(
                lsp=lsp,
                title=title,
                organisation=Organisation.objects.for_lsp(lsp).get(name=organisation),
                summary=summary,
            ),
            issues=[text for text, *_ in issues],
            document=None,
            by=User.objects.get(email=demo.email_for(f"{lsp.slug}-coordinator")),
        )
        priorities = {p.order: p for p in current_priorities(lsp=lsp)}
        for issue, (_text, outcome, order, reason) in zip(plan.issues.all(), issues, strict=True):
            issue.outcome = outcome
            issue.priority = priorities.get(order)
            issue.reason = reason
            plan_issue_decide(issue=issue)

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
            self.outcomes(herts, agreement, laa_demo.HERTFORDSHIRE)
            self.outcomes(herts, agreement, laa_demo.MORE_HERTFORDSHIRE)
            self.partnership_agreements(herts)
            self.figures(herts)
            self.exception_commentary(herts)
            self.accountable_actions(herts)
            self.district_shares(herts, LSP.objects.get(slug="north-hertfordshire"))
        camden = lsps["camden"]
        if not Outcome.objects.for_lsp(camden).exists():
            blocks = blocks_ensure_defaults(lsp=camden)
            for block_index, title, code, baseline, yearly in laa_demo.CAMDEN_LOCAL:
                outcome = outcome_save(
                    outcome=Outcome(lsp=camden, block=blocks[block_index], title=title),
                    priorities=[],
                )
                self.target(camden, outcome, code, baseline, yearly, [2011, 2012, 2013])

    def figures(self, lsp):
        """Three years of quarterly figures, all verified but the last quarter's."""
        coordinator = User.objects.get(email=demo.email_for(f"{lsp.slug}-coordinator"))
        quarters = periods_for("quarterly", 2008, 2010)
        for target in Target.objects.for_lsp(lsp).select_related("indicator"):
            final = target.years.order_by("-year").first().value
            story = laa_demo.STORY.get(target.indicator.code, laa_demo.DEFAULT_STORY)
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
        coordinator = User.objects.get(email=demo.email_for(f"{lsp.slug}-coordinator"))
        organisations = {o.name: o for o in Organisation.objects.for_lsp(lsp)}
        outcomes = {o.title: o for o in Outcome.objects.for_lsp(lsp)}
        for plan in laa_demo.AGREEMENTS:
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
                    agreement_sign(party=party, by=User.objects.get(email=demo.email_for(signer)))
                else:
                    agreement_sign(
                        party=party, by=coordinator, signatory_name=on_paper, recorded=True
                    )

    def district_shares(self, county, district):
        """North Hertfordshire's share of three county outcomes, and its own figures."""
        outcomes = {o.title: o for o in Outcome.objects.for_lsp(county)}
        coordinator = User.objects.get(email=demo.email_for(f"{district.slug}-coordinator"))
        quarters = periods_for("quarterly", 2008, 2010)
        for title, code, baseline, yearly, story in laa_demo.NORTH_HERTS:
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
        coordinator = User.objects.get(email=demo.email_for(f"{lsp.slug}-coordinator"))
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
        for title, outcome, accountable, owner, resources, start, due, updates in laa_demo.ACTIONS:
            owner_user = User.objects.get(email=demo.email_for(owner)) if owner else None
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
                email=demo.email_for(f"{lsp.slug}-coordinator")
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

    def person(self, local_part, full_name, **flags):
        email = demo.email_for(local_part)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=demo.DEMO_PASSWORD, full_name=full_name, **flags
            )
        return user
