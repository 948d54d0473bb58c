"""Roles: actor1, actor2 and associated actors per event type, by ACLED's conventions."""

from datetime import date

from conflict_events.builders.actors import Roles, assign_roles, find_actors
from conflict_events.schema.taxonomy import SubEventType as S

ON = date(2025, 3, 1)


def roles(text: str, sub: S, country: str = "Mexico", on: date = ON) -> Roles:
    return assign_roles(text, sub, find_actors(text, country=country, on=on), country=country, on=on)


def pair(r: Roles) -> tuple[str, str | None]:
    return r.actor1.name, r.actor2.name if r.actor2 else None


def test_violence_against_civilians_has_civilians_as_actor2_with_identities():
    r = roles("Gunmen shot dead two journalists and a teacher in Acapulco.", S.ATTACK)
    assert pair(r) == ("Unidentified Armed Group (Mexico)", "Civilians (Mexico)")
    assert r.assoc_actor_2 == ("Journalists (Mexico)", "Teachers (Mexico)")


def test_violence_against_civilians_names_civilians_even_when_no_victim_noun_is_found():
    r = roles("The Sinaloa Cartel abducted two.", S.ABDUCTION)
    assert pair(r) == ("Sinaloa Cartel", "Civilians (Mexico)")


def test_protesters_with_identities_as_associated_actors_and_the_intervening_police():
    text = "Students and teachers protested until police dispersed them."
    r = roles(text, S.PROTEST_WITH_INTERVENTION, "Chile")
    assert pair(r) == ("Protesters (Chile)", "Police Forces of Chile (2022-)")
    assert set(r.assoc_actor_1) == {"Students (Chile)", "Teachers (Chile)"}
    assert pair(roles(text, S.PEACEFUL_PROTEST, "Chile")) == ("Protesters (Chile)", None)


def test_a_counter_protest_puts_protesters_on_both_sides():
    r = roles("Farmers rallied in the square; a counter-demonstration was held nearby.", S.PEACEFUL_PROTEST, "Peru")
    assert pair(r) == ("Protesters (Peru)", "Protesters (Peru)") and r.assoc_actor_1 == ("Farmers (Peru)",)


def test_mob_violence_against_the_police_a_second_mob_or_the_victims():
    assert pair(roles("A crowd hurled stones at a police station.", S.MOB_VIOLENCE, "Kenya"))[1] == (
        "Police Forces of Kenya (2022-)"
    )
    assert pair(roles("Two families clashed with machetes over land.", S.MOB_VIOLENCE, "Kenya")) == (
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    )
    assert pair(roles("A mob beat two suspected thieves to death.", S.MOB_VIOLENCE, "Kenya")) == (
        "Rioters (Kenya)",
        "Civilians (Kenya)",
    )


def test_battles_take_the_two_armed_sides_and_the_seed_case():
    text = "Gunmen from a Mexican cartel clashed with Guatemalan soldiers near the border."
    r = roles(text, S.ARMED_CLASH, "Guatemala", date(2025, 12, 8))
    assert pair(r) == ("Unidentified Armed Group (Mexico)", "Military Forces of Guatemala (2024-)")
    r = roles("Members of the Cartel del Noreste fought the Gulf Cartel.", S.ARMED_CLASH)
    assert pair(r) == ("CDN: Cartel del Noreste", "Gulf Cartel")


def test_an_internal_clash_has_the_same_actor_on_both_sides():
    r = roles("Two Taliban members were killed in internal clashes.", S.ARMED_CLASH, "Afghanistan", date(2024, 5, 1))
    assert pair(r) == ("Military Forces of Afghanistan (2021-)", "Military Forces of Afghanistan (2021-)")


def test_the_attacker_is_actor1_even_when_named_second():
    r = roles("Soldiers were ambushed by ELN guerrillas in Arauca.", S.ARMED_CLASH, "Colombia", date(2025, 2, 1))
    assert pair(r) == ("ELN: National Liberation Army", "Military Forces of Colombia (2022-)")


def test_explosions_perpetrator_and_target_or_none():
    r = roles("Russian forces shelled Ukrainian positions near Bakhmut.", S.SHELLING,
              "Ukraine", date(2023, 1, 5))  # fmt: skip
    assert pair(r) == ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")
    r = roles("An IED exploded on a road; nobody was hurt.", S.REMOTE_EXPLOSIVE, "Colombia")
    assert pair(r) == ("Unidentified Armed Group (Colombia)", None)


def test_arrests_are_by_the_police_of_the_arrested():
    r = roles("Police arrested three protesters in Quito.", S.ARRESTS, "Ecuador", date(2024, 6, 1))
    assert pair(r) == ("Police Forces of Ecuador (2023-)", "Protesters (Ecuador)")
    r = roles("The National Guard arrested a Sinaloa Cartel leader.", S.ARRESTS)
    assert pair(r) == ("Police Forces of Mexico (2024-) National Guard", "Sinaloa Cartel")


