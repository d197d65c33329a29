"""The shipped list of English local authority areas (partnerships/data, with attribution)."""

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "english_local_authorities.csv"


def load_english_areas(area_model) -> int:
    """Create or update every area; takes the model so a migration can pass its historical one."""
    with DATA.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    areas = {}
    for row in rows:
        areas[row["gss_code"]], _ = area_model.objects.update_or_create(
            gss_code=row["gss_code"],
            defaults={
                "name": row["name"],
                "official_name": row["official_name"],
                "authority_type": row["authority_type"],
            },
        )
    for row in rows:
        if row["county_gss_code"]:
            area_model.objects.filter(gss_code=row["gss_code"]).update(
                county=areas[row["county_gss_code"]]
            )
    return len(rows)
