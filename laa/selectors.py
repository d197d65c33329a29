"""Reads of the LAA set-up, with each indicator's title and polarity as this LSP sees them."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.http import Http404
from django.utils import timezone

from laa.models import (
    AccountableAction,
    AgreementOutcome,
    AgreementParty,
    Block,
    Commitment,
    FigureImport,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    PerformanceSettings,
    Target,
    TargetYear,
)
from laa.periods import period_label, periods_for, year_end
from laa.rag import (
    DEFAULT_TOLERANCE,
    Direction,
    Point,
    Polarity,
    Rag,
    direction,
    expected_at,
    rag,
    stretch_on_track,
)
from lsp_portal.actions import CLOSED
from lsp_portal.charts import Chart, Series, line_chart, sparkline


def national_indicator(indicator_id) -> Indicator:
    """A National Indicator Set indicator (shared by every LSP), or 404."""
    indicator = Indicator.objects.filter(lsp__isnull=True, pk=indicator_id).first()
    if indicator is None:
        raise Http404
    return indicator


def current_agreement(*, lsp) -> LocalAreaAgreement | None:
    return LocalAreaAgreement.objects.for_lsp(lsp).order_by("-period_start").first()


def local_years() -> list[int]:
    """Without an agreement, targets run for this year and the next two."""
    this_year = timezone.localdate().year
    return [this_year, this_year + 1, this_year + 2]


def tolerance_of(*, lsp):
    settings = PerformanceSettings.objects.for_lsp(lsp).first()
    return settings.rag_tolerance if settings else DEFAULT_TOLERANCE


@dataclass
class IndicatorView:
    """An indicator as one LSP sees it: its own corrections applied."""

    indicator: Indicator
    title: str
    polarity: str
    corrected: bool

    @property
    def code(self):
        return self.indicator.code

    @property
    def polarity_label(self) -> str:
        return {"higher": "Higher is better", "lower": "Lower is better"}.get(
            self.polarity, "Not set"
        )


def corrections_of(*, lsp) -> dict[int, IndicatorCorrection]:
    return {c.indicator_id: c for c in IndicatorCorrection.objects.for_lsp(lsp)}


def as_seen_by(indicator: Indicator, corrections: dict) -> IndicatorView:
    correction = corrections.get(indicator.pk)
    return corrected_view(
        indicator,
        title=correction.title if correction else "",
        polarity=correction.polarity if correction else "",
    )


def corrected_view(indicator: Indicator, *, title, polarity) -> IndicatorView:
    """The indicator with this LSP's corrected title and polarity, where it has them."""
    return IndicatorView(
        indicator=indicator,
        title=title or indicator.title,
        polarity=polarity or indicator.polarity,
        corrected=bool(title or polarity),
    )


def with_corrections(targets, *, lsp):
    """Targets annotated with their indicator's correction in this LSP (if any), so a list
    of targets reads its corrections in its own query."""
    correction = IndicatorCorrection.objects.for_lsp(lsp).filter(indicator=OuterRef("indicator_id"))
    return targets.annotate(
        correction_title=Subquery(correction.values("title")[:1]),
        correction_polarity=Subquery(correction.values("polarity")[:1]),
    )


def indicator_library(*, lsp, search: str = "") -> list[IndicatorView]:
    """National and local indicators, corrections applied (two queries)."""
    indicators = Indicator.objects.available_to(lsp)
    if search:
        indicators = indicators.filter(Q(code__icontains=search) | Q(title__icontains=search))
    corrections = corrections_of(lsp=lsp)
    return [as_seen_by(indicator, corrections) for indicator in indicators.order_by("lsp_id", "pk")]


@dataclass
class TargetRow:
    """One target's figures, already formatted to the indicator's decimal places."""

    target: Target
    indicator: IndicatorView
    baseline: str
    stretch: str
    year_values: list  # (year, formatted value) for each year of the agreement
    performance: "Performance"
    late: list  # labels of periods past their deadline with no figure submitted
    sparkline: str = ""  # SVG of the last twelve figures
    reward_forecast: bool = False  # a stretch target with reward grant, on track for it


