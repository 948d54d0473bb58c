import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.fatalities import count_fatalities, split_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed in the fighting.", 3),
        ("Gunmen killed two farmers in the village.", 2),
        ("Two soldiers and three gunmen were killed.", 5),
        ("Three gunmen killed two soldiers.", 2),
        ("Police said 3 people were killed, while residents said 5 people died.", 3),
        ("between 3 and 5 people were killed", 3),
        ("At least 10 people were killed and 20 wounded.", 10),
        ("Five people were wounded.", 0),
        ("No one was killed in the blast.", 0),
        ("There were no casualties.", 0),
        ("Several people were killed.", 3),
        ("Dozens of civilians were killed.", 12),
        ("Hundreds of people died.", 100),
        ("A 25-year-old man was shot dead.", 1),
        ("Unidentified gunmen shot and killed a police officer.", 1),
        ("killing him instantly", 1),
        ("The suicide bomber blew himself up, killing four soldiers.", 5),
        ("The war has killed 500,000 people since 2011.", 0),
        ("The attack left 4 dead.", 4),
        ("Ten people were killed. The death toll rose to 12 on Tuesday.", 12),
        ("Twenty-one people were killed.", 21),
    ],
)
def test_fatality_rules(text, expected):
    assert count_fatalities(text)[0] == expected


def test_vague_figures_are_noted_and_bigger_for_significant_events():
    assert count_fatalities("Several people were killed.") == (3, "Unclear fatalities coded as 3.")
    assert count_fatalities("Several people were killed.", significant=True)[0] == 10


@given(st.integers(0, 500), st.integers(1, 12))
def test_split_sums_to_total_remainder_first(total, parts):
    shares = split_fatalities(total, parts)
    assert sum(shares) == total and max(shares) - min(shares) <= 1 and shares == sorted(shares, reverse=True)


@given(st.text(max_size=200))
def test_any_text_gives_a_count_of_zero_or_more(text):
    assert count_fatalities(text)[0] >= 0


def test_victims_named_with_several_words_or_as_traffickers_and_cadres():
    from conflict_events.builders.fatalities import find_deaths

    assert [d.low for d in find_deaths("Two drug traffickers were killed and the others escaped.")] == [2]
    assert [d.low for d in find_deaths("One Pyu Saw Htee member was killed in the raid.")] == [1]
    assert [d.low for d in find_deaths("Three party cadres were killed overnight.")] == [3]


def test_a_figure_after_by_names_the_killers_not_the_killed():
    from conflict_events.builders.fatalities import find_deaths

    text = "A gang member was shot and killed in the city centre by five armed members of a rival gang."
    assert [d.low for d in find_deaths(text)] == [1]
