"""Places named together: lists read in one country, chains ("Khamyab district, Jowzjan") as one mention."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from conflict_events.schema.countries import countries as acled_countries
from conflict_events.schema.taxonomy import GeoPrecision

from .gazetteer import Gazetteer, distance_km
from .gazetteer_names import fold
from .places_cues import cues
from .places_match import Match
from .places_resolve import Reading, admin_rows, candidates, country_of, nearby, score
from .records import Place

Kind = Literal["country", "admin1", "admin2", "town", "district", "natural"]
Resolved = tuple[Match, Reading, float]
_LIST = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def siblings(text: str, resolved: list[Resolved], countries: Counter[str]) -> list[Resolved]:
    """Places listed together ("in San Marcos and Huehuetenango") are read in the same country."""
    out = list(resolved)
    matches = [m for m, _, _ in out]
    for i in range(len(out) - 1):
        (a, ra, sa), (b, rb, sb) = out[i], out[i + 1]
        if not _LIST.match(text[a.end : b.start]):
            continue
        ka, kb = country_of(ra), country_of(rb)
        if ka and kb and ka != kb:
            strong, weak = (i, i + 1) if sa >= sb else (i + 1, i)
            target = country_of(out[strong][1])
            m = out[weak][0]
            near = nearby(m, matches)
            readings = candidates(m.key, m.located)
            same = [(score(c, text, m, countries, near), c) for c in readings if country_of(c) == target]
            if same:
                value, reading = max(same)
                out[weak] = (m, reading, value)
    return out


def _joint(text: str, head: Match, tail: list[Match], chosen: Reading) -> Reading:
    """The head of a chain ("Kamianka, Donetsk") read consistently with the divisions and countries that
    follow; when no reading of the head lies inside them, the first division of the tail stands for it."""
    g = Gazetteer.load()
    divisions: list[int] = []
    countries: set[str] = set()
    per_tail: list[set[int]] = []
    for t in tail:
        rows = set()
        for kind, row in candidates(t.key, t.located):
            if kind == "d":
                divisions.append(row)
                rows.add(row)
                countries.add(g.divisions[row].country or "")
            elif kind == "c":
                countries.add(g.country_keys[t.key])
        per_tail.append(rows)
    inside = set(divisions)
    cands = candidates(head.key, head.located)
    # the readings inside the most of the names that follow ("Kale town (Kale district, Sagaing region)":
    # the Kale of Sagaing, not a Kale inside some other country's Kale district)
    cover = {
        c: sum(bool(set(admin_rows(c)) & rows) for rows in per_tail)
        for c in cands
        if not (c[0] == "d" and c[1] in inside)
    }
    most = max(cover.values(), default=0)
    consistent = [c for c in cands if most and cover.get(c) == most]
    consistent = consistent or [c for c in cands if c[0] != "c" and country_of(c) in countries]
    if chosen in consistent or (not consistent and not divisions):
        return chosen
    if consistent:
        weights: Counter[str] = Counter({c: 10 for c in countries})
        return max(consistent, key=lambda c: score(c, text, head, weights, {t.key for t in tail}))
    return "d", divisions[0]


def _place(reading: Reading, key: str, before: str) -> tuple[Place, Kind] | None:
    """The Place of a reading, its precision set by the cue words before it."""
    g = Gazetteer.load()
    kind, row = reading
    if kind == "c":
        country = g.country_keys[key]
        if country not in g.capital:
            return None
        note = "Only the country is reported; coded to the capital."
        if cues().region_words.search(before):
            note = f"Only a region of {country} is reported; coded to the capital."
        return g.town_place(g.capital[country], GeoPrecision.REGION, note), "country"
    if kind == "t":
        near = bool(cues().near.search(before))
        return g.town_place(row, GeoPrecision.AREA if near else GeoPrecision.TOWN), "town"
    division = g.division_place(row)
    if division is None:
        return None
    return division, "admin1" if g.divisions[row].level == 1 else "admin2"


@cache
def _city_table() -> tuple[dict[tuple[str, str], str], float]:
    raw = yaml.safe_load(resources.files(__package__).joinpath("data/places/city_districts.yaml").read_text("utf-8"))
    table = {(r["country"], fold(r["city"])): r["label"] for r in raw["cities"]}
    return table, float(raw["radius_km"])


def _big_city(tail: list[Resolved]) -> tuple[int, str] | None:
    """The town row and ACLED label of the first city of `city_districts.yaml` in a chain's tail ("Cite
    Soleil, Port-au-Prince"), read as the town or as a division named like its main town."""
    g = Gazetteer.load()
    table = _city_table()[0]
    for _, (kind, row), _ in tail:
        town = row if kind == "t" else g.seat.get(row) if kind == "d" else None
        if town is None:
            continue
        label = table.get((g.towns[town].country or "", fold(g.towns[town].name)))
        if label and (kind == "t" or fold(g.towns[town].name) in fold(g.divisions[row].name)):
            return town, label
    return None


def _city_district(place: Place, head: Reading, tail: list[Resolved]) -> Place:
    """ACLED's "City - District" location for a district or quarter of a city it codes so, named with the
    city after it ("Cite Soleil, Port-au-Prince" -> "Port-au-Prince - Cite Soleil"); other places unchanged."""
    found = _big_city(tail)
    if found is None or head[0] == "c" or place.geo_precision == GeoPrecision.REGION:
        return place
    city, label = found
    g = Gazetteer.load()
    t = g.towns[city]
    if fold(place.location) == fold(t.name) or head == ("t", city):
        return place
    same_admin1 = (
        head[0] == "t"
        and g.towns[head[1]].admin1 == t.admin1
        or head[0] == "d"
        and (g.divisions[head[1]].parent == t.admin1)
    )
    if not same_admin1 or distance_km(place.latitude, place.longitude, t.lat, t.lon) > _city_table()[1]:
        return place
    return replace(place, location=f"{label} - {place.location}")


def chains(text: str, resolved: list[Resolved]) -> list[tuple[int, int, Place, Kind, float]]:
    """Collapse each chain of linked names into one (start, end, place, kind, score), in text order."""
    link = cues().link
    out = []
    i = 0
    while i < len(resolved):
        m, reading, value = resolved[i]
        j = i
        while (
            reading[0] != "c"  # a country is not qualified by the place after it ("Spain in Denmark")
            and j + 1 < len(resolved)
            and link.match(text[resolved[j][0].end : resolved[j + 1][0].start])
        ):
            j += 1
        end = resolved[j][0].end
        if j > i:
            reading = _joint(text, m, [r[0] for r in resolved[i + 1 : j + 1]], reading)
        found = _place(reading, m.key, text[max(0, m.start - 40) : m.start])
        for k in range(i + 1, j + 1) if found is None else ():  # the head codes to nothing: the next name
            found = _place(resolved[k][1], resolved[k][0].key, text[max(0, m.start - 40) : m.start])
            if found is not None:
                break
        if found is not None and j > i:
            found = (_city_district(found[0], reading, resolved[i + 1 : j + 1]), found[1])
        i = j + 1
        if found is None or found[0].country not in acled_countries():
            continue  # a territory ACLED does not code as a country
        close = text[end : end + 1] == ")" and "(" in text[m.start : end]
        out.append((m.start, end + close, found[0], found[1], min(value / 6, 1.0)))
    return out
