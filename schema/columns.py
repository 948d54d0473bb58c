"""The 31 ACLED columns, in ACLED's order, with their logical type and a one-line description.

The pyarrow schema (`arrow.py`), the pandera model (`model.py`), the DuckDB DDL and the docs are all
derived from `COLUMNS`; no other module lists the columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["str", "date", "int", "float"]


@dataclass(frozen=True)
class Column:
    """One ACLED column."""

    name: str
    kind: Kind
    nullable: bool
    description: str
    vocabulary: str | None = None  # name of the closed vocabulary in taxonomy, if any


COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", "str", False, "Country code prefix plus a per-country number; unique and stable."),
    Column("event_date", "date", False, "Date the event took place (YYYY-MM-DD)."),
    Column("year", "int", False, "Year of event_date."),
    Column("time_precision", "int", False, "Date certainty: 1 day, 2 week or similar range, 3 month."),
    Column("disorder_type", "str", False, "Disorder category, fixed by sub_event_type.", "disorder_type"),
    Column("event_type", "str", False, "One of ACLED's six event types.", "event_type"),
    Column("sub_event_type", "str", False, "One of ACLED's 25 sub-event types.", "sub_event_type"),
    Column("actor1", "str", False, "One of the two main actors, in ACLED's naming convention."),
    Column("assoc_actor_1", "str", True, "Actors allied with or identifying actor1, '; '-separated."),
    Column("inter1", "str", False, "Actor type of actor1 (text label).", "inter"),
    Column("actor2", "str", True, "The other main actor; in violence against civilians, the civilians."),
    Column("assoc_actor_2", "str", True, "Actors allied with or identifying actor2, '; '-separated."),
    Column("inter2", "str", True, "Actor type of actor2 (text label); empty when there is no actor2.", "inter"),
    Column("interaction", "str", False, "The two actor types combined ('State forces-Civilians').", "interaction"),
    Column("civilian_targeting", "str", True, "'Civilian targeting' when civilians were the main target."),
    Column("iso", "int", False, "ISO 3166 numeric code of the country (Kosovo 0)."),
    Column("region", "str", False, "ACLED region of the country.", "region"),
    Column("country", "str", False, "Country, as ACLED names it."),
    Column("admin1", "str", True, "Largest sub-national administrative unit."),
    Column("admin2", "str", True, "Second-level administrative unit."),
    Column("admin3", "str", True, "Third-level administrative unit."),
    Column("location", "str", False, "The named place the event is coded to."),
    Column("latitude", "float", False, "Latitude of the location (WGS84, 4 decimals)."),
    Column("longitude", "float", False, "Longitude of the location (WGS84, 4 decimals)."),
    Column("geo_precision", "int", False, "Place certainty: 1 town, 2 near or small area, 3 larger region."),
    Column("source", "str", False, "Sources used, '; '-separated outlet names."),
    Column("source_scale", "str", False, "Scale of the sources, tokens joined with '-' in ACLED's order."),
    Column("notes", "str", False, "Short English summary of the event."),
    Column("fatalities", "int", False, "Reported fatalities; the most conservative figure; 0 when unknown."),
    Column("tags", "str", True, "Structured extras, '; '-separated (e.g. 'crowd size=no report')."),
    Column("timestamp", "int", False, "Unix seconds when the event was first created by a build."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}

assert len(COLUMNS) == 31 and len(set(COLUMN_NAMES)) == 31
