"""RAG and direction of travel: worked examples, then properties over both polarities."""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laa.rag import Direction, Point, Polarity, Rag, direction, expected_at, rag

HIGHER, LOWER = Polarity.HIGHER, Polarity.LOWER

# Worked examples: (actual, expected, baseline, polarity, tolerance) -> status.
WORKED = [
    # NI 152, out-of-work benefits, lower is better: baseline 10%, expected 9% this quarter.
    (D("9.0"), D("9.0"), D("10"), LOWER, D("0.05"), Rag.GREEN),  # on trajectory
    (D("8.7"), D("9.0"), D("10"), LOWER, D("0.05"), Rag.GREEN),  # better than trajectory
    (D("9.05"), D("9.0"), D("10"), LOWER, D("0.05"), Rag.AMBER),  # within 5% of the 1-point gap
    (D("9.2"), D("9.0"), D("10"), LOWER, D("0.05"), Rag.RED),
    # NI 40, drug users in treatment, higher is better: baseline 1,000, expected 1,100.
    (D("1100"), D("1100"), D("1000"), HIGHER, D("0.05"), Rag.GREEN),
    (D("1096"), D("1100"), D("1000"), HIGHER, D("0.05"), Rag.AMBER),  # 4 short of 5 allowed
    (D("1094"), D("1100"), D("1000"), HIGHER, D("0.05"), Rag.RED),
    (D("1094"), D("1100"), D("1000"), HIGHER, D("0.10"), Rag.AMBER),  # a looser LSP
    # Edge cases.
    (None, D("5"), D("4"), HIGHER, D("0.05"), Rag.NO_DATA),
    (D("5"), None, D("4"), HIGHER, D("0.05"), Rag.NO_TARGET),
    (D("5"), D("5"), D("4"), None, D("0.05"), Rag.NO_TARGET),  # polarity unknown
    (D("0"), D("0"), D("0"), LOWER, D("0.05"), Rag.GREEN),  # zero baseline and target
    (D("1"), D("0"), D("0"), LOWER, D("0.05"), Rag.RED),
    (D("49"), D("50"), D("50"), HIGHER, D("0.05"), Rag.AMBER),  # target equals baseline
    (D("47"), D("50"), D("50"), HIGHER, D("0.05"), Rag.RED),
    (D("49"), D("50"), None, HIGHER, D("0.05"), Rag.AMBER),  # no baseline recorded
]


@pytest.mark.parametrize("actual,expected,baseline,polarity,tolerance,status", WORKED)
def test_worked_examples(actual, expected, baseline, polarity, tolerance, status):
    assert (
        rag(
            actual=actual,
            expected=expected,
            baseline=baseline,
            polarity=polarity,
            tolerance=tolerance,
        )
        == status
    )


def test_trajectory_runs_from_the_baseline_through_each_years_target():
    baseline = Point(date(2008, 3, 31), D("100"))
    targets = [Point(date(2009, 3, 31), D("90")), Point(date(2010, 3, 31), D("70"))]
    assert expected_at(baseline, targets, date(2008, 3, 31)) == D("100")
    assert expected_at(baseline, targets, date(2009, 3, 31)) == D("90")
    halfway = expected_at(baseline, targets, date(2009, 9, 30))
    assert D("79") < halfway < D("81")
    assert expected_at(baseline, targets, date(2012, 1, 1)) == D("70")  # holds after the last
    assert expected_at(None, targets, date(2008, 6, 30)) == D("90")  # no baseline: first target
    assert expected_at(baseline, [], date(2009, 1, 1)) is None


def test_direction_of_travel_worked_examples():
    assert direction(current=D("9"), previous=D("10"), polarity=LOWER) == Direction.IMPROVING
    assert direction(current=D("9"), previous=D("10"), polarity=HIGHER) == Direction.WORSENING
    assert direction(current=D("9"), previous=D("9"), polarity=HIGHER) == Direction.NO_CHANGE
    assert direction(current=D("9"), previous=None, polarity=HIGHER) == Direction.NOT_KNOWN


values = st.decimals(min_value=-(10**6), max_value=10**6, allow_nan=False, places=2)
optional = st.none() | values
polarities = st.sampled_from([HIGHER, LOWER])
tolerances = st.decimals(min_value=0, max_value=1, places=2)
ORDER = [Rag.GREEN, Rag.AMBER, Rag.RED]


@given(optional, optional, optional, st.none() | polarities, tolerances)
def test_every_input_gives_a_status(actual, expected, baseline, polarity, tolerance):
    status = rag(
        actual=actual, expected=expected, baseline=baseline, polarity=polarity, tolerance=tolerance
    )
    assert isinstance(status, Rag) and status.label and status.shape


@given(values, values, optional, tolerances)
def test_the_polarities_mirror_each_other(actual, expected, baseline, tolerance):
    mirrored = None if baseline is None else -baseline
    assert rag(
        actual=actual, expected=expected, baseline=baseline, polarity=HIGHER, tolerance=tolerance
    ) == rag(
        actual=-actual, expected=-expected, baseline=mirrored, polarity=LOWER, tolerance=tolerance
    )


@given(values, values, values, values, polarities, tolerances)
def test_a_better_figure_never_gets_a_worse_status(a, b, expected, baseline, polarity, tolerance):
    better, worse = (max(a, b), min(a, b)) if polarity == HIGHER else (min(a, b), max(a, b))

    def status(actual):
        return ORDER.index(
            rag(
                actual=actual,
                expected=expected,
                baseline=baseline,
                polarity=polarity,
                tolerance=tolerance,
            )
        )

    assert status(better) <= status(worse)


@given(values, values, polarities)
def test_on_the_trajectory_is_green(expected, baseline, polarity):
    assert (
        rag(actual=expected, expected=expected, baseline=baseline, polarity=polarity) == Rag.GREEN
    )


@given(values, values, polarities)
def test_direction_reverses_when_the_figures_swap(x, y, polarity):
    forward = direction(current=x, previous=y, polarity=polarity)
    backward = direction(current=y, previous=x, polarity=polarity)
    opposite = {
        Direction.IMPROVING: Direction.WORSENING,
        Direction.WORSENING: Direction.IMPROVING,
        Direction.NO_CHANGE: Direction.NO_CHANGE,
    }
    assert backward == opposite[forward]


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
    values,
    st.lists(st.tuples(st.dates(date(2000, 1, 1), date(2030, 1, 1)), values), max_size=4),
)
def test_the_trajectory_stays_between_its_points(on, baseline_value, target_points):
    baseline = Point(date(2005, 1, 1), baseline_value)
    targets = [Point(day, value) for day, value in target_points]
    found = expected_at(baseline, targets, on)
    if not targets:
        assert found is None
        return
    every = [baseline.value, *(t.value for t in targets)]
    assert min(every) <= found <= max(every)
