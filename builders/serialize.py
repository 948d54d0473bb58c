"""Candidate events to and from plain JSON-able dicts, for the incremental-build cache.

No pickle: a dataset folder may come from someone else, and loading it must never run code.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from conflict_events.schema.taxonomy import ActorType, GeoPrecision, SubEventType, TimePrecision

from .records import Actor, CandidateEvent, Mention, Place


def _actor(a: Actor | None) -> list[Any] | None:
    return [a.name, int(a.actor_type)] if a else None


def _from_actor(v: list[Any] | None) -> Actor | None:
    return Actor(v[0], ActorType(v[1])) if v else None


def to_dict(ev: CandidateEvent) -> dict[str, Any]:
    """A JSON-able dict holding every field of a candidate event."""
    p = ev.place
    return {
        "article_id": ev.article_id,
        "sub_event_type": ev.sub_event_type.value,
        "event_date": ev.event_date.isoformat(),
        "time_precision": int(ev.time_precision),
        "actor1": _actor(ev.actor1),
        "actor2": _actor(ev.actor2),
        "place": [
            p.country,
            p.admin1,
            p.admin2,
            p.admin3,
            p.location,
            p.latitude,
            p.longitude,
            int(p.geo_precision),
            p.note,
        ],
        "fatalities": ev.fatalities,
        "notes": ev.notes,
        "assoc_actor_1": list(ev.assoc_actor_1),
        "assoc_actor_2": list(ev.assoc_actor_2),
        "civilian_targeting": ev.civilian_targeting,
        "tags": list(ev.tags),
        "source": ev.source,
        "source_scale": ev.source_scale,
        "mentions": [
            [m.article_id, m.sentence, m.char_start, m.char_end, m.extractor, m.confidence] for m in ev.mentions
        ],
    }


def from_dict(d: dict[str, Any]) -> CandidateEvent:
    """The candidate event `to_dict` described."""
    p = d["place"]
    actor1 = _from_actor(d["actor1"])
    assert actor1 is not None
    return CandidateEvent(
        article_id=d["article_id"],
        sub_event_type=SubEventType(d["sub_event_type"]),
        event_date=date.fromisoformat(d["event_date"]),
        time_precision=TimePrecision(d["time_precision"]),
        actor1=actor1,
        actor2=_from_actor(d["actor2"]),
        place=Place(p[0], p[1], p[2], p[3], p[4], p[5], p[6], GeoPrecision(p[7]), p[8]),
        fatalities=d["fatalities"],
        notes=d["notes"],
        assoc_actor_1=tuple(d["assoc_actor_1"]),
        assoc_actor_2=tuple(d["assoc_actor_2"]),
        civilian_targeting=d["civilian_targeting"],
        tags=tuple(d["tags"]),
        source=d["source"],
        source_scale=d["source_scale"],
        mentions=tuple(Mention(*m) for m in d["mentions"]),
    )
