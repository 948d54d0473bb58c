import pytest

from conflict_events.builders.places import country_place, find_places


def first(text: str):
    return find_places(text)[0].place


def test_the_seed_places_including_the_misspelled_huehuetango():
    text = "Gunmen raided communities in San Marcos and Huehuetango, Guatemala, on Monday."
    places = [p.place for p in find_places(text) if p.kind != "country"]
    assert [(p.country, p.admin1, p.location) for p in places] == [
        ("Guatemala", "San Marcos", "San Marcos"),
        ("Guatemala", "Huehuetenango", "Huehuetenango"),
    ]


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Protesters marched in Valencia, Venezuela.", "Venezuela", "Carabobo"),
        ("Protesters marched in Valencia, Spain.", "Spain", "Valencia"),
        ("Police clashed with fans in Cordoba, Argentina.", "Argentina", "Cordoba"),
    ],
)
def test_same_name_places_resolved_by_country_context(text, country, admin1):
    p = [m.place for m in find_places(text) if m.kind != "country"][0]
    assert p.country == country and admin1.lower() in (p.admin1 or "").lower().replace("ó", "o")


def test_near_and_outskirts_give_geo_precision_2():
    assert first("Fighting near Maiduguri, Nigeria.").geo_precision == 2
    assert first("An attack on the outskirts of Mosul, Iraq.").geo_precision == 2
    assert first("An attack in Mosul, Iraq.").geo_precision == 1


def test_district_and_region_mentions():
    p = first("Fighting in Khamyab district, Jowzjan province.")
    assert (p.country, p.admin2, p.location, p.geo_precision) == ("Afghanistan", "Khamyab", "Khamyab", 2)
    q = [m for m in find_places("Clashes in Borno State, Nigeria.") if m.kind != "country"][0].place
    assert (q.admin1, q.geo_precision) == ("Borno", 3)


def test_country_only_is_coded_to_the_capital():
    p = country_place("Nigeria")
    assert (p.location, p.geo_precision) == ("Abuja", 3) and p.note


def test_capitalised_common_words_are_not_places():
    text = "Mobile Police Of War May Bar Hope Union Independence President Victory Army Monday"
    assert find_places(text) == []
