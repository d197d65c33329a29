"""One shape for accountable actions (lsp_portal.actions): the meeting's action log and
the LAA's action plan share the statuses, the update trail, "overdue" and reporting, each
in its own words."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa.models import AccountableAction
from lsp_portal.actions import ActionStatus
from lsp_portal.forms import ActionUpdateForm
from partnerships.models import MeetingAction
from partnerships.services import meeting_action_report
from tests.factories import MeetingActionFactory, UserFactory


def test_each_kind_of_action_offers_its_own_statuses_in_its_own_words():
    assert MeetingAction.status_choices() == [
        ("not_started", "Not started"),
        ("on_track", "In progress"),
        ("complete", "Done"),
        ("dropped", "Dropped"),
    ]
    assert AccountableAction.status_choices() == [
        ("not_started", "Not started"),
        ("on_track", "On track"),
        ("at_risk", "At risk"),
        ("off_track", "Off track"),
        ("complete", "Complete"),
    ]


def test_overdue_in_words_until_the_action_is_closed():
    action = MeetingAction(due_on=date(2010, 6, 1), status=ActionStatus.ON_TRACK)
    assert action.overdue_in_words(date(2010, 6, 1)) == ""
    assert action.overdue_in_words(date(2010, 6, 2)) == "1 day overdue"
    assert action.overdue_in_words(date(2010, 6, 15)) == "14 days overdue"
    action.status = ActionStatus.DROPPED
    assert not action.is_overdue(date(2010, 6, 15))


def test_an_update_records_the_status_moved_from_and_to(herts):
    action = MeetingActionFactory(meeting__partnership__lsp=herts, lsp=herts)
    owner = UserFactory()
    first = meeting_action_report(action=action, text="Started.", status="on_track", by=owner)
    second = meeting_action_report(action=action, text="Sent.", status="complete", by=owner)
    assert (first.status_before, first.status_after) == ("not_started", "on_track")
    assert (second.status_before_label, second.status_after_label) == ("In progress", "Done")
    action.refresh_from_db()
    assert action.status == "complete" and action.history.first().history_change_reason


def test_a_status_the_kind_does_not_use_is_refused_and_changes_nothing(herts):
    action = MeetingActionFactory(meeting__partnership__lsp=herts, lsp=herts)
    with pytest.raises(ValidationError, match="Choose one of the statuses offered"):
        meeting_action_report(action=action, text="Slipping.", status="at_risk", by=UserFactory())
    with pytest.raises(ValidationError, match="Say what has happened"):
        meeting_action_report(action=action, text="  ", status="on_track", by=UserFactory())
    action.refresh_from_db()
    assert action.status == "not_started" and not action.updates.exists()
    form = ActionUpdateForm({"text": "Slipping.", "status": "at_risk"}, action=action)
    assert not form.is_valid() and "status" in form.errors


@pytest.mark.django_db(transaction=True)
def test_the_action_logs_statuses_and_updates_move_to_the_one_vocabulary():
    """A log written before the one shape: 'in_progress' and 'done', updates without the
    status they moved from. Migrated, nothing is lost and every update knows both."""
    call_command("seed_demo", "--without-packs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    head = MigrationExecutor(connection).loader.graph.leaf_nodes()
    before_shape = [("partnerships", "0004_remove_lsp_area_remove_historicallsp_area_and_more")]
    executor = MigrationExecutor(connection)
    executor.migrate(before_shape)
    old = executor.loader.project_state(before_shape).apps
    actions = old.get_model("partnerships", "MeetingAction").objects
    updates = old.get_model("partnerships", "MeetingActionUpdate").objects
    statuses = dict(actions.values_list("pk", "status"))
    assert {"done", "in_progress"} <= set(statuses.values())
    written = {update.pk: (update.action_id, update.status) for update in updates.all()}
    assert written
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(head)

    renamed = {"done": "complete", "in_progress": "on_track"}
    now = dict(MeetingAction.objects.values_list("pk", "status"))
    assert now == {pk: renamed.get(status, status) for pk, status in statuses.items()}
    for action in MeetingAction.objects.prefetch_related("updates"):
        trail = sorted(action.updates.all(), key=lambda update: (update.at, update.pk))
        before = "not_started"
        for update in trail:
            assert update.status_after == renamed.get(written[update.pk][1], written[update.pk][1])
            assert update.status_before == before
            before = update.status_after


def test_an_actions_page_reads_its_updates_in_the_same_queries_however_many(
    client, herts, herts_coordinator
):
    """Each update's labels come from its action, which the updates share: no query each."""
    action = MeetingActionFactory(meeting__partnership__lsp=herts, lsp=herts)
    client.force_login(herts_coordinator)
    url = reverse("partnerships:action", args=[herts.slug, action.pk])
    counts = []
    for updates in (1, 10):
        while action.updates.count() < updates:
            meeting_action_report(action=action, text="More.", status="on_track", by=UserFactory())
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        assert page.status_code == 200 and "Not started → In progress" in page.content.decode()
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
