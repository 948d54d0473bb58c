"""Who is a side of the event: a force that only reports it is not; two groups clashing in a riot are both rioters;
two factions of one armed actor fighting each other put that actor on both sides."""

from datetime import date

from conflict_events.builders.actors import Roles, assign_roles, find_actors
from conflict_events.schema.taxonomy import ActorType
from conflict_events.schema.taxonomy import SubEventType as S

ON = date(2025, 3, 1)


def roles(text: str, sub: S, country: str) -> Roles:
    return assign_roles(text, sub, find_actors(text, country=country, on=ON), country=country, on=ON)


def pair(r: Roles) -> tuple[str, str | None]:
    return r.actor1.name, r.actor2.name if r.actor2 else None


def test_police_who_report_the_killing_are_not_its_perpetrator():
    text = "A man was shot dead in Recife by a man on a motorbike. Police believe he was killed over a debt."
    assert pair(roles(text, S.ATTACK, "Brazil")) == ("Unidentified Armed Group (Brazil)", "Civilians (Brazil)")


def test_police_that_act_remain_a_side():
    text = "Police shot dead a man in Recife."
    assert roles(text, S.ATTACK, "Brazil").actor1.name.startswith("Police Forces of Brazil")


def test_a_former_member_of_the_police_is_a_civilian_victim():
    text = "A former member of the Afghan police was killed by unidentified militants in Herat."
    got = pair(roles(text, S.ATTACK, "Afghanistan"))
    assert got == ("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")


def test_two_groups_that_clashed_in_mob_violence_are_both_rioters():
    text = "Supporters of two parties clashed with sticks in Khulna; ten were injured."
    assert pair(roles(text, S.MOB_VIOLENCE, "Bangladesh")) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")
    text = "A farmer and two herders' sons clashed with machetes over crops in Zou."
    assert pair(roles(text, S.MOB_VIOLENCE, "Benin")) == ("Rioters (Benin)", "Rioters (Benin)")


def test_a_mob_that_clashed_with_police_fights_the_police_not_rioters():
    text = "A mob clashed with police in Khulna after a death in custody; two officers were injured."
    r = roles(text, S.MOB_VIOLENCE, "Bangladesh")
    assert r.actor2 is not None and r.actor2.name.startswith("Police Forces of Bangladesh")


def test_clashes_between_two_taliban_groups_put_the_state_on_both_sides():
    text = "One Taliban member was wounded during clashes between two Taliban groups in Kabul."
    a1, a2 = pair(roles(text, S.ARMED_CLASH, "Afghanistan"))
    assert a1 == a2 and a1.startswith("Military Forces of Afghanistan")


def test_an_off_duty_soldier_killed_by_gunmen_is_a_civilian_victim():
    text = "An off-duty army soldier was shot and killed in Vila Velha by two armed individuals."
    assert pair(roles(text, S.ATTACK, "Brazil")) == ("Unidentified Armed Group (Brazil)", "Civilians (Brazil)")


def test_security_forces_that_found_the_body_are_not_the_killers():
    text = "Security forces found a dead body of a civilian killed by gunmen near Kirkuk."
    assert pair(roles(text, S.ATTACK, "Iraq")) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_two_unknown_tribal_militias_that_clashed_are_both_tribal_militias():
    text = "Two unknown tribal militias clashed over farmland in Thi Qar; two militants died."
    assert pair(roles(text, S.ARMED_CLASH, "Iraq")) == (
        "Unidentified Tribal Militia (Iraq)",
        "Unidentified Tribal Militia (Iraq)",
    )


def test_a_force_named_with_its_country_after_a_group_and_a_verb_is_a_side_of_its_own():
    text = "Islamic State militants attacked Iraqi security forces near the dam."
    names = [m.actor.name for m in find_actors(text, country="Iraq", on=date(2022, 4, 21))]
    assert names == ["Islamic State (Iraq)", "Military Forces of Iraq (2020-2022)"]


def test_allied_forces_named_together_are_one_mention_of_the_first():
    text = "Wagner and Malian forces killed two villagers near the well."
    names = [m.actor.name for m in find_actors(text, country="Mali", on=date(2022, 3, 22))]
    assert names == ["Wagner Group", "Civilians (Mali)"]


def test_a_title_inside_a_place_name_is_no_victim():
    text = "Militants killed a soldier in Hazrati Imam Sahib district."
    kinds = [m.kind for m in find_actors(text, country="Afghanistan", on=date(2022, 6, 2))]
    assert "civilians" not in kinds
    assert "civilians" in [m.kind for m in find_actors("Gunmen shot Imam Musa.", country="Nigeria", on=ON)]


def test_aircraft_and_missiles_name_a_force_only_with_its_country():
    text = "Ukrainian forces shot down a Russian helicopter. A drone hit a house."
    names = [m.actor.name for m in find_actors(text, country="Ukraine", on=date(2022, 3, 10))]
    assert names == ["Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)"]


def test_private_security_guards_are_private_security_forces():
    r = roles("Gunmen shot and wounded a security guard at the bank.", S.ARMED_CLASH, "Mexico")
    assert pair(r) == ("Unidentified Armed Group (Mexico)", "Private Security Forces (Mexico)")
    assert r.actor2 is not None and r.actor2.actor_type == ActorType.EXTERNAL_OTHER_FORCES


def test_an_off_duty_officer_named_with_his_branch_is_a_civilian():
    kinds = [m.kind for m in find_actors("Gunmen killed an off-duty state police officer.", country="Mexico", on=ON)]
    assert "police" not in kinds  # not a side: the victims default to civilians


def test_a_group_someone_is_accused_of_supporting_is_no_side():
    text = (
        "Soldiers arrested a broker on suspicion of financing the Taliban and beat two men accused of links with ISIS."
    )
    names = [m.actor.name for m in find_actors(text, country="Afghanistan", on=date(2022, 1, 23))]
    assert "Islamic State (Afghanistan)" not in names and all("Taliban" not in n for n in names[1:])
    r = roles("Soldiers arrested a broker on suspicion of financing the Taliban.", S.ARRESTS, "Pakistan")
    assert r.actor2 is not None and r.actor2.name == "Civilians (Pakistan)"


def test_civilians_from_a_country_are_that_countrys():
    names = [
        m.actor.name for m in find_actors("Refugees from Ukraine gathered at the border.", country="Slovakia", on=ON)
    ]
    assert names == ["Civilians (Ukraine)"]


def test_a_title_after_a_sentences_first_word_is_a_person():
    kinds = [m.kind for m in find_actors("Gunmen fled. Local Imam Musa was killed.", country="Nigeria", on=ON)]
    assert "civilians" in kinds  # "Local" opens the sentence: "Imam Musa" is no place name
