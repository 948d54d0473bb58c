"""Phrasings of events that news use, one short sentence of our own writing per case: (text, actor types
of the sentence, expected sub-event type, or None for no event). Each row is a rule of the trigger
lexicon or of the resolution by actors; the comment names the rule."""

from __future__ import annotations

import pytest

from conflict_events.builders.classify import ARMED_TYPES, classify_text
from conflict_events.schema.taxonomy import ActorType, SubEventType

S = SubEventType
A = ActorType
NONE: frozenset[ActorType] = frozenset()
FOREIGN = frozenset({A.EXTERNAL_OTHER_FORCES})

CASES: list[tuple[str, frozenset[ActorType], SubEventType | None]] = [
    # battles
    ("Border guards fired in the direction of the neighbouring army's positions overnight.", NONE, S.ARMED_CLASH),
    ("Rebels fired mortars at army positions near the pass.", NONE, S.SHELLING),  # a weapon makes it shelling
    ("Heavy gunfire erupted between the rebels and the army near the village.", NONE, S.ARMED_CLASH),
    ("There was a clash between police officers and gang members in the colonia.",
     frozenset({A.STATE_FORCES, A.POLITICAL_MILITIA}), S.ARMED_CLASH),  # two armed sides: no riot
    ("Two tribal groups clashed with light weapons over farmland.", NONE, S.ARMED_CLASH),
    ("A clash ensued between cadres of the two parties at the polling station.", NONE, S.MOB_VIOLENCE),
    ("A shoot-out between members of rival groups took place in the favela.", NONE, S.ARMED_CLASH),
    ("Fighting took place between the two armies near the bridge on Sunday.", NONE, S.ARMED_CLASH),
    ("The army launched air and ground operations against the rebels in the valley.", NONE, S.ARMED_CLASH),
    ("Enemy troops attempted an offensive in the direction of the river town.", NONE, S.ARMED_CLASH),
    ("The border guards thwarted an infiltration attempt overnight.", NONE, S.ARMED_CLASH),
    ("Troops fired from their trenches on the hill towards the positions of the rebels.", NONE, S.ARMED_CLASH),
    ("Rebels took over control of the mining town on Tuesday.", NONE, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("Rebels overtook Kibirizi on Tuesday.", NONE, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("Rebels took over the village after the army left; no clashes were reported.", NONE, S.NON_VIOLENT_TRANSFER),
    ("The troops fired heavy and light weapons at the village.", NONE, S.SHELLING),
    ("Enemy air forces bombed the railway town overnight.", NONE, S.AIR_DRONE_STRIKE),
    ("Forces using jets conducted strikes on the district.", NONE, S.AIR_DRONE_STRIKE),
    ("Insurgents bombed the district administration office.", NONE, S.REMOTE_EXPLOSIVE),
    ("The bomb squad found and removed a grenade from under a bench in the park.", NONE, S.DISRUPTED_WEAPONS_USE),
    ("Over 200 artillery shells were found in sacks in the forest.", NONE, S.DISRUPTED_WEAPONS_USE),
    ("Soldiers discovered and defused a rocket aimed at the airport.", NONE, S.DISRUPTED_WEAPONS_USE),
    ("Rebels shelled the army's ammunition depots with artillery.", NONE, S.SHELLING),
    ("Dock workers went on strike as jets flew overhead.", NONE, S.PEACEFUL_PROTEST),  # a labour strike
    ("A convoy of twenty trucks, carrying fuel and supplies, entered the country at dawn.", NONE, S.CHANGE_TO_GROUP),
    ("Police fired without warning at a car driving towards the checkpoint.", NONE, S.ATTACK),
    ("Unknown gunmen targeted a councillor with gunfire outside his home.", NONE, S.ATTACK),
    ("A man hit a migrant several times on the tram.", NONE, S.ATTACK),
    ("A local militia stabbed and killed two members of a neighbourhood watch group.", NONE, S.ATTACK),  # no mob
    ("Market vendors captured and beat up a thief near the bus stop.", NONE, S.MOB_VIOLENCE),
    ("Supporters of the ruling party beat two opposition activists in front of the office.", NONE, S.MOB_VIOLENCE),
    ("Members of the Camilo Torres Front attacked a military base.", frozenset({A.REBEL_GROUP, A.STATE_FORCES}),
     S.ARMED_CLASH),  # members of an armed group: no mob
    ("Police arrested ten men on the accusation of participating in anti-war demonstrations in April.",
     NONE, S.ARRESTS),  # the protest is why they were arrested
    ("A deputy was arrested by the intelligence agency for supporting demonstrations.", NONE, S.ARRESTS),
    ("Activists staged a protest; police obstructed the rally without any physical interaction.", NONE,
     S.PEACEFUL_PROTEST),  # an intervention needs contact
    ("Gunmen with covered faces opened fire on a man in a car.", NONE, S.ATTACK),
    ("Villagers took the law into their own hands and burned the suspect's hut.", NONE, S.MOB_VIOLENCE),
    ("Hooded men beat three members of a union outside the hall.", NONE, S.ATTACK),
    ("The mayor's car was set on fire overnight.", NONE, S.LOOTING),
    ("Masked men smashed the windows of the party office.", NONE, S.LOOTING),
    ("Soldiers demolished the church.", NONE, S.LOOTING),  # "church", not only "churches"
    ("Militants sabotaged electric towers near the dam.", NONE, S.LOOTING),
    ("Insurgents destroyed telecommunications antennas on the road.", NONE, S.LOOTING),
    ("Rebel members carried out patrolling activities in the settlement.", NONE, S.CHANGE_TO_GROUP),
    ("A shooting was reported in the market district overnight.", NONE, S.ATTACK),
    ("Militants ambushed three vehicles on the road and set them on fire.", NONE, S.ATTACK),  # an ambush of civilians
    ("Rebels ambushed an army convoy near the bridge.", NONE, S.ARMED_CLASH),
    ("Truck drivers blocked (with their lorries) the main road to the port.", NONE, S.PEACEFUL_PROTEST),
    ("The minister announced a cut in fuel prices.", NONE, None),
    ("The government will launch an offensive against the rebels next month.", NONE, None),
    ("Government troops retook Novyi Bykiv on Thursday.", NONE, S.GOVERNMENT_REGAINS_TERRITORY),
    ("Army units clashed with rebels and regained the control over the hill.", NONE, S.GOVERNMENT_REGAINS_TERRITORY),
    ("The army regains all rebel territory in the district.", NONE, S.GOVERNMENT_REGAINS_TERRITORY),
    ("After the battle the village was liberated from the rebels by the army.", NONE, S.GOVERNMENT_REGAINS_TERRITORY),
    ("The kidnapped engineer was liberated from his captors by the army.", NONE, S.ABDUCTION),  # a person, no place
    # explosions
    ("Army units carried out shellings against rebel positions near the river.", NONE, S.SHELLING),
    ("An unidentified group fired a shell at the medical centre.", NONE, S.SHELLING),
    ("A shepherd was hit by an anti-personnel mine while grazing his sheep.", NONE, S.REMOTE_EXPLOSIVE),
    ("About ten armed men blew up the safe of a petrol station overnight.", NONE, S.REMOTE_EXPLOSIVE),
    # violence against civilians and detentions
    ("Soldiers indiscriminately fired at passers-by, injuring a woman.", NONE, S.ATTACK),
    ("Soldiers shot randomly in the market, wounding a trader.", NONE, S.ATTACK),
    ("Sniper fire killed a woman in the old city.", NONE, S.ATTACK),
    ("Gunboats fired live bullets and tear gas at fishing boats.", NONE, S.ATTACK),
    ("A man was stabbed to death by unknown assailants near the market.", NONE, S.ATTACK),  # no group: no mob
    ("Foreign troops captured the rector of the church.", FOREIGN, S.ABDUCTION),
    ("Occupying troops forcibly deported 400 civilians.", FOREIGN, S.ABDUCTION),
    ("The police seized and transported three activists to an unknown place.", frozenset({A.STATE_FORCES}), S.ARRESTS),
    ("Agents of the National Institute of Migration detained 39 migrants.", NONE, S.ARRESTS),
    ("The National Guard rescued 139 migrants travelling in a trailer.", NONE, S.ARRESTS),
    # riots
    ("A group of 20 persons assaulted two labourers with sticks outside the hall.", NONE, S.MOB_VIOLENCE),
    ("Motorists cornered and beat up two suspected robbers at the junction.", NONE, S.MOB_VIOLENCE),
    ("Several men entered a house and beat a man they accused of theft.", NONE, S.MOB_VIOLENCE),
    ("Residents caught a suspected thief and beat him to death.", NONE, S.MOB_VIOLENCE),
    ("A fight broke out between supporters of two candidates at the polling station.", NONE, S.MOB_VIOLENCE),
    ("A journalist was physically attacked by unknown persons near the station.", NONE, S.MOB_VIOLENCE),
    ("A fight broke out after the primary results were announced; two persons died.", NONE, S.MOB_VIOLENCE),
    ("Police beat protesters with batons in the square.", NONE, S.PROTEST_WITH_INTERVENTION),
    ("Protesters clashed with police outside parliament.", frozenset({A.PROTESTERS, A.STATE_FORCES}),
     S.VIOLENT_DEMONSTRATION),
    ("Truck drivers demonstrated against fuel prices. The group used their vehicles to block several roads.", NONE,
     S.VIOLENT_DEMONSTRATION),  # vehicles used as barricades
    ("Dairy farmers set up blockades with rocks and tree branches to protest feed prices.", NONE,
     S.VIOLENT_DEMONSTRATION),
    ("Police forces and villagers clashed over the demarcation of land.", NONE, S.MOB_VIOLENCE),
    ("Party supporters forced their way into the venue of a televised debate.", NONE, S.MOB_VIOLENCE),
    ("Soldiers blew up a road that connected the two towns.", NONE, S.REMOTE_EXPLOSIVE),
    ("Police found the body of a young man with a bullet in his head.", NONE, S.ATTACK),
    # excessive force: lethal force or a death in the dispersal of a protest
    ("Students rallied at the gate. Police fired tear gas to disperse them, killing a passer-by.", NONE,
     S.EXCESSIVE_FORCE),
    ("Workers marched to the ministry. Riot police intervened with live bullets and batons.", NONE,
     S.EXCESSIVE_FORCE),
    ("Workers marched to the ministry. Riot police intervened with batons; nobody was hurt.", NONE,
     S.PROTEST_WITH_INTERVENTION),  # no lethal force: an intervention only
    ("Soldiers fired live bullets at a fishing boat off the coast.", NONE, S.ATTACK),  # no crowd, no protest
    # protests
    ("About 30 cars drove through the city with flags in support of the war.", NONE, S.PEACEFUL_PROTEST),
    ("Farmers held a tractor caravan to the capital against the new tax.", NONE, S.PEACEFUL_PROTEST),
    ("Villagers blocked the Dakar-Thies highway with their cars to demand water.", NONE, S.PEACEFUL_PROTEST),
    ("Truck drivers blocked the highway with their trucks to complain about fuel prices.", NONE, S.PEACEFUL_PROTEST),
    ("Forty miners staged a demonstration outside the constitutional tribunal.", NONE, S.PEACEFUL_PROTEST),
    ("Art school students occupied part of their school to denounce the reform.", NONE, S.PEACEFUL_PROTEST),
    ("Hundreds marched down the main avenue demanding clean water.", NONE, S.PEACEFUL_PROTEST),
    ("Members of the We Will Stop Femicides Platform staged a protest outside the court.", NONE,
     S.PEACEFUL_PROTEST),  # capitalised modal words in a name cancel nothing
    # strategic developments
    ("Militants sabotaged a mobile phone mast on the highway.", NONE, S.LOOTING),
    ("Gunmen seized a motorcycle from a shopkeeper on the road to the market.", NONE, S.LOOTING),  # things: looting
    ("Militants seized mobile phones from women at the well.", NONE, S.LOOTING),  # "from women": not a capture
    ("Militants seized two farmers near the well.", NONE, S.ABDUCTION),  # people: abduction
    ("Unknown people vandalized the district education office overnight.", NONE, S.LOOTING),
    ("The brigade's forces took control peacefully of four villages.", NONE, S.NON_VIOLENT_TRANSFER),
    ("Border guards deployed from the capital to the northern district.", NONE, S.CHANGE_TO_GROUP),
    ("The militants set up a number of checkpoints throughout the district.", NONE, S.CHANGE_TO_GROUP),
    ("Army units conducted sweeping operations in the desert.", NONE, S.CHANGE_TO_GROUP),
    ("The governor extended a dusk-to-dawn curfew for 30 more days.", NONE, S.CHANGE_TO_GROUP),
    ("One soldier and two policemen defected on Saturday.", NONE, S.CHANGE_TO_GROUP),
    # no event: lower-case modal words still cancel
    ("Protesters will march on parliament on Friday.", NONE, None),
    ("Rebels could attack the town.", NONE, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actors", "expected"), CASES)
def test_phrasings(text: str, actors: frozenset[ActorType], expected: SubEventType | None) -> None:
    trigger = classify_text(text, actor_types=actors, armed_sides=sum(a in ARMED_TYPES for a in actors))
    assert (trigger.sub_event_type if trigger else None) == expected
