"""Places: every place a text names, resolved in the context of the whole text (ACLED's location rules).

1. Find names: one Aho-Corasick pass over the text (case and accents folded, offsets kept), whole
   words only, capitalised, longest match first, minus a stoplist of common words.
2. Context: countries named (names and demonyms) and the divisions named around each match.
3. Resolve each name to the candidate with the best score: in a context country, inside a division
   the text names next to it ("Rustaq district, Takhar"), the kind its cue word asks for ("X
   province" is a division), then population.
4. Chains ("San Marcos, Guatemala", "Khamyab district, Jowzjan") become one mention of their most
   specific place. A name that matches nothing but is close to a place of a context country
   ("Huehuetango") is matched fuzzily.
Geo precision: 1 for a town; 2 for "near/outskirts of" a town and for a district coded to its main
town; 3 for a province or region coded to its capital, and for a country coded to its capital.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from rapidfuzz import fuzz, process

from conflict_events.schema.countries import countries as acled_countries
from conflict_events.schema.taxonomy import GeoPrecision

from .country_names import country_names, demonyms
from .gazetteer import Gazetteer, ascii_name, fold
from .records import Place

Kind = Literal["country", "admin1", "admin2", "town", "district", "natural"]
_NEAR = re.compile(
    r"\b(?:near|nearby|outskirts\s+of|outside(?:\s+of)?|around|vicinity\s+of|area\s+of|areas\s+of|close\s+to|"
    r"(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:of|from)|(?:north|south|east|west)(?:ern)?\s+of|"
    r"countryside\s+of|environs\s+of|surroundings\s+of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ADMIN1_CUE = re.compile(r"^\s*(?:province|state|region|governorate|department|oblast|prefecture|county)\b", re.I)
_ADMIN2_CUE = re.compile(r"^\s*(?:district|municipality|municipio|county|lga|local\s+government|township|commune|"
                         r"sub-?county|tehsil|taluka|rayon|raion|canton|circle|cercle)\b", re.I)  # fmt: skip
_ADMIN1_LEAD = re.compile(
    r"\b(?:departments?|provinces?|states?|regions?|governorates?|oblasts?)\s+of\s+"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|and)\s+)*$"
)
_TOWN_CUE = re.compile(r"^\s*(?:city|town|village|locality)\b", re.I)
_LINK = re.compile(r"^\s*(?:(?:district|province|state|region|governorate|department|municipality|city|town|village|"
                   r"county|lga|township)\s*)?(?:,|\(|of|in)\s*(?:the\s+)?$", re.I)  # fmt: skip
_REGION_WORDS = re.compile(r"\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
                           r"south-?eastern|south-?western)\s+$", re.I)  # fmt: skip
_FUZZY_LEAD = re.compile(r"\b(?:in|near|at|of|from|to|around|and|outside)\s+(?:the\s+)?([A-Z][\w'-]{4,})\b")


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: its span (covering a whole chain) and its resolution."""

    start: int
    end: int
    text: str
    place: Place
    kind: Kind
    score: float


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    key: str


