"""The Local Area Agreement: indicators, the agreement, its blocks, outcomes and targets.

An LSP without an LAA (after 2010, or a district) tracks local outcomes the same way:
outcomes and targets do not need an agreement.

One module per concept; everything is importable from here too."""

from laa.models.actions import (  # noqa: F401
    AccountableAction,
    AccountableActionUpdate,
)
from laa.models.agreements import (  # noqa: F401
    AgreementOutcome,
    AgreementParty,
    Commitment,
    PartnershipAgreement,
)
from laa.models.figures import (  # noqa: F401
    Measurement,
)
from laa.models.imports import (  # noqa: F401
    FigureImport,
)
from laa.models.indicators import (  # noqa: F401
    Indicator,
    IndicatorCorrection,
    IndicatorQuerySet,
    PerformanceSettings,
)
from laa.models.setup import (  # noqa: F401
    DEFAULT_BLOCKS,
    Block,
    LocalAreaAgreement,
    Outcome,
    OutcomeGroupObjectPermission,
    OutcomeUserObjectPermission,
    Target,
    TargetYear,
)
