"""The rules an events row must follow (codebook section 9 and the rules it cites), one code per rule.

Column-level rules (types, nulls, vocabularies, ranges, the id format) are checks of the pandera model
in `schema/model.py`; `column_rule` names the code each of its failures is reported under. Cross-field
rules are the check functions below: each takes the events DataFrame (our conventions: text inter
labels, event_date as datetime) and returns `Finding`s, a boolean Series of failing rows plus the field
and a message. Every check is vectorised and skips rows whose inputs another rule already rejects, so
that one mistake is reported once, under its own code.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from conflict_events.schema.countries import REGIONS, countries
from conflict_events.schema.taxonomy import (
    CIVILIAN_TARGETING_EVENT_TYPES,
    CIVILIAN_TARGETING_VARIANTS,
    ONE_SIDED_EVENT_TYPES,
    SUB_EVENTS,
    ActorType,
    EventType,
    all_interactions,
    combine_source_scales,
)


class Rule(StrEnum):
    """The closed set of rule codes a rejected row can carry."""

    COLUMNS = "columns"  # missing, extra or misordered columns: the whole table fails
    COLUMN_TYPE = "column_type"
    NOT_NULL = "not_null"
    VOCABULARY = "vocabulary"
    EVENT_ID_FORMAT = "event_id_format"
    EVENT_ID_UNIQUE = "event_id_unique"
    EVENT_ID_PREFIX = "event_id_prefix"
    EVENT_HIERARCHY = "event_hierarchy"
    INTERACTION = "interaction"
    ACTOR2_INTER2 = "actor2_inter2"
    VAC_CIVILIANS = "vac_civilians"
    CIVILIAN_TARGETING = "civilian_targeting"
    ONE_SIDED = "one_sided"
    YEAR = "year"
    PRECISION = "precision"
    COORDINATES = "coordinates"
    COUNTRY_BOUNDS = "country_bounds"
    FATALITIES = "fatalities"
    SOURCE_SCALE = "source_scale"
    COUNTRY_TABLE = "country_table"
    ANALYST_REJECT = "analyst_reject"  # not a check: an analyst's correction rejected the event


#: Code of a failed value check of the pandera model, by column; other columns report `vocabulary`.
_COLUMN_VALUE_RULES: dict[str, Rule] = {
    "event_id_cnty": Rule.EVENT_ID_FORMAT,
    "year": Rule.YEAR,
    "time_precision": Rule.PRECISION,
    "geo_precision": Rule.PRECISION,
    "latitude": Rule.COORDINATES,
    "longitude": Rule.COORDINATES,
    "fatalities": Rule.FATALITIES,
    "iso": Rule.COUNTRY_TABLE,
    "country": Rule.COUNTRY_TABLE,
    "source_scale": Rule.SOURCE_SCALE,
    "civilian_targeting": Rule.CIVILIAN_TARGETING,
}


def column_rule(column: str | None, check: str) -> Rule:
    """The rule code of a pandera failure, from its column and the check's name."""
    if column is None or check.startswith(("column_in_", "columns_ordered", "column_in_schema")):
        return Rule.COLUMNS
    if check.startswith(("dtype", "coerce")):
        return Rule.COLUMN_TYPE
    if check.startswith(("not_nullable", "str_length")):
        return Rule.NOT_NULL
    if check.startswith("field_uniqueness"):
        return Rule.EVENT_ID_UNIQUE
    return _COLUMN_VALUE_RULES.get(column, Rule.VOCABULARY)


@dataclass(frozen=True)
class Finding:
    """The rows one rule rejects."""

    rule: Rule
    field: str
    failing: pd.Series  # boolean, aligned with the frame
    message: str


Check = Callable[[pd.DataFrame], list[Finding]]


def _given(s: pd.Series) -> pd.Series:
    """True where a cell holds a non-blank value."""
    return s.notna() & (s.astype(str).str.strip() != "")


def _in(s: pd.Series, values: Iterable[object]) -> pd.Series:
    """True where a cell is one of `values` (enum members compare by their text)."""
    return s.isin([str(v) for v in values])


