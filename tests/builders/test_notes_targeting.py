from datetime import date

from conflict_events.builders.notes import format_date, write_note
from conflict_events.builders.records import Actor, Place
from conflict_events.builders.targeting import civilian_targeting
from conflict_events.schema.taxonomy import ActorType, GeoPrecision, SubEventType, TimePrecision

ARMY = Actor("Military Forces of Guatemala (2024-)", ActorType.STATE_FORCES)
GUNMEN = Actor("Unidentified Armed Group (Mexico)", ActorType.POLITICAL_MILITIA)
CIVILIANS = Actor("Civilians (Guatemala)", ActorType.CIVILIANS)
PLACE = Place("Guatemala", "San Marcos", "San Marcos", None, "San Marcos", 14.96, -91.79, GeoPrecision.TOWN)


def test_note_has_date_place_actors_and_fatalities():
    note = write_note(SubEventType.ARMED_CLASH, date(2025, 12, 8), TimePrecision.DAY, PLACE, ARMY, GUNMEN, 2)
    assert note.startswith("On 8 December 2025, in San Marcos (San Marcos, San Marcos), ")
    assert "Military Forces of Guatemala (2024-) clashed with Unidentified Armed Group (Mexico)" in note
    assert note.endswith("2 fatalities.")


def test_date_phrases_follow_time_precision():
    d = date(2022, 6, 20)
    assert format_date(d, TimePrecision.WEEK) == "Around 20 June 2022 (as reported)"
    assert format_date(d, TimePrecision.MONTH) == "In June 2022"


def test_every_sub_event_type_has_a_note_template():
    for sub in SubEventType:
        assert write_note(sub, date(2025, 1, 1), TimePrecision.DAY, PLACE, ARMY, None, 0)


def test_civilian_targeting_cases_of_the_codebook():
    assert civilian_targeting(SubEventType.ATTACK, CIVILIANS)
    assert civilian_targeting(SubEventType.ABDUCTION, CIVILIANS)
    assert civilian_targeting(SubEventType.EXCESSIVE_FORCE, ARMY)
    assert civilian_targeting(SubEventType.REMOTE_EXPLOSIVE, CIVILIANS)
    assert civilian_targeting(SubEventType.MOB_VIOLENCE, CIVILIANS)
    assert not civilian_targeting(SubEventType.REMOTE_EXPLOSIVE, ARMY)
    assert not civilian_targeting(SubEventType.ARMED_CLASH, CIVILIANS)
    assert not civilian_targeting(SubEventType.LOOTING, CIVILIANS)
    assert not civilian_targeting(SubEventType.PEACEFUL_PROTEST, None)