@cache
def _stopwords() -> frozenset[str]:
    text = resources.files(__package__).joinpath("data/places/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(fold(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _aligned_fold(text: str) -> str:
    """`fold` character by character, so that offsets in the result are offsets in `text`."""
    if text.isascii():
        return text.lower()
    return "".join((fold(c) or c.lower())[:1] or " " for c in text)


def match_names(text: str) -> list[_Match]:
    """Every gazetteer name in the text: whole words, capitalised, longest first, no overlaps."""
    g = Gazetteer.load()
    folded = _aligned_fold(text)
    found = []
    n = len(text)
    for end, key in g.automaton.iter(folded):
        start = end - len(key) + 1
        if not text[start].isupper() or (start > 0 and text[start - 1].isalnum()):
            continue
        if end + 1 < n and (
            text[end + 1].isalnum() or text[end + 1] == "-" and end + 2 < n and text[end + 2].isalpha()
        ):
            continue
        found.append(_Match(start, end + 1, key))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[_Match] = []
    for m in found:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


_PREV_WORD = re.compile(r"([A-Z][\w'’.-]*)\s$")
_NEXT_WORD = re.compile(r"^\s([A-Z][\w'’-]*)")
#: Capitalised words that may stand right before or after a place name without being part of a longer name.
_FREE_BEFORE = frozenset(
    "In On At Near From To The And Of Outside Around Across Between Into Inside Toward Towards Via Both While "
    "When After Before During Since Until Meanwhile Elsewhere Also Downtown Central Greater Northern Southern "
    "Eastern Western North South East West Rural Urban".split()
)
_FREE_AFTER = frozenset(
    "Department Province District State Region City County Governorate Municipality Town Village Oblast "
    "Prefecture Division Township Area Commune Countryside Sub-district Subdistrict Camp Border On In And".split()
)


def _whole_name(text: str, m: _Match) -> bool:
    """False when the match is only part of a longer capitalised name ("Stephen Gray", "Bulo Mareer")."""
    before = _PREV_WORD.search(text, max(0, m.start - 30), m.start)
    word = before.group(1) if before else ""
    if word and word not in _FREE_BEFORE and not word.endswith((".", "!", "?", ":")):
        return False
    after = _NEXT_WORD.match(text[m.end : m.end + 30])
    return not (after and after.group(1) not in _FREE_AFTER)


def _context_countries(text: str, matches: list[_Match], hint: str | None) -> Counter[str]:
    g = Gazetteer.load()
    counts: Counter[str] = Counter()
    for m in matches:
        if m.key in g.country_keys:
            counts[g.country_keys[m.key]] += 30  # weights are tenths: a country named counts 3
    for word, country in demonyms().items():
        if word in text:  # weak: "Russian forces shelled Kharkiv" is about Ukraine
            counts[country] += 1
    if hint:
        counts[hint] += 20
    return counts


def _candidates(key: str) -> list[tuple[str, int]]:
    g = Gazetteer.load()
    cands = g.keys.get(key, [])
    if key in _stopwords():
        return [c for c in cands if c[0] == "c"]
    return cands


def _admin_rows(kind: str, row: int) -> tuple[int, int]:
    g = Gazetteer.load()
    if kind == "t":
        return g.towns[row].admin1, g.towns[row].admin2
    d = g.divisions[row]
    return (d.parent, row) if d.level == 2 else (row, -1)


#: An admin division named this close to a place (in characters) confirms a candidate inside it.
NEAR_CHARS = 150


def _score(cand: tuple[str, int], text: str, m: _Match, countries: Counter[str], nearby: set[str]) -> float:
    g = Gazetteer.load()
    kind, row = cand
    after = text[m.end : m.end + 16]
    if kind == "c":  # a country's name means the country unless a cue word makes it a division or town
        cue = _ADMIN1_CUE.match(after) or _ADMIN2_CUE.match(after) or _TOWN_CUE.match(after)
        return 0.5 if cue else 10.0
    if kind == "t":
        t = g.towns[row]
        country, base = t.country, 1.0 + math.log10(t.population + 1) / 6
        base += 1.0 if _TOWN_CUE.match(after) else 0.0
    else:
        d = g.divisions[row]
        country, base = d.country, 1.2 if d.level == 1 else 1.0
        cue = _ADMIN1_CUE.match(after) if d.level == 1 else _ADMIN2_CUE.match(after)
        lead = d.level == 1 and _ADMIN1_LEAD.search(text, max(0, m.start - 60), m.start)
        base += 3.0 if lead else 2.0 if cue else 0.0
        if text[max(0, m.start - 3) : m.start].rstrip().endswith(("(", ",")):  # "Quequen (Buenos Aires)": a division
            base += 1.0
    base += min(3.0, countries[country] / 10) if country else 0.0
    a1, a2 = _admin_rows(kind, row)
    for admin in (a1, a2):
        if admin >= 0 and admin != row and fold(g.divisions[admin].name) in nearby:
            base += 2.5
    return base


def _place(kind: str, row: int, precise: bool, text_before: str) -> tuple[Place, Kind]:
    g = Gazetteer.load()
    near = bool(_NEAR.search(text_before))
    if kind == "t":
        precision = GeoPrecision.AREA if near or not precise else GeoPrecision.TOWN
        return _town_place(row, precision), "town"
    d = g.divisions[row]
    seat = g.seat.get(row)
    if seat is not None and d.level == 1:
        return _town_place(seat, GeoPrecision.REGION), "admin1"
    if seat is not None:  # a district is coded to its main town, which mostly bears its name
        place = _town_place(seat, GeoPrecision.AREA)
        return Place(**{**place.__dict__, "location": ascii_name(d.name), "admin2": ascii_name(d.name)}), "admin2"
    parent_seat = g.seat.get(d.parent) if d.level == 2 else None
    if parent_seat is None:
        raise LookupError(d.name)
    place = _town_place(parent_seat, GeoPrecision.REGION)  # a district with no known town: its province's seat
    return Place(**{**place.__dict__, "admin2": ascii_name(d.name)}), "admin2"


def _town_place(row: int, precision: GeoPrecision, note: str = "") -> Place:
    g = Gazetteer.load()
    t = g.towns[row]
    a1 = ascii_name(g.divisions[t.admin1].name) if t.admin1 >= 0 else None
    a2 = ascii_name(g.divisions[t.admin2].name) if t.admin2 >= 0 else None
    return Place(t.country or "", a1, a2, None, ascii_name(t.name), round(t.lat, 4), round(t.lon, 4), precision, note)


def country_place(country: str) -> Place:
    """The capital of an ACLED country, geo precision 3: for events where only the country is named."""
    g = Gazetteer.load()
    row = g.capital.get(country)
    if row is None:
        raise LookupError(f"no capital known for {country!r}")
    return _town_place(row, GeoPrecision.REGION, "Only the country is reported; coded to the capital.")


def _fuzzy(text: str, matches: list[_Match], countries: Counter[str]) -> list[_Match]:
    """Names after 'in/near/at ...' that match nothing exactly but resemble a place of a context country."""
    if not countries:
        return []
    names = [n for c, _ in countries.most_common(2) for n in _country_names_index(c)]
    out = []
    for m in _FUZZY_LEAD.finditer(text):
        start, end = m.span(1)
        if any(start < k.end and k.start < end for k in matches):
            continue
        word = fold(m.group(1))
        if word in _stopwords() or word in Gazetteer.load().keys or m.group(1) in demonyms():
            continue
        if re.match(r"\s+[A-Z]", text[end : end + 2]):  # part of a longer name ("Guatemalan Ministry")
            continue
        hit = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=86)
        if hit:
            out.append(_Match(start, end, hit[0]))
    return out


