import datetime

import factory

from accounts.models import User
from documents.models import Document
from lsp_portal.permissions import RoleName
from partnerships.areas import load_english_areas
from partnerships.models import (
    AgendaItem,
    Decision,
    Meeting,
    MeetingAction,
    Membership,
    Partnership,
    PartnershipKind,
    PlannedDecision,
)
from partnerships.services import partnership_kinds_ensure_defaults
from strategies.models import (
    EngagementActivity,
    LinkedPlan,
    NeighbourhoodPlan,
    PlanIssue,
    Priority,
    Strategy,
)
from tenancy.models import LSP, Area, Organisation, Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or "correct-horse-battery")
        if create:
            self.save(update_fields=["password"])


def area(gss_code: str) -> Area:
    # Transactional tests empty every table, including the areas a migration loaded.
    if not Area.objects.exists():
        load_english_areas(Area)
    return Area.objects.get(gss_code=gss_code)


class LSPFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LSP
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Partnership {n}")
    slug = factory.Sequence(lambda n: f"partnership-{n}")
    area = factory.LazyFunction(lambda: area("E09000007"))
    level = LSP.Level.UNITARY

    @factory.post_generation
    def partnership_kinds(self, create, extracted, **kwargs):
        if create:
            partnership_kinds_ensure_defaults(lsp=self)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    lsp = factory.SubFactory(LSPFactory)
    name = factory.Sequence(lambda n: f"Organisation {n}")
    sector = Organisation.Sector.VCS


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    lsp = factory.SubFactory(LSPFactory)
    user = factory.SubFactory(UserFactory)
    role = RoleName.PARTNER


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    lsp = factory.SubFactory(LSPFactory)
    kind = "lsp_summary"
    requested_by = factory.SubFactory(UserFactory)


def kind(lsp, code: str) -> PartnershipKind:
    return PartnershipKind.objects.for_lsp(lsp).get(code=code)


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    lsp = factory.SubFactory(LSPFactory)
    name = factory.Sequence(lambda n: f"Thematic partnership {n}")
    kind = factory.LazyAttribute(lambda o: kind(o.lsp, "thematic"))
    start_date = datetime.date(2008, 4, 1)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    partnership = factory.SubFactory(PartnershipFactory)
    lsp = factory.SelfAttribute("partnership.lsp")
    person_name = factory.Sequence(lambda n: f"Member {n}")
    position = Membership.Position.MEMBER
    term_start = datetime.date(2008, 4, 1)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    partnership = factory.SubFactory(PartnershipFactory)
    lsp = factory.SelfAttribute("partnership.lsp")
    starts_at = factory.LazyFunction(
        lambda: datetime.datetime(2010, 3, 4, 18, 30, tzinfo=datetime.UTC)
    )
    venue = "Council chamber"
    is_public = True


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    lsp = factory.SelfAttribute("meeting.lsp")
    title = factory.Sequence(lambda n: f"Item {n}")


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    meeting = factory.SubFactory(MeetingFactory)
    lsp = factory.SelfAttribute("meeting.lsp")
    text = factory.Sequence(lambda n: f"Decision {n}: the board agreed the plan.")
    decided_by = "The board"


class MeetingActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingAction

    meeting = factory.SubFactory(MeetingFactory)
    lsp = factory.SelfAttribute("meeting.lsp")
    description = factory.Sequence(lambda n: f"Action {n}: report back to the board")
    owner_organisation = factory.SubFactory(OrganisationFactory, lsp=factory.SelfAttribute("..lsp"))
    owner_name = "Sam Officer"
    due_on = datetime.date(2010, 6, 1)


class PlannedDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlannedDecision

    partnership = factory.SubFactory(PartnershipFactory)
    lsp = factory.SelfAttribute("partnership.lsp")
    title = factory.Sequence(lambda n: f"Planned decision {n}")
    expected_on = datetime.date(2030, 1, 1)


class StrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Strategy

    lsp = factory.SubFactory(LSPFactory)
    title = "A better place to live"
    version = factory.Sequence(lambda n: n + 1)
    period_start = 2008
    period_end = 2021
    vision = "A place where everyone can thrive."


class PriorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Priority

    strategy = factory.SubFactory(StrategyFactory)
    lsp = factory.SelfAttribute("strategy.lsp")
    title = factory.Sequence(lambda n: f"Priority {n}")
    pillars = factory.LazyFunction(lambda: ["social"])


class LinkedPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LinkedPlan

    strategy = factory.SubFactory(StrategyFactory)
    lsp = factory.SelfAttribute("strategy.lsp")
    title = factory.Sequence(lambda n: f"Plan {n}")
    kind = LinkedPlan.Kind.LDF
    owner = factory.SubFactory(OrganisationFactory, lsp=factory.SelfAttribute("..lsp"))


class EngagementActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EngagementActivity

    lsp = factory.SubFactory(LSPFactory)
    title = factory.Sequence(lambda n: f"Consultation {n}")
    kind = EngagementActivity.Kind.CONSULTATION
    organiser = factory.SubFactory(OrganisationFactory, lsp=factory.SelfAttribute("..lsp"))
    audiences = factory.LazyFunction(lambda: ["everyone"])
    starts_on = datetime.date(2010, 3, 1)
    ends_on = datetime.date(2010, 3, 31)
    created_by = factory.SubFactory(UserFactory)


def laa_world(lsp) -> dict:
    """An agreement with a block, an outcome and a target, and a local indicator."""
    from laa.models import Block, Indicator, LocalAreaAgreement, Outcome, Target

    agreement = LocalAreaAgreement.objects.create(
        lsp=lsp, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=lsp, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(lsp=lsp, block=block, agreement=agreement, title="Less crime")
    national = Indicator.objects.get(code="NI 16")
    local = Indicator.objects.create(
        lsp=lsp, code="L 1", title="Graffiti removed", polarity="higher"
    )
    target = Target.objects.create(lsp=lsp, outcome=outcome, indicator=national)
    from laa.models import Measurement

    measurement = Measurement.objects.create(
        lsp=lsp,
        indicator=national,
        period_end=datetime.date(2008, 6, 30),
        value=14,
        status="submitted",
    )
    from laa.models import AccountableAction, AgreementParty, PartnershipAgreement

    party = OrganisationFactory(lsp=lsp)
    agreement = PartnershipAgreement.objects.create(lsp=lsp, title="Community safety protocol")
    AgreementParty.objects.create(lsp=lsp, agreement=agreement, organisation=party)
    action = AccountableAction.objects.create(
        lsp=lsp,
        title="Target prolific offenders",
        outcome=outcome,
        accountable=party,
        due_on=datetime.date(2009, 3, 31),
    )
    from django.core.files.base import ContentFile

    from laa.models import FigureImport

    figure_import = FigureImport.objects.create(
        lsp=lsp,
        file=ContentFile(b"indicator,period_end,value\n", name="figures.csv"),
        kind="csv",
        name="figures.csv",
        requested_by=UserFactory(),
    )
    return {
        "figure_import_id": figure_import.pk,
        "agreement_id": agreement.pk,
        "county_target_id": target.pk,
        "export_format": "xlsx",
        "accountable_action_id": action.pk,
        "measurement_id": measurement.pk,
        "block_id": block.pk,
        "outcome_id": outcome.pk,
        "target_id": target.pk,
        "indicator_id": local.pk,
        "national_indicator_id": national.pk,
    }


def meeting_world(lsp) -> dict:
    """One of everything in a partnership's meetings, as URL keyword arguments: the
    objects the permission and tenancy harnesses request pages for. The meeting is public."""
    membership = MembershipFactory(
        partnership=PartnershipFactory(lsp=lsp), organisation=OrganisationFactory(lsp=lsp)
    )
    item = AgendaItemFactory(meeting=MeetingFactory(partnership=membership.partnership))
    return {
        "meeting_id": item.meeting_id,
        "item_id": item.pk,
        "partnership_id": membership.partnership_id,
        "membership_id": membership.pk,
        "organisation_id": membership.organisation_id,
        "decision_id": DecisionFactory(meeting=item.meeting, agenda_item=item).pk,
        "action_id": MeetingActionFactory(
            meeting=item.meeting, owner_organisation=membership.organisation
        ).pk,
        "planned_id": PlannedDecisionFactory(partnership=membership.partnership).pk,
        "kind_id": membership.partnership.kind_id,
        "number": published_pack(item.meeting).number,
        "edition": "public",
        **strategy_world(lsp),
        **laa_world(lsp),
        **scrutiny_world(lsp, organisation=membership.organisation),
    }


def scrutiny_world(lsp, *, organisation) -> dict:
    """A committee with a councillor's seat on it, a review of the committee's, and its
    information request to the organisation."""
    from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review

    committee = Committee.objects.create(lsp=lsp, name="Overview and Scrutiny Committee")
    review = Review.objects.create(
        lsp=lsp,
        committee=committee,
        title="Serious acquisitive crime",
        scope="Why NI 16 is red.",
        planned_end_on=datetime.date(2010, 7, 31),
    )
    seat = CommitteeMember.objects.create(
        lsp=lsp,
        committee=committee,
        person=RoleFactory(lsp=lsp, role=RoleName.SCRUTINEER).user,
        position=CommitteeMember.Position.CHAIR,
        starts_on=datetime.date(2009, 5, 21),
    )
    asked = InformationRequest.objects.create(
        lsp=lsp,
        review=review,
        organisation=organisation,
        question="How many burglaries were cleared up?",
        due_on=datetime.date(2010, 6, 30),
    )
    return {
        "committee_id": committee.pk,
        "seat_id": seat.pk,
        "review_id": review.pk,
        "request_id": asked.pk,
    }


def published_pack(meeting, *, number: int = 1, published: bool = True, content=b"%PDF-1.7\n"):
    """A published version of a meeting's pack, with stand-in files (its making is tested
    in tests/partnerships/test_packs.py)."""
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from partnerships.models import PackVersion

    user = UserFactory()
    document = DocumentFactory(
        lsp=meeting.lsp,
        kind="board_pack",
        subject=f"meeting:{meeting.pk}",
        status="ready",
        requested_by=user,
    )
    now = timezone.now()
    version = PackVersion(
        lsp=meeting.lsp,
        meeting=meeting,
        number=number,
        document=document,
        requested_by=user,
        requested_at=now,
        made_at=now,
        figures_read_at=now,
        members_sha256="0" * 64,
        members_size=9,
        public_sha256="0" * 64,
        public_size=9,
        page_count=1,
        published_at=now if published else None,
        published_by=user if published else None,
    )
    version.members_file.save(f"m{meeting.pk}-{number}.pdf", ContentFile(content), save=False)
    version.public_file.save(f"p{meeting.pk}-{number}.pdf", ContentFile(content), save=False)
    version.save()
    return version


def strategy_world(lsp) -> dict:
    """An adopted strategy with a priority and a linked plan: what everyone may read."""
    strategy = StrategyFactory(
        lsp=lsp, status=Strategy.Status.ADOPTED, adopted_on=datetime.date(2008, 6, 1)
    )
    priority = PriorityFactory(strategy=strategy)
    plan = LinkedPlanFactory(strategy=strategy)
    activity = EngagementActivityFactory(lsp=lsp)
    neighbourhood_plan = NeighbourhoodPlan.objects.create(
        lsp=lsp,
        title="Royston town plan",
        organisation=activity.organiser,
        summary="What Royston wants.",
        submitted_by=activity.created_by,
    )
    issue = PlanIssue.objects.create(lsp=lsp, plan=neighbourhood_plan, text="Speeding traffic")
    return {
        "neighbourhood_plan_id": neighbourhood_plan.pk,
        "issue_id": issue.pk,
        "strategy_id": strategy.pk,
        "priority_id": priority.pk,
        "plan_id": plan.pk,
        "activity_id": activity.pk,
        "year": 2010,
        "month": 3,
    }


def long_monthly_agreement(lsp, *, indicators: int):
    """A 31-year signed LAA with ``indicators`` monthly local indicators, each with a target:
    long import files for the size and worker tests. Returns the indicators and the
    period ends."""
    from laa.models import Block, Indicator, LocalAreaAgreement, Outcome, Target
    from laa.periods import periods_for

    agreement = LocalAreaAgreement.objects.create(
        lsp=lsp, title="Long agreement", period_start=2000, period_end=2030, status="signed"
    )
    block = Block.objects.create(lsp=lsp, name="Block")
    outcome = Outcome.objects.create(lsp=lsp, block=block, agreement=agreement, title="All")
    made = [
        Indicator.objects.create(lsp=lsp, code=f"L{n}", title=f"Local {n}", frequency="monthly")
        for n in range(indicators)
    ]
    for indicator in made:
        Target.objects.create(lsp=lsp, outcome=outcome, indicator=indicator)
    return made, [p.end for p in periods_for("monthly", 2000, 2030)]
