import pytest

from conflict_events.schema.columns import COLUMN_NAMES, COLUMNS
from conflict_events.schema.countries import REGIONS, countries, country
from conflict_events.schema.taxonomy import (
    SUB_EVENTS,
    ActorType,
    DisorderType,
    EventType,
    SubEventType,
    all_interactions,
    combine_source_scales,
    disorder_type_of,
    event_type_of,
    interaction_code,
    interaction_label,
)


def test_taxonomy_has_25_sub_events_under_6_event_types_and_4_disorder_types():
    assert len(SubEventType) == 25 and len(EventType) == 6 and len(DisorderType) == 4
    assert {info.event_type for info in SUB_EVENTS.values()} == set(EventType)


PV, DEM, SD = "Political violence", "Demonstrations", "Strategic developments"
ERV, VAC = "Explosions/Remote violence", "Violence against civilians"
#: The codebook's Table 2, transcribed independently of schema/taxonomy.py.
CODEBOOK_TREE = [
    ("Government regains territory", "Battles", PV),
    ("Non-state actor overtakes territory", "Battles", PV),
    ("Armed clash", "Battles", PV),
    ("Excessive force against protesters", "Protests", "Political violence; Demonstrations"),
    ("Protest with intervention", "Protests", DEM),
    ("Peaceful protest", "Protests", DEM),
    ("Violent demonstration", "Riots", DEM),
    ("Mob violence", "Riots", PV),
    *[(s, ERV, PV) for s in ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                             "Remote explosive/landmine/IED", "Grenade")],
    *[(s, VAC, PV) for s in ("Sexual violence", "Attack", "Abduction/forced disappearance")],
    *[(s, SD, SD) for s in ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                            "Headquarters or base established", "Looting/property destruction",
                            "Non-violent transfer of territory", "Other")],
]  # fmt: skip


def test_the_codebook_tree_has_25_sub_events_in_hierarchical_order():
    assert len(CODEBOOK_TREE) == 25
    assert [s.value for s in SubEventType] == [sub for sub, _, _ in CODEBOOK_TREE]
    assert [info.rank for info in SUB_EVENTS.values()] == list(range(25))


@pytest.mark.parametrize(("sub", "event", "disorder"), CODEBOOK_TREE)
def test_sub_event_parents(sub, event, disorder):
    assert event_type_of(sub).value == event and disorder_type_of(sub).value == disorder


def test_all_44_interaction_codes_text_and_numeric():
    table = all_interactions()
    assert len(table) == 44
    assert table[78] == "External/Other forces-Civilians"
    assert table[17] == "State forces-Civilians" and table[60] == "Protesters only" and table[88].startswith("External")
    for code, label in table.items():
        low, high = divmod(code, 10)
        a = ActorType(low)
        b = ActorType(high) if high else None
        assert interaction_code(a, b) == code and interaction_label(a, b) == label
        if b is not None:
            assert interaction_code(b, a) == code and interaction_label(b, a) == label


def test_actor_types_parse_codes_current_and_old_labels():
    assert ActorType.parse("3") is ActorType.POLITICAL_MILITIA
    assert ActorType.parse("Rebel Groups") is ActorType.REBEL_GROUP
    assert ActorType.parse("Protestors") is ActorType.PROTESTERS
    with pytest.raises(ValueError):
        ActorType.parse("Terrorists")


def test_columns_are_the_31_acled_columns_in_order():
    assert len(COLUMNS) == 31
    assert COLUMN_NAMES[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert COLUMN_NAMES[-3:] == ("fatalities", "tags", "timestamp")
    assert all(c.description for c in COLUMNS)


def test_source_scales_combine_in_acled_order():
    assert combine_source_scales(["International", "National", "National"]) == "National-International"
    assert combine_source_scales(["New media", "Local partner"]) == "Local partner-New media"


def test_country_table_names_codes_and_regions():
    assert country("Guatemala").prefix == "GTM" and country("Mexico").region == "North America"
    assert country("Nigeria").prefix == "NIG" and country("Kosovo").iso == 0
    assert all(c.region in REGIONS for c in countries().values())
    with pytest.raises(KeyError, match="Atlantis"):
        country("Atlantis")