def test_a_hedged_named_group_is_not_a_side():
    r = roles("Gunmen believed to be from the CJNG killed a shopkeeper.", S.ATTACK)
    assert pair(r) == ("Unidentified Armed Group (Mexico)", "Civilians (Mexico)")


def test_a_force_is_external_or_not_by_the_events_country_not_the_articles():
    text = "Guatemalan troops clashed with gunmen. Soldiers later withdrew."
    found = find_actors(text, country="Mexico", on=date(2025, 12, 8))
    r = assign_roles(text, S.ARMED_CLASH, found, country="Guatemala", on=date(2025, 12, 8))
    assert (r.actor1.name, int(r.actor1.actor_type)) == ("Military Forces of Guatemala (2024-)", 1)
    r = assign_roles(text, S.ARMED_CLASH, found, country="Mexico", on=date(2025, 12, 8))
    assert int(r.actor1.actor_type) == 8


def test_generic_militants_in_a_later_sentence_are_the_named_group_not_a_new_side():
    text = "Police clashed with IPOB fighters at their camp. Three militants were killed and nine arrested."
    assert pair(roles(text, S.ARMED_CLASH, "Nigeria")) == (
        "Police Forces of Nigeria (2023-)",
        "IPOB: Indigenous Peoples of Biafra",
    )


def test_militias_named_after_a_people_or_a_place_of_the_country():
    text = "Armed men presumed to be Bassa ethnic militiamen attacked residents of Odugbo."
    assert pair(roles(text, S.ATTACK, "Nigeria")) == ("Bassa Ethnic Militia (Nigeria)", "Civilians (Nigeria)")
    text = "Katsina militiamen attacked farmers near the village and killed two of them."
    assert pair(roles(text, S.ATTACK, "Nigeria")) == ("Katsina Communal Militia (Nigeria)", "Civilians (Nigeria)")
    # a capitalised word that is no place of the country does not name a militia
    text = "Monday militiamen attacked farmers near the village."
    assert roles(text, S.ATTACK, "Nigeria").actor1.name == "Unidentified Armed Group (Nigeria)"


def test_shelling_of_an_armed_groups_positions_is_against_that_group_even_when_civilians_are_hit():
    text = "Ukrainian forces fired mortars at DPR positions near the village. One woman was killed."
    r = roles(text, S.SHELLING, "Ukraine", date(2022, 4, 19))
    assert pair(r) == ("Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya")
    text = "Government forces shelled the market. One woman was killed."
    assert roles(text, S.SHELLING, "Ukraine", date(2022, 4, 19)).actor2.name == "Civilians (Ukraine)"


def test_when_the_only_armed_side_is_attacked_the_attacker_is_the_unidentified_armed_group():
    text = "Soldiers guarding the plantation were attacked with mines, killing one of them."
    assert pair(roles(text, S.REMOTE_EXPLOSIVE, "Myanmar", date(2022, 5, 1))) == (
        "Unidentified Armed Group (Myanmar)",
        "Military Forces of Myanmar (2021-)",
    )


def test_a_suspected_group_is_named_but_a_believed_one_is_not():
    assert roles("Suspected Al Shabaab militants attacked a village.", S.ATTACK, "Kenya").actor1.name == "Al Shabaab"
    text = "Gunmen believed to be from Al Shabaab attacked a village."
    assert roles(text, S.ATTACK, "Kenya").actor1.name == "Unidentified Armed Group (Kenya)"


def test_police_and_army_of_one_state_are_one_side_of_a_battle():
    text = "An armed clash broke out between military officers and gang members near Fresnillo."
    assert pair(roles(text, S.ARMED_CLASH, "Mexico", date(2022, 1, 31))) == (
        "Military Forces of Mexico (2018-2024)",
        "Unidentified Gang (Mexico)",
    )
    text = "State police officers were shot at by armed individuals on the highway."  # the attackers first
    assert pair(roles(text, S.ARMED_CLASH, "Mexico", date(2022, 3, 11))) == (
        "Unidentified Armed Group (Mexico)",
        "Police Forces of Mexico (2018-2024) State Police",
    )


def test_the_killing_of_a_drug_trafficker_by_armed_men_is_between_two_armed_groups():
    text = "Two armed suspects shot and killed a drug trafficker in the neighbourhood."
    assert pair(roles(text, S.ARMED_CLASH, "Brazil", date(2022, 5, 28))) == (
        "Unidentified Armed Group (Brazil)",
        "Unidentified Gang (Brazil)",
    )


