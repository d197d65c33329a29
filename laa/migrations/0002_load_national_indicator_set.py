"""Load the shipped National Indicator Set (see laa/data)."""

from django.db import migrations

from laa.indicators import load_national_indicators


def load(apps, schema_editor):
    load_national_indicators(apps.get_model("laa", "Indicator"))


class Migration(migrations.Migration):
    dependencies = [("laa", "0001_initial")]

    # Reversing keeps the rows: they are reference data, and reversing 0001 drops the table.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
