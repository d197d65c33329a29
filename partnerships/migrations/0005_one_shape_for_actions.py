"""Meeting actions take the one shape of accountable actions (lsp_portal.actions): the
statuses' one vocabulary, and updates that record the status they moved from. The rows
are mapped by 0006, in a transaction of its own (PostgreSQL refuses to alter a table in
the transaction that changed its rows)."""

from django.db import migrations, models

STATUSES = [
        ("not_started", "Not started"),
        ("on_track", "On track"),
        ("at_risk", "At risk"),
        ("off_track", "Off track"),
        ("complete", "Complete"),
        ("dropped", "Dropped"),
    ]


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
    ]
