"""Meeting actions take the one shape of accountable actions (lsp_portal.actions): the
statuses' one vocabulary ("in_progress" is "on_track", "done" is "complete"; the action log
still says "In progress" and "Done"), and updates that record the status they moved from.
No row is lost: the statuses are mapped in the actions, their history and their updates,
and each update's earlier status is worked out from the updates before it."""

from django.db import migrations, models

RENAMED = {"in_progress": "on_track", "done": "complete"}
STATUSES = [
        ("not_started", "Not started"),
        ("on_track", "On track"),
        ("at_risk", "At risk"),
        ("off_track", "Off track"),
        ("complete", "Complete"),
        ("dropped", "Dropped"),
    ]


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
        ("partnerships", "0004_remove_lsp_area_remove_historicallsp_area_and_more"),
    ]

    operations = [
        migrations.RenameField("meetingactionupdate", "written_by", "by"),
        migrations.RenameField("meetingactionupdate", "written_at", "at"),
        migrations.RenameField("meetingactionupdate", "status", "status_after"),
        migrations.AddField(
            model_name="meetingactionupdate",
            name="status_before",
            field=models.CharField(choices=STATUSES, default="not_started", max_length=12),
            preserve_default=False,
        ),
        migrations.AlterModelOptions(
            name="meetingactionupdate", options={"ordering": ["-at", "-pk"]}
        ),
        migrations.AlterField(
            model_name="historicalmeetingaction",
            name="status",
            field=models.CharField(choices=STATUSES, default="not_started", max_length=12),
        ),
        migrations.AlterField(
            model_name="meetingaction",
            name="status",
            field=models.CharField(choices=STATUSES, default="not_started", max_length=12),
        ),
        migrations.AlterField(
            model_name="meetingactionupdate",
            name="status_after",
            field=models.CharField(choices=STATUSES, max_length=12, verbose_name="status"),
        ),
        migrations.RunPython(map_statuses, unmap_statuses),
    ]
