"""Every sub-event type from short articles of our own writing: one plain, one tricky."""

import pytest

from conflict_events.builders.classify import classify_text, top_type
from conflict_events.schema.taxonomy import ActorType, SubEventType

S = SubEventType
ARMED = frozenset({ActorType.STATE_FORCES, ActorType.POLITICAL_MILITIA})
CIV = frozenset({ActorType.POLITICAL_MILITIA, ActorType.CIVILIANS})
CASES = [
    (
        "Government troops recaptured control of the town from the rebels on Sunday.",
        ARMED,
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    ("The army said it had retaken the district after days of fighting.", ARMED, S.GOVERNMENT_REGAINS_TERRITORY),
    ("Rebels seized control of the mining town after a two-day battle.", ARMED, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("The border post fell to the militants on Friday.", ARMED, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("Soldiers clashed with gunmen outside the city.", ARMED, S.ARMED_CLASH),
    ("Militants ambushed an army patrol, and shelling continued through the night.", ARMED, S.ARMED_CLASH),
    (
        "Police opened fire on protesters, killing two.",
        frozenset({ActorType.STATE_FORCES, ActorType.PROTESTERS}),
        S.EXCESSIVE_FORCE,
    ),
    (
        "Security forces shot dead a demonstrator during the march.",
        frozenset({ActorType.STATE_FORCES, ActorType.PROTESTERS}),
        S.EXCESSIVE_FORCE,
    ),
    ("Police fired tear gas to disperse the protest.", frozenset(), S.PROTEST_WITH_INTERVENTION),
    (
        "Teachers rallied outside parliament. Police arrested five of them during the protest.",
        frozenset(),
        S.PROTEST_WITH_INTERVENTION,
    ),
    ("Hundreds of nurses marched through the capital to demand higher pay.", frozenset(), S.PEACEFUL_PROTEST),
    ("Farmers blocked the highway with tractors to denounce fuel prices.", frozenset(), S.PEACEFUL_PROTEST),
    (
        "Protesters threw stones at police and burned tyres during the demonstration.",
        frozenset(),
        S.VIOLENT_DEMONSTRATION,
    ),
    (
        "The rally turned violent when demonstrators stormed the governor's office.",
        frozenset(),
        S.VIOLENT_DEMONSTRATION,
    ),
    ("A mob lynched a suspected thief at the market.", frozenset(), S.MOB_VIOLENCE),
    (
        "Supporters of two rival parties clashed with machetes after the vote count.",
        frozenset({ActorType.RIOTERS}),
        S.MOB_VIOLENCE,
    ),
    ("Residents were hospitalised after a chlorine gas attack on the suburb.", frozenset(), S.CHEMICAL_WEAPON),
    ("Activists accused the army of using chemical weapons in the valley.", frozenset(), S.CHEMICAL_WEAPON),
    ("An airstrike hit a house in the village, killing four.", frozenset(), S.AIR_DRONE_STRIKE),
    ("Warplanes bombed the town while artillery shelled its outskirts.", frozenset(), S.AIR_DRONE_STRIKE),
    ("A suicide bomber blew himself up at a checkpoint.", frozenset(), S.SUICIDE_BOMB),
    ("The attacker detonated his explosive vest inside the mosque.", frozenset(), S.SUICIDE_BOMB),
    ("Rebels shelled the army base with mortars.", ARMED, S.SHELLING),
    ("Militants fired RPGs at a police post.", ARMED, S.SHELLING),
    ("A roadside bomb struck a military convoy.", ARMED, S.REMOTE_EXPLOSIVE),
    ("A farmer was killed when he stepped on a landmine.", frozenset(), S.REMOTE_EXPLOSIVE),
    ("Gunmen threw a hand grenade into a bar.", frozenset(), S.GRENADE),
    ("A grenade exploded outside the police station, wounding three officers.", frozenset(), S.GRENADE),
    (
        "During the demonstration, rioters hurled Molotov cocktails at police; no grenades were used.",
        frozenset(),
        S.VIOLENT_DEMONSTRATION,
    ),
    ("Soldiers raped two women in the village.", frozenset(), S.SEXUAL_VIOLENCE),
    ("A girl was sexually assaulted by militiamen.", frozenset(), S.SEXUAL_VIOLENCE),
    ("Gunmen shot dead a farmer on his land.", CIV, S.ATTACK),
    ("Bandits abducted three travellers and killed one of them.", CIV, S.ATTACK),
    ("Kidnappers abducted a priest on the highway.", frozenset(), S.ABDUCTION),
    ("Militants arrested two villagers accused of spying.", frozenset(), S.ABDUCTION),
    ("The government and the rebels signed a ceasefire agreement.", frozenset(), S.AGREEMENT),
    ("Forty fighters surrendered to the army with their weapons.", frozenset(), S.AGREEMENT),
    ("Police arrested the opposition leader at his home.", frozenset(), S.ARRESTS),
    ("Security forces detained twelve suspected smugglers.", frozenset(), S.ARRESTS),
    ("The army imposed a curfew on the city.", frozenset(), S.CHANGE_TO_GROUP),
    ("The government deployed additional troops to the border region.", frozenset(), S.CHANGE_TO_GROUP),
    ("Soldiers defused a bomb planted near the school.", frozenset(), S.DISRUPTED_WEAPONS_USE),
    ("Air defences shot down two drones over the capital.", frozenset(), S.DISRUPTED_WEAPONS_USE),
    ("The militia established a new base in the hills.", frozenset(), S.HEADQUARTERS_ESTABLISHED),
    ("Rebels set up a headquarters in the former hotel.", frozenset(), S.HEADQUARTERS_ESTABLISHED),
    ("Gunmen looted shops in the market.", frozenset(), S.LOOTING),
    ("Soldiers burned dozens of houses in the village.", frozenset(), S.LOOTING),
    (
        "The rebels took control of the town without a fight after the army withdrew.",
        frozenset(),
        S.NON_VIOLENT_TRANSFER,
    ),
    ("Troops handed over control of the base to the local militia.", frozenset(), S.NON_VIOLENT_TRANSFER),
    ("Thousands of villagers were displaced by the violence.", frozenset(), S.OTHER),
    ("A mass grave was discovered near the river.", frozenset(), S.OTHER),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES)
def test_sub_event_types(text, actors, expected):
    trigger = classify_text(text, actor_types=actors)
    assert trigger is not None and trigger.sub_event_type == expected


def test_every_sub_event_type_is_covered_twice():
    counts = {t: sum(c[2] == t for c in CASES) for t in SubEventType}
    assert min(counts.values()) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Opposition groups plan to protest next week.",
        "The rebels threatened to attack the capital.",
        "The army denied reports of clashes in the north.",
        "No clashes were reported.",
        "Floods killed 30 people in the delta.",
        "The court sentenced three men for the 2019 bombing.",
        "Monday marks the tenth anniversary of the massacre.",
        "The minister met with his counterpart to discuss trade.",
        "The UN condemned the violence and called for calm.",
        "The region has suffered years of violence since 2011.",
    ],
)
def test_no_event(text):
    assert classify_text(text) is None


def test_hierarchy_rule():
    assert top_type([S.SHELLING, S.ARMED_CLASH]) == S.ARMED_CLASH
    assert top_type([S.SHELLING, S.AIR_DRONE_STRIKE]) == S.AIR_DRONE_STRIKE
    assert top_type([S.ABDUCTION, S.ATTACK]) == S.ATTACK
    assert top_type([S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION]) == S.VIOLENT_DEMONSTRATION