@dataclass
class OutcomeRow:
    outcome: Outcome
    targets: list[TargetRow]


@dataclass
class BlockRow:
    block: Block
    outcomes: list[OutcomeRow]


def _formatted(value, places: int) -> str:
    return "" if value is None else f"{value:,.{places}f}"


# A figure is late this long after its period ends.
SUBMISSION_GRACE = timedelta(days=30)


def late_periods(frequency: str, years: list[int], figures: list, today) -> list[str]:
    """Periods of the target's years whose deadline has passed with no figure submitted
    (a returned figure does not count)."""
    counted = {figure.period_end for figure in figures}
    return [
        period.label
        for period in periods_for(frequency, min(years), max(years))
        if period.end + SUBMISSION_GRACE < today and period.end not in counted
    ]


def laa_overview(*, lsp, years: list[int], today=None, tolerance=None) -> list[BlockRow]:
    """Blocks, their outcomes and targets with each one's latest figure, RAG, direction and
    late figures, in a fixed number of queries (pass the ``tolerance`` if the page has read
    it already). Values are formatted here, once, not cell by cell in the template."""
    today = today or timezone.localdate()
    if tolerance is None:
        tolerance = tolerance_of(lsp=lsp)
    # Districts' shares of county outcomes have their own page (district_comparison).
    indicator_ids = Target.objects.for_lsp(lsp).filter(district__isnull=True).values("indicator_id")
    figures = counted_figures(lsp=lsp, indicator_ids=indicator_ids, years=years)
    targets = (
        with_corrections(Target.objects.filter(district__isnull=True), lsp=lsp)
        .select_related("indicator")
        .prefetch_related(Prefetch("years", queryset=TargetYear.objects.order_by("year")))
    )
    outcomes = (
        Outcome.objects.for_lsp(lsp)
        .select_related("lead_partnership")
        .prefetch_related(Prefetch("targets", queryset=targets))
    )
    blocks = Block.objects.for_lsp(lsp).prefetch_related(Prefetch("outcomes", queryset=outcomes))
    rows = []
    for block in blocks:
        outcome_rows = []
        for outcome in block.outcomes.all():
            target_rows = []
            for target in outcome.targets.all():
                places = target.indicator.decimal_places
                by_year = {y.year: y.value for y in target.years.all()}
                seen = corrected_view(
                    target.indicator,
                    title=target.correction_title,
                    polarity=target.correction_polarity,
                )
                target_rows.append(
                    TargetRow(
                        target=target,
                        indicator=seen,
                        performance=performance_of(
                            target,
                            figures.get(target.indicator_id, []),
                            polarity=seen.polarity,
                            tolerance=tolerance,
                            places=places,
                        ),
                        late=late_periods(
                            target.indicator.frequency,
                            years,
                            figures.get(target.indicator_id, []),
                            today,
                        ),
                        baseline=_formatted(target.baseline_value, places),
                        stretch=_formatted(target.stretch_value, places),
                        year_values=[
                            (year, _formatted(by_year.get(year), places)) for year in years
                        ],
                        sparkline=sparkline(
                            [f.value for f in figures.get(target.indicator_id, [])[-12:]],
                            label=f"Trend of the last figures for {target.indicator.code}",
                        ),
                        reward_forecast=_reward_forecast(
                            target, figures.get(target.indicator_id, []), seen.polarity, years
                        ),
                    )
                )
            outcome_rows.append(OutcomeRow(outcome, target_rows))
        rows.append(BlockRow(block, outcome_rows))
    return rows


def _reward_forecast(target: Target, figures: list, polarity: str, years: list[int]) -> bool:
    if target.reward_grant is None or target.stretch_value is None or not figures:
        return False
    by_year = {y.year: y.value for y in target.years.all()}
    baseline, _ = trajectory_points(target, by_year or {min(years): target.stretch_value})
    latest = figures[-1]
    return stretch_on_track(
        actual=latest.value,
        on=latest.period_end,
        baseline=baseline,
        stretch=Point(year_end(max(years)), target.stretch_value),
        polarity=Polarity(polarity) if polarity else None,
    )