def actor_codes(s: pd.Series) -> pd.Series:
    """inter labels or numeric codes -> codes 1-8; blank -> 0; anything else -> NA."""

    def parse(v: object) -> int | None:
        try:
            return int(ActorType.parse(v))
        except ValueError:
            return None

    values = s[_given(s)].unique()
    codes = s.map({v: parse(v) for v in values}).astype("Int64")
    return codes.where(_given(s), 0)


def hierarchy(df: pd.DataFrame) -> list[Finding]:
    """sub_event_type -> event_type -> disorder_type as the taxonomy says."""
    event = df["sub_event_type"].map({k.value: v.event_type.value for k, v in SUB_EVENTS.items()})
    disorder = df["sub_event_type"].map({k.value: v.disorder_type.value for k, v in SUB_EVENTS.items()})
    ev_known = event.notna() & _in(df["event_type"], set(event.dropna()) | {e.value for e in EventType})
    dis_known = disorder.notna() & _in(df["disorder_type"], {v.disorder_type.value for v in SUB_EVENTS.values()})
    return [
        Finding(Rule.EVENT_HIERARCHY, "event_type", ev_known & (df["event_type"] != event),
                "event_type does not match sub_event_type"),
        Finding(Rule.EVENT_HIERARCHY, "disorder_type", dis_known & (df["disorder_type"] != disorder),
                "disorder_type does not match sub_event_type"),
    ]  # fmt: skip


def interaction(df: pd.DataFrame) -> list[Finding]:
    """interaction follows from inter1 and inter2 (codes ordered, 0 for no actor2, 78 written 8-first)."""
    c1, c2 = actor_codes(df["inter1"]), actor_codes(df["inter2"])
    known = c1.notna() & c2.notna() & (c1 > 0) & (_given(df["actor2"]) == _given(df["inter2"]))
    lo, hi = np.minimum(c1.fillna(0), c2.fillna(0)), np.maximum(c1.fillna(0), c2.fillna(0))
    code = pd.Series(np.where(lo == 0, hi * 10, lo * 10 + hi), index=df.index)
    expected = code.map(all_interactions())
    listed = _in(df["interaction"], all_interactions().values())
    bad = known & listed & (df["interaction"] != expected)
    return [Finding(Rule.INTERACTION, "interaction", bad, "interaction does not follow from inter1 and inter2")]


def actor2_inter2(df: pd.DataFrame) -> list[Finding]:
    """inter2 is empty exactly when actor2 is empty."""
    bad = _given(df["actor2"]) != _given(df["inter2"])
    return [Finding(Rule.ACTOR2_INTER2, "inter2", bad, "inter2 must be given exactly when actor2 is")]


def vac_civilians(df: pd.DataFrame) -> list[Finding]:
    """Violence against civilians has the civilians as actor2."""
    vac = df["event_type"] == EventType.VIOLENCE_AGAINST_CIVILIANS.value
    other = (actor_codes(df["inter2"]) != int(ActorType.CIVILIANS)).fillna(False) & _given(df["inter2"])
    return [Finding(Rule.VAC_CIVILIANS, "inter2", vac & other, "violence against civilians needs Civilians as actor2")]


def civilian_targeting(df: pd.DataFrame) -> list[Finding]:
    """Violence against civilians is civilian targeting; battles and strategic developments never are."""
    vac = df["event_type"] == EventType.VIOLENCE_AGAINST_CIVILIANS.value
    flagged = _in(df["civilian_targeting"], CIVILIAN_TARGETING_VARIANTS)
    known = _in(df["event_type"], EventType)
    never = known & ~_in(df["event_type"], CIVILIAN_TARGETING_EVENT_TYPES)
    return [
        Finding(Rule.CIVILIAN_TARGETING, "civilian_targeting", vac & ~_given(df["civilian_targeting"]),
                "violence against civilians is civilian targeting"),
        Finding(Rule.CIVILIAN_TARGETING, "civilian_targeting", never & flagged,
                "battles and strategic developments never target civilians"),
    ]  # fmt: skip


