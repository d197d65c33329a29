"""Reads about LSPs, roles and people. Each takes the LSP and/or the person explicitly.

One module per concept; everything is importable from here too."""

from partnerships.selectors.meetings import (  # noqa: F401
    AttendanceRow,
    MeetingRecord,
    Quorum,
    _attendance_counts,
    _attendance_row,
    actions_visible,
    attendance_report,
    calendar_meetings,
    forward_plan,
    meeting_record,
    meetings_visible,
    next_meeting_of,
    organisation_attendance,
    partnerships_sat_on,
    quorum_of,
)
from partnerships.selectors.public import (  # noqa: F401
    member_organisations,
    public_items,
    public_meetings,
    published_packs,
    published_structure,
)
from partnerships.selectors.structure import (  # noqa: F401
    POSITION_ORDER,
    SectorGroup,
    StructureNode,
    current_memberships,
    district_boards,
    members_by_sector,
    members_on,
    organisations_of,
    partnership_kinds_in_use,
    people_choices,
    people_in,
    seats_of,
    seats_of_person,
    sector_balance_warnings,
    structure_of,
)
