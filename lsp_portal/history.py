"""What changed, who changed it and when: read from django-simple-history, for any model."""

from dataclasses import dataclass, field


@dataclass
class HistoryEntry:
    when: object
    who: str
    action: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)


ACTIONS = {"+": "Created", "~": "Changed", "-": "Deleted"}


def history_of(instance, *, limit: int = 50) -> list[HistoryEntry]:
    """Newest first. Each change names the field and its value before and after."""
    records = list(instance.history.select_related("history_user")[: limit + 1])
    entries = []
    for record, previous in zip(records, records[1:] + [None], strict=False):
        entry = HistoryEntry(
            when=record.history_date,
            who=str(record.history_user) if record.history_user_id else "The portal",
            action=ACTIONS.get(record.history_type, record.history_type),
        )
        if previous is not None:
            delta = record.diff_against(previous, foreign_keys_are_objs=False)
            for change in delta.changes:
                label = instance._meta.get_field(change.field).verbose_name
                entry.changes.append(
                    (str(label).capitalize(), _shown(change.old), _shown(change.new))
                )
        entries.append(entry)
    return entries[:limit]


def _shown(value) -> str:
    if value in (None, ""):
        return "(empty)"
    if isinstance(value, list):  # many-to-many: a list of through rows
        return f"{len(value)} linked"
    return str(value)
