"""The landing page, the LSP home page and the LSP switcher."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lsp_portal.permissions import RoleName
from tenancy.models import LSP
from tests.factories import LSPFactory, RoleFactory, UserFactory


def test_landing_page_lists_each_partnership_with_the_persons_roles(client, demo_data):
    from accounts.models import User

    commander = User.objects.get(email="police-commander@example.org")
    client.force_login(commander)
    page = client.get(reverse("partnerships:your-partnerships")).content.decode()
    for name in (
        "Hertfordshire Forward",
        "North Hertfordshire Partnership",
        "Huntingdonshire Strategic Partnership",
    ):
        assert name in page
    assert "Camden" not in page.split("<main")[1]
    assert "Partner member (Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance)" in page


def test_switcher_goes_to_a_partnership_the_person_belongs_to(client, herts, herts_partner):
    client.force_login(herts_partner)
    response = client.get(reverse("partnerships:switch"), {"lsp": herts.slug})
    assert response["Location"] == reverse("portal:lsp-home", args=[herts.slug])


def test_switcher_ignores_a_partnership_the_person_does_not_belong_to(
    client, camden, herts_partner
):
    client.force_login(herts_partner)
    response = client.get(reverse("partnerships:switch"), {"lsp": camden.slug})
    assert response["Location"] == reverse("partnerships:your-partnerships")


def test_county_home_lists_its_district_lsps_and_district_links_its_county(
    client, herts, north_herts, herts_coordinator
):
    client.force_login(herts_coordinator)
    page = client.get(reverse("portal:lsp-home", args=[herts.slug])).content.decode()
    assert "North Hertfordshire Partnership" in page and "added value" in page
    RoleFactory(lsp=north_herts, user=herts_coordinator, role=RoleName.PARTNER)
    page = client.get(reverse("portal:lsp-home", args=[north_herts.slug])).content.decode()
    assert "County LSP" in page and "Hertfordshire Forward" in page


def test_partner_does_not_see_links_to_coordinator_sections(client, herts, herts_partner):
    client.force_login(herts_partner)
    page = client.get(reverse("portal:lsp-home", args=[herts.slug])).content.decode()
    assert reverse("partnerships:people", args=[herts.slug]) not in page
    assert reverse("documents:list", args=[herts.slug]) in page


def _user_with_roles_in(count: int):
    user = UserFactory()
    for index in range(count):
        lsp = LSPFactory(slug=f"lsp-{count}-{index}", level=LSP.Level.UNITARY)
        RoleFactory(lsp=lsp, user=user, role=RoleName.PARTNER)
    return user, lsp


@pytest.mark.parametrize("url_name", ["partnerships:your-partnerships", "portal:lsp-home"])
def test_query_count_does_not_grow_with_the_number_of_partnerships(client, db, url_name):
    counts = []
    for count in (1, 30):
        user, lsp = _user_with_roles_in(count)
        client.force_login(user)
        args = [lsp.slug] if url_name.endswith("lsp-home") else []
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(url_name, args=args)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
