"""Load the shipped list of English local authority areas (see partnerships/data)."""

from django.db import migrations

from partnerships.areas import load_english_areas


def load_areas(apps, schema_editor):
    load_english_areas(apps.get_model("partnerships", "Area"))


def unload_areas(apps, schema_editor):
    apps.get_model("partnerships", "Area").objects.filter(lsps__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    operations = [migrations.RunPython(load_areas, unload_areas)]
