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
