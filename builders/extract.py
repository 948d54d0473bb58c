"""One article in, its candidate events out: the pure per-article function of the pipeline.

segment -> detect (classify each sentence, drop non-event sentences) -> fill (dates, places, actors
found in each sentence) -> frame (one event per place and day) -> resolve (roles, targeting, notes).
Depends on nothing but the article and the knowledge files, so a process pool or a Dask cluster can
map it over any number of articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from conflict_events.schema.taxonomy import (
    ActorType,
    EventType,
    GeoPrecision,
    SubEventType,
    TimePrecision,
    event_type_of,
)

from .actors import (
    ActorDictionary,
    ActorMention,
    assign_roles,
    find_actors,
    generic_actor,
    rival_sides,
    state_of,
)
from .classify import ARMED_TYPES, classify_sentence, non_event_reason, reporting_sentences
from .dates import DateMention, find_dates
from .frame import Detection, Frame, frame_detections, is_background
from .notes import write_note
from .places import PlaceMention, country_place, find_places, fuzzy_names_by_country
from .records import Article, CandidateEvent, Mention, Place
from .segment import Sentence, split_sentences
from .sources import home_country
from .targeting import civilian_targeting
from .victim_side import armed_victim

#: Name and version written to mentions.extractor.
EXTRACTOR = "rules-en/0.1"
#: Sub-event types that have no fatalities: deaths at a protest make it excessive force or a riot.
NO_FATALITIES = frozenset({SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION})
#: Events whose confidence is below this are not emitted (see `extract(min_confidence=...)`).
DEFAULT_MIN_CONFIDENCE = 0.3


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


@dataclass(frozen=True)
class Extraction:
    """What one article gave: its events, and why it gave none when it gave none."""

    article_id: str
    events: tuple[CandidateEvent, ...]
    message: str = ""


def inside(spans: list[S], sentence: Sentence) -> tuple[S, ...]:
    """The spans that lie within a sentence."""
    return tuple(s for s in spans if s.start >= sentence.start and s.end <= sentence.end)


def main_country(places: list[PlaceMention]) -> str | None:
    """The country most places in the article belong to (the first one on a tie)."""
    counts = Counter(p.place.country for p in places)
    return max(
        counts, key=lambda c: (counts[c], -next(i for i, p in enumerate(places) if p.place.country == c)), default=None
    )


def default_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The place an undated, unplaced first report falls back to: the most specific place named."""
    rank = {"town": 0, "district": 0, "natural": 1, "admin2": 2, "admin1": 3, "country": 4}
    return min(places, key=lambda p: (rank.get(p.kind, 5), p.start), default=None)


def default_date(dates: list[DateMention], reference: date) -> DateMention | None:
    """The first date in the article that is not background."""
    recent = [d for d in dates if d.value <= reference and not is_background(d, reference)]
    return recent[0] if recent else None


def side_of(mention: ActorMention) -> str:
    """The side an armed actor fights on: a state's military, police and their units are one side (under one
    regime: the Houthi authorities' forces and the recognised government's are two)."""
    return state_of(mention.actor) or mention.actor.name


def detect(
    article: Article, reference: date, dictionary: ActorDictionary | None
) -> tuple[list[Detection], list[DateMention], list[PlaceMention], str | None]:
    """Classify each sentence and collect the arguments found inside the ones that report events."""
    text, lang = article.text, article.language or "en"
    reporting = [s for s in reporting_sentences(text, split_sentences(text), lang) if not non_event_reason(s)]
    if not reporting:  # no trigger anywhere: nothing below could give a detection
        return [], [], [], None
    dates = find_dates(text, reference)
    home = home_country(article.source, article.url)
    places = find_places(text, home=home)
    country = main_country(places)
    on = default_date(dates, reference) or None
    actors = find_actors(text, country=country, on=on.value if on else reference, dictionary=dictionary)
    if country is None:  # no place named: the country the actors belong to, coded to its capital
        homes = Counter(a.home for a in actors if a.home)
        country = homes.most_common(1)[0][0] if homes else home  # else the national outlet's country
    detections: list[Detection] = []
    for sentence in reporting:
        acts: tuple[ActorMention, ...] = inside(actors, sentence)
        armed = {side_of(a) for a in acts if a.actor.actor_type in ARMED_TYPES and a.kind != "government"}
        rivals = bool(armed) and rival_sides(sentence.text)  # "by members of a rival gang": two armed sides
        sides = len(armed) + rivals
        types = frozenset(a.actor.actor_type for a in acts if not rivals or a.actor.actor_type != ActorType.CIVILIANS)
        triggers = classify_sentence(sentence, actor_types=types, lang=lang, armed_sides=sides)
        if triggers:
            detections.append(
                Detection(sentence, tuple(triggers), inside(dates, sentence), inside(places, sentence), acts)
            )
    return detections, dates, places, country


