"""Property tests: rows drawn from the schema's own vocabularies pass; breaking one rule fails only it."""

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.countries import countries
from conflict_events.schema.taxonomy import (
    CIVILIAN_TARGETING,
    CIVILIAN_TARGETING_EVENT_TYPES,
    ONE_SIDED_EVENT_TYPES,
    SUB_EVENTS,
    ActorType,
    EventType,
    GeoPrecision,
    SourceScale,
    SubEventType,
    TimePrecision,
    combine_source_scales,
    interaction_label,
)
from conflict_events.validation.rules import country_bounds_table
from conflict_events.validation.validate import validate_events

BOXED = sorted(set(countries()) & set(country_bounds_table().index))
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)


@st.composite
def actors(draw: st.DrawFn, event: EventType) -> dict[str, object]:
    """actor1/actor2 and their types, as the event type allows."""
    inter1 = draw(st.sampled_from(list(ActorType)))
    if event is EventType.VIOLENCE_AGAINST_CIVILIANS:
        inter2: ActorType | None = ActorType.CIVILIANS
    elif event in ONE_SIDED_EVENT_TYPES:
        inter2 = draw(st.none() | st.sampled_from(list(ActorType)))
    else:
        inter2 = draw(st.sampled_from(list(ActorType)))
    return {"actor1": draw(TEXT), "assoc_actor_1": draw(st.none() | TEXT), "inter1": inter1.label,
            "actor2": draw(TEXT) if inter2 else None, "assoc_actor_2": draw(st.none() | TEXT) if inter2 else None,
            "inter2": inter2.label if inter2 else None, "interaction": interaction_label(inter1, inter2)}  # fmt: skip


@st.composite
def place(draw: st.DrawFn) -> dict[str, object]:
    """A country of the table and a point inside its box."""
    name = draw(st.sampled_from(BOXED))
    box, c = country_bounds_table().loc[name], countries()[name]
    lat = draw(st.floats(box["min_lat"], box["max_lat"]))
    lon = draw(st.floats(box["min_lon"], box["max_lon"]))
    return {"iso": c.iso, "region": c.region, "country": name, "latitude": round(lat, 4), "longitude": round(lon, 4),
            "prefix": c.prefix}  # fmt: skip


@st.composite
def valid_rows(draw: st.DrawFn) -> dict[str, object]:
    """One event that follows every rule of the codebook."""
    sub = draw(st.sampled_from(list(SubEventType)))
    info = SUB_EVENTS[sub]
    day = draw(st.dates(min_value=date(1997, 1, 1), max_value=date(2099, 12, 31)))
    where = draw(place())
    targeted = info.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS or (
        info.event_type in CIVILIAN_TARGETING_EVENT_TYPES and draw(st.booleans())
    )
    scales = draw(st.sets(st.sampled_from(list(SourceScale)), min_size=1))
    row = {
        "event_id_cnty": f"{where.pop('prefix')}{draw(st.integers(1, 10**7))}", "event_date": pd.Timestamp(day),
        "year": day.year, "time_precision": int(draw(st.sampled_from(list(TimePrecision)))),
        "disorder_type": info.disorder_type.value, "event_type": info.event_type.value, "sub_event_type": sub.value,
        **draw(actors(info.event_type)), "civilian_targeting": CIVILIAN_TARGETING if targeted else None, **where,
        "admin1": draw(st.none() | TEXT), "admin2": draw(st.none() | TEXT), "admin3": draw(st.none() | TEXT),
        "location": draw(TEXT), "geo_precision": int(draw(st.sampled_from(list(GeoPrecision)))),
        "source": draw(TEXT), "source_scale": combine_source_scales(scales), "notes": draw(TEXT),
        "fatalities": draw(st.integers(0, 10_000)), "tags": draw(st.none() | TEXT),
        "timestamp": draw(st.integers(0, 2**40)),
    }  # fmt: skip
    return {name: row[name] for name in COLUMN_NAMES}


def table(rows: list[dict[str, object]]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    df["event_id_cnty"] = [f"{i[:3]}{n}" for n, i in enumerate(df["event_id_cnty"], 1)]  # unique ids
    return df


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(valid_rows(), min_size=1, max_size=20))
def test_rows_drawn_from_the_schema_pass_every_rule(rows):
    result = validate_events(table(rows))
    assert result.ok, result.failures.to_dict("records")
    assert len(result.valid) == len(rows)


BREAKS = {
    "year": lambda r: {"year": r["year"] + 1 if r["year"] < 2100 else 1999},
    "fatalities": lambda r: {"fatalities": -1 - r["fatalities"]},
    "precision": lambda r: {"geo_precision": 4},
    "event_hierarchy": lambda r: {"event_type": next(e.value for e in EventType if e.value != r["event_type"]),
                                  "disorder_type": r["disorder_type"]},
    "actor2_inter2": lambda r: {"inter2": None} if pd.notna(r["actor2"]) else {"inter2": "Civilians"},
    "event_id_prefix": lambda r: {"event_id_cnty": ("XYZ" if r["event_id_cnty"][:3] != "XYZ" else "ABC") + "1"},
}  # fmt: skip


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(valid_rows(), st.sampled_from(sorted(BREAKS)) | st.none()), min_size=1, max_size=20))
def test_breaking_one_rule_of_a_valid_row_reports_that_rule_on_that_row(pairs):
    df = table([row for row, _ in pairs])
    for n, (_, rule) in enumerate(pairs):
        for key, value in (BREAKS[rule](df.iloc[n].to_dict()) if rule else {}).items():
            df.loc[n, key] = value
    failures = validate_events(df).failures
    for n, (_, rule) in enumerate(pairs):
        found = set(failures.loc[failures["row"] == n, "rule"])
        assert (rule in found) if rule else not found, (n, rule, found)
