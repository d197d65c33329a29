"""The partnerships' forms, in GOV.UK patterns (lsp_portal.forms).

One module per concept; everything is importable from here too."""

from partnerships.forms.meetings import (  # noqa: F401
    AgendaItemForm,
    AttendanceForm,
    AttendancePeriodForm,
    ConfirmForm,
    DecisionForm,
    DeclarationForm,
    MeetingActionForm,
    MeetingForm,
    MeetingPapersSettingsForm,
    PackRequestForm,
    PlannedDecisionForm,
    _item_choices,
)
from partnerships.forms.structure import (  # noqa: F401
    EndMembershipForm,
    MembershipForm,
    OrganisationForm,
    PartnershipForm,
    PartnershipKindForm,
)
