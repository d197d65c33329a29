"""The meeting actions' statuses move to the one vocabulary ("in_progress" is
"on_track", "done" is "complete"; the action log still says "In progress" and "Done").
No row is lost: the statuses are mapped in the actions, their history and their updates,
and each update's earlier status is worked out from the updates before it."""

from django.db import migrations

RENAMED = {"in_progress": "on_track", "done": "complete"}


def map_statuses(apps, schema_editor, renamed=RENAMED):
    for name in ("MeetingAction", "HistoricalMeetingAction"):
        model = apps.get_model("partnerships", name)
        for old, new in renamed.items():
            model.objects.filter(status=old).update(status=new)
    Update = apps.get_model("partnerships", "MeetingActionUpdate")
    for old, new in renamed.items():
        Update.objects.filter(status_after=old).update(status_after=new)
    before_of = {}
    for update in Update.objects.order_by("action_id", "at", "pk"):
        update.status_before = before_of.get(update.action_id, "not_started")
        update.save(update_fields=["status_before"])
        before_of[update.action_id] = update.status_after


def unmap_statuses(apps, schema_editor):
    map_statuses(apps, schema_editor, renamed={new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0005_one_shape_for_actions"),
    ]

    operations = [
        migrations.RunPython(map_statuses, unmap_statuses),
    ]