@dataclass
class RewardGrant:
    rows: list  # TargetRows with a stretch target and reward grant
    available: Decimal
    forecast: Decimal


def reward_grant_summary(blocks: list) -> RewardGrant:
    """The reward grant the stretch targets can earn, and what is forecast from those on
    track for their stretch target (from the overview's rows: no more queries)."""
    rows = [
        row
        for block_row in blocks
        for outcome_row in block_row.outcomes
        for row in outcome_row.targets
        if row.target.reward_grant is not None
    ]
    return RewardGrant(
        rows=rows,
        available=sum((row.target.reward_grant for row in rows), Decimal(0)),
        forecast=sum((row.target.reward_grant for row in rows if row.reward_forecast), Decimal(0)),
    )


@dataclass
class Performance:
    """How a target stands: its latest figure, RAG and direction, ready to show."""

    latest_label: str
    latest_text: str
    expected_text: str
    status: Rag
    direction: Direction
    direction_on_last_year: Direction
    unverified: bool


def trajectory_points(target: Target, by_year: dict) -> tuple[Point | None, list[Point]]:
    baseline = None
    if target.baseline_value is not None:
        first_year = min(by_year) if by_year else None
        on = target.baseline_on or (year_end(first_year - 1) if first_year else None)
        if on is not None:
            baseline = Point(on, target.baseline_value)
    return baseline, [Point(year_end(year), value) for year, value in sorted(by_year.items())]


def performance_of(
    target: Target, figures: list, *, polarity: str, tolerance, places: int, by_year=None
) -> Performance:
    """``figures`` are the indicator's submitted and verified measurements, oldest first;
    ``by_year`` the target's value for each year, if already read."""
    if by_year is None:
        by_year = {y.year: y.value for y in target.years.all()}
    baseline, targets = trajectory_points(target, by_year)
    polarity_enum = Polarity(polarity) if polarity else None
    if not figures:
        return Performance("", "", "", Rag.NO_DATA, Direction.NOT_KNOWN, Direction.NOT_KNOWN, False)
    latest = figures[-1]
    expected = expected_at(baseline, targets, latest.period_end)
    previous = figures[-2] if len(figures) > 1 else None
    last_year = next(
        (f for f in figures if f.period_end.replace(day=1) == _year_before(latest.period_end)),
        None,
    )
    return Performance(
        latest_label=period_label(target.indicator.frequency, latest.period_end),
        latest_text=_formatted(latest.value, places),
        expected_text=_formatted(expected, places),
        status=rag(
            actual=latest.value,
            expected=expected,
            baseline=target.baseline_value,
            polarity=polarity_enum,
            tolerance=tolerance,
        ),
        direction=direction(
            current=latest.value,
            previous=previous.value if previous else None,
            polarity=polarity_enum,
        ),
        direction_on_last_year=direction(
            current=latest.value,
            previous=last_year.value if last_year else None,
            polarity=polarity_enum,
        ),
        unverified=latest.status != Measurement.Status.VERIFIED,
    )


def _year_before(day):
    return day.replace(year=day.year - 1, day=1)


FIGURE_FIELDS = ("lsp_id", "indicator_id", "period_end", "value", "status")


def _counted(measurements):
    """Submitted and verified figures as light rows (lsp_id, indicator_id, period_end,
    value, status), oldest first: dashboards read thousands, and model instances cost ten
    times as much to build."""
    return (
        measurements.filter(status__in=[Measurement.Status.SUBMITTED, Measurement.Status.VERIFIED])
        .order_by("lsp_id", "indicator_id", "period_end")
        .values_list(*FIGURE_FIELDS, named=True)
    )


def counted_figures(*, lsp, indicator_ids, years) -> dict[int, list]:
    """Submitted and verified figures of these indicators, oldest first, in one query:
    those of the agreement's years and the year before (for direction of travel), however
    long the history."""
    figures: dict[int, list] = {}
    window = Measurement.objects.for_lsp(lsp).filter(
        indicator_id__in=indicator_ids,
        period_end__gt=year_end(min(years) - 2),
        period_end__lte=year_end(max(years)),
    )
    for row in _counted(window):
        figures.setdefault(row.indicator_id, []).append(row)
    return figures


