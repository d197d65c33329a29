"""One mechanism resolves the LSP and scopes every query to it."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from documents.models import Document
from lsp_portal import permissions
from lsp_portal.permissions import RoleName
from tenancy.models import LSPOwned
from tests.factories import DocumentFactory, OrganisationFactory, RoleFactory, meeting_world
from tests.test_permissions import project_urls

ROOT = Path(__file__).resolve().parents[2]


def test_camden_coordinator_is_refused_on_every_hertfordshire_page(
    client, herts, herts_coordinator, camden_coordinator
):
    document = DocumentFactory(lsp=herts)
    role = RoleFactory(lsp=herts)
    values = meeting_world(herts) | {
        "lsp_slug": herts.slug,
        "document_id": document.pk,
        "role_id": role.pk,
        "person_id": herts_coordinator.pk,
        "dataset": "memberships",
        "kind": "lsp_summary",
    }
    client.force_login(camden_coordinator)
    # Published pages are for everyone; what they leave out is tested in test_public.py.
    lsp_urls = [
        (name, route)
        for name, route, view in project_urls()
        if "lsp_slug" in route and view.lsp_capability != permissions.PUBLIC
    ]
    assert lsp_urls
    for name, route in lsp_urls:
        kwargs = {key: values[key] for key in re.findall(r"<\w+:(\w+)>", route)}
        url = reverse(name, kwargs=kwargs)
        for response in (client.get(url), client.post(url)):
            assert response.status_code in (403, 404), (url, response.status_code)


def test_another_lsps_document_is_not_found_even_for_a_coordinator(
    client, herts, camden, herts_coordinator
):
    camden_document = DocumentFactory(lsp=camden)
    client.force_login(herts_coordinator)
    url = reverse("documents:detail", args=[herts.slug, camden_document.pk])
    assert client.get(url).status_code == 404
    download = reverse("documents:download", args=[herts.slug, camden_document.pk])
    assert client.get(download).status_code == 404


def test_coordinator_cannot_end_a_role_in_another_lsp_through_their_own(
    client, herts, camden, herts_coordinator
):
    camden_role = RoleFactory(lsp=camden, role=RoleName.PARTNER)
    client.force_login(herts_coordinator)
    response = client.post(reverse("partnerships:end-role", args=[herts.slug, camden_role.pk]))
    assert response.status_code == 404
    camden_role.refresh_from_db()
    assert camden_role.ended_at is None


def test_unknown_lsp_is_not_found(client, herts_coordinator):
    client.force_login(herts_coordinator)
    assert client.get("/no-such-partnership/").status_code == 404


def test_an_ended_role_no_longer_opens_the_lsp(client, herts, herts_partner):
    from tenancy.services import role_end

    client.force_login(herts_partner)
    assert client.get(reverse("portal:lsp-home", args=[herts.slug])).status_code == 200
    role_end(role=herts_partner.lsp_roles.get(), actor=herts_partner)
    assert client.get(reverse("portal:lsp-home", args=[herts.slug])).status_code == 403


@pytest.mark.django_db
def test_every_lsp_owned_model_is_scoped_by_for_lsp(herts, camden):
    """for_lsp returns only the LSP's own rows, for every model that belongs to an LSP."""
    owned = [m for m in apps.get_models() if issubclass(m, LSPOwned)]
    assert {m.__name__ for m in owned} >= {"Organisation", "Role", "Invitation", "Document"}
    OrganisationFactory(lsp=herts)
    OrganisationFactory(lsp=camden)
    RoleFactory(lsp=herts)
    RoleFactory(lsp=camden)
    DocumentFactory(lsp=herts)
    DocumentFactory(lsp=camden, status=Document.Status.READY)
    for model in owned:
        rows = model.objects.for_lsp(herts)
        assert all(row.lsp_id == herts.pk for row in rows), model


def test_views_never_look_objects_up_without_the_lsp():
    """Never Model.objects.get(pk=...) in a view: lookups go through get_for_lsp or a selector."""
    offenders = []
    for views in ROOT.glob("*/*views.py"):
        for number, line in enumerate(views.read_text().splitlines(), 1):
            if re.search(r"\.objects\.(get|filter)\(", line) and "for_lsp" not in line:
                offenders.append(f"{views.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders
