"""count_fatalities / find_deaths / split_fatalities: ACLED's fatality rules on short sentences of our own."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.builders.fatalities import count_fatalities, find_deaths, split_fatalities


def total(text: str, significant: bool = False) -> int:
    return count_fatalities(text, significant=significant)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed in the fighting.", 3),
        ("Two villagers lost their lives in the attack.", 2),
        ("A police officer was shot dead on Tuesday.", 1),
        ("Two people died.", 2),
        ("Gunmen opened fire on a bus, killing two passengers.", 2),
        ("Gunmen opened fire, killing two and wounding five.", 2),
        ("There were three fatalities.", 3),
        ("The blast claimed 7 lives.", 7),
        ("The blast claimed the lives of seven people.", 7),
        ("The clashes left 6 people dead.", 6),
        ("The bombing left 9 dead and 20 injured.", 9),
        ("The bodies of four men were found near the river.", 4),
        ("Unidentified gunmen killed a village chief.", 1),
        ("Robbers stole a car and killed a shopkeeper.", 1),
        ("The soldiers shot the suspect, killing him.", 1),
        ("He was killed by gunmen.", 1),
        ("The driver died at the scene.", 1),
    ],
)
def test_reported_deaths(text, expected):
    assert total(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people were wounded.",
        "Two people were injured and taken to hospital.",
        "Four protesters were hurt.",
        "Six people were hospitalised after the clash.",
        "No one was killed in the attack.",
        "No one was killed, but two people were wounded.",
        "There were no casualties.",
        "The raid ended without fatalities.",
        "The clash caused casualties.",
        "Several casualties were reported.",
        "The gunmen threatened to kill the villagers.",
        "They tried to kill the mayor.",
        "Three miners are feared dead.",
        "The blast nearly killed the governor.",
        "The protest was peaceful.",
    ],
)
def test_injuries_denials_and_hedges_are_not_deaths(text):
    assert total(text) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 3 people were killed, while residents said 5 people were killed.", 3),
        ("Between 3 and 5 people were killed.", 3),
        ("3-5 people were killed.", 3),
        ("Three to five people were killed.", 3),
        ("Three soldiers were killed. Later the army said five soldiers were killed.", 3),
    ],
)
def test_conflicting_figures_give_the_lowest_with_a_note(text, expected):
    assert count_fatalities(text) == (expected, f"Reports differ; fatalities coded as the lowest figure, {expected}.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers and three gunmen were killed.", 5),
        ("Two soldiers and a civilian were killed.", 3),
        ("The attackers killed 2 soldiers at the checkpoint. Four attackers were also killed in the exchange.", 6),
        ("Two civilians were killed in the shelling. One soldier died of his wounds later.", 3),
        ("Two soldiers were killed on Monday. Another soldier was killed on Tuesday.", 3),
        ("Two soldiers were killed. Two more soldiers died later.", 4),
        ("Gunmen killed 4 people, including two children.", 4),
        ("A 25-year-old man and a 30-year-old woman were killed.", 2),
    ],
)
def test_distinct_victims_are_summed(text, expected):
    assert total(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 people were killed in the raid. The three victims were farmers.", 3),
        ("The attack killed two policemen, police said. Both policemen were 30 years old.", 2),
        ("A journalist was shot dead. The journalist had received threats.", 1),
    ],
)
def test_a_repeated_figure_is_not_double_counted(text, expected):
    assert total(text) == expected


def test_the_latest_death_toll_wins():
    assert total("10 people were killed on Monday. By Wednesday the death toll rose to 12.") == 12
    assert total("The death toll rose to 12.") == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-one people were killed.", 21),
        ("A dozen soldiers were killed.", 12),
        ("One hundred and five people were killed.", 105),
        ("1,200 people died in the siege.", 1200),
        ("At least 5 people were killed.", 5),
        ("Up to 8 people were killed.", 8),
        ("A man was killed in the blast.", 1),
    ],
)
def test_number_forms(text, expected):
    assert count_fatalities(text) == (expected, "")


@pytest.mark.parametrize(
    ("text", "limited", "significant"),
    [
        ("Several people were killed.", 3, 10),
        ("Many people were killed.", 3, 10),
        ("Some people were killed.", 3, 10),
        ("A number of people were killed.", 3, 10),
        ("A few people were killed.", 3, 3),
        ("There were fatalities.", 3, 10),
        ("The strike caused fatalities among the soldiers.", 3, 10),
        ("Tens of people were killed.", 10, 10),
        ("Dozens of people were killed.", 12, 12),
        ("Airstrikes killed dozens of fighters.", 12, 12),
        ("Scores of people were killed.", 12, 12),
        ("Hundreds of people were killed.", 100, 100),
    ],
)
def test_vague_figures_follow_acled_convention_and_are_noted(text, limited, significant):
    assert count_fatalities(text) == (limited, f"Unclear fatalities coded as {limited}.")
    assert total(text, significant=True) == significant


def test_perpetrators_who_die_count():
    assert total("A suicide bomber blew himself up at the market, killing six people.") == 7
    assert total("The suicide bomber died in the blast, which killed three soldiers.") == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 25-year-old man was killed.", 1),
        ("Gunmen killed a man 5 km from the town.", 1),
        ("Fighters armed with AK-47 rifles killed two soldiers.", 2),
        ("The attack on Route 9 killed three people.", 3),
        ("At 10 pm, gunmen killed four villagers.", 4),
        ("Robbers stole 500 dollars and killed a shopkeeper.", 1),
        ("On 12 December three people were killed.", 3),
        ("On 12 December 3 people were killed.", 3),
        ("Clashes on 12 December killed 3 people.", 3),
    ],
)
def test_other_numbers_never_count(text, expected):
    assert total(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed 500,000 people since 2011.",
        "More than 300 people have been killed so far this year.",
        "In total since 2015, 2,000 soldiers have died.",
    ],
)
def test_past_totals_are_background(text):
    assert total(text) == 0


def test_background_total_next_to_this_events_deaths():
    text = "Gunmen killed four soldiers on Monday. The conflict has killed 35,000 people since 2009."
    assert total(text) == 4


def test_find_deaths_gives_spans_figures_and_victims():
    text = "On Monday two soldiers and 3 gunmen were killed."
    found = find_deaths(text)
    assert [(c.low, c.high, c.who, c.vague) for c in found] == [(2, 2, "soldier", False), (3, 3, "gunman", False)]
    assert all(text[c.start : c.end] == c.text for c in found)
    [r] = find_deaths("Between 3 and 5 Civilians were killed.")
    assert (r.low, r.high, r.who, r.text) == (3, 5, "civilian", "Between 3 and 5 Civilians")


def test_text_whose_lower_case_is_longer_keeps_offsets():
    text = "İİ İdlib: two soldiers were killed."
    [c] = find_deaths(text)
    assert text[c.start : c.end] == c.text == "two soldiers"


@pytest.mark.parametrize(
    ("total_", "parts", "expected"),
    [(3, 2, [2, 1]), (12, 3, [4, 4, 4]), (7, 3, [3, 2, 2]), (0, 2, [0, 0]), (1, 3, [1, 0, 0]), (5, 0, [])],
)
def test_split_examples(total_, parts, expected):
    assert split_fatalities(total_, parts) == expected


@given(st.integers(0, 10_000), st.integers(1, 50))
def test_split_sums_to_total_evenly_remainder_first(total_, parts):
    shares = split_fatalities(total_, parts)
    assert len(shares) == parts and sum(shares) == total_
    assert max(shares) - min(shares) <= 1 and shares == sorted(shares, reverse=True)


WORDS = st.sampled_from(
    "killed dead died killing wounded no one was were people soldiers two 3 several dozens of toll rose to "
    "since 2011 the a bodies at least between and - , . 25-year-old km İ fatalities casualties".split()
)


@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join)), st.booleans())
def test_any_text_gives_non_negative_counts_and_true_spans(text, significant):
    n, note = count_fatalities(text, significant=significant)
    assert n >= 0 and isinstance(note, str)
    for c in find_deaths(text, significant=significant):
        assert 0 <= c.low <= c.high and text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the camp, killing three, including a child.", 3),
        ("Two people killed in a raid on the market.", 2),
        ("Three armed men shot and killed a trader.", 1),
        ("The militia killed a cow and two goats.", 0),
        ("Gunmen killed a dozen cattle.", 0),
        ("The road was closed. 4 people were killed.", 4),
        ("The VDP was killed.", 1),
        ("Six pastoralists were killed and a child wounded.", 6),
    ],
)
def test_objects_subjects_and_animals(text, expected):
    assert total(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There were no injuries or fatalities.",
        "Injuries or fatalities unknown.",
        "It is not clear whether there were fatalities.",
    ],
)
def test_fatalities_said_to_be_none_or_unknown_are_zero(text):
    assert total(text) == 0


def test_a_casualty_figure_is_a_vague_death_count():
    assert count_fatalities("Troops killed or wounded 40 fighters.") == (3, "Unclear fatalities coded as 3.")
    assert total("The strikes killed and injured dozens of fighters.", significant=True) == 10
    assert total("Twenty soldiers were killed or wounded.") == 3
