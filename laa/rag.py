"""RAG status and direction of travel: the one place they are worked out.

The trajectory runs in a straight line from the baseline to each year's target, and on to
the next year's. A figure on or better than the trajectory for its period is green; within
the LSP's tolerance (a share of the gap between baseline and target, 5% unless the LSP sets
another) it is amber; beyond that, red. "Better" follows the indicator's polarity. Every
input, however odd (no target yet, a zero baseline, a target equal to its baseline, a
missing period), gives a defined answer, never an exception.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from django.db import models

DEFAULT_TOLERANCE = Decimal("0.05")


class Polarity(models.TextChoices):
    """Which way is better: the one polarity, for indicators' fields and for RAG."""

    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


class Rag(StrEnum):
    """Each status has its word and a shape, so it is never told by colour alone."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return {
            "green": "On track",
            "amber": "Slightly off track",
            "red": "Off track",
            "no_target": "No target yet",
            "no_data": "No figure yet",
        }[self.value]

    @property
    def shape(self) -> str:
        return {"green": "●", "amber": "▲", "red": "■", "no_target": "○", "no_data": "–"}[
            self.value
        ]

    @property
    def tag_class(self) -> str:
        """The GOV.UK tag colour that goes with the word and the shape."""
        return {
            "green": "govuk-tag--green",
            "amber": "govuk-tag--yellow",
            "red": "govuk-tag--red",
        }.get(self.value, "govuk-tag--grey")


class Direction(StrEnum):
    IMPROVING = "improving"
    NO_CHANGE = "no_change"
    WORSENING = "worsening"
    NOT_KNOWN = "not_known"

    @property
    def label(self) -> str:
        return {
            "improving": "Improving",
            "no_change": "No change",
            "worsening": "Getting worse",
            "not_known": "Not known",
        }[self.value]

    @property
    def arrow(self) -> str:
        return {"improving": "↑", "no_change": "→", "worsening": "↓", "not_known": "?"}[self.value]


@dataclass(frozen=True)
class Point:
    on: date
    value: Decimal


def expected_at(baseline: Point | None, targets: list[Point], on: date) -> Decimal | None:
    """Where the trajectory says the figure should be on a date, or None without a target.

    Before the first target the line runs from the baseline; after the last target it
    stays at the last target (the agreement asks no more than that).
    """
    if not targets:
        return None
    points = sorted(targets, key=lambda p: p.on)
    if baseline is not None and baseline.on < points[0].on:
        points = [baseline, *points]
    if on <= points[0].on:
        return points[0].value
    for earlier, later in zip(points, points[1:], strict=False):
        if earlier.on <= on <= later.on:
            span = (later.on - earlier.on).days
            if span == 0:
                return later.value
            share = Decimal((on - earlier.on).days) / Decimal(span)
            return earlier.value + (later.value - earlier.value) * share
    return points[-1].value


def _better_or_equal(actual: Decimal, expected: Decimal, polarity: Polarity) -> bool:
    return actual >= expected if polarity == Polarity.HIGHER else actual <= expected


def rag(
    *,
    actual: Decimal | None,
    expected: Decimal | None,
    baseline: Decimal | None,
    polarity: Polarity | None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
) -> Rag:
    if actual is None:
        return Rag.NO_DATA
    if expected is None or polarity is None:
        return Rag.NO_TARGET
    if _better_or_equal(actual, expected, polarity):
        return Rag.GREEN
    # The allowance is a share of the distance the target asks the LSP to travel. A target
    # equal to its baseline (or no baseline) asks for no travel; then the share is of the
    # target itself, so holding steady near it is amber rather than red.
    gap = abs(expected - baseline) if baseline is not None else Decimal(0)
    allowance = tolerance * (gap if gap else abs(expected))
    shortfall = abs(actual - expected)
    return Rag.AMBER if shortfall <= allowance else Rag.RED


def direction(
    *, current: Decimal | None, previous: Decimal | None, polarity: Polarity | None
) -> Direction:
    """Better, worse or the same as an earlier figure (the previous period, or the same
    period last year), by the indicator's polarity."""
    if current is None or previous is None or polarity is None:
        return Direction.NOT_KNOWN
    if current == previous:
        return Direction.NO_CHANGE
    improved = current > previous if polarity == Polarity.HIGHER else current < previous
    return Direction.IMPROVING if improved else Direction.WORSENING


def stretch_on_track(
    *,
    actual: Decimal | None,
    on: date,
    baseline: Point | None,
    stretch: Point | None,
    polarity: Polarity | None,
) -> bool:
    """Is the figure on or better than a straight line from the baseline to the stretch
    target at the end of the agreement? Reward grant is forecast only for those that are."""
    if actual is None or stretch is None or polarity is None:
        return False
    expected = expected_at(baseline, [stretch], on)
    return expected is not None and _better_or_equal(actual, expected, polarity)
