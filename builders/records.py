"""The records that flow through the builders: frozen, typed, small.

Article -> (Mention, CandidateEvent) -> Event rows. See ../shared/design.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from conflict_events.schema.taxonomy import ActorType, GeoPrecision, SubEventType, TimePrecision


@dataclass(frozen=True)
class Article:
    """One input article. Only `text` is required by the readers; `id` is a content hash when absent."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    language: str = "en"
    origin: str = ""  # "path" or "path:line", for messages


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article; it becomes a `rejected` row in articles."""

    article_id: str
    origin: str  # "path" or "path:line"
    message: str  # says what is wrong and how to fix it
    title: str = ""
    source: str = ""
    url: str = ""


@dataclass(frozen=True)
class Place:
    """A resolved place, ready for the event's geography columns."""

    country: str  # ACLED country name
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str
    latitude: float
    longitude: float
    geo_precision: GeoPrecision
    note: str = ""  # e.g. "coded to the capital: only the country is named"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: ACLED-style name and type."""

    name: str
    actor_type: ActorType


@dataclass(frozen=True)
class Mention:
    """Evidence for an event: where in which article the extractor found it."""

    article_id: str
    sentence: str
    char_start: int
    char_end: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class CandidateEvent:
    """An event built from one article, before ids, derived columns and validation."""

    article_id: str
    sub_event_type: SubEventType
    event_date: date
    time_precision: TimePrecision
    actor1: Actor
    actor2: Actor | None
    place: Place
    fatalities: int
    notes: str
    assoc_actor_1: tuple[str, ...] = ()
    assoc_actor_2: tuple[str, ...] = ()
    civilian_targeting: bool = False
    tags: tuple[str, ...] = ()
    source: str = ""
    source_scale: str = ""
    mentions: tuple[Mention, ...] = field(default=())
