"""Reads of the LAA set-up, with each indicator's title and polarity as this LSP sees them.

One module per concept; everything is importable from here too."""

from laa.selectors.actions import (  # noqa: F401
    action_owners,
    action_plan,
    overdue_actions,
)
from laa.selectors.agreements import (  # noqa: F401
    Accountability,
    accountability_of,
    accountable_organisation_ids,
    agreement_detail,
    agreements,
    partners_target_relates_to,
)
from laa.selectors.districts import (  # noqa: F401
    DistrictCell,
    DistrictComparison,
    _district_figures,
    _district_rows,
    _shares,
    district_comparison,
    district_share,
    district_target,
)
from laa.selectors.figures import (  # noqa: F401
    FIGURE_FIELDS,
    SUBMISSION_GRACE,
    _counted,
    counted_figures,
    late_periods,
)
from laa.selectors.imports import (  # noqa: F401
    _imports_seen_by,
    figure_import,
    import_template_rows,
    recent_imports,
    reportable_indicator_ids,
    verified_periods,
)
from laa.selectors.indicators import (  # noqa: F401
    IndicatorView,
    as_seen_by,
    corrected_view,
    corrections_of,
    indicator_library,
    national_indicator,
    with_corrections,
)
from laa.selectors.performance import (  # noqa: F401
    BlockRow,
    ExceptionEntry,
    OutcomeRow,
    Performance,
    PeriodRow,
    RewardGrant,
    TargetRow,
    _formatted,
    _reward_forecast,
    _year_before,
    exceptions,
    laa_overview,
    needs_exception_commentary,
    performance_of,
    reward_grant_summary,
    target_chart,
    target_periods,
    trajectory_points,
)
from laa.selectors.setup import (  # noqa: F401
    current_agreement,
    local_years,
    outcomes_of_indicator,
    reporting_years,
    targets_reported_by,
    tolerance_of,
)