def one_sided(df: pd.DataFrame) -> list[Finding]:
    """Events without actor2 only for explosions, riots, protests and strategic developments."""
    needs_two = _in(df["event_type"], EventType) & ~_in(df["event_type"], ONE_SIDED_EVENT_TYPES)
    bad = needs_two & ~_given(df["actor2"])
    return [Finding(Rule.ONE_SIDED, "actor2", bad, "this event type needs a second actor")]


def year(df: pd.DataFrame) -> list[Finding]:
    """year is the year of event_date."""
    years = pd.to_datetime(df["event_date"], errors="coerce").dt.year
    given = pd.to_numeric(df["year"], errors="coerce")
    bad = years.notna() & given.notna() & (given != years)
    return [Finding(Rule.YEAR, "year", bad, "year is not the year of event_date")]


def country_table(df: pd.DataFrame) -> list[Finding]:
    """iso and region agree with the ACLED country table."""
    table = countries()
    iso = df["country"].map({k: c.iso for k, c in table.items()})
    region = df["country"].map({k: c.region for k, c in table.items()})
    known = iso.notna()
    given_iso = pd.to_numeric(df["iso"], errors="coerce")
    return [
        Finding(Rule.COUNTRY_TABLE, "iso", known & given_iso.notna() & (given_iso != iso),
                "iso does not match the country"),
        Finding(Rule.COUNTRY_TABLE, "region", known & _in(df["region"], REGIONS) & (df["region"] != region),
                "region does not match the country"),
    ]  # fmt: skip


def event_id_prefix(df: pd.DataFrame) -> list[Finding]:
    """A well-formed event id starts with the country's code."""
    prefix = df["country"].map({k: c.prefix for k, c in countries().items()})
    ids = df["event_id_cnty"].astype(str)
    well_formed = ids.str.fullmatch(r"[A-Z]{3}\d+")
    bad = prefix.notna() & well_formed & (ids.str[:3] != prefix)
    return [Finding(Rule.EVENT_ID_PREFIX, "event_id_cnty", bad, "event id does not start with the country's code")]


@cache
def country_bounds_table() -> pd.DataFrame:
    """ACLED country -> min_lat, max_lat, min_lon, max_lon, read once from `data/country_bounds.csv`."""
    text = resources.files(__package__).joinpath("data/country_bounds.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")))
    return pd.DataFrame(rows).set_index("country").astype(float)


#: Extra degrees allowed around a country for geo_precision 3: such events may be coded to a natural
#: location named in reporting (a sea, a border area) rather than to a place in the country.
REGION_MARGIN = 5.0


def country_bounds(df: pd.DataFrame) -> list[Finding]:
    """Coordinates in range lie inside the stated country's bounding box (wider for geo_precision 3)."""
    box = country_bounds_table().reindex(df["country"].astype(str))
    box.index = df.index
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    pad = (pd.to_numeric(df["geo_precision"], errors="coerce") == 3) * REGION_MARGIN
    in_range = lat.between(-90, 90) & lon.between(-180, 180)
    inside = (lat >= box["min_lat"] - pad) & (lat <= box["max_lat"] + pad)
    inside &= (lon >= box["min_lon"] - pad) & (lon <= box["max_lon"] + pad)
    bad = box["min_lat"].notna() & in_range & ~inside
    return [Finding(Rule.COUNTRY_BOUNDS, "latitude", bad, "coordinates lie outside the country")]


def _canonical_scale(value: str) -> bool:
    try:
        return combine_source_scales(value.split("-")) == value
    except ValueError:
        return False


def source_scale(df: pd.DataFrame) -> list[Finding]:
    """source_scale tokens are known, each once, in ACLED's order."""
    given = _given(df["source_scale"])
    values = df["source_scale"][given].unique()
    ok = df["source_scale"].map({v: _canonical_scale(str(v)) for v in values})
    bad = given & ~ok.fillna(True).astype(bool)
    return [Finding(Rule.SOURCE_SCALE, "source_scale", bad, "source_scale tokens must be known, once each, in order")]


#: The cross-field checks, in the order their failures are listed.
CHECKS: tuple[Check, ...] = (
    hierarchy,
    interaction,
    actor2_inter2,
    vac_civilians,
    civilian_targeting,
    one_sided,
    year,
    country_table,
    event_id_prefix,
    country_bounds,
    source_scale,
)