@cache
def _country_names_index(country: str) -> list[str]:
    """Names of a country's divisions and of its towns of 5,000 people or more, for fuzzy matching."""
    return fuzzy_names_by_country().get(country, [])


@cache
def fuzzy_names_by_country() -> dict[str, list[str]]:
    g = Gazetteer.load()
    out: dict[str, set[str]] = {}
    for key, cands in g.keys.items():
        if len(key) < 5:
            continue
        for kind, row in cands:
            if kind == "t" and g.towns[row].population >= 5000 and g.towns[row].country:
                out.setdefault(g.towns[row].country or "", set()).add(key)
            elif kind == "d" and g.divisions[row].country:
                out.setdefault(g.divisions[row].country or "", set()).add(key)
    return {c: sorted(v) for c, v in out.items()}


def find_places(text: str, *, country_hint: str | None = None, lang: str = "en") -> list[PlaceMention]:
    """Every place mentioned in `text`, resolved in the context of the whole text, in text order."""
    dems = demonyms()
    matches = [
        m for m in match_names(text)
        if _candidates(m.key) and _whole_name(text, m) and text[m.start : m.end] not in dems  # "Somali soldiers"
    ]  # fmt: skip
    countries = _context_countries(text, matches, country_hint)
    matches = sorted(matches + _fuzzy(text, matches, countries), key=lambda m: m.start)
    if sum(countries.values()) < 10:  # no country named: the likeliest readings decide (demonyms only tip)
        countries = _guess_countries(text, matches) + countries
    resolved = [(m, *_best(text, m, countries, _nearby(m, matches))) for m in matches]
    resolved = _siblings(text, resolved, countries)
    return _chains(text, [(m, c, s) for m, c, s in resolved if c is not None and _plausible(c, s, countries)])


def _nearby(m: _Match, matches: list[_Match]) -> set[str]:
    """Names of the other places within NEAR_CHARS of a match."""
    return {o.key for o in matches if o is not m and abs(o.start - m.start) <= NEAR_CHARS and o.key != m.key}


def _country_of(cand: tuple[str, int]) -> str | None:
    g = Gazetteer.load()
    kind, row = cand
    if kind == "t":
        return g.towns[row].country
    return g.divisions[row].country if kind == "d" else None


def _plausible(cand: tuple[str, int], score: float, countries: Counter[str]) -> bool:
    """A weak reading outside every country the text is about is a false place (a surname, a word)."""
    country = _country_of(cand)
    return cand[0] == "c" or not countries or countries[country or ""] > 0 or score >= 3.5


