"""All 25 sub-event types from short reports of our own writing (one plain, one tricky each), the
resolution of generic words by the actors in the sentence, and the trigger spans and confidences."""

from __future__ import annotations

import pytest

from conflict_events.builders.classify import classify_sentence, classify_text
from conflict_events.builders.segment import split_sentences
from conflict_events.schema.taxonomy import ActorType, SubEventType

S = SubEventType
A = ActorType
NONE: frozenset[ActorType] = frozenset()
ARMED = frozenset({A.STATE_FORCES, A.REBEL_GROUP})
ON_CIVILIANS = frozenset({A.POLITICAL_MILITIA, A.CIVILIANS})
CROWD_ON_POLICE = frozenset({A.PROTESTERS, A.STATE_FORCES})

# (text, actor types of the sentence, expected sub-event type): a plain report, then a tricky one.
CASES: list[tuple[str, frozenset[ActorType], SubEventType]] = [
    ("The army retook the town of Kalma from the insurgents on Tuesday.", ARMED, S.GOVERNMENT_REGAINS_TERRITORY),
    (
        "After a week of heavy fighting, soldiers regained control of the district, officials said.",
        ARMED,
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    ("Insurgents captured the town of Mera after the garrison fled.", ARMED, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    (
        "The militia took control of the river port following clashes with the navy.",
        ARMED,
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    ("Rebels and government troops exchanged fire near the bridge.", ARMED, S.ARMED_CLASH),
    (
        "Two gangs traded gunfire for an hour in the market district; one member died.",
        frozenset({A.POLITICAL_MILITIA}),
        S.ARMED_CLASH,
    ),
    ("Soldiers opened fire on the protesters, killing four of them.", CROWD_ON_POLICE, S.EXCESSIVE_FORCE),
    (
        "The march was peaceful until police fired live ammunition into the crowd of demonstrators.",
        CROWD_ON_POLICE,
        S.EXCESSIVE_FORCE,
    ),
    ("Riot police used water cannon to break up a rally of pensioners.", CROWD_ON_POLICE, S.PROTEST_WITH_INTERVENTION),
    (
        "Dozens of farmers demonstrated outside the ministry. Police intervened to disperse them.",
        NONE,
        S.PROTEST_WITH_INTERVENTION,
    ),
    ("About 300 teachers held a sit-in outside the education office.", NONE, S.PEACEFUL_PROTEST),
    (
        "Relatives gathered at the police station to demand justice for a boy killed in a robbery.",
        NONE,
        S.PEACEFUL_PROTEST,
    ),
    ("Demonstrators hurled rocks at the town hall during the protest.", NONE, S.VIOLENT_DEMONSTRATION),
    (
        "Students protested against the fee rise and set a university bus on fire.",
        NONE,
        S.VIOLENT_DEMONSTRATION,
    ),
    ("Villagers lynched two men they accused of stealing goats.", NONE, S.MOB_VIOLENCE),
    (
        "A group of residents beat a suspected burglar before handing him to the police.",
        frozenset({A.RIOTERS, A.CIVILIANS}),
        S.MOB_VIOLENCE,
    ),
    ("Doctors said the victims showed signs of exposure to sarin.", NONE, S.CHEMICAL_WEAPON),
    ("Helicopters dropped chlorine bombs on the besieged district.", NONE, S.CHEMICAL_WEAPON),
    ("A drone strike destroyed a car carrying two commanders.", NONE, S.AIR_DRONE_STRIKE),
    ("Fighter jets pounded rebel positions while artillery fired from the hills.", ARMED, S.AIR_DRONE_STRIKE),
    ("A suicide bomber struck a crowded bus station.", NONE, S.SUICIDE_BOMB),
    ("An attacker blew himself up at the gate of the police academy.", NONE, S.SUICIDE_BOMB),
    ("Militants fired mortar rounds at the airport.", NONE, S.SHELLING),
    ("A rocket-propelled grenade hit the checkpoint, wounding two guards.", NONE, S.SHELLING),
    ("An improvised explosive device killed three soldiers on patrol.", ARMED, S.REMOTE_EXPLOSIVE),
    ("A bus ran over a landmine on the road to the mine.", NONE, S.REMOTE_EXPLOSIVE),
    ("A man hurled a grenade at the bar, injuring six customers.", NONE, S.GRENADE),
    ("Two people were hurt when a hand grenade went off in the market.", NONE, S.GRENADE),
    ("Militiamen raped a woman who was fetching water.", ON_CIVILIANS, S.SEXUAL_VIOLENCE),
    ("The soldiers sexually assaulted two girls at the checkpoint.", NONE, S.SEXUAL_VIOLENCE),
    ("Gunmen killed five farmers in their fields.", ON_CIVILIANS, S.ATTACK),
    ("Assailants stabbed a journalist outside his home.", ON_CIVILIANS, S.ATTACK),
    ("Unknown men kidnapped a businessman in the capital.", NONE, S.ABDUCTION),
    ("Rebels detained two aid workers at a roadblock.", frozenset({A.REBEL_GROUP, A.CIVILIANS}), S.ABDUCTION),
    ("The two armies agreed to a ceasefire on Sunday.", NONE, S.AGREEMENT),
    ("The sides swapped prisoners in a prisoner exchange at the border.", NONE, S.AGREEMENT),
    ("Police arrested a local councillor on corruption charges.", NONE, S.ARRESTS),
    (
        "Soldiers detained nine men in a raid on the village.",
        frozenset({A.STATE_FORCES, A.CIVILIANS}),
        S.ARRESTS,
    ),
    ("The armed group announced the appointment of a new leader of the movement.", NONE, S.CHANGE_TO_GROUP),
    ("A convoy of military reinforcements reached the northern city.", NONE, S.CHANGE_TO_GROUP),
    ("Troops defused a roadside bomb near the bridge.", NONE, S.DISRUPTED_WEAPONS_USE),
    ("Air defence systems intercepted a missile over the port.", NONE, S.DISRUPTED_WEAPONS_USE),
    ("The rebels established a military base near the lake.", NONE, S.HEADQUARTERS_ESTABLISHED),
    ("Insurgents set up a training camp in the forest.", NONE, S.HEADQUARTERS_ESTABLISHED),
    ("Bandits looted the health centre.", NONE, S.LOOTING),
    ("Unknown people set three trucks of the mining company ablaze overnight.", NONE, S.LOOTING),
    (
        "Government forces withdrew from the hill, leaving the militia to take over without fighting.",
        NONE,
        S.NON_VIOLENT_TRANSFER,
    ),
    ("The militia handed over the airport to the army.", NONE, S.NON_VIOLENT_TRANSFER),
    ("Hundreds of families fled their homes as fighting drew near.", NONE, S.OTHER),
    ("Children found a mass grave on the edge of the town.", NONE, S.OTHER),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES)
def test_sub_event_type(text: str, actors: frozenset[ActorType], expected: SubEventType) -> None:
    trigger = classify_text(text, actor_types=actors)
    assert trigger is not None
    assert trigger.sub_event_type == expected


def test_every_sub_event_type_has_a_plain_and_a_tricky_case() -> None:
    counts = {t: sum(c[2] == t for c in CASES) for t in SubEventType}
    assert min(counts.values()) >= 2


@pytest.mark.parametrize(
    ("actors", "sides", "expected"),
    [
        (frozenset({A.STATE_FORCES, A.REBEL_GROUP}), 0, S.ARMED_CLASH),
        (frozenset({A.POLITICAL_MILITIA}), 2, S.ARMED_CLASH),
        (frozenset({A.POLITICAL_MILITIA, A.CIVILIANS}), 0, S.ATTACK),
        (frozenset({A.POLITICAL_MILITIA}), 1, S.ATTACK),
        (frozenset({A.RIOTERS, A.CIVILIANS}), 0, S.MOB_VIOLENCE),
    ],
)
def test_generic_violence_is_resolved_by_the_actors(
    actors: frozenset[ActorType], sides: int, expected: SubEventType
) -> None:
    [sentence] = split_sentences("The men attacked them near the well and killed two.")
    assert classify_sentence(sentence, actor_types=actors, armed_sides=sides)[0].sub_event_type == expected


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        (frozenset({A.STATE_FORCES, A.REBEL_GROUP}), S.ARMED_CLASH),
        (frozenset({A.IDENTITY_MILITIA, A.CIVILIANS}), S.ATTACK),
        (frozenset({A.RIOTERS}), S.MOB_VIOLENCE),
        (NONE, S.ARMED_CLASH),
    ],
)
def test_an_ambush_is_resolved_by_the_actors(actors: frozenset[ActorType], expected: SubEventType) -> None:
    trigger = classify_text("They ambushed the convoy on the highway.", actor_types=actors)
    assert trigger is not None and trigger.sub_event_type == expected


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        (frozenset({A.STATE_FORCES, A.CIVILIANS}), S.ARRESTS),
        (frozenset({A.REBEL_GROUP, A.CIVILIANS}), S.ABDUCTION),
        (frozenset({A.EXTERNAL_OTHER_FORCES, A.CIVILIANS}), S.ABDUCTION),
    ],
)
def test_a_detention_is_an_arrest_by_the_state_and_an_abduction_by_others(
    actors: frozenset[ActorType], expected: SubEventType
) -> None:
    trigger = classify_text("The men detained the village chief on Monday.", actor_types=actors)
    assert trigger is not None and trigger.sub_event_type == expected