def extract(
    article: Article,
    *,
    reference: date,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    dictionary: ActorDictionary | None = None,
) -> Extraction:
    """The candidate events reported by one article, resolved against `reference` (its publication date)."""
    detections, dates, places, country = detect(article, reference, dictionary)
    if not detections:
        return Extraction(article.id, (), "no sentence reports an event")
    frames, deaths = frame_detections(detections, reference, default_date(dates, reference), default_place(places))
    events: list[CandidateEvent] = []
    for i, frame in enumerate(frames):
        if frame.confidence < min_confidence:
            continue
        place = _place_of(frame, country)
        if place is not None:  # the article's first report is its lead: later ones are a little less sure
            events.append(_event(article, frame, place, deaths[i], reference, rank=len(events)))
    if not events:
        reason = "no event could be placed" if frames else "every reported event was background"
        return Extraction(article.id, (), reason)
    return Extraction(article.id, tuple(events))


def _place_of(frame: Frame, country: str | None) -> Place | None:
    if frame.place is not None:
        return frame.place.place
    return country_place(country) if country else None


def _event(
    article: Article, frame: Frame, place: Place, fatalities: int, reference: date, rank: int = 0
) -> CandidateEvent:
    sub = frame.sub_event_type
    day = frame.date.value if frame.date else reference
    precision = frame.date.precision if frame.date else TimePrecision.DAY
    evidence = " ".join(s.text for s in frame.sentences)
    actors = frame.actors
    if sub == SubEventType.ATTACK:  # "a drug dealer was shot dead by gunmen": a clash with his gang
        sub, actors = _against_armed_victim(article.text, frame, place.country)
    roles = assign_roles(evidence, sub, actors, country=place.country, on=day)
    if sub in NO_FATALITIES or event_type_of(sub) == EventType.STRATEGIC_DEVELOPMENTS:
        fatalities = 0  # deaths named in a protest or a development report belong to another event
    confidence = frame.confidence * (1.0 if frame.place is not None else 0.8) * 0.8**rank
    if place.geo_precision == GeoPrecision.REGION and frame.place is None:
        confidence *= 0.9
    first, last = min(s.start for s in frame.sentences), max(s.end for s in frame.sentences)
    mentions = (Mention(article.id, evidence, first, last, EXTRACTOR, round(confidence, 4)),)
    return CandidateEvent(
        article_id=article.id,
        sub_event_type=sub,
        event_date=day,
        time_precision=TimePrecision(precision),
        actor1=roles.actor1,
        actor2=roles.actor2,
        place=place,
        fatalities=fatalities,
        notes=write_note(sub, day, TimePrecision(precision), place, roles.actor1, roles.actor2, fatalities),
        assoc_actor_1=roles.assoc_actor_1,
        assoc_actor_2=roles.assoc_actor_2,
        civilian_targeting=civilian_targeting(sub, roles.actor2),
        mentions=mentions,
    )


#: How far after an attack's last sentence the text may still say who the victim was.
VICTIM_WINDOW = 300


def _against_armed_victim(text: str, frame: Frame, country: str) -> tuple[SubEventType, list[ActorMention]]:
    """An attack whose victim the text says belonged to an armed side is an Armed clash against that side."""
    first, last = min(s.start for s in frame.sentences), max(s.end for s in frame.sentences)
    found = armed_victim(text[first : last + VICTIM_WINDOW])
    if found is None:
        return SubEventType.ATTACK, frame.actors
    kind, m = found
    side = ActorMention(first + m.start(), first + m.end(), m.group(0), generic_actor(kind, country), kind=kind)
    return SubEventType.ARMED_CLASH, [*frame.actors, side]


def warm_up(dictionary: ActorDictionary | None = None) -> None:
    """Load every lexicon and the gazetteer now, so that worker processes forked afterwards share them."""
    text = "On Monday, soldiers clashed with gunmen near Kabul, Afghanistan, killing two; protesters marched in Lima."
    extract(Article(id="warm-up", text=text), reference=date(2025, 1, 8), dictionary=dictionary)
    fuzzy_names_by_country()
