"""Date resolution rules against a publication date (docs/events.md)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.pipeline.dates import resolve

PUB = date(2018, 7, 12)  # a Thursday


@pytest.mark.parametrize("text,expected", [
    ("on Tuesday", (date(2018, 7, 10), "day")),
    ("Tuesday's", (date(2018, 7, 10), "day")),
    ("Thursday", (date(2018, 7, 12), "day")),  # the publication day itself
    ("yesterday", (date(2018, 7, 11), "day")),
    ("July 9", (date(2018, 7, 9), "day")),
    ("9 July 2016", (date(2016, 7, 9), "day")),
    ("earlier this week", (date(2018, 7, 9), "week")),
    ("last week", (date(2018, 7, 2), "week")),
    ("in early June", (date(2018, 6, 1), "month")),
    ("in November", (date(2017, 11, 1), "month")),  # a month after publication is last year's
    ("last month", (date(2018, 6, 1), "month")),
    ("in 2017", (date(2017, 1, 1), "year")),
    ("late 2012", (date(2012, 1, 1), "year")),
    ("last year", (date(2017, 1, 1), "year")),
    ("over Easter", (date(2018, 4, 1), "day")),
    ("January 2015", (date(2015, 1, 1), "month")),
    ("next week", (date(2018, 7, 16), "week")),  # dateparser alone says 19 July, a day
    ("next month", (date(2018, 8, 1), "month")),
    ("next year", (date(2019, 1, 1), "year")),
])
def test_rules(text, expected):
    assert resolve(text, PUB) == expected


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve("in 2017", None) == (date(2017, 1, 1), "year")
    assert resolve("July 9, 2018", None) == (date(2018, 7, 9), "day")
    for relative in ("on Tuesday", "in early June", "earlier this week", "yesterday", "last month"):
        assert resolve(relative, None) is None, relative


@pytest.mark.parametrize("text,expected", [
    ("in November", (date(2018, 11, 1), "month")),  # still to come: this year's
    ("in June", (date(2019, 6, 1), "month")),  # already past this year: next year's
    ("in July", (date(2018, 7, 1), "month")),
    ("on Tuesday", (date(2018, 7, 17), "day")),  # the next Tuesday
    ("on Thursday", (date(2018, 7, 12), "day")),  # the publication day itself
    ("September 3", (date(2018, 9, 3), "day")),
    ("in 2017", (date(2017, 1, 1), "year")),  # a year is a year
])
def test_rules_for_an_event_still_to_come(text, expected):
    assert resolve(text, PUB, ahead=True) == expected
