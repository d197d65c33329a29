"""The publication deadline: clear days, worked through weekends, Easter and Christmas."""

from datetime import date

import pytest

from partnerships.deadlines import clear_days_between, is_late, latest_publication_date


@pytest.mark.parametrize(
    ("meeting_on", "clear_days", "latest"),
    [
        # An ordinary week: Thursday's meeting, five clear days (Thu 4 to Wed 10, skipping
        # the weekend) means publishing by Wednesday 3 March.
        (date(2010, 3, 11), 5, date(2010, 3, 3)),
        # A Monday meeting: the five clear days are the week before, so papers published
        # as late as the Sunday before that week still leave them clear.
        (date(2010, 3, 15), 5, date(2010, 3, 7)),
        # Easter 2011: Good Friday (22 April) and Easter Monday (25 April) do not count.
        (date(2011, 4, 28), 5, date(2011, 4, 18)),
        # Christmas 2010 fell on a weekend: 27 and 28 December and 3 January were bank
        # holidays in lieu.
        (date(2011, 1, 5), 5, date(2010, 12, 23)),
        # An LSP's own rule: three clear days.
        (date(2010, 3, 11), 3, date(2010, 3, 7)),
    ],
)
def test_latest_publication_date(meeting_on, clear_days, latest):
    assert latest_publication_date(meeting_on, clear_days) == latest
    assert clear_days_between(latest, meeting_on) == clear_days
    assert not is_late(published_on=latest, meeting_on=meeting_on, clear_days=clear_days)


def test_a_day_later_is_late():
    assert is_late(published_on=date(2010, 12, 24), meeting_on=date(2011, 1, 5), clear_days=5)
    assert clear_days_between(date(2010, 12, 24), date(2011, 1, 5)) == 4


def test_neither_the_day_of_publication_nor_the_meeting_day_counts():
    assert clear_days_between(date(2010, 3, 10), date(2010, 3, 11)) == 0
    assert clear_days_between(date(2010, 3, 9), date(2010, 3, 11)) == 1


def test_no_deadline_when_the_lsp_sets_none():
    assert latest_publication_date(date(2011, 1, 5), 0) is None
    assert not is_late(published_on=date(2011, 1, 5), meeting_on=date(2011, 1, 5), clear_days=0)
