"""seed_demo builds the demo world, and running it again changes nothing."""

from django.apps import apps
from django.core.management import call_command

from accounts.models import User
from lsp_portal.permissions import RoleName
from tenancy.models import LSP, Role


def counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"accounts", "tenancy", "documents", "partnerships", "strategies", "laa", "scrutiny"}
    }


def test_seed_demo_twice_gives_the_same_counts(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == first
    assert first["tenancy.LSP"] == 4
    # The next Hertfordshire board meeting's pack: a draft, then a published version 2
    # after its PDF paper was replaced, whose public edition withholds the confidential item.
    from partnerships.models import PackVersion

    versions = PackVersion.objects.filter(lsp__slug="hertfordshire").order_by("number")
    assert [(v.number, v.is_published) for v in versions] == [(1, False), (2, True)]
    assert versions[1].manifest != versions[0].manifest
    assert any(r["reason"] == "paragraph 3" for r in versions[1].withheld)


def test_demo_world_has_the_two_tier_county_and_a_person_for_every_role(demo_data):
    herts = LSP.objects.get(slug="hertfordshire")
    north = LSP.objects.get(slug="north-hertfordshire")
    assert north.county_lsp == herts and north.working_model == "added_value"
    assert LSP.objects.get(slug="camden").level == "unitary"
    for lsp in LSP.objects.all():
        held = set(Role.objects.for_lsp(lsp).current().values_list("role", flat=True))
        assert held == {role.value for role in RoleName}, lsp


def test_demo_has_an_mp_across_two_lsps_and_a_police_commander_in_three(demo_data):
    mp = User.objects.get(email="mp-north-east-herts@example.org")
    assert mp.lsp_roles.filter(role=RoleName.MP).count() == 2
    commander = User.objects.get(email="police-commander@example.org")
    assert commander.lsp_roles.filter(role=RoleName.PARTNER).count() == 3
    assert User.objects.get(email="admin@example.org").is_staff
