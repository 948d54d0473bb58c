"""Places: every place a text names, resolved in the context of the whole text (ACLED's location rules).

1. Find names: one Aho-Corasick pass over the folded text (offsets kept), whole capitalised words,
   longest match first, minus a stoplist of common words (`places_match`).
2. Context: the countries named (names, variants, demonyms, the caller's hint).
3. Read each name as its best-scoring candidate: in a context country, inside a division named next
   to it, of the kind its cue word asks for ("X province" is a division), then by size (`places_resolve`).
4. Lists are read in one country; chains ("San Marcos, Guatemala", "Khamyab district, Jowzjan") become
   one mention of their most specific place; a name matching nothing but close to a place of a context
   country ("Huehuetango") is matched fuzzily (`places_chains`, `places_match`).

Geo precision: 1 for a town; 2 for "near/outskirts of" a town and for a district coded to its main town;
3 for a province or region coded to its capital, and for a country coded to its capital.

Example:
    >>> [m.place.location for m in find_places("Gunmen attacked Huehuetango, Guatemala.")]
    ['Huehuetenango']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial

from conflict_events.schema.taxonomy import GeoPrecision

from .gazetteer import Gazetteer, split_parts
from .places_chains import Kind, chains, siblings
from .places_countries import country_names, country_of_demonym, demonyms
from .places_match import Match, acronym, fuzzy_matches, located, match_names, whole_name
from .places_resolve import Reading, admin_rows, best, candidates, guess_countries, nearby, plausible
from .places_variants import variant_matches
from .records import Place

__all__ = [
    "Kind",
    "PlaceMention",
    "country_of_demonym",
    "country_place",
    "find_places",
    "fuzzy_names_by_country",
    "match_names",
    "primary_place",
]


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: its span (covering a whole chain) and its resolution."""

    start: int
    end: int
    text: str
    place: Place
    kind: Kind
    score: float  # 0..1 confidence of the resolution


def find_places(
    text: str, *, country_hint: str | None = None, home: str | None = None, lang: str = "en"
) -> list[PlaceMention]:
    """Every place mentioned in `text`, resolved in the context of the whole text, in text order.

    `country_hint` (an ACLED country name) weighs like a country named in the text; `home` (the country
    of a national outlet) is a weaker prior that decides between same-named places when the text names no
    country; `lang` selects the cue words (English when the language has none).
    """
    dems = demonyms()
    countries_by_key = Gazetteer.load().country_keys
    matches = [
        m for m in map(partial(located, text), match_names(text))
        if candidates(m.key, m.located) and whole_name(text, m)
        and text[m.start : m.end] not in dems  # "Somali soldiers"
        and (m.key in countries_by_key or not acronym(text, m))  # "the SUD union", but "the DRC"
    ]  # fmt: skip
    countries = _context_countries(text, matches, country_hint)
    if sum(countries.values()) < 10:  # no country named: the likeliest readings decide (demonyms only tip)
        countries = guess_countries(text, matches) + countries
        if home:
            countries[home] += HOME_WEIGHT
    near = fuzzy_matches(text, matches, countries)
    near += variant_matches(text, matches + near, countries)
    matches = sorted(matches + near, key=lambda m: m.start)
    resolved = []
    for m in matches:
        reading, value = best(text, m, countries, nearby(m, matches))
        if reading is not None:
            resolved.append((m, reading, value))
    resolved = _consistent(resolved, near)
    resolved = [r for r in siblings(text, resolved, countries) if plausible(r[1], r[2], countries, _placed(text, r[0]))]
    found = [
        PlaceMention(s, e, text[s:e], _named_part(text, s, e, place), kind, sc)
        for s, e, place, kind, sc in chains(text, resolved)
    ]
    return _off_roads(text, found)


_ROAD_NAME = re.compile(
    r"(?:[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)?\s*[-–]\s*)+[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)?"
    r"(?=\s+(?:highway|road|route|motorway|expressway|freeway|axis|railway|rail\s+line|pipeline|corridor)\b)"
)


