"""The partnership structure (structure.py), its meetings (meetings.py) and their board
packs (packs.py). LSPs, organisations and roles are tenancy's."""

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
from .packs import PackDownload, PackVersion
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
    "PackDownload",
    "PackVersion",
    "Membership",
    "Partnership",
    "PartnershipGroupObjectPermission",
    "PartnershipKind",
    "PartnershipUserObjectPermission",
    "PlannedDecision",
]
