"""Reading each found name as one gazetteer entry, in the context of the whole text.

A reading is ("t", town row), ("d", division row) or ("c", -1) for a country. Its score adds: a prior
(a town's size, a division's level), the cue words around it ("X province" is a division), the weight of
its country in the text (countries named, demonyms, the caller's hint) and the divisions named near it
("Rustaq district, Takhar" confirms the Rustaq inside Takhar).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from .gazetteer import Gazetteer
from .places_cues import cues
from .places_match import Match, stopwords

Reading = tuple[str, int]
#: An admin division named this close to a place (in characters) confirms a candidate inside it.
NEAR_CHARS = 150
#: A reading outside every country of the text survives when it is this large a town (a city abroad).
ABROAD_POPULATION = 20_000


#: A stopword introduced by a locative word ("in Mendoza") is read as a town of at least this size.
LOCATED_STOPWORD_POPULATION = 50_000


def candidates(key: str, located: bool = False) -> list[Reading]:
    """Every reading of a folded name; a stopword is only ever a country, or a city when `located`."""
    g = Gazetteer.load()
    cands = g.keys.get(key, [])
    if key in stopwords():
        return [
            c
            for c in cands
            if c[0] == "c" or located and c[0] == "t" and g.towns[c[1]].population >= LOCATED_STOPWORD_POPULATION
        ]
    return cands


def admin_rows(reading: Reading) -> tuple[int, int]:
    """The admin1 and admin2 rows a reading lies in (a division counts as lying in itself)."""
    g = Gazetteer.load()
    kind, row = reading
    if kind == "t":
        return g.towns[row].admin1, g.towns[row].admin2
    if kind == "c":
        return -1, -1
    d = g.divisions[row]
    return (d.parent, row) if d.level == 2 else (row, -1)


def country_of(reading: Reading) -> str | None:
    """The ACLED country of a town or division reading (None for a country reading)."""
    g = Gazetteer.load()
    kind, row = reading
    if kind == "t":
        return g.towns[row].country
    return g.divisions[row].country if kind == "d" else None


@lru_cache(maxsize=4096)
def _cue_flags(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool, bool]:
    """The cue words around a name: admin1 after, admin2 after, town after, admin1 lead before, "(" or ","."""
    c = cues()
    after = text[end : end + 24]
    return (
        bool(c.admin1.match(after)),
        bool(c.admin2.match(after)),
        bool(c.town.match(after)),
        bool(c.admin1_lead.search(text, max(0, start - 60), start)),
        text[max(0, start - 3) : start].rstrip().endswith(("(", ",")),  # "Quequen (Buenos Aires)"
    )


def score(reading: Reading, text: str, m: Match, countries: Counter[str], nearby: set[str]) -> float:
    """How likely `reading` is what the text means at `m`."""
    g = Gazetteer.load()
    kind, row = reading
    a1_cue, a2_cue, town_cue, lead, listed = _cue_flags(text, m.start, m.end)
    if kind == "c":  # a country's name means the country unless a cue word makes it a division or town
        return 0.5 if a1_cue or a2_cue or town_cue else 10.0
    if kind == "t":
        t = g.towns[row]
        country, base = t.country, 1.0 + math.log10(t.population + 1) / 6
        base += 1.0 if town_cue else 0.0
    else:
        d = g.divisions[row]
        country, base = d.country, 1.2 if d.level == 1 else 1.0
        base += 3.0 if d.level == 1 and lead else 2.0 if (a1_cue if d.level == 1 else a2_cue) else 0.0
        base += 1.0 if listed else 0.0
        seat = g.seat.get(row)  # of same-named divisions, the more populous one (a tie-break, never more)
        base += math.log10(g.towns[seat].population + 1) / 80 if seat is not None else 0.0
    base += min(3.0, countries[country] / 10) if country else 0.0
    for admin in admin_rows(reading):
        if admin >= 0 and admin != row and g.division_keys[admin] in nearby:
            base += 2.5
    return base


#: Of a name with many readings ("San Jose"), only those in a context country and this many others are scored.
MAX_ABROAD = 12


def _shortlist(cands: list[Reading], countries: Counter[str]) -> list[Reading]:
    """Readings worth scoring: all in the text's countries, plus the first (largest) others."""
    if len(cands) <= MAX_ABROAD:
        return cands
    inside = [c for c in cands if c[0] == "c" or countries[country_of(c) or ""] > 0]
    return inside + [c for c in cands[:MAX_ABROAD] if c not in inside]


def best(text: str, m: Match, countries: Counter[str], nearby: set[str]) -> tuple[Reading | None, float]:
    """The best reading of a match and its score."""
    cands = _shortlist(candidates(m.key, m.located), countries)
    if not cands:
        return None, 0.0
    scored = [(score(c, text, m, countries, nearby), c) for c in cands]
    top, reading = max(scored, key=lambda sc: (sc[0], -sc[1][1]))
    return reading, top


def nearby(m: Match, matches: list[Match]) -> set[str]:
    """Names of the other places within NEAR_CHARS of a match."""
    return {o.key for o in matches if o is not m and abs(o.start - m.start) <= NEAR_CHARS and o.key != m.key}


def plausible(reading: Reading, value: float, countries: Counter[str], located: bool = False) -> bool:
    """A weak reading outside every country the text is about is a false place (a surname, a word), unless
    it is a city of some size whose name has no reading in those countries ("protest in Helsinki
    against the war in Ukraine"), or a town introduced as a place ("citizens gathered in Cetinje in
    support of Ukraine")."""
    country = country_of(reading)
    if reading[0] == "c" or not countries or countries[country or ""] > 0 or value >= 3.5:
        return True
    g = Gazetteer.load()
    least = ABROAD_LOCATED_POPULATION if located else ABROAD_POPULATION
    return reading[0] == "t" and g.towns[reading[1]].population >= least


#: A town outside the text's countries introduced by a locative word ("in Cetinje") is kept from this size.
ABROAD_LOCATED_POPULATION = 2_000


def guess_countries(text: str, matches: list[Match]) -> Counter[str]:
    """Without a country named, the country of the places' likeliest readings."""
    counts: Counter[str] = Counter()
    for m in matches:
        reading, value = best(text, m, Counter(), nearby(m, matches))
        if reading and reading[0] != "c":
            c = country_of(reading)
            if c:
                counts[c] += round(10 * value * (3 if reading[0] == "d" else 1))  # a named division is strong
    top = counts.most_common(1)
    return Counter({top[0][0]: 1}) if top else counts
