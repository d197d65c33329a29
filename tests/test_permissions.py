"""The permission harness: every URL, every persona, the status the table declares."""

import datetime

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from documents.models import Document
from lsp_portal.permissions import RoleName
from partnerships.models import AgendaItem
from scrutiny.models import CommitteeMember
from scrutiny.services import committee_member_add
from tenancy.services import invitation_create
from tests.conftest import person_with_role
from tests.factories import (
    DocumentFactory,
    LSPFactory,
    RoleFactory,
    UserFactory,
    area,
    meeting_world,
)
from tests.permission_table import ADMIN_URLS, LOGIN, PERSONAS, TABLE


def walk(patterns, namespace=None, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace or namespace
            if ns:
                ns = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else ns
            yield from walk(pattern.url_patterns, ns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, prefix + str(pattern.pattern), pattern.callback


def project_urls():
    return [
        (name, route, callback)
        for name, route, callback in walk(get_resolver().url_patterns)
        if not (name or "").startswith("admin:") and not route.startswith("static/")
    ]


def test_every_url_is_declared_in_the_permission_table():
    undeclared = [
        f"{name or '(unnamed)'} -> {route}"
        for name, route, _ in project_urls()
        if name not in TABLE
    ]
    assert not undeclared, f"Declare these URLs in tests/permission_table.py: {undeclared}"
    stale = set(TABLE) - {name for name, _, _ in project_urls()}
    assert not stale, f"The permission table names URLs that no longer exist: {stale}"


def test_every_lsp_url_goes_through_the_tenancy_mechanism():
    """Fail closed: a view under /<lsp_slug>/ that skips lsp_view would resolve no LSP."""
    bypassing = [
        name
        for name, route, callback in project_urls()
        if "<slug:lsp_slug>" in route and not hasattr(callback, "lsp_capability")
    ]
    assert not bypassing


def build_world():
    """Everyone in PERSONAS, in Hertfordshire (and Camden for another LSP's coordinator),
    and one of everything the URLs name, as URL keyword arguments."""
    herts = LSPFactory(
        slug="hertfordshire", name="Hertfordshire Forward", area=area("E10000015"), level="county"
    )
    camden = LSPFactory(
        slug="camden", name="Camden Partnership Board", area=area("E09000007"), level="unitary"
    )
    people = {"anonymous": None, "no_role": UserFactory(email="nobody@example.org")}
    for role in RoleName:
        people[role.value] = person_with_role(herts, role, f"herts-{role.value}@example.org")
    people["other_lsp"] = person_with_role(camden, RoleName.COORDINATOR, "camden@example.org")
    other = RoleFactory(lsp=herts, role=RoleName.PARTNER)
    document = DocumentFactory(lsp=herts, status=Document.Status.READY)
    document.file.save("harness.pdf", ContentFile(b"%PDF-1.7 harness"), save=True)
    invitation = invitation_create(
        lsp=herts,
        email="new.person@example.org",
        full_name="New Person",
        role=RoleName.PARTNER,
        organisation=None,
        actor=people["coordinator"],
        base_url="http://testserver/",
    )
    kwargs = meeting_world(herts)
    item = AgendaItem.objects.get(pk=kwargs["item_id"])
    item.paper.save("paper.pdf", ContentFile(b"%PDF-1.7 paper"), save=False)
    item.paper_name = "paper.pdf"
    item.save()
    # The harness's scrutineer sits on the world's committee, so runs its reviews.
    committee_member_add(
        seat=CommitteeMember(
            lsp=herts,
            committee_id=kwargs["committee_id"],
            person=people["scrutineer"],
            starts_on=datetime.date(2009, 5, 21),
        )
    )
    kwargs |= {
        "person_id": people["partner"].pk,
        "lsp_slug": herts.slug,
        "role_id": other.pk,
        "document_id": document.pk,
        "token": invitation.link.rstrip("/").rsplit("/", 1)[-1],
        "uidb64": "MQ",
        "dataset": "memberships",
        "kind": "lsp_summary",
    }
    return people, kwargs


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world is built once for the module's ~1,200 cases, in a transaction that is
    rolled back when the module ends. Each case runs in a savepoint inside it (the ``db``
    fixture's own transaction), so whatever a case's request changes is undone before the
    next case starts."""
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("harness-media")),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        people, kwargs = build_world()
        yield people, kwargs, signed_in_sessions(people)
        transaction.set_rollback(True)


def signed_in_sessions(people) -> dict[str, str]:
    """Each persona signed in once for the module: their session cookie."""
    sessions = {}
    for persona, person in people.items():
        if person is not None:
            client = Client()
            client.force_login(person)
            sessions[persona] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return sessions


def sign_in(client, world, persona) -> None:
    _, _, sessions = world
    if persona in sessions:
        client.cookies[settings.SESSION_COOKIE_NAME] = sessions[persona]


@pytest.fixture(autouse=True)
def _media_root():
    """The world's files are saved once, under the module's media root: keep it."""


@pytest.fixture
def world(module_world, db, settings):
    settings.AXES_ENABLED = False
    return module_world


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url_name", sorted(TABLE))
def test_url_answers_each_persona_as_declared(client, world, url_name, persona):
    _, values, _ = world
    row = TABLE[url_name]
    kwargs = {key: values[key] for key in row.kwargs}
    url = reverse(url_name, kwargs=kwargs)
    sign_in(client, world, persona)
    response = client.post(url) if row.method == "POST" else client.get(url)
    expected = row.expected[persona]
    if expected == LOGIN:
        assert response.status_code == 302, (url, persona, response.status_code)
        assert response["Location"].startswith(reverse("accounts:sign-in"))
    else:
        assert response.status_code == expected, (url, persona, response.status_code)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url_name", ADMIN_URLS)
def test_admin_is_for_platform_administrators_only(client, world, url_name, persona):
    sign_in(client, world, persona)
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_platform_administrator_reaches_the_admin(client, db):
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    for url_name in ADMIN_URLS:
        assert client.get(reverse(url_name)).status_code == 200
