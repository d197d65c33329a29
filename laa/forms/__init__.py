"""The LAA's forms, in GOV.UK patterns (lsp_portal.forms).

One module per concept; everything is importable from here too."""

from laa.forms.actions import (  # noqa: F401
    AccountableActionForm,
)
from laa.forms.agreements import (  # noqa: F401
    AgreementOutcomeForm,
    AgreementPartyForm,
    CommitmentForm,
    PartnershipAgreementForm,
    SignForm,
    _organisations,
)
from laa.forms.figures import (  # noqa: F401
    ExceptionCommentaryForm,
    FigureForm,
    ReturnForm,
)
from laa.forms.imports import (  # noqa: F401
    ImportForm,
)
from laa.forms.indicators import (  # noqa: F401
    IndicatorCorrectionForm,
    LocalIndicatorForm,
    PerformanceSettingsForm,
)
from laa.forms.setup import (  # noqa: F401
    AgreementForm,
    BlockForm,
    OutcomeForm,
    TargetForm,
)
