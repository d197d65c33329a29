"""The partnership structure (structure.py) and its meetings (meetings.py). LSPs,
organisations and roles are tenancy's."""

from .meetings import (
    AgendaItem,
    Attendance,
    Decision,
    Declaration,
    Meeting,
    MeetingAction,
    MeetingActionUpdate,
    PlannedDecision,
)
from .structure import (
    Membership,
    Partnership,
    PartnershipGroupObjectPermission,
    PartnershipKind,
    PartnershipUserObjectPermission,
)

__all__ = [
    "AgendaItem",
    "Attendance",
    "Decision",
    "Declaration",
    "Meeting",
    "MeetingAction",
    "MeetingActionUpdate",
    "Membership",
    "Partnership",
    "PartnershipGroupObjectPermission",
    "PartnershipKind",
    "PartnershipUserObjectPermission",
    "PlannedDecision",
]