@dataclass
class PeriodRow:
    label: str
    expected_text: str
    measurement: Measurement | None
    value_text: str
    status: Rag
    expected: Decimal | None = None
    counted: Decimal | None = None  # the submitted or verified figure, if any
    target: Decimal | None = None  # the year's target, on the year's last period


def target_periods(*, target: Target, years: list[int], tolerance, polarity: str, places: int):
    """Every period of the target's years: the trajectory, the figure and its RAG (two
    queries)."""
    by_year = {y.year: y.value for y in target.years.all()}
    baseline, targets = trajectory_points(target, by_year)
    figures = {
        m.period_end: m
        for m in Measurement.objects.for_lsp(target.district_id or target.lsp_id)
        .filter(indicator=target.indicator_id)
        .select_related("submitted_by", "verified_by")
    }
    polarity_enum = Polarity(polarity) if polarity else None
    year_targets = {year_end(year): value for year, value in by_year.items()}
    rows = []
    for period in periods_for(target.indicator.frequency, min(years), max(years)):
        expected = expected_at(baseline, targets, period.end)
        measurement = figures.get(period.end)
        counted = measurement if measurement and measurement.counts else None
        rows.append(
            PeriodRow(
                label=period.label,
                expected_text=_formatted(expected, places),
                measurement=measurement,
                value_text=_formatted(measurement.value if measurement else None, places),
                status=rag(
                    actual=counted.value if counted else None,
                    expected=expected,
                    baseline=target.baseline_value,
                    polarity=polarity_enum,
                    tolerance=tolerance,
                ),
                expected=expected,
                counted=counted.value if counted else None,
                target=year_targets.get(period.end),
            )
        )
    return rows


def target_chart(*, rows: list[PeriodRow], indicator) -> Chart:
    """Figures against the trajectory and each year's target, as the target's page shows
    them in its table."""
    return line_chart(
        title=f"{indicator.code} {indicator.title}: figures, trajectory and targets",
        labels=[row.label for row in rows],
        series=[
            Series("Figure", [row.counted for row in rows], "actual"),
            Series("Trajectory", [row.expected for row in rows], "trajectory"),
            Series("Year's target", [row.target for row in rows], "target", join=False),
        ],
        places=indicator.indicator.decimal_places,
        unit=indicator.indicator.unit,
    )


@dataclass
class ExceptionEntry:
    block: Block
    outcome: Outcome
    row: TargetRow


def exceptions(*, lsp, years: list[int], today=None) -> tuple[list, list]:
    """What needs attention: targets off or slightly off track, and late figures."""
    off_track, late = [], []
    for block_row in laa_overview(lsp=lsp, years=years, today=today):
        for outcome_row in block_row.outcomes:
            for row in outcome_row.targets:
                entry = ExceptionEntry(block_row.block, outcome_row.outcome, row)
                if row.performance.status in (Rag.RED, Rag.AMBER):
                    off_track.append(entry)
                if row.late:
                    late.append(entry)
    off_track.sort(key=lambda e: e.row.performance.status != Rag.RED)
    return off_track, late


def targets_reported_by(*, lsp):
    """The targets whose figures this LSP submits: its own, less the districts' shares of
    them, plus its own share of its county's outcomes if it is a district."""
    return Target.objects.filter(Q(lsp=lsp, district__isnull=True) | Q(district=lsp))


