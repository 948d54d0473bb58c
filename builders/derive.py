"""Derived columns: an event's full ACLED row from its CandidateEvent, its id and its timestamp."""

from __future__ import annotations

from typing import Any

from conflict_events.schema.columns import COLUMN_NAMES
from conflict_events.schema.countries import country
from conflict_events.schema.taxonomy import CIVILIAN_TARGETING, SUB_EVENTS, interaction_label

from .records import CandidateEvent


def _joined(names: tuple[str, ...]) -> str | None:
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) if unique else None


def event_row(ev: CandidateEvent, event_id: str, timestamp: int) -> dict[str, Any]:
    """The 31 ACLED columns of one event, in ACLED order."""
    info = SUB_EVENTS[ev.sub_event_type]
    c = country(ev.place.country)
    inter2 = ev.actor2.actor_type if ev.actor2 else None
    row: dict[str, Any] = {
        "event_id_cnty": event_id,
        "event_date": ev.event_date,
        "year": ev.event_date.year,
        "time_precision": int(ev.time_precision),
        "disorder_type": info.disorder_type.value,
        "event_type": info.event_type.value,
        "sub_event_type": info.sub_event_type.value,
        "actor1": ev.actor1.name,
        "assoc_actor_1": _joined(ev.assoc_actor_1),
        "inter1": ev.actor1.actor_type.label,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "assoc_actor_2": _joined(ev.assoc_actor_2),
        "inter2": inter2.label if inter2 else None,
        "interaction": interaction_label(ev.actor1.actor_type, inter2),
        "civilian_targeting": CIVILIAN_TARGETING if ev.civilian_targeting else None,
        "iso": c.iso,
        "region": c.region,
        "country": c.name,
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
    assert tuple(row) == COLUMN_NAMES
    return row
