from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.dates import find_dates

REF = date(2025, 12, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on 8 December 2025", date(2025, 12, 8), 1),
        ("on December 8, 2025", date(2025, 12, 8), 1),
        ("on Dec. 8", date(2025, 12, 8), 1),
        ("the 8th of December", date(2025, 12, 8), 1),
        ("2025-12-08", date(2025, 12, 8), 1),
        ("08/12/2025", date(2025, 12, 8), 1),
        ("on Monday, December 8", date(2025, 12, 8), 1),
        ("on Monday", date(2025, 12, 8), 1),
        ("last Wednesday", date(2025, 12, 3), 1),
        ("on Wednesday", date(2025, 12, 10), 1),
        ("yesterday", date(2025, 12, 9), 1),
        ("last night", date(2025, 12, 9), 1),
        ("two days ago", date(2025, 12, 8), 1),
        ("December 30", date(2024, 12, 30), 1),
        ("last week", date(2025, 12, 3), 2),
        ("over the weekend", date(2025, 12, 6), 2),
        ("around 20 November", date(2025, 11, 20), 2),
        ("between 1 and 5 December", date(2025, 12, 3), 2),
        ("in November", date(2025, 11, 15), 3),
        ("in early November", date(2025, 11, 1), 3),
        ("last month", date(2025, 11, 15), 3),
    ],
)
def test_date_forms(text, value, precision):
    [d] = find_dates(text, REF)
    assert (d.value, int(d.precision)) == (value, precision)


def test_year_rollover_and_leap_day():
    assert find_dates("on 30 December", date(2026, 1, 3))[0].value == date(2025, 12, 30)
    assert find_dates("on 29 February", date(2025, 3, 1))[0].value == date(2024, 2, 29)


def test_words_that_only_look_like_dates_are_not_dates():
    assert find_dates("They may march in protest in 2019", REF) == []


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["on Monday", "December 31", "last week", "in March", "yesterday", "3 days ago", "on 1 Jan"]),
)
def test_never_after_the_reference(reference, phrase):
    assert all(d.value <= reference for d in find_dates(phrase, reference))
