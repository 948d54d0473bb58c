"""Extraction of violence between two armed sides of the same kind (whole pipeline of one article)."""

from datetime import date

from conflict_events.builders.extract import extract
from conflict_events.builders.records import Article
from conflict_events.schema.taxonomy import SubEventType


def test_violence_between_rival_groups_of_one_kind_is_a_clash_with_its_casualties():
    text = "On Monday, four people were wounded in a land dispute between two unknown armed groups in Kandahar."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.ARMED_CLASH
    assert event.actor2 is not None and event.actor2.name != "Civilians (Afghanistan)"


def test_a_states_police_and_its_units_are_one_side_not_two():
    text = "On Monday, two municipal police officers and a policeman beat a gas station worker in Irapuato, Mexico."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.ATTACK


def test_the_attack_referred_back_to_is_no_second_event_and_arrested_militants_are_no_abduction():
    text = (
        "On Monday, militants attacked a village near Lamu, Kenya, killing one person. "
        "Four suspected militants were arrested by the police following the attack."
    )
    events = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert [e.sub_event_type for e in events] == [SubEventType.ATTACK]


def test_two_groups_of_villagers_are_no_armed_sides():
    text = "On Monday, 30 people were injured in a clash between two groups of villagers in Bhola, Bangladesh."
    [event] = extract(Article(id="a", text=text), reference=date(2025, 6, 25)).events
    assert event.sub_event_type == SubEventType.MOB_VIOLENCE


def test_a_country_named_as_an_origin_is_not_where_the_event_was():
    text = "On Monday, hundreds of refugees fleeing Ukraine protested in Slovakia against the border rules."
    [event] = extract(Article(id="a", text=text), reference=date(2022, 3, 8)).events
    assert event.place.country == "Slovakia"
