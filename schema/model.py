"""The pandera model of the events table, derived from `columns.py`, `taxonomy.py` and `countries.py`.

Column-level rules live here (types, nullability, vocabularies, ranges, the id format); rules that
relate several columns live in `conflict_events.validation`. `python -m conflict_events.schema.model`
rewrites the golden serialisation `pandera_schema.yaml`, which a test compares with the model so that
every schema change shows up as a diff in review.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pandera.pandas as pa

from .columns import COLUMNS, Column
from .countries import REGIONS, countries
from .taxonomy import (
    ACTOR_TYPE_LABELS,
    CIVILIAN_TARGETING_VARIANTS,
    DisorderType,
    EventType,
    SourceScale,
    SubEventType,
    all_interactions,
)

GOLDEN = Path(__file__).with_name("pandera_schema.yaml")
EVENT_ID = r"^[A-Z]{3}\d+$"
_SCALE = "|".join(s.value for s in SourceScale)


def _vocabularies() -> dict[str, list[str]]:
    return {
        "disorder_type": sorted(d.value for d in DisorderType),
        "event_type": sorted(e.value for e in EventType),
        "sub_event_type": sorted(s.value for s in SubEventType),
        "inter": sorted(ACTOR_TYPE_LABELS.values()),
        "interaction": sorted(all_interactions().values()),
        "region": sorted(REGIONS),
    }


def _checks(col: Column) -> list[pa.Check]:
    vocab = _vocabularies()
    extra: dict[str, list[pa.Check]] = {
        "event_id_cnty": [pa.Check.str_matches(EVENT_ID)],
        "time_precision": [pa.Check.isin([1, 2, 3])],
        "geo_precision": [pa.Check.isin([1, 2, 3])],
        "year": [pa.Check.in_range(1997, 2100)],
        "fatalities": [pa.Check.ge(0)],
        "iso": [pa.Check.ge(0)],
        "latitude": [pa.Check.in_range(-90, 90)],
        "longitude": [pa.Check.in_range(-180, 180)],
        "country": [pa.Check.isin(sorted(countries()))],
        "civilian_targeting": [pa.Check.isin(sorted(CIVILIAN_TARGETING_VARIANTS))],
        "source_scale": [pa.Check.str_matches(rf"^(?:{_SCALE})(?:-(?:{_SCALE}))*$")],
        "source": [pa.Check.str_length(min_value=1)],
        "actor1": [pa.Check.str_length(min_value=1)],
        "location": [pa.Check.str_length(min_value=1)],
    }
    checks = list(extra.get(col.name, []))
    if col.vocabulary in vocab:
        checks.append(pa.Check.isin(vocab[col.vocabulary]))
    return checks


_DTYPES = {"str": pa.String, "date": pa.DateTime, "int": pa.Int64, "float": pa.Float64}


@cache
def events_schema() -> pa.DataFrameSchema:
    """The pandera schema of the events table: strict, ordered, unique ids, a description on every column."""
    return pa.DataFrameSchema(
        {
            c.name: pa.Column(
                _DTYPES[c.kind], checks=_checks(c), nullable=c.nullable, coerce=True, description=c.description,
                unique=c.name == "event_id_cnty",
            )
            for c in COLUMNS
        },
        strict=True,
        ordered=True,
        name="acled_events",
        description="An ACLED-style event table (31 columns in ACLED's order).",
    )  # fmt: skip


def golden_yaml() -> str:
    """The model serialised as YAML, as committed in `pandera_schema.yaml`."""
    return str(events_schema().to_yaml())


if __name__ == "__main__":
    GOLDEN.write_text(golden_yaml(), encoding="utf-8")
    sys.stdout.write(f"wrote {GOLDEN}\n")
