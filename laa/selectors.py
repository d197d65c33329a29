"""Reads of the LAA set-up, with each indicator's title and polarity as this LSP sees them."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404

from laa.models import (
    Block,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Outcome,
    PerformanceSettings,
    Target,
    TargetYear,
)
from laa.rag import DEFAULT_TOLERANCE


def national_indicator(indicator_id) -> Indicator:
    """A National Indicator Set indicator (shared by every LSP), or 404."""
    indicator = Indicator.objects.filter(lsp__isnull=True, pk=indicator_id).first()
    if indicator is None:
        raise Http404
    return indicator


def current_agreement(*, lsp) -> LocalAreaAgreement | None:
    return LocalAreaAgreement.objects.for_lsp(lsp).order_by("-period_start").first()


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
    return IndicatorView(
        indicator=indicator,
        title=(correction.title if correction and correction.title else indicator.title),
        polarity=(
            correction.polarity if correction and correction.polarity else indicator.polarity
        ),
        corrected=bool(correction and (correction.title or correction.polarity)),
    )


def indicator_library(*, lsp, search: str = "") -> list[IndicatorView]:
    """National and local indicators, corrections applied (two queries)."""
    indicators = Indicator.objects.available_to(lsp)
    if search:
        from django.db.models import Q

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


def laa_overview(*, lsp, years: list[int]) -> list[BlockRow]:
    """Blocks, their outcomes and targets, in a fixed number of queries. Values are
    formatted here, once, not cell by cell in the template."""
    corrections = corrections_of(lsp=lsp)
    targets = Target.objects.select_related("indicator").prefetch_related(
        Prefetch("years", queryset=TargetYear.objects.order_by("year"))
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
                target_rows.append(
                    TargetRow(
                        target=target,
                        indicator=as_seen_by(target.indicator, corrections),
                        baseline=_formatted(target.baseline_value, places),
                        stretch=_formatted(target.stretch_value, places),
                        year_values=[
                            (year, _formatted(by_year.get(year), places)) for year in years
                        ],
                    )
                )
            outcome_rows.append(OutcomeRow(outcome, target_rows))
        rows.append(BlockRow(block, outcome_rows))
    return rows
