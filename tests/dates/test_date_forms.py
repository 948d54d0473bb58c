"""find_dates: every date form and relative expression against fixed publication dates."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.dates import find_dates
from conflict_events.schema.taxonomy import TimePrecision

REF = date(2025, 12, 10)  # a Wednesday
DAY, WEEK, MONTH = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH


def one(text: str, ref: date = REF):
    found = find_dates(text, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops arrived on 8 December 2025.", date(2025, 12, 8)),
        ("Troops arrived on December 8, 2025.", date(2025, 12, 8)),
        ("Troops arrived on Dec. 8.", date(2025, 12, 8)),
        ("Troops arrived on Dec 8th.", date(2025, 12, 8)),
        ("Troops arrived on the 8th of December.", date(2025, 12, 8)),
        ("Report dated 2025-12-08.", date(2025, 12, 8)),
        ("Report dated 08/12/2025.", date(2025, 12, 8)),
        ("Report dated 12/31/2024.", date(2024, 12, 31)),  # day first is impossible: month first
        ("Report dated 8-Dec-2025.", date(2025, 12, 8)),
        ("It happened on Monday, December 8.", date(2025, 12, 8)),
        ("It happened on Monday 8 December.", date(2025, 12, 8)),
        ("It happened on 8 Dec.", date(2025, 12, 8)),
        ("It happened on Sept. 3.", date(2025, 9, 3)),
        ("A clash on 2 March 2019 was recalled.", date(2019, 3, 2)),
        ("Published December 10, 2025", date(2025, 12, 10)),
    ],
)
def test_explicit_days(text, value):
    d = one(text)
    assert (d.value, d.first, d.last, d.precision, d.explicit) == (value, value, value, DAY, True)
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Residents said it happened on Monday.", date(2025, 12, 8)),
        ("Residents said it happened on Wednesday.", date(2025, 12, 10)),  # the reference's own weekday
        ("Residents said it happened last Wednesday.", date(2025, 12, 3)),
        ("Residents said it happened on Thursday.", date(2025, 12, 4)),
        ("It happened today.", REF),
        ("It happened this morning.", REF),
        ("It happened earlier today.", REF),
        ("It is planned for tonight.", REF),
        ("It happened yesterday.", date(2025, 12, 9)),
        ("It happened last night.", date(2025, 12, 9)),
        ("It happened overnight.", date(2025, 12, 9)),
        ("It happened two days ago.", date(2025, 12, 8)),
        ("It happened 10 days ago.", date(2025, 11, 30)),
    ],
)
def test_relative_days(text, value):
    d = one(text)
    assert (d.value, d.precision, d.explicit) == (value, DAY, False)


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        ("It happened last week.", date(2025, 12, 3), date(2025, 12, 1), date(2025, 12, 7)),
        ("It happened over the weekend.", date(2025, 12, 6), date(2025, 12, 6), date(2025, 12, 7)),
        ("It happened last weekend.", date(2025, 12, 6), date(2025, 12, 6), date(2025, 12, 7)),
        ("It happened earlier this week.", date(2025, 12, 9), date(2025, 12, 8), REF),
        ("It happened three weeks ago.", date(2025, 11, 19), date(2025, 11, 16), date(2025, 11, 22)),
        ("It happened between 1 and 5 December.", date(2025, 12, 3), date(2025, 12, 1), date(2025, 12, 5)),
        ("It happened on 1-5 December.", date(2025, 12, 3), date(2025, 12, 1), date(2025, 12, 5)),
        ("It happened from December 1 to December 5.", date(2025, 12, 3), date(2025, 12, 1), date(2025, 12, 5)),
        ("It went on from 30 November to 2 December.", date(2025, 12, 1), date(2025, 11, 30), date(2025, 12, 2)),
        ("It happened around 20 June.", date(2025, 6, 20), date(2025, 6, 17), date(2025, 6, 23)),
        ("It happened approximately 20 June.", date(2025, 6, 20), date(2025, 6, 17), date(2025, 6, 23)),
        ("It happened about December 9.", date(2025, 12, 9), date(2025, 12, 6), REF),  # cut at the reference
    ],
)
def test_week_like_spans(text, value, first, last):
    d = one(text)
    assert (d.value, d.first, d.last, d.precision) == (value, first, last, WEEK)


def test_a_range_of_days_names_its_days_and_a_long_one_is_month_precision():
    assert one("Protests ran from 1 to 5 December.").explicit
    assert one("Protests ran from 1 to 20 November.").precision == MONTH


def test_a_night_across_two_days_is_coded_to_its_first_day():
    d = one("Shelling hit the town on the night of 7 to 8 December.")
    assert (d.value, d.first, d.last, d.precision) == (date(2025, 12, 7), date(2025, 12, 7), date(2025, 12, 8), DAY)


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        ("It happened in January.", date(2025, 1, 15), date(2025, 1, 1), date(2025, 1, 31)),
        ("It happened in mid-January.", date(2025, 1, 15), date(2025, 1, 1), date(2025, 1, 31)),
        ("It happened in early March.", date(2025, 3, 1), date(2025, 3, 1), date(2025, 3, 31)),
        ("It happened at the end of November.", date(2025, 11, 30), date(2025, 11, 1), date(2025, 11, 30)),
        ("It happened late last month.", date(2025, 11, 30), date(2025, 11, 1), date(2025, 11, 30)),
        ("It happened last month.", date(2025, 11, 15), date(2025, 11, 1), date(2025, 11, 30)),
        ("It happened earlier this month.", REF, date(2025, 12, 1), REF),  # the 15th is after the reference
        ("It happened in December.", REF, date(2025, 12, 1), REF),
        ("It happened last December.", date(2024, 12, 15), date(2024, 12, 1), date(2024, 12, 31)),
        ("It happened in March 2019.", date(2019, 3, 15), date(2019, 3, 1), date(2019, 3, 31)),
    ],
)
def test_months(text, value, first, last):
    d = one(text)
    assert (d.value, d.first, d.last, d.precision, d.explicit) == (value, first, last, MONTH, False)


def test_year_rollover():
    assert one("Clashes on December 30.", date(2026, 1, 3)).value == date(2025, 12, 30)
    assert one("Clashes last week.", date(2026, 1, 3)).value == date(2025, 12, 24)  # Wednesday of 22-28 Dec
    assert one("Clashes in December.", date(2026, 1, 3)).value == date(2025, 12, 15)
    assert one("Clashes late last month.", date(2026, 1, 3)).value == date(2025, 12, 31)
    assert one("Clashes from 28 December to 2 January.", date(2026, 1, 3)).first == date(2025, 12, 28)


def test_leap_years():
    assert one("Clashes on 29 February.", date(2025, 3, 1)).value == date(2024, 2, 29)
    assert one("Clashes on 29 February.", date(2028, 3, 1)).value == date(2028, 2, 29)
    assert one("Clashes in February.", date(2024, 3, 1)).last == date(2024, 2, 29)
    assert find_dates("Clashes on 29 February 2025.", REF) == []  # no such day
    assert one("Clashes yesterday.", date(2024, 3, 1)).value == date(2024, 2, 29)


def test_a_day_after_the_reference_is_last_years():
    assert one("Clashes on December 11.").value == date(2024, 12, 11)
    assert find_dates("Clashes on 11 December 2025.", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2019.",
        "Violence peaked in the 1990s.",
        "They may march again.",
        "The march drew a crowd.",
        "Officers said they may 5 times refuse.",
        "The convoy drove 5 km on Route 9 at 10 pm.",
        "There is no 31 November.",
        "He was 25 years old.",
    ],
)
def test_things_that_are_not_event_dates(text):
    assert find_dates(text, REF) == []


def test_several_dates_in_text_order_with_offsets():
    text = "On Monday, gunmen attacked. Yesterday police said the 2 December raid was unrelated."
    found = find_dates(text, REF)
    assert [d.value for d in found] == [date(2025, 12, 8), date(2025, 12, 9), date(2025, 12, 2)]
    assert all(text[d.start : d.end] == d.text for d in found)


def test_text_whose_lower_case_is_longer_still_gives_true_offsets():
    text = "İİ İstanbul: clashes on 8 December."
    [d] = find_dates(text, REF)
    assert text[d.start : d.end] == d.text == "8 December"


PHRASES = [
    "on Monday", "on Sunday", "last Friday", "December 31", "on 29 February", "1 Jan", "Jan. 1st", "last week",
    "over the weekend", "in March", "in early January", "late last month", "yesterday", "3 days ago",
    "two weeks ago", "between 27 and 31 December", "from 30 December to 2 January", "around 31 December",
    "the night of 31 December to 1 January", "earlier this week", "earlier this month", "in December",
]  # fmt: skip


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), st.lists(st.sampled_from(PHRASES)))
def test_never_after_the_reference_and_spans_are_ordered(reference, phrases):
    text = "Gunmen attacked " + ", then ".join(phrases) + "."
    for d in find_dates(text, reference):
        assert d.first <= d.value <= d.last <= reference
        assert text[d.start : d.end] == d.text


@given(st.text(max_size=300), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_random_text_never_crashes(text, reference):
    assert all(d.value <= reference for d in find_dates(text, reference))
