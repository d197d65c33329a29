"""Refresh and review reminders: 60 days before, and when overdue; each sent once."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from lsp_portal.permissions import RoleName
from strategies.models import StrategyReminder
from strategies.services import strategy_reminders_send
from tests.conftest import person_with_role
from tests.factories import StrategyFactory


@pytest.fixture
def adopted(herts):
    return StrategyFactory(
        lsp=herts,
        status="adopted",
        adopted_on=date(2008, 6, 12),
        refresh_due=date(2009, 6, 12),
        review_due=date(2011, 6, 12),
    )


@pytest.fixture
def coordinators(herts):
    return [
        person_with_role(herts, RoleName.COORDINATOR, "one@example.org"),
        person_with_role(herts, RoleName.COORDINATOR, "two@example.org"),
    ]


def run(today, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return strategy_reminders_send(today=today)


def test_each_reminder_is_sent_once_however_often_the_task_runs(
    adopted, coordinators, django_capture_on_commit_callbacks, settings
):
    settings.CELERY_TASK_ALWAYS_EAGER = True  # the e-mail task runs here, not on a worker
    assert run(date(2009, 4, 12), django_capture_on_commit_callbacks) == []  # 61 days before
    first = run(date(2009, 4, 13), django_capture_on_commit_callbacks)
    again = run(date(2009, 4, 14), django_capture_on_commit_callbacks)
    assert [r.threshold for r in first] == ["refresh_soon"] and again == []
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == ["one@example.org", "two@example.org"]
    assert "is due on 12 June 2009" in mail.outbox[0].body
    overdue = run(date(2009, 6, 12), django_capture_on_commit_callbacks)
    assert [r.threshold for r in overdue] == ["refresh_overdue"]
    assert run(date(2009, 6, 13), django_capture_on_commit_callbacks) == []
    assert len(mail.outbox) == 2
    assert StrategyReminder.objects.count() == 2


def test_a_recorded_refresh_moves_the_date_and_earns_fresh_reminders(
    client, herts, adopted, coordinators, django_capture_on_commit_callbacks, settings
):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    run(date(2009, 6, 20), django_capture_on_commit_callbacks)
    client.force_login(coordinators[0])
    client.post(reverse("strategies:strategy-refresh", args=[herts.slug, adopted.pk]))
    adopted.refresh_from_db()
    assert adopted.refresh_due > date(2009, 6, 12)


def test_lsp_home_shows_a_banner_when_the_review_is_near(client, herts, coordinators):
    StrategyFactory(
        lsp=herts,
        status="adopted",
        adopted_on=date(2000, 1, 1),
        refresh_due=date(2000, 1, 1),
        review_due=date(2099, 1, 1),
    )
    client.force_login(coordinators[0])
    page = client.get(reverse("portal:lsp-home", args=[herts.slug])).content.decode()
    assert "govuk-notification-banner" in page
    assert "Annual refresh overdue: 1 January 2000." in page
    assert "review" not in page.split("govuk-notification-banner__heading")[1][:80]


def test_lsp_home_shows_one_banner_when_refresh_and_review_are_both_overdue(
    client, herts, coordinators
):
    """One region landmark, not one per date (axe: landmark-unique), with the next step."""
    strategy = StrategyFactory(
        lsp=herts,
        status="adopted",
        adopted_on=date(2000, 1, 1),
        refresh_due=date(2001, 1, 1),
        review_due=date(2003, 1, 1),
    )
    strategy_url = reverse("strategies:strategy", args=[herts.slug, strategy.pk])
    home = reverse("portal:lsp-home", args=[herts.slug])
    client.force_login(coordinators[0])
    page = client.get(home).content.decode()
    assert page.count('class="govuk-notification-banner"') == 1
    assert "Three-year review overdue: 1 January 2003. Annual refresh overdue: 1 January 2001." in (
        page
    )
    assert "Open the strategy to start a new draft version" in page
    assert client.get(strategy_url).status_code == 200

    scrutineer = person_with_role(herts, RoleName.SCRUTINEER, "scrutineer@example.org")
    client.force_login(scrutineer)
    page = client.get(home).content.decode()
    assert "See the strategy" in page
    assert "new draft version" not in page
    assert client.get(strategy_url).status_code == 200
