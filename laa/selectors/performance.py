"""How targets stand: the overview, each target's periods and chart, the reward grant,
the exceptions and which figures ask for exception commentary."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone

from laa.models import (
    Block,
    Measurement,
    Outcome,
    Target,
    TargetYear,
)
from laa.periods import period_label, periods_for, year_end
from laa.rag import (
    Direction,
    Point,
    Polarity,
    Rag,
    direction,
    expected_at,
    rag,
    stretch_on_track,
)
from laa.selectors.figures import counted_figures, late_periods
from laa.selectors.indicators import (
    IndicatorView,
    as_seen_by,
    corrected_view,
    corrections_of,
    with_corrections,
)
from laa.selectors.setup import targets_reported_by, tolerance_of
from lsp_portal.charts import Chart, Series, line_chart, sparkline


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
    figures = {
        m.period_end: m
        for m in Measurement.objects.for_lsp(target.district_id or target.lsp_id)
        .filter(indicator=target.indicator_id)
        .select_related("submitted_by", "verified_by")
    }
    return _period_rows(
        target, figures, years=years, tolerance=tolerance, polarity=polarity, places=places
    )


def periods_of_rows(*, lsp, rows: list[TargetRow], years: list[int], tolerance) -> dict:
    """``target_periods`` for many of the overview's rows, keyed by target id, their figures
    read in one query: the board pack charts every exception, however many there are."""
    figures: dict[int, dict] = {}
    window = Measurement.objects.for_lsp(lsp).filter(
        indicator_id__in={row.target.indicator_id for row in rows},
        period_end__gt=year_end(min(years) - 1),
        period_end__lte=year_end(max(years)),
    )
    # Grouped here, not ordered by indicator (a join to order by the indicator's code).
    for measurement in window.order_by():
        figures.setdefault(measurement.indicator_id, {})[measurement.period_end] = measurement
    return {
        row.target.pk: _period_rows(
            row.target,
            figures.get(row.target.indicator_id, {}),
            years=years,
            tolerance=tolerance,
            polarity=row.indicator.polarity,
            places=row.target.indicator.decimal_places,
        )
        for row in rows
    }


def _period_rows(target: Target, figures: dict, *, years, tolerance, polarity, places):
    by_year = {y.year: y.value for y in target.years.all()}
    baseline, targets = trajectory_points(target, by_year)
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
