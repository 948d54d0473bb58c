"""Candidates for one place name, with scores and reasons: what `conflict-events places` shows an analyst."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz, process

from conflict_events.schema.taxonomy import GeoPrecision

from .gazetteer import Gazetteer, fold
from .places import _town_place, fuzzy_names_by_country
from .records import Place


@dataclass(frozen=True)
class Candidate:
    """One reading of a name."""

    place: Place
    kind: str  # town, admin1, admin2
    score: float
    why: str

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "place": {**asdict(self.place), "geo_precision": int(self.place.geo_precision)}}


def _reading(kind: str, row: int, similarity: float, country: str | None) -> Candidate | None:
    g = Gazetteer.load()
    if kind == "t":
        t = g.towns[row]
        score = similarity * (1 + math.log10(t.population + 1) / 6) + (3 if country and t.country == country else 0)
        why = f"town of {t.population:,}" + (", in the given country" if country and t.country == country else "")
        return Candidate(_town_place(row, GeoPrecision.TOWN), "town", round(score, 2), why)
    d = g.divisions[row]
    seat = g.seat.get(row)
    if seat is None:
        return None
    level = "admin1" if d.level == 1 else "admin2"
    score = similarity * (1.2 if d.level == 1 else 1.0) + (3 if country and d.country == country else 0)
    precision = GeoPrecision.REGION if d.level == 1 else GeoPrecision.AREA
    why = f"{level} {d.name}, coded to its main town" + (
        ", in the given country" if country and d.country == country else ""
    )
    return Candidate(_town_place(seat, precision), level, round(score, 2), why)


def candidates(name: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
    """Exact readings of `name`, and near spellings within `country` when given, best first."""
    g = Gazetteer.load()
    key = fold(name.strip())
    keyed = [(key, 1.0)] if key in g.keys else []
    pool = fuzzy_names_by_country().get(country, []) if country else []
    for other, sim, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=80, limit=limit):
        if other != key:
            keyed.append((other, sim / 100))
    out = [c for k, sim in keyed for kind, row in g.keys[k] if kind != "c" if (c := _reading(kind, row, sim, country))]
    return sorted(out, key=lambda c: -c.score)[:limit]
