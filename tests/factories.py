import datetime

import factory

from accounts.models import User
from documents.models import Document
from lsp_portal.permissions import RoleName
from partnerships.areas import load_english_areas
from partnerships.models import (
    LSP,
    AgendaItem,
    Area,
    Meeting,
    Membership,
    Organisation,
    Partnership,
    PartnershipKind,
    Role,
)
from partnerships.services import partnership_kinds_ensure_defaults


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
    kind = Document.Kind.LSP_SUMMARY
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