def needs_exception_commentary(measurement: Measurement) -> bool:
    """Is this figure off track against any of its targets, or worse than the period
    before?"""
    corrections = corrections_of(lsp=measurement.lsp_id)
    seen = as_seen_by(measurement.indicator, corrections)
    polarity = Polarity(seen.polarity) if seen.polarity else None
    previous = (
        Measurement.objects.for_lsp(measurement.lsp_id)
        .filter(
            indicator=measurement.indicator_id,
            period_end__lt=measurement.period_end,
            status__in=[Measurement.Status.SUBMITTED, Measurement.Status.VERIFIED],
        )
        .order_by("-period_end")
        .first()
    )
    if (
        direction(
            current=measurement.value,
            previous=previous.value if previous else None,
            polarity=polarity,
        )
        == Direction.WORSENING
    ):
        return True
    tolerance = tolerance_of(lsp=measurement.lsp_id)
    targets = (
        targets_reported_by(lsp=measurement.lsp_id)
        .filter(indicator=measurement.indicator_id)
        .prefetch_related("years")
    )
    for target in targets:
        baseline, points = trajectory_points(target, {y.year: y.value for y in target.years.all()})
        status = rag(
            actual=measurement.value,
            expected=expected_at(baseline, points, measurement.period_end),
            baseline=target.baseline_value,
            polarity=polarity,
            tolerance=tolerance,
        )
        if status == Rag.RED:
            return True
    return False


def accountable_organisation_ids(*, lsp, outcome) -> set[int]:
    """The organisations a signed agreement makes accountable for this outcome."""
    if outcome is None:
        return set()
    return set(
        AgreementOutcome.objects.for_lsp(lsp)
        .filter(outcome=outcome, agreement__status=PartnershipAgreement.Status.SIGNED)
        .values_list("accountable_id", flat=True)
    )


def reporting_years(*, lsp) -> list[int]:
    """The years figures are reported for: the LSP's agreement's, a district's county's
    (its shares run on the county's agreement), or this year and the next two."""
    agreement = current_agreement(lsp=lsp)
    if agreement is None and getattr(lsp, "county_lsp_id", None):
        agreement = current_agreement(lsp=lsp.county_lsp_id)
    return agreement.years if agreement else local_years()


def outcomes_of_indicator(*, lsp, indicator_id):
    return Outcome.objects.for_lsp(lsp).filter(targets__indicator=indicator_id).distinct()


def agreements(*, lsp):
    return (
        PartnershipAgreement.objects.for_lsp(lsp)
        .prefetch_related("parties__organisation")
        .annotate(outcome_count=Count("outcomes_covered", distinct=True))
    )


def agreement_detail(*, lsp, agreement_id) -> PartnershipAgreement:
    from tenancy.access import get_for_lsp

    return get_for_lsp(
        PartnershipAgreement.objects.prefetch_related(
            Prefetch(
                "parties",
                queryset=AgreementParty.objects.select_related(
                    "organisation", "signed_by", "recorded_by"
                ),
            ),
            Prefetch(
                "outcomes_covered",
                queryset=AgreementOutcome.objects.select_related(
                    "outcome__block", "accountable"
                ).prefetch_related("contributors"),
            ),
            Prefetch("commitments", queryset=Commitment.objects.select_related("organisation")),
        ),
        lsp,
        pk=agreement_id,
    )


def action_plan(*, lsp, status: str = "", organisation_id=None, overdue=False, today=None):
    """The LSP's accountable actions, archived ones left out, soonest due first."""
    today = today or timezone.localdate()
    actions = (
        AccountableAction.objects.for_lsp(lsp)
        .filter(archived_at__isnull=True)
        .select_related("outcome", "priority", "accountable", "owner")
    )
    if status:
        actions = actions.filter(status=status)
    if organisation_id:
        actions = actions.filter(accountable=organisation_id)
    if overdue:
        actions = actions.filter(due_on__lt=today).exclude(status__in=CLOSED)
    return actions


def action_owners(*, lsp):
    """People who may own an action: anyone with a current role in the LSP but an MP."""
    from django.contrib.auth import get_user_model

    from lsp_portal.permissions import RoleName
    from tenancy.models import Role

    current = Role.objects.for_lsp(lsp).current()
    return get_user_model().objects.filter(
        pk__in=current.exclude(role=RoleName.MP).values("user"), is_active=True
    )


def overdue_actions(*, lsp, today=None):
    return action_plan(lsp=lsp, overdue=True, today=today)


