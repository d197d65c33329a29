"""Signing in by email, signing out, resetting a password, and throttled failures."""

from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory


def sign_in(client, email, password):
    return client.post(reverse("accounts:sign-in"), {"username": email, "password": password})


def test_person_signs_in_with_email_in_any_case_and_reaches_their_partnerships(client, db):
    UserFactory(email="priya@example.org")
    response = sign_in(client, "Priya@Example.org", "correct-horse-battery")
    assert response["Location"] == reverse("partnerships:your-partnerships")


def test_wrong_password_is_explained_and_the_email_kept(client, db):
    UserFactory(email="priya@example.org")
    page = sign_in(client, "priya@example.org", "wrong").content.decode()
    assert "Enter a correct email address and password" in page
    assert 'value="priya@example.org"' in page


def test_repeated_failures_are_throttled_with_a_clear_message(client, db, settings):
    UserFactory(email="priya@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "priya@example.org", "wrong")
    response = sign_in(client, "priya@example.org", "correct-horse-battery")
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()


def test_sign_out_is_a_post_and_ends_the_session(client, db):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("accounts:sign-out")).status_code == 405
    client.post(reverse("accounts:sign-out"))
    assert client.get(reverse("partnerships:your-partnerships")).status_code == 302


def test_password_reset_sends_a_link_that_sets_a_new_password(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(email="priya@example.org")
    from accounts.tasks import send_email

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("accounts:password-reset"), {"email": "priya@example.org"})
    assert len(callbacks) == 1
    send_email(*callbacks[0].args)  # the task's body, as the worker would run it
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password-reset/" in line)
    response = client.get(link.replace("http://testserver", ""), follow=True)
    form_url = response.redirect_chain[-1][0]
    client.post(
        form_url, {"new_password1": "a-new-long-phrase", "new_password2": "a-new-long-phrase"}
    )
    user.refresh_from_db()
    assert user.check_password("a-new-long-phrase")