def test_groups_of_people_clashing_with_each_other_are_rioters_on_both_sides():
    text = "Murle and Anyuak youths clashed at the camp, killing one."
    assert pair(roles(text, S.MOB_VIOLENCE, "South Sudan")) == ("Rioters (South Sudan)", "Rioters (South Sudan)")


def test_a_group_named_before_a_hyphenated_participle_is_the_agent():
    text = "A Houthi-planted landmine exploded near the road, injuring a civilian."
    r = roles(text, S.REMOTE_EXPLOSIVE, "Yemen", date(2022, 1, 10))
    assert r.actor1.name == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_members_of_rival_criminal_groups_and_state_units_by_name():
    text = "A CV member shot and killed a TCP member in the favela."
    assert pair(roles(text, S.ARMED_CLASH, "Brazil", date(2022, 5, 2))) == (
        "CV: Red Command",
        "TCP: Pure Third Command",
    )
    text = "A member of a drug trafficking group was shot dead by members of a rival group."
    r = roles(text, S.ARMED_CLASH, "Brazil", date(2022, 1, 23))
    assert (
        r.actor1.name == "Unidentified Gang (Brazil)" and r.actor2 is not None and r.actor2.name != "Civilians (Brazil)"
    )
    text = "IS militants attacked Peshmerga near the village."
    assert (
        roles(text, S.ARMED_CLASH, "Iraq", date(2021, 5, 11)).actor2.name
        == "Military Forces of Iraq (2020-2022) Peshmerga"
    )


def test_disrupted_weapons_use_is_against_the_weapons_owner():
    r = roles(
        "Soldiers defused a bomb planted near the bridge.", S.DISRUPTED_WEAPONS_USE, "Colombia", date(2022, 4, 13)
    )
    assert pair(r) == ("Military Forces of Colombia (2018-2022)", "Unidentified Armed Group (Colombia)")
    r = roles("Ukrainian forces shot down a Russian drone.", S.DISRUPTED_WEAPONS_USE, "Ukraine", date(2022, 3, 10))
    assert pair(r) == ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")


def test_a_lone_armed_person_is_an_unidentified_armed_group():
    r = roles("An armed suspect stabbed a drug dealer to death.", S.ARMED_CLASH, "Brazil", date(2022, 6, 8))
    assert pair(r) == ("Unidentified Armed Group (Brazil)", "Unidentified Gang (Brazil)")


def test_drugs_seized_by_state_forces_were_a_gangs():
    r = roles("Federal police seized two tons of marijuana hidden in a truck.", S.LOOTING, "Brazil", date(2022, 1, 11))
    assert pair(r) == ("Police Forces of Brazil (2019-2022) Federal Police", "Unidentified Gang (Brazil)")
    r = roles("Soldiers destroyed a cocaine laboratory of the Gulf Cartel.", S.LOOTING, "Mexico", date(2022, 1, 11))
    assert pair(r) == ("Military Forces of Mexico (2018-2024)", "Gulf Cartel")
    r = roles("Soldiers burned three houses in the village.", S.LOOTING, "Myanmar", date(2022, 3, 18))
    assert pair(r) == ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


def test_us_forces_by_abbreviation_and_the_coalition_by_name():
    names = [m.actor.name for m in find_actors("A US military patrol and Coalition Forces entered Basira.",
                                               country="Syria", on=date(2022, 4, 7))]  # fmt: skip
    assert names == ["Military Forces of the United States (2021-2025)", "Global Coalition Against Daesh"]


def test_forces_of_two_regimes_of_one_state_are_two_sides():
    r = roles("Pro-Hadi forces clashed with Houthi forces near Marib.", S.ARMED_CLASH, "Yemen", date(2022, 1, 26))
    assert pair(r) == ("Military Forces of Yemen (2012-)", "Military Forces of Yemen (2016-) Supreme Political Council")
    r = roles("Soldiers and municipal police clashed with gunmen.", S.ARMED_CLASH, "Mexico", date(2022, 1, 26))
    assert pair(r) == ("Military Forces of Mexico (2018-2024)", "Unidentified Armed Group (Mexico)")


def test_an_unidentified_armed_group_is_not_the_named_group_it_fights():
    text = "A man was killed in a confrontation between an unidentified armed group and Gulf Clan members."
    r = roles(text, S.ARMED_CLASH, "Colombia", date(2022, 5, 6))
    assert {r.actor1.name, r.actor2.name if r.actor2 else None} == {"Gulf Clan", "Unidentified Armed Group (Colombia)"}


def test_allies_named_together_fight_the_side_they_clashed_with():
    text = "Nigerian troops and the Civilian JTF clashed with ISWAP fighters near Monguno."
    r = roles(text, S.ARMED_CLASH, "Nigeria", date(2022, 3, 5))
    assert pair(r) == ("Military Forces of Nigeria (2015-2023)", "Islamic State (West Africa)")