@dataclass
class Accountability:
    """What one organisation answers for: outcomes, their targets as they stand, figures
    still to submit, exception commentary asked of it, its actions and commitments."""

    organisation: object
    covered: list  # AgreementOutcome entries of signed agreements
    targets: list  # ExceptionEntry-like rows (block, outcome, TargetRow)
    to_submit: list  # (TargetRow, late period labels)
    commentary_asked: list  # Measurements awaiting exception commentary
    actions: list
    commitments: list


def accountability_of(*, lsp, organisation, years: list[int], today=None) -> Accountability:
    today = today or timezone.localdate()
    covered = list(
        AgreementOutcome.objects.for_lsp(lsp)
        .filter(accountable=organisation, agreement__status=PartnershipAgreement.Status.SIGNED)
        .select_related("outcome", "agreement")
    )
    outcome_ids = {entry.outcome_id for entry in covered}
    targets = [
        ExceptionEntry(block_row.block, outcome_row.outcome, row)
        for block_row in laa_overview(lsp=lsp, years=years, today=today)
        for outcome_row in block_row.outcomes
        if outcome_row.outcome.pk in outcome_ids
        for row in outcome_row.targets
    ]
    indicator_ids = {entry.row.target.indicator_id for entry in targets}
    commentary_asked = list(
        Measurement.objects.for_lsp(lsp)
        .filter(
            indicator__in=indicator_ids,
            exception_requested_at__isnull=False,
            exception_answered_at__isnull=True,
        )
        .select_related("indicator")
        .order_by("period_end")
    )
    commitments = list(
        Commitment.objects.for_lsp(lsp)
        .filter(organisation=organisation, ended_at__isnull=True)
        .exclude(agreement__status=PartnershipAgreement.Status.EXPIRED)
        .select_related("agreement")
    )
    return Accountability(
        organisation=organisation,
        covered=covered,
        targets=targets,
        to_submit=[entry for entry in targets if entry.row.late],
        commentary_asked=commentary_asked,
        actions=list(action_plan(lsp=lsp, organisation_id=organisation.pk, today=today)),
        commitments=commitments,
    )


def reportable_indicator_ids(*, lsp, user, access) -> set[int]:
    """Indicators with a target this person may submit figures for: every target's for a
    coordinator, the granted outcomes' targets for a partner (two queries)."""
    from guardian.shortcuts import get_objects_for_user

    from lsp_portal import permissions

    targets = targets_reported_by(lsp=lsp)
    if not access.can(permissions.MANAGE_LAA):
        outcomes = get_objects_for_user(
            user,
            "laa.submit_figures",
            klass=Outcome.objects.for_lsp(lsp),
            accept_global_perms=False,
        )
        targets = targets.filter(outcome__in=outcomes)
    return set(targets.values_list("indicator_id", flat=True))


def verified_periods(*, lsp, indicator_ids) -> set:
    return set(
        Measurement.objects.for_lsp(lsp)
        .filter(indicator_id__in=indicator_ids, status=Measurement.Status.VERIFIED)
        .values_list("indicator_id", "period_end")
    )


def import_template_rows(*, lsp, indicator_ids, years, today=None) -> list[list]:
    """A row for each reportable indicator's most recent period that has ended, to fill in."""
    today = today or timezone.localdate()
    rows = []
    for indicator in Indicator.objects.available_to(lsp).filter(pk__in=indicator_ids):
        ended = [
            p.end
            for p in periods_for(indicator.frequency, min(years), max(years))
            if p.end <= today
        ]
        rows.append([indicator.code, ended[-1].isoformat() if ended else "", "", "", "", ""])
    return rows


@dataclass
class DistrictCell:
    district: object
    row: TargetRow | None  # None where the district has no share of this target


@dataclass
class DistrictComparison:
    outcome: Outcome
    indicator: IndicatorView
    cells: list[DistrictCell]


