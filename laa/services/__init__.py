"""Changes to the LAA set-up: the agreement, blocks, outcomes, targets and indicators.

One module per concept; everything is importable from here too."""

from laa.services.actions import (  # noqa: F401
    accountable_action_archive,
    accountable_action_report,
    accountable_action_save,
)
from laa.services.agreements import (  # noqa: F401
    _refuse_once_anyone_signed,
    _refuse_unless_draft,
    _refuse_unless_party,
    agreement_expire,
    agreement_outcome_save,
    agreement_party_add,
    agreement_sign,
    commitment_save,
    partnership_agreement_save,
)
from laa.services.figures import (  # noqa: F401
    FIGURE_PLACES,
    _forget_exception,
    _refuse_unless_period_of,
    exception_commentary_give,
    measurement_return,
    measurement_submit,
    measurement_verify,
    rate_scale,
)
from laa.services.imports import (  # noqa: F401
    IMPORT_BATCH,
    MAX_PROBLEMS_KEPT,
    ImportSummary,
    _enqueue_import_on_commit,
    _import_finish,
    _import_jobs,
    figure_import_request,
    figure_import_run,
    figure_imports_reconcile,
    logger,
    measurements_import,
)
from laa.services.indicators import (  # noqa: F401
    indicator_correct,
    local_indicator_save,
    performance_settings_save,
)
from laa.services.setup import (  # noqa: F401
    agreement_save,
    block_save,
    blocks_ensure_defaults,
    outcome_save,
    target_save,
)
