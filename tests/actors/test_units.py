"""State force units named by their own acronym or name, and a regime's artillery as its military."""

from datetime import date

from conflict_events.builders.actors import find_actors

ON = date(2022, 4, 15)


def names(text: str, country: str) -> list[str]:
    return [m.actor.name for m in find_actors(text, country=country, on=ON)]


def test_indian_paramilitary_units_by_acronym_and_name():
    assert "Police Forces of India (2014-) Central Reserve Police Force" in names(
        "Militants fired at CRPF personnel in Srinagar.", "India"
    )
    assert "Military Forces of India (2014-) Rashtriya Rifles" in names(
        "Rashtriya Rifles and militants exchanged fire near Shopian.", "India"
    )


def test_regime_artillery_is_the_regimes_military():
    assert names("Syrian regime artillery shelled a village in Aleppo.", "Syria") == [
        "Military Forces of Syria (2000-2024)"
    ]


def test_bare_artillery_names_no_side():
    assert names("Artillery shells hit a village near Kharkiv.", "Ukraine") == []


def test_a_state_military_by_its_acronym_is_named_by_regime_and_external_abroad():
    at_home = find_actors("SSPDF attacked NAS forces in Wonduruba.", country="South Sudan", on=ON)
    assert [(m.actor.name, int(m.actor.actor_type)) for m in at_home] == [
        ("Military Forces of South Sudan (2011-)", 1),
        ("NAS: National Salvation Front", 2),
    ]
    abroad = find_actors("UPDF troops shelled ADF positions in Beni.", country="Democratic Republic of Congo", on=ON)
    assert (abroad[0].actor.name, int(abroad[0].actor.actor_type)) == ("Military Forces of Uganda (1986-)", 8)
