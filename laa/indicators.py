"""The shipped National Indicator Set (laa/data, with attribution)."""

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "national_indicator_set.csv"


def load_national_indicators(indicator_model) -> int:
    """Create or update every national indicator; takes the model so a migration can pass
    its historical one."""
    with DATA.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        indicator_model.objects.update_or_create(
            lsp=None,
            code=row["code"],
            defaults={
                "title": row["title"],
                "theme": row["theme"],
                "polarity": row["polarity"],
                "data_source": "National Indicator Set",
            },
        )
    return len(rows)
