from django.db import migrations
from django.db.models import F


def backfill(apps, schema_editor):
    """Imports sent before leases existed: a waiting one counts as queued since it was sent,
    and one left "checking" has a lease already over, so the reconciler picks both up."""
    FigureImport = apps.get_model("laa", "FigureImport")
    FigureImport.objects.filter(status="queued", queued_at=None).update(
        queued_at=F("requested_at")
    )
    FigureImport.objects.filter(status="checking", lease_expires_at=None).update(
        queued_at=F("requested_at"), lease_expires_at=F("requested_at")
    )


class Migration(migrations.Migration):
    dependencies = [("laa", "0007_figure_import_leases")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
