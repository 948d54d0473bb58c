"""parse_number: digits, English number words, multipliers and ACLED's vague quantities."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.numbers import parse_number

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
UNITS += "seventeen eighteen nineteen"
ONES = UNITS.split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000 (British style: "one hundred and five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + spell(n % 100) if n % 100 else "")
    return spell(n // 1000) + " thousand" + (" " + spell(n % 1000) if n % 1000 else "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3),
        ("1,200", 1200),
        ("1200", 1200),
        ("three", 3),
        ("Twenty-one", 21),
        ("twenty one", 21),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a couple of", 2),
        ("both", 2),
        ("5 thousand", 5000),
        ("forty-five thousand", 45000),
        ("one million", 1_000_000),
        ("  7 ", 7),
    ],
)
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "limited", "significant"),
    [
        ("several", 3, 10),
        ("many", 3, 10),
        ("a few", 3, 3),
        ("tens of", 10, 10),
        ("dozens", 12, 12),
        ("dozens of", 12, 12),
        ("scores of", 12, 12),
        ("hundreds of", 100, 100),
        ("thousands", 1000, 1000),
    ],
)
def test_vague_quantities(text, limited, significant):
    assert (parse_number(text), parse_number(text, significant=True)) == (limited, significant)


@pytest.mark.parametrize(
    "text", ["", "x", "and", "three three", "twenty thirty", "one and two", "hundred and", "3.5", "12,00", "AK-47"]
)
def test_not_numbers(text):
    assert parse_number(text) is None


@given(st.integers(0, 999_999))
def test_spelled_numbers_round_trip(n):
    assert parse_number(spell(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.text(max_size=40))
def test_any_text_is_a_number_or_none(text):
    value = parse_number(text)
    assert value is None or value >= 0