def test_a_detention_with_no_actors_and_no_state_agent_is_no_arrest() -> None:
    assert classify_text("The chief was detained for questioning by the fighters.") is None


def test_arrests_at_a_protest_make_it_a_protest_with_intervention() -> None:
    trigger = classify_text("Nurses rallied outside the hospital and police detained three of them.")
    assert trigger is not None and trigger.sub_event_type == S.PROTEST_WITH_INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds protested over the killing of a student by unknown gunmen.",
        "Residents rallied to demand the release of activists detained last week.",
        "Women marched in memory of a girl abducted and murdered in May.",
        "Supporters staged a vigil on the anniversary of the bombing of the hotel.",
        "Locals blocked the road to denounce the looting of their shops by soldiers.",
        "Relatives of a man accused of beating his stepson staged a protest outside the town hall.",  # before it
        "Bus drivers staged a protest, claiming that guards beat and injured a driver.",
        "Friends of a taxi driver who was shot dead last week held a protest at the station.",
    ],
)
def test_the_grievance_of_a_protest_is_no_second_event(text: str) -> None:
    trigger = classify_text(text)
    assert trigger is not None and trigger.sub_event_type == S.PEACEFUL_PROTEST


def test_violence_after_a_clause_break_is_not_a_grievance() -> None:
    trigger = classify_text("Youths protested over fuel prices, and later they torched a police post.")
    assert trigger is not None and trigger.sub_event_type == S.VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters marched to the city hall over unpaid wages.", S.PEACEFUL_PROTEST),
        ("Artists staged a flash mob at the station against the closure of the theatre.", S.PEACEFUL_PROTEST),
        ("A man was shot dead by armed men on a motorbike.", S.ATTACK),
    ],
)
def test_words_that_only_look_like_other_events(text: str, expected: SubEventType) -> None:
    trigger = classify_text(text)
    assert trigger is not None and trigger.sub_event_type == expected


def test_trigger_spans_are_article_offsets_and_confidences_are_probabilities() -> None:
    article = "Heading\n\nLast night rebels shelled the port. Later, gunmen kidnapped a nurse in the town."
    for sentence in split_sentences(article):
        for trigger in classify_sentence(sentence):
            assert article[trigger.start : trigger.end] == trigger.text
            assert 0.0 <= trigger.confidence <= 1.0
    found = [t.sub_event_type for s in split_sentences(article) for t in classify_sentence(s)]
    assert found == [S.SHELLING, S.ABDUCTION]


def test_triggers_are_ordered_by_the_hierarchy() -> None:
    [sentence] = split_sentences("Rebels shelled the base and then clashed with the soldiers.")
    types = [t.sub_event_type for t in classify_sentence(sentence, actor_types=ARMED)]
    assert types[0] == S.ARMED_CLASH and S.SHELLING in types