def _off_roads(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Without the towns that only name a road ("blocked the Riobamba - Cuenca highway in Colta"), when the
    text names another place below the country: the event is not in the towns the road leads to."""
    roads = [m.span() for m in _ROAD_NAME.finditer(text)]
    if not roads:
        return found
    on_road = [any(a <= p.start and p.end <= b for a, b in roads) for p in found]
    if all(on or p.kind == "country" for p, on in zip(found, on_road, strict=True)):
        return found
    return [p for p, on in zip(found, on_road, strict=True) if not on]


_PLACED = re.compile(r"\b(?:in|near|at|outside|around)\s+$")


def _placed(text: str, m: Match) -> bool:
    """True for a name right after a word that places an event there ("gathered in Cetinje")."""
    return bool(_PLACED.search(text, max(0, m.start - 8), m.start))


_PART = re.compile(r"-(North|South|East|West|Central)\b")


def _named_part(text: str, start: int, end: int, place: Place) -> Place:
    """The part of a split division the text names ("Shan-North state"), over the part of its main town."""
    for m in _PART.finditer(text, start, min(len(text), end + 8)):
        word = re.search(r"(\w+)$", text[start : m.start()])
        part = f"{word.group(1) if word else ''}-{m.group(1)}"
        if part != place.admin1 and part in split_parts(place.country):
            return replace(place, admin1=part)
    return place


#: Weight (in tenths of a named country) of the outlet's home country when the text names no country.
HOME_WEIGHT = 5

_CAPITALISED = re.compile(r"[A-Z][\w'-]*")


def _context_countries(text: str, matches: list[Match], hint: str | None) -> Counter[str]:
    """Weights (in tenths) of the countries a text is about: a country named 3, a demonym 0.1, the hint 2."""
    g = Gazetteer.load()
    counts: Counter[str] = Counter()
    for m in matches:
        if m.key in g.country_keys:
            counts[g.country_keys[m.key]] += 30
    dems = demonyms()
    words = _CAPITALISED.findall(text)
    for i, word in enumerate(words):  # weak: "Russian forces shelled Kharkiv" is about Ukraine
        for w in (word, f"{words[i - 1]} {word}" if i else "", word[:-1] if word.endswith("s") else ""):
            if w in dems:
                counts[dems[w]] += 1
    if hint:
        counts[hint] += 20
    return counts


def _consistent(resolved: list[tuple[Match, Reading, float]], near: list[Match]) -> list[tuple[Match, Reading, float]]:
    """Readings that the divisions named right after them do not contradict: in "Pisky, Donetsk" a Pisky of
    another province is not meant (the village is then coded to the division); in "Jinshui district
    (Zhengzhou, Henan)" the near spelling "Jianshui" lies in Yunnan, not in Henan."""
    fuzzy = {id(m) for m in near}
    divisions = [(m, r) for m, r, _ in resolved if id(m) not in fuzzy and r[0] == "d"]
    out = []
    for x in resolved:
        m, reading = x[0], x[1]
        if reading[0] == "t" or id(m) in fuzzy:
            inside = admin_rows(reading)
            follow = [d for d, _ in divisions if 0 <= d.start - m.end <= CHAIN_CHARS and d.key != m.key]
            # any reading of the following name may be meant ("Kyiv" is the city and the oblast around it)
            if follow and all(r[1] not in inside for d in follow for r in candidates(d.key, d.located) if r[0] == "d"):
                continue
        out.append(x)
    return out


#: How far after a name (in characters) the divisions that qualify it are looked for.
CHAIN_CHARS = 60


_RANK: dict[str, int] = {"town": 0, "district": 0, "natural": 1, "admin2": 2, "admin1": 3, "country": 4}


def primary_place(mentions: list[PlaceMention]) -> Place | None:
    """The first most specific place: a town beats a district, a province, then a country."""
    chosen = min(mentions, key=lambda p: (_RANK[p.kind], p.start), default=None)
    return chosen.place if chosen else None


def country_place(country: str) -> Place:
    """The capital of an ACLED country, geo precision 3, with a note: for events where only the country is named.

    Raises LookupError when the gazetteer knows no town of that country.
    """
    g = Gazetteer.load()
    row = g.capital.get(country)
    if row is None:
        raise LookupError(f"no capital known for {country!r}")
    return g.town_place(row, GeoPrecision.REGION, "Only the country is reported; coded to the capital.")


def fuzzy_names_by_country() -> dict[str, list[str]]:
    """Country -> folded names of its divisions and towns of 5,000+ people (for near-spelling searches)."""
    g = Gazetteer.load()
    g.fuzzy_names("")
    return g._fuzzy


def _town_place(row: int, precision: GeoPrecision, note: str = "") -> Place:
    """Deprecated alias of `Gazetteer.town_place`, kept for older callers."""
    return Gazetteer.load().town_place(row, precision, note)


def known_country_names() -> dict[str, str]:
    """Country names the place finder recognises (re-exported for users)."""
    return country_names()
