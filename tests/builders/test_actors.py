from datetime import date

from conflict_events.builders.actors import ActorDictionary, assign_roles, find_actors
from conflict_events.builders.regimes import state_actor
from conflict_events.schema.taxonomy import ActorType, SubEventType


def names(text: str, country: str = "Mexico", on: date = date(2025, 3, 1), **kw) -> list[str]:
    return [m.actor.name for m in find_actors(text, country=country, on=on, **kw)]


def test_state_forces_are_named_by_the_regime_on_the_event_date():
    assert state_actor("Mexico", date(2024, 9, 30), "military").name == "Military Forces of Mexico (2018-2024)"
    assert state_actor("Mexico", date(2024, 10, 1), "military").name == "Military Forces of Mexico (2024-)"
    assert state_actor("Guatemala", date(2025, 12, 8), "government").name == "Government of Guatemala (2024-)"
    assert state_actor("United States", date(2025, 3, 1), "police").name == "Police Forces of the United States (2025-)"


def test_units_are_appended():
    assert names("The National Guard patrolled the town.") == ["Police Forces of Mexico (2024-) National Guard"]


def test_mexican_cartel_gunmen_in_guatemala_are_a_mexican_armed_group():
    found = find_actors("gunmen from a Mexican cartel raided villages", country="Guatemala", on=date(2025, 12, 8))
    assert [(m.actor.name, m.actor.actor_type) for m in found] == [
        ("Unidentified Armed Group (Mexico)", ActorType.POLITICAL_MILITIA)
    ]


def test_named_cartel_by_english_and_spanish_alias():
    assert names("Members of the Jalisco cartel fought the army.")[0] == "CJNG: Jalisco New Generation Cartel"
    assert "Sinaloa Cartel" in names("Sicarios del Cártel de Sinaloa atacaron.")


def test_uncertain_attribution_goes_to_the_unidentified_actor():
    assert names("The attackers were believed to be Sinaloa Cartel members.")[-1] == "Unidentified Armed Group (Mexico)"


def test_foreign_military_is_external():
    [m] = find_actors("Turkish troops shelled the village.", country="Iraq", on=date(2025, 1, 1))
    assert m.actor.actor_type == ActorType.EXTERNAL_OTHER_FORCES and m.actor.name.startswith(
        "Military Forces of Turkey"
    )


def test_violence_against_civilians_has_civilians_as_actor2_with_identities():
    text = "Gunmen shot dead two journalists."
    mentions = find_actors(text, country="Mexico", on=date(2025, 3, 1))
    roles = assign_roles(text, SubEventType.ATTACK, mentions, country="Mexico", on=date(2025, 3, 1))
    assert roles.actor1.name == "Unidentified Armed Group (Mexico)" and roles.actor2.name == "Civilians (Mexico)"
    assert roles.assoc_actor_2 == ("Journalists (Mexico)",)


def test_protesters_with_associated_identities_and_the_intervening_police():
    text = "Students and teachers protested until police dispersed them."
    mentions = find_actors(text, country="Chile", on=date(2025, 3, 1))
    roles = assign_roles(text, SubEventType.PROTEST_WITH_INTERVENTION, mentions, country="Chile", on=date(2025, 3, 1))
    assert roles.actor1.name == "Protesters (Chile)" and roles.actor2.name == "Police Forces of Chile (2022-)"
    assert set(roles.assoc_actor_1) == {"Students (Chile)", "Teachers (Chile)"}


def test_a_users_override_file_adds_and_replaces_actors(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("actors:\n  - {name: 'Los Zetas Vieja Escuela', type: 3, countries: [Mexico], aliases: [Zetas]}\n")
    custom = ActorDictionary.load(f)
    assert names("Zetas attacked a bar.", dictionary=custom)[0] == "Los Zetas Vieja Escuela"
    assert names("Zetas attacked a bar.")[0] == "Los Zetas"


def test_rival_sides_of_the_same_kind():
    from conflict_events.builders.actors import rival_sides

    assert rival_sides("A gang member was killed by members of a rival gang.")
    assert rival_sides("Four people were wounded in a dispute between two unknown armed groups.")
    assert not rival_sides("Gunmen killed two farmers in the village.")