def _district_rows(targets, years, tolerance, corrections, figures_by_lsp, today) -> dict:
    yearly: dict = {}
    for target_id, year, value in TargetYear.objects.filter(
        target__in=[t.pk for t in targets]
    ).values_list("target_id", "year", "value"):
        yearly.setdefault(target_id, {})[year] = value
    rows = {}
    for target in targets:
        places = target.indicator.decimal_places
        figures = figures_by_lsp.get((target.district_id, target.indicator_id), [])
        seen = as_seen_by(target.indicator, corrections)
        by_year = yearly.get(target.pk, {})
        rows[target.pk] = TargetRow(
            target=target,
            indicator=seen,
            baseline=_formatted(target.baseline_value, places),
            stretch=_formatted(target.stretch_value, places),
            year_values=[(year, _formatted(by_year.get(year), places)) for year in years],
            performance=performance_of(
                target,
                figures,
                polarity=seen.polarity,
                tolerance=tolerance,
                places=places,
                by_year=by_year,
            ),
            late=late_periods(target.indicator.frequency, years, figures, today),
        )
    return rows


def _district_figures(district_ids, indicator_ids) -> dict:
    """Counted figures of these districts and indicators, oldest first, in one query."""
    figures: dict = {}
    rows = _counted(
        Measurement.objects.filter(lsp__in=district_ids, indicator_id__in=indicator_ids)
    )
    for row in rows:
        figures.setdefault((row.lsp_id, row.indicator_id), []).append(row)
    return figures


def _shares(targets):
    return targets.select_related("indicator", "outcome__block").order_by(
        "outcome__block__order", "outcome__title", "indicator__code"
    )


def district_comparison(*, county, years, today=None) -> tuple[list, list[DistrictComparison]]:
    """Every district's share of the county's outcomes, side by side: for each outcome and
    indicator, each district's latest figure, RAG and direction (a fixed number of queries,
    whatever the number of districts)."""
    today = today or timezone.localdate()
    districts = list(county.district_lsps.order_by("name"))
    targets = list(_shares(Target.objects.for_lsp(county).filter(district__in=districts)))
    figures = _district_figures([d.pk for d in districts], {t.indicator_id for t in targets})
    rows = _district_rows(
        targets, years, tolerance_of(lsp=county), corrections_of(lsp=county), figures, today
    )
    comparisons: dict = {}
    for target in targets:
        key = (target.outcome_id, target.indicator_id)
        if key not in comparisons:
            comparisons[key] = (target.outcome, rows[target.pk].indicator, {})
        comparisons[key][2][target.district_id] = rows[target.pk]
    return districts, [
        DistrictComparison(
            outcome=outcome,
            indicator=indicator,
            cells=[DistrictCell(district, by_district.get(district.pk)) for district in districts],
        )
        for outcome, indicator, by_district in comparisons.values()
    ]


def district_share(*, district, years, today=None) -> list[TargetRow]:
    """A district's share of its county's outcomes, judged on its own figures."""
    today = today or timezone.localdate()
    targets = list(_shares(Target.objects.filter(district=district)))
    county = district.county_lsp_id
    figures = _district_figures([district.pk], {t.indicator_id for t in targets})
    rows = _district_rows(
        targets, years, tolerance_of(lsp=county), corrections_of(lsp=county), figures, today
    )
    return [rows[target.pk] for target in targets]


def district_target(*, district, target_id) -> Target:
    """One of the county's targets that is this district's share, or 404."""
    target = (
        Target.objects.filter(district=district, pk=target_id)
        .select_related("indicator", "outcome__block", "outcome__agreement", "lsp")
        .first()
    )
    if target is None:
        raise Http404
    return target


def _imports_seen_by(*, lsp, user, access):
    """Coordinators see every import of the LSP; a partner sees their own."""
    from lsp_portal import permissions

    imports = FigureImport.objects.for_lsp(lsp)
    if not access.can(permissions.MANAGE_LAA):
        imports = imports.filter(requested_by=user)
    return imports


def recent_imports(*, lsp, user, access) -> list[FigureImport]:
    return list(
        _imports_seen_by(lsp=lsp, user=user, access=access)
        .select_related("requested_by")
        .defer("problems")[:10]
    )


def figure_import(*, lsp, user, access, figure_import_id) -> FigureImport:
    job = _imports_seen_by(lsp=lsp, user=user, access=access).filter(pk=figure_import_id).first()
    if job is None:
        raise Http404
    return job