_LIST = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def _siblings(
    text: str, resolved: list[tuple[_Match, tuple[str, int] | None, float]], countries: Counter[str]
) -> list[tuple[_Match, tuple[str, int] | None, float]]:
    """Places listed together ("in San Marcos and Huehuetenango") are read in the same country."""
    out = list(resolved)
    for i in range(len(out) - 1):
        (a, ca, sa), (b, cb, sb) = out[i], out[i + 1]
        if ca is None or cb is None or not _LIST.match(text[a.end : b.start]):
            continue
        ka, kb = _country_of(ca), _country_of(cb)
        if ka and kb and ka != kb:
            strong, weak = (i, i + 1) if sa >= sb else (i + 1, i)
            target = _country_of(out[strong][1])  # type: ignore[arg-type]
            m = out[weak][0]
            same = [(_score(c, text, m, countries, _nearby(m, [x for x, _, _ in out])), c) for c in _candidates(m.key)
                    if _country_of(c) == target]  # fmt: skip
            if same:
                score, cand = max(same)
                out[weak] = (m, cand, score)
    return out


def _guess_countries(text: str, matches: list[_Match]) -> Counter[str]:
    """Without a country named, the countries of the places' likeliest readings."""
    g = Gazetteer.load()
    counts: Counter[str] = Counter()
    for m in matches:
        kind_row, score = _best(text, m, Counter(), _nearby(m, matches))
        if kind_row and kind_row[0] != "c":
            kind, row = kind_row
            c = g.towns[row].country if kind == "t" else g.divisions[row].country
            if c:
                counts[c] += round(10 * score * (3 if kind == "d" else 1))  # a named division is strong evidence
    top = counts.most_common(1)
    return Counter({top[0][0]: 1}) if top else counts


def _best(text: str, m: _Match, countries: Counter[str], nearby: set[str]) -> tuple[tuple[str, int] | None, float]:
    cands = _candidates(m.key)
    if not cands:
        return None, 0.0
    scored = [(_score(c, text, m, countries, nearby), c) for c in cands]
    score, best = max(scored, key=lambda sc: (sc[0], -sc[1][1]))
    return best, score


def _joint(text: str, head: _Match, tail: list[_Match], best: tuple[str, int]) -> tuple[str, int]:
    """The head of a chain ("Kamianka, Donetsk") read consistently with the divisions and countries that follow;
    when no reading of the head lies inside them, the first division of the tail stands for the place."""
    g = Gazetteer.load()
    divisions: list[int] = []
    countries: set[str] = set()
    for t in tail:
        for kind, row in _candidates(t.key):
            if kind == "d":
                divisions.append(row)
                countries.add(g.divisions[row].country or "")
            elif kind == "c":
                countries.add(g.country_keys[t.key])
    inside = set(divisions)
    cands = _candidates(head.key)
    consistent = [c for c in cands if set(_admin_rows(*c)) & inside and c[1] not in inside]
    consistent = consistent or [c for c in cands if c[0] != "c" and _country_of(c) in countries]
    if best in consistent or (not consistent and not divisions):
        return best
    if consistent:
        weights: Counter[str] = Counter({c: 10 for c in countries})
        return max(consistent, key=lambda c: _score(c, text, head, weights, {t.key for t in tail}))
    return "d", divisions[0]


def _chains(text: str, resolved: list[tuple[_Match, tuple[str, int], float]]) -> list[PlaceMention]:
    g = Gazetteer.load()
    out: list[PlaceMention] = []
    i = 0
    while i < len(resolved):
        m, (kind, row), score = resolved[i]
        j = i
        while j + 1 < len(resolved) and _LINK.match(text[resolved[j][0].end : resolved[j + 1][0].start]):
            j += 1
        end = resolved[j][0].end
        before = text[max(0, m.start - 40) : m.start]
        if j > i:
            kind, row = _joint(text, m, [r[0] for r in resolved[i + 1 : j + 1]], (kind, row))
        try:
            if kind == "c":
                country = g.country_keys[m.key]
                region = bool(_REGION_WORDS.search(before))
                place, pkind = country_place(country), cast(Kind, "country")
                if region:
                    place = Place(**{**place.__dict__, "note": f"Only a region of {country} is reported."})
            else:
                place, pkind = _place(kind, row, True, before)
        except LookupError:
            i = j + 1
            continue
        if place.country not in acled_countries():  # a territory ACLED does not code as a country
            i = j + 1
            continue
        close = text[end : end + 1] == ")" and "(" in text[m.start : end]
        out.append(PlaceMention(m.start, end + close, text[m.start : end + close], place, pkind, min(score / 6, 1.0)))
        i = j + 1
    return out


def primary_place(mentions: list[PlaceMention]) -> Place | None:
    """The first most specific place: a town beats a district, a province, then a country."""
    rank = {"town": 0, "district": 0, "natural": 1, "admin2": 2, "admin1": 3, "country": 4}
    best = min(mentions, key=lambda p: (rank[p.kind], p.start), default=None)
    return best.place if best else None


def known_country_names() -> dict[str, str]:
    """Country names the place finder recognises (re-exported for users)."""
    return country_names()
