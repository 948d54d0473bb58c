"""count_fatalities on victim phrasings: agents after "by", possessives, compound death verbs, pronouns."""

import pytest

from conflict_events.builders.fatalities import count_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after "by" is never the victims
        ("A man was shot five times and killed in the market by two armed individuals.", 1),
        ("A trader was beaten up and killed by approximately 10 youths near the bus stop.", 1),
        # a figure inside a possessive ("of a militiaman") is not one more victim
        ("Militants killed two children of a village guard in the night.", 2),
        ("Residents beat and killed a man, claiming that he had an affair with a woman.", 1),
        # victims listed with the first one are added
        ("Gunmen killed two soldiers, three police and a child.", 6),
        ("The army opened fire and killed a member of the militia and a civilian.", 2),
        ("Police shot and killed a leader of the gang and another armed man.", 2),
        # a pronoun names someone already counted
        ("A man was killed in a shooting. Police believe he was killed over a debt.", 1),
        ("He was killed over a debt.", 1),
        # compound and active death phrases
        ("A crowd beat to death two suspected thieves.", 2),
        ("One of the hostages was tortured and killed.", 1),
        ("The raid led to the death of 4 soldiers and 2 gendarmes, and 5 were injured.", 6),
        ("An adolescent was killed and his body was dumped.", 1),
        ("A shop owner was shot and killed inside his store.", 1),
        ("The driver's wife was killed by stray bullets.", 1),
        # a death protested against is not this event's
        ("Youths blocked the road to protest against the death of a motorcyclist.", 0),
    ],
)
def test_victim_phrasing(text, expected):
    assert count_fatalities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death named as the cause or motive of this event is coded with its own event, not this one
        ("Residents blocked the highway in protest against the killing of nine people in a raid.", 0),
        ("Rioters barricaded roads following the killing of two students at a checkpoint.", 0),
        ("A mob damaged the home of a man suspected of killing a driver.", 0),
        ("Locals demanded action against the culprits responsible for the deaths of two people.", 0),
        ("Demonstrators condemned the deaths of two protesters.", 0),
        # the same words do not hide deaths of the event itself
        ("Gunmen attacked the village, and after killing three soldiers, they fled.", 3),
        ("Militants killed three soldiers after the attack on the base.", 3),
        ("The killing of three soldiers by militants shocked the town.", 3),
    ],
)
def test_cause_of_the_event_is_not_its_deaths(text, expected):
    assert count_fatalities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims 'including' or 'among them' are part of the figure before them
        ("Rebels attacked a police convoy, killing four policemen including an officer.", 4),
        ("Six family members including a minor were shot and killed during a party.", 6),
        ("Nine villagers were killed, among them two children.", 9),
        # a unit's number is no count; ranks are victims
        ("A captain from battalion 101 was killed in a landmine attack.", 1),
        # the total an article brings the figures to replaces them
        ("Five civilians were killed. One wounded man succumbed, bringing the total to six killed.", 6),
    ],
)
def test_subsets_units_and_totals(text, expected):
    assert count_fatalities(text)[0] == expected
