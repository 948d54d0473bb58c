"""Candidates for one place name, with scores and reasons: what `conflict-events places` shows an analyst.

Score = name similarity (1 for an exact name) x a prior (a town's size, a division's level) + 3 when the
reading lies in the country given as context. Near spellings are searched only within that country.
"""

from __future__ import annotations

import math
from typing import Literal

from rapidfuzz import fuzz, process

from conflict_events.schema.taxonomy import GeoPrecision

from .gazetteer import Candidate, Gazetteer
from .gazetteer_names import fold

#: Bonus of a reading inside the context country.
IN_COUNTRY = 3.0
#: Minimal similarity (0-100) of a near spelling.
FUZZY_CUTOFF = 80


def _town(g: Gazetteer, row: int, similarity: float, country: str | None) -> Candidate:
    t = g.towns[row]
    inside = bool(country) and t.country == country
    score = similarity * (1 + math.log10(t.population + 1) / 6) + (IN_COUNTRY if inside else 0)
    why = f"town of {t.population:,}" + (", in the given country" if inside else "")
    if similarity < 1:
        why += f", spelled {similarity:.0%} alike"
    return Candidate(g.town_place(row, GeoPrecision.TOWN), "town", round(score, 2), why)


def _division(g: Gazetteer, row: int, similarity: float, country: str | None) -> Candidate | None:
    d = g.divisions[row]
    place = g.division_place(row)
    if place is None:
        return None
    inside = bool(country) and d.country == country
    level: Literal["admin1", "admin2"] = "admin1" if d.level == 1 else "admin2"
    score = similarity * (1.2 if d.level == 1 else 1.0) + (IN_COUNTRY if inside else 0)
    why = f"{level} {d.name}, coded to its main town" + (", in the given country" if inside else "")
    if similarity < 1:
        why += f", spelled {similarity:.0%} alike"
    return Candidate(place, level, round(score, 2), why)


def candidates(g: Gazetteer, name: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
    """Exact readings of `name`, and near spellings within `country` when given, best first."""
    key = fold(name.strip())
    keyed = [(key, 1.0)] if key in g.keys else []
    pool = g.fuzzy_names(country) if country else []
    for other, sim, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit):
        if other != key:
            keyed.append((other, sim / 100))
    out: list[Candidate] = []
    for k, sim in keyed:
        for kind, row in g.keys[k]:
            found = (
                _town(g, row, sim, country) if kind == "t" else _division(g, row, sim, country) if kind == "d" else None
            )
            if found is not None:
                out.append(found)
    return sorted(out, key=lambda c: (-c.score, c.place.location))[:limit]
