"""Derived columns: an event's full ACLED row from its CandidateEvent, its id and its timestamp.

`complete_row` recomputes every column that follows from others (event and disorder type from the
sub-event type, year from the date, interaction from the actor types, iso and region from the
country), so that a row edited by an analyst stays consistent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.countries import country
from conflict_events.schema.taxonomy import CIVILIAN_TARGETING, SUB_EVENTS, ActorType, SubEventType, interaction_label

from .records import CandidateEvent


def _joined(names: tuple[str, ...]) -> str | None:
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) if unique else None


def complete_row(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its derived columns recomputed, in ACLED's column order."""
    info = SUB_EVENTS[SubEventType(row["sub_event_type"])]
    c = country(row["country"])
    inter1 = ActorType.parse(row["inter1"])
    inter2 = ActorType.parse(row["inter2"]) if row.get("inter2") else None
    day = row["event_date"]
    derived = {
        "year": (day if isinstance(day, date) else date.fromisoformat(str(day)[:10])).year,
        "disorder_type": info.disorder_type.value,
        "event_type": info.event_type.value,
        "inter1": inter1.label,
        "inter2": inter2.label if inter2 else None,
        "interaction": interaction_label(inter1, inter2),
        "iso": c.iso,
        "region": c.region,
    }
    merged = {**row, **derived}
    return {name: merged.get(name) for name in COLUMN_NAMES}


def event_row(ev: CandidateEvent, event_id: str, timestamp: int) -> dict[str, Any]:
    """The 31 ACLED columns of one event, in ACLED order."""
    return complete_row(
        {
            "event_id_cnty": event_id,
            "event_date": ev.event_date,
            "time_precision": int(ev.time_precision),
            "sub_event_type": ev.sub_event_type.value,
            "actor1": ev.actor1.name,
            "assoc_actor_1": _joined(ev.assoc_actor_1),
            "inter1": int(ev.actor1.actor_type),
            "actor2": ev.actor2.name if ev.actor2 else None,
            "assoc_actor_2": _joined(ev.assoc_actor_2),
            "inter2": int(ev.actor2.actor_type) if ev.actor2 else None,
            "civilian_targeting": CIVILIAN_TARGETING if ev.civilian_targeting else None,
            "country": ev.place.country,
            "admin1": ev.place.admin1,
            "admin2": ev.place.admin2,
            "admin3": ev.place.admin3,
            "location": ev.place.location,
            "latitude": round(ev.place.latitude, 4),
            "longitude": round(ev.place.longitude, 4),
            "geo_precision": int(ev.place.geo_precision),
            "source": ev.source,
            "source_scale": ev.source_scale,
            "notes": ev.notes,
            "fatalities": int(ev.fatalities),
            "tags": _joined(ev.tags),
            "timestamp": int(timestamp),
        }
    )
