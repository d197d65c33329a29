"""The platform administrator creates an LSP and its first coordinator in the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tenancy.models import LSP, Role
from tests.factories import LSPFactory, UserFactory, area


def test_platform_administrator_creates_an_lsp_with_its_first_coordinator(client, db):
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    coordinator = UserFactory(email="officer@example.org")
    client.force_login(admin)
    response = client.post(
        reverse("admin:tenancy_lsp_add"),
        {
            "name": "Camden Partnership Board",
            "slug": "camden",
            "area": area("E09000007").pk,
            "level": "unitary",
            "working_model": "",
            "roles-TOTAL_FORMS": "1",
            "roles-INITIAL_FORMS": "0",
            "roles-0-user": coordinator.pk,
            "roles-0-role": "coordinator",
        },
    )
    assert response.status_code == 302, (
        response.context["adminform"].form.errors,
        [f.formset.non_form_errors() for f in response.context["inline_admin_formsets"]],
    )
    lsp = LSP.objects.get(slug="camden")
    role = Role.objects.for_lsp(lsp).get()
    assert (role.user, role.role, role.granted_by) == (coordinator, "coordinator", admin)


@pytest.mark.parametrize("slug", ["admin", "accounts", "switch", "static"])
def test_an_lsp_cannot_take_an_address_the_portal_uses(db, slug):
    with pytest.raises(ValidationError, match="used by the portal itself"):
        LSPFactory.build(slug=slug, area=area("E09000007")).full_clean()


def test_a_district_lsp_links_only_to_a_county_lsp(db):
    camden = LSPFactory(slug="camden", area=area("E09000007"), level="unitary")
    district = LSPFactory.build(
        slug="north-herts", area=area("E07000099"), level="district", county_lsp=camden
    )
    with pytest.raises(ValidationError, match="level is county"):
        district.full_clean()
    with pytest.raises(ValidationError, match="is a county area"):
        LSPFactory.build(slug="herts", area=area("E10000015"), level="unitary").full_clean()
