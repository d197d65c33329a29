"""Load the shipped list of English local authority areas (see partnerships/data)."""

from django.db import migrations

from partnerships.areas import load_english_areas


def load_areas(apps, schema_editor):
    load_english_areas(apps.get_model("partnerships", "Area"))


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    # Reversing keeps the rows: they are reference data, loading them again updates them in
    # place, and reversing 0001 drops the table anyway.
    operations = [migrations.RunPython(load_areas, migrations.RunPython.noop)]
