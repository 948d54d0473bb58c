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


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PLACE_WORDS = st.sampled_from(
    [
        "in",
        "near",
        "Kabul",
        "San Marcos",
        "Huehuetango",
        "(",
        ")",
        ",",
        "Mobile",
        "Of",
        "district",
        "province",
        "Guatemala",
        "Mexico",
        "\u00c9",
        "outskirts of",
        "Lagos",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(PLACE_WORDS, max_size=30).map(" ".join) | st.text(max_size=120))
def test_any_text_gives_valid_places_without_crashing(text):
    for m in find_places(text):
        assert 0 <= m.start < m.end <= len(text) and m.text == text[m.start : m.end]
        assert m.place.country and m.place.location and 1 <= m.place.geo_precision <= 3
        assert -90 <= m.place.latitude <= 90 and -180 <= m.place.longitude <= 180
