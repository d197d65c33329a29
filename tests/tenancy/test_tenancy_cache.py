"""The per-request floor: a person's roles in every LSP and the LSP's row are read once and
cached between requests, and no cached entry outlives a change to what it says.

Every test here runs with the cache on (``cached_tenancy``), as production with Redis
does; without REDIS_URL a memory cache stands in.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import timezone

from lsp_portal import permissions
from lsp_portal.permissions import RoleName
from lsp_portal.urls import urlpatterns as portal_urls
from tenancy import caches, selectors
from tenancy.access import lsp_view
from tenancy.models import Organisation, Role
from tenancy.services import role_end, role_grant
from tests.conftest import person_with_role
from tests.factories import UserFactory


@lsp_view(permissions.VIEW_LSP)
def noop(request):
    return HttpResponse("")


# This module is the urlconf of the query-count test only (pytest.mark.urls): the no-op
# view is never one of the portal's URLs.
urlpatterns = [path("<slug:lsp_slug>/test-noop/", noop), *portal_urls]

pytestmark = pytest.mark.usefixtures("cached_tenancy")


def home(lsp):
    return reverse("portal:lsp-home", args=[lsp.slug])


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_role_ended_in_one_request_is_refused_on_the_next(herts, herts_coordinator):
    partner = person_with_role(herts, RoleName.PARTNER, "leaving@example.org")
    partner_client = signed_in(partner)
    assert partner_client.get(home(herts)).status_code == 200  # cached now
    role = partner.lsp_roles.get()
    ended = signed_in(herts_coordinator).post(
        reverse("partnerships:end-role", args=[herts.slug, role.pk])
    )
    assert ended.status_code == 302
    assert partner_client.get(home(herts)).status_code == 403


def test_a_role_granted_is_honoured_on_the_next_request(herts, camden, camden_coordinator):
    client = signed_in(camden_coordinator)
    assert client.get(home(herts)).status_code == 403  # "no role in Hertfordshire", cached
    role_grant(lsp=herts, user=camden_coordinator, role=RoleName.PARTNER)
    page = client.get(home(herts))
    assert page.status_code == 200
    assert [e.lsp.slug for e in page.context["switcher_partnerships"]] == [
        "camden",
        "hertfordshire",
    ]


def test_an_end_date_set_in_the_admin_is_refused_on_the_next_request(herts, herts_partner):
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    partner_client = signed_in(herts_partner)
    assert partner_client.get(home(herts)).status_code == 200
    role = herts_partner.lsp_roles.get()
    ends = timezone.localtime() - timedelta(minutes=5)
    saved = signed_in(admin).post(
        reverse("admin:tenancy_role_change", args=[role.pk]),
        {
            "lsp": herts.pk,
            "user": herts_partner.pk,
            "role": RoleName.PARTNER,
            "organisation": "",
            "granted_by": "",
            "ended_at_0": ends.date().isoformat(),
            "ended_at_1": ends.strftime("%H:%M:%S"),
        },
    )
    assert saved.status_code == 302, saved.context["adminform"].form.errors
    assert partner_client.get(home(herts)).status_code == 403


def test_a_role_with_an_end_date_still_to_come_is_refused_at_once(herts, herts_partner):
    """A role is current only while it has no end date (Role.objects.current()), so no
    cached role can outlive its end date: once the date is written the role is refused,
    and nothing has to happen when the date itself passes."""
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    role = herts_partner.lsp_roles.get()
    role.ended_at = timezone.now() + timedelta(days=30)
    role.save()
    assert client.get(home(herts)).status_code == 403


def test_a_role_ended_in_bulk_is_refused_on_the_next_request(herts, herts_partner):
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    Role.objects.filter(user=herts_partner).update(ended_at=timezone.now())
    assert client.get(home(herts)).status_code == 403


def test_a_role_moved_to_another_person_leaves_the_first_one(herts, herts_partner):
    successor = UserFactory(email="successor@example.org")
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    role = herts_partner.lsp_roles.get()
    role.user = successor
    role.save()
    assert client.get(home(herts)).status_code == 403
    assert signed_in(successor).get(home(herts)).status_code == 200


def test_a_deactivated_account_is_signed_out_on_the_next_request(herts, herts_partner):
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    herts_partner.is_active = False
    herts_partner.save()
    response = client.get(home(herts))
    assert response.status_code == 302
    assert reverse("accounts:sign-in") in response["Location"]


def test_a_changed_password_signs_out_the_other_sessions_on_their_next_request(
    herts, herts_partner
):
    other_browser = signed_in(herts_partner)
    assert other_browser.get(home(herts)).status_code == 200  # the person is cached now
    herts_partner.set_password("a-new-and-longer-password")
    herts_partner.save()
    response = other_browser.get(home(herts))
    assert response.status_code == 302
    assert reverse("accounts:sign-in") in response["Location"]


def test_a_renamed_person_is_shown_by_their_new_name_on_the_next_request(herts, herts_partner):
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    herts_partner.full_name = "Priya Renamed"
    herts_partner.save()
    assert b"Priya Renamed" in client.get(home(herts)).content


def test_an_account_deactivated_in_bulk_is_signed_out_on_the_next_request(herts, herts_partner):
    client = signed_in(herts_partner)
    assert client.get(home(herts)).status_code == 200
    type(herts_partner).objects.filter(pk=herts_partner.pk).update(is_active=False)
    assert client.get(home(herts)).status_code == 302


def test_roles_moved_by_bulk_update_leave_their_first_holder(herts, herts_partner):
    newcomer = UserFactory(email="newcomer@example.org")
    partner_client, newcomer_client = signed_in(herts_partner), signed_in(newcomer)
    assert partner_client.get(home(herts)).status_code == 200
    assert newcomer_client.get(home(herts)).status_code == 403
    role = herts_partner.lsp_roles.get()
    role.user = newcomer
    Role.objects.bulk_update([role], ["user"])
    assert partner_client.get(home(herts)).status_code == 403
    assert newcomer_client.get(home(herts)).status_code == 200


def test_roles_cached_for_one_lsp_open_no_other(herts, camden, herts_coordinator):
    client = signed_in(herts_coordinator)
    assert client.get(home(herts)).status_code == 200
    assert client.get(home(camden)).status_code == 403
    assert client.get(reverse("laa:overview", args=[camden.slug])).status_code == 403


def test_a_role_read_while_it_was_being_ended_is_not_kept(herts, herts_partner, monkeypatch):
    """A slow request reads the roles, another ends one and the slow one then caches what
    it read: the next request still reads afresh (the entry is of an older generation)."""
    role = herts_partner.lsp_roles.get()
    read = selectors.roles_everywhere

    def slow_read(*, user):
        roles = read(user=user)
        role_end(role=role, actor=herts_partner)  # meanwhile, in another request
        return roles

    monkeypatch.setattr(selectors, "roles_everywhere", slow_read)
    assert caches.role_set_of(herts_partner).roles_in(herts) == {RoleName.PARTNER}
    monkeypatch.setattr(selectors, "roles_everywhere", read)
    assert caches.role_set_of(herts_partner).roles_in(herts) == frozenset()


def test_a_renamed_or_moved_lsp_is_read_afresh(client, herts, herts_coordinator):
    client.force_login(herts_coordinator)
    assert client.get(home(herts)).status_code == 200
    old_address = home(herts)
    herts.name = "Hertfordshire Together"
    herts.slug = "herts"
    herts.save()
    assert client.get(old_address).status_code == 404
    assert b"Hertfordshire Together" in client.get(home(herts)).content


def test_the_switcher_shows_an_organisations_new_name(client, herts):
    police = Organisation.objects.create(lsp=herts, name="Herts Constabulary", sector="police")
    commander = UserFactory(email="commander@example.org")
    role_grant(lsp=herts, user=commander, role=RoleName.PARTNER, organisation=police)
    client.force_login(commander)
    assert b"Herts Constabulary" in client.get(home(herts)).content
    police.name = "Hertfordshire Constabulary"
    police.save()
    assert b"Hertfordshire Constabulary" in client.get(home(herts)).content


@pytest.mark.urls(__name__)
def test_a_page_behind_the_tenancy_costs_at_most_two_queries(client, herts, herts_coordinator):
    """Session, person, LSP and roles from the cache (each flushed on every write to it):
    no query at all before the view's own; the issue allows two."""
    role_grant(lsp=herts, user=herts_coordinator, role=RoleName.PARTNER)  # two roles here
    client.force_login(herts_coordinator)
    url = f"/{herts.slug}/test-noop/"
    assert client.get(url).status_code == 200  # the first request fills the cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= 2, [q["sql"] for q in queries]


def test_the_header_switcher_reads_nothing_of_its_own(client, herts, camden, herts_coordinator):
    """A full page (layout, navigation, switcher) costs the same queries as its view's own
    plus the tenancy's, whether the person holds roles in one LSP or two."""
    client.force_login(herts_coordinator)
    url = reverse("partnerships:your-partnerships")
    counts = []
    for lsp in (None, camden):
        if lsp:
            role_grant(lsp=lsp, user=herts_coordinator, role=RoleName.SCRUTINEER)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        counts.append(len(queries))
    assert len(page.context["switcher_partnerships"]) == 2
    assert counts[0] == counts[1] <= 1, counts
