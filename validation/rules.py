"""Cross-field rules of the codebook (section 9 and the rules it cites), one check per rule code.

Each check takes the events DataFrame (our conventions: text inter labels, event_date as datetime)
and returns the rows that break the rule, as a boolean Series, with the field it is about and a
message. Column-level rules (types, vocabularies, ranges) come from the pandera model and are
reported under the codes COLUMN_TYPE, NOT_NULL, VOCABULARY, RANGE, FORMAT and UNIQUE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from conflict_events.schema.countries import countries
from conflict_events.schema.taxonomy import (
    CIVILIAN_TARGETING_VARIANTS,
    ONE_SIDED_EVENT_TYPES,
    SUB_EVENTS,
    ActorType,
    EventType,
    combine_source_scales,
    interaction_label,
)


class Rule(StrEnum):
    """The closed set of rule codes a rejected row can carry."""

    COLUMN_TYPE = "column_type"
    NOT_NULL = "not_null"
    VOCABULARY = "vocabulary"
    RANGE = "range"
    FORMAT = "format"
    UNIQUE = "unique"
    COLUMNS = "columns"
    EVENT_HIERARCHY = "event_hierarchy"
    INTERACTION = "interaction"
    ACTOR2_INTER2 = "actor2_inter2"
    VAC_CIVILIANS = "vac_civilians"
    CIVILIAN_TARGETING = "civilian_targeting"
    ONE_SIDED = "one_sided"
    YEAR = "year"
    COUNTRY_TABLE = "country_table"
    EVENT_ID_PREFIX = "event_id_prefix"
    COUNTRY_BOUNDS = "country_bounds"
    SOURCE_SCALE = "source_scale"
    ANALYST_REJECT = "analyst_reject"


@dataclass(frozen=True)
class Finding:
    """The rows one rule rejects."""

    rule: Rule
    field: str
    failing: pd.Series  # boolean, aligned with the frame
    message: str


Check = Callable[[pd.DataFrame], list[Finding]]


def _text(s: pd.Series) -> pd.Series:
    return s.astype(object).where(s.notna(), "").astype(str)


def hierarchy(df: pd.DataFrame) -> list[Finding]:
    """sub_event_type -> event_type -> disorder_type as the taxonomy says."""
    event = df["sub_event_type"].map({k.value: v.event_type.value for k, v in SUB_EVENTS.items()})
    disorder = df["sub_event_type"].map({k.value: v.disorder_type.value for k, v in SUB_EVENTS.items()})
    known = event.notna()
    return [
        Finding(Rule.EVENT_HIERARCHY, "event_type", known & (df["event_type"] != event), "event_type does not match sub_event_type"),
        Finding(Rule.EVENT_HIERARCHY, "disorder_type", known & (df["disorder_type"] != disorder), "disorder_type does not match sub_event_type"),
    ]  # fmt: skip


def _label_of(value: object) -> ActorType | None:
    try:
        return ActorType.parse(value) if isinstance(value, str | int) and value != "" else None
    except ValueError:
        return None


def interaction(df: pd.DataFrame) -> list[Finding]:
    """interaction is derived from inter1 and inter2 (ordered by code; 78 written 8-first)."""
    expected = [
        interaction_label(a, _label_of(b)) if (a := _label_of(a1)) else None
        for a1, b in zip(df["inter1"], df["inter2"], strict=True)
    ]
    bad = pd.Series(
        [e is not None and e != got for e, got in zip(expected, df["interaction"], strict=True)], index=df.index
    )
    return [Finding(Rule.INTERACTION, "interaction", bad, "interaction does not follow from inter1 and inter2")]


def actor2_inter2(df: pd.DataFrame) -> list[Finding]:
    """inter2 is empty exactly when actor2 is empty."""
    a2, i2 = _text(df["actor2"]) != "", _text(df["inter2"]) != ""
    return [Finding(Rule.ACTOR2_INTER2, "inter2", a2 != i2, "inter2 must be given exactly when actor2 is")]


def vac_civilians(df: pd.DataFrame) -> list[Finding]:
    """Violence against civilians has the civilians as actor2, and civilian_targeting set."""
    vac = df["event_type"] == EventType.VIOLENCE_AGAINST_CIVILIANS.value
    not_civ = _text(df["inter2"]) != ActorType.CIVILIANS.label
    unset = ~_text(df["civilian_targeting"]).isin(CIVILIAN_TARGETING_VARIANTS)
    return [
        Finding(Rule.VAC_CIVILIANS, "inter2", vac & not_civ, "violence against civilians needs Civilians as actor2"),
        Finding(Rule.CIVILIAN_TARGETING, "civilian_targeting", vac & unset, "violence against civilians is civilian targeting"),
    ]  # fmt: skip


def civilian_targeting(df: pd.DataFrame) -> list[Finding]:
    """Never civilian targeting for battles or strategic developments."""
    never = df["event_type"].isin([EventType.BATTLES.value, EventType.STRATEGIC_DEVELOPMENTS.value])
    bad = never & (_text(df["civilian_targeting"]) != "")
    return [Finding(Rule.CIVILIAN_TARGETING, "civilian_targeting", bad, "battles and strategic developments never target civilians")]  # fmt: skip


def one_sided(df: pd.DataFrame) -> list[Finding]:
    """Events without actor2 only for explosions, riots, protests and strategic developments."""
    allowed = df["event_type"].isin([e.value for e in ONE_SIDED_EVENT_TYPES])
    bad = (_text(df["actor2"]) == "") & ~allowed
    return [Finding(Rule.ONE_SIDED, "actor2", bad, "this event type needs a second actor")]


def year(df: pd.DataFrame) -> list[Finding]:
    """year is the year of event_date."""
    years = pd.to_datetime(df["event_date"], errors="coerce").dt.year
    bad = years.notna() & (pd.to_numeric(df["year"], errors="coerce") != years)
    return [Finding(Rule.YEAR, "year", bad, "year is not the year of event_date")]


def country_table(df: pd.DataFrame) -> list[Finding]:
    """iso, region and the event id's prefix agree with the ACLED country table."""
    table = countries()
    iso = df["country"].map({k: c.iso for k, c in table.items()})
    region = df["country"].map({k: c.region for k, c in table.items()})
    prefix = df["country"].map({k: c.prefix for k, c in table.items()})
    known = iso.notna()
    ids = _text(df["event_id_cnty"])
    return [
        Finding(Rule.COUNTRY_TABLE, "iso", known & (pd.to_numeric(df["iso"], errors="coerce") != iso), "iso does not match the country"),
        Finding(Rule.COUNTRY_TABLE, "region", known & (df["region"] != region), "region does not match the country"),
        Finding(Rule.EVENT_ID_PREFIX, "event_id_cnty", known & (ids.str[:3] != prefix), "event id does not start with the country's code"),
    ]  # fmt: skip


def source_scale(df: pd.DataFrame) -> list[Finding]:
    """source_scale tokens appear once each, in ACLED's order."""

    def canonical(v: str) -> bool:
        try:
            return v == "" or combine_source_scales(v.split("-")) == v
        except ValueError:
            return False

    bad = ~_text(df["source_scale"]).map(canonical).astype(bool)
    return [
        Finding(
            Rule.SOURCE_SCALE, "source_scale", bad, "source_scale tokens must be known, unique and in ACLED's order"
        )
    ]


CHECKS: tuple[Check, ...] = (hierarchy, interaction, actor2_inter2, vac_civilians, civilian_targeting, one_sided, year,
                             country_table, source_scale)  # fmt: skip
