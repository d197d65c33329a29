"""A coordinator invites a person with a role; the single-use link sets them up."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from lsp_portal.permissions import RoleName
from tenancy.models import Invitation, Role
from tenancy.services import invitation_create
from tests.factories import OrganisationFactory, UserFactory


@pytest.fixture
def invite(herts, herts_coordinator):
    def make(email="new.partner@example.org", role=RoleName.PARTNER, organisation=None):
        return invitation_create(
            lsp=herts,
            email=email,
            full_name="Nia Partner",
            role=role,
            organisation=organisation,
            actor=herts_coordinator,
            base_url="http://testserver/",
        )

    return make


def token_of(invitation):
    return invitation.link.rstrip("/").rsplit("/", 1)[-1]


def test_coordinator_invites_a_partner_and_an_email_with_the_link_is_sent(
    client, herts, herts_coordinator, django_capture_on_commit_callbacks, settings
):
    organisation = OrganisationFactory(lsp=herts, name="Hertfordshire Fire and Rescue Service")
    client.force_login(herts_coordinator)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(
            reverse("partnerships:invite", args=[herts.slug]),
            {
                "full_name": "Nia Partner",
                "email": "Nia@Example.org",
                "role": "partner",
                "organisation": organisation.pk,
            },
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.organisation) == (
        "nia@example.org",
        "partner",
        organisation,
    )
    assert len(callbacks) == 1  # the email is queued once the invitation is committed
    from accounts.tasks import send_email

    send_email(*callbacks[0].args)  # the task's body, as the worker would run it
    assert mail.outbox[0].to == ["nia@example.org"]
    assert "/accounts/invitations/" in mail.outbox[0].body
    assert invitation.token_hash not in mail.outbox[0].body


def test_invitation_form_keeps_what_was_typed_and_explains_errors(
    client, herts, camden, herts_coordinator
):
    other_lsps_organisation = OrganisationFactory(lsp=camden)
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("partnerships:invite", args=[herts.slug]),
        {
            "full_name": "Nia Partner",
            "email": "not-an-email",
            "role": "partner",
            "organisation": other_lsps_organisation.pk,
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page and "There is a problem" in page
    assert "Enter a valid email address" in page
    assert "Select a valid choice" in page  # another LSP's organisation is refused
    assert 'value="Nia Partner"' in page and 'value="not-an-email"' in page
    assert page.count("<title>Error: ") == 1
    assert not Invitation.objects.exists()


def test_new_person_accepts_by_setting_a_password_and_gets_the_role(client, herts, invite):
    invitation = invite()
    url = reverse("tenancy:invitation", args=[token_of(invitation)])
    assert "Create a password" in client.get(url).content.decode()
    response = client.post(
        url, {"password1": "a-long-pass-phrase", "password2": "a-long-pass-phrase"}
    )
    assert response["Location"] == reverse("portal:lsp-home", args=[herts.slug])
    user = User.objects.get(email="new.partner@example.org")
    assert user.check_password("a-long-pass-phrase")
    assert Role.objects.current().get(user=user).role == "partner"
    # The person is signed in and the link is spent.
    assert client.get(reverse("portal:lsp-home", args=[herts.slug])).status_code == 200
    assert client.get(url).status_code == 410


def test_mismatched_or_weak_passwords_are_explained_and_nothing_is_created(client, invite):
    url = reverse("tenancy:invitation", args=[token_of(invite())])
    page = client.post(url, {"password1": "a-long-pass-phrase", "password2": "different"})
    assert "The passwords do not match" in page.content.decode()
    page = client.post(url, {"password1": "123", "password2": "123"})
    assert "This password is too short" in page.content.decode()
    assert not User.objects.filter(email="new.partner@example.org").exists()


def test_existing_account_accepts_and_keeps_its_password(client, herts, invite):
    existing = UserFactory(email="police@example.org")
    invitation = invite(email="police@example.org")
    url = reverse("tenancy:invitation", args=[token_of(invitation)])
    response = client.get(url)
    assert response.status_code == 302 and "sign-in" in response["Location"]
    client.force_login(existing)
    client.post(url)
    assert Role.objects.current().filter(user=existing, lsp=herts, role="partner").exists()
    existing.refresh_from_db()
    assert existing.check_password("correct-horse-battery")


def test_someone_else_signed_in_cannot_take_the_invitation(client, invite):
    UserFactory(email="police@example.org")
    url = reverse("tenancy:invitation", args=[token_of(invite(email="police@example.org"))])
    client.force_login(UserFactory(email="intruder@example.org"))
    assert client.post(url).status_code == 403
    assert not Role.objects.filter(user__email="intruder@example.org").exists()


@pytest.mark.parametrize("case", ["forged", "expired", "used"])
def test_bad_links_get_a_clear_page_never_an_error(client, invite, case):
    invitation = invite()
    token = token_of(invitation)
    if case == "forged":
        token = token[:-3] + "xyz"
    elif case == "expired":
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
    else:
        Invitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now())
    for response in (
        client.get(reverse("tenancy:invitation", args=[token])),
        client.post(
            reverse("tenancy:invitation", args=[token]),
            {"password1": "a-long-pass-phrase", "password2": "a-long-pass-phrase"},
        ),
    ):
        assert response.status_code == (404 if case == "forged" else 410)
        assert {"forged": "not valid", "expired": "expired", "used": "already been used"}[
            case
        ] in response.content.decode()
    assert not User.objects.filter(email="new.partner@example.org").exists()


def test_partner_cannot_invite(client, herts, herts_partner):
    client.force_login(herts_partner)
    response = client.post(
        reverse("partnerships:invite", args=[herts.slug]),
        {"full_name": "X", "email": "x@example.org", "role": "coordinator"},
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_coordinator_ends_a_role_and_it_stays_in_the_record(
    client, herts, herts_coordinator, herts_partner
):
    role = herts_partner.lsp_roles.get()
    client.force_login(herts_coordinator)
    client.post(reverse("partnerships:end-role", args=[herts.slug, role.pk]))
    role.refresh_from_db()
    assert role.ended_at is not None
    assert role.history.first().history_user == herts_coordinator
