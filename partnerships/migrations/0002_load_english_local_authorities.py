"""Load the shipped list of English local authority areas (see partnerships/data)."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "english_local_authorities.csv"


def load_areas(apps, schema_editor):
    Area = apps.get_model("partnerships", "Area")
    with DATA.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    areas = {}
    for row in rows:
        area, _ = Area.objects.update_or_create(
            gss_code=row["gss_code"],
            defaults={
                "name": row["name"],
                "official_name": row["official_name"],
                "authority_type": row["authority_type"],
            },
        )
        areas[area.gss_code] = area
    for row in rows:
        if row["county_gss_code"]:
            Area.objects.filter(gss_code=row["gss_code"]).update(
                county=areas[row["county_gss_code"]]
            )


def unload_areas(apps, schema_editor):
    apps.get_model("partnerships", "Area").objects.filter(lsps__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    operations = [migrations.RunPython(load_areas, unload_areas)]
