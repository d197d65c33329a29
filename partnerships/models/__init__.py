"""The partnership structure (structure.py) and its meetings (meetings.py)."""

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
    LSP,
    RESERVED_SLUGS,
    Area,
    Membership,
    Organisation,
    Partnership,
    PartnershipGroupObjectPermission,
    PartnershipKind,
    PartnershipUserObjectPermission,
    Role,
    RoleQuerySet,
    validate_lsp_slug,
)

__all__ = [
    "LSP",
    "RESERVED_SLUGS",
    "AgendaItem",
    "Area",
    "Attendance",
    "Decision",
    "Declaration",
    "Meeting",
    "MeetingAction",
    "MeetingActionUpdate",
    "Membership",
    "Organisation",
    "Partnership",
    "PartnershipGroupObjectPermission",
    "PartnershipKind",
    "PartnershipUserObjectPermission",
    "PlannedDecision",
    "Role",
    "RoleQuerySet",
    "validate_lsp_slug",
]
