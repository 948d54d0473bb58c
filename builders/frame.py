"""Framing: sentence-level detections grouped into ACLED's unit of one event per place and day.

A detection is a sentence that reports something (it has triggers). A detection that names its own
place or date opens a *group* of frames, one per place it names; a detection that names neither
continues the previous group (its triggers, actors and deaths belong to the same incident). Frames that
fall on the same place and day are one event, whose type follows the hierarchy rule.

Fatalities are counted once per group over the group's sentences and split across the group's frames
with ACLED's rule (remainder to the first), so "three people were killed" after "clashes in A and B"
gives 2 and 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from conflict_events.schema.taxonomy import SubEventType

from .actors import ActorMention
from .classify import Trigger, context_type
from .dates import DateMention
from .fatalities import count_fatalities, split_fatalities
from .places import PlaceMention
from .segment import Sentence

#: A detection dated more than this many days before publication is background, not news.
BACKGROUND_DAYS = 45


@dataclass(frozen=True)
class Detection:
    """One sentence that reports an event, with the arguments found inside it."""

    sentence: Sentence
    triggers: tuple[Trigger, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]


@dataclass
class Frame:
    """An event being assembled: one place and one day."""

    date: DateMention | None
    place: PlaceMention | None
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    groups: list[tuple[int, int]] = field(default_factory=list)  # (group id, position in the group)

    def absorb(self, det: Detection) -> None:
        if det.sentence not in self.sentences:
            self.sentences.append(det.sentence)
        self.triggers.extend(det.triggers)
        self.actors.extend(a for a in det.actors if a not in self.actors)

    @property
    def key(self) -> tuple[object, ...]:
        day = self.date.value if self.date else None
        where = (self.place.place.country, self.place.place.location) if self.place else None
        return (day, where)

    @property
    def sub_event_type(self) -> SubEventType:
        return context_type(self.triggers)

    @property
    def confidence(self) -> float:
        return max(t.confidence for t in self.triggers)


@dataclass
class _Groups:
    """Sentences shared by the frames created together, for counting deaths once per group."""

    members: list[list[Frame]] = field(default_factory=list)
    sentences: list[list[Sentence]] = field(default_factory=list)

    def open(self, frames: list[Frame], sentence: Sentence) -> int:
        gid = len(self.members)
        self.members.append(frames)
        self.sentences.append([sentence])
        for pos, f in enumerate(frames):
            f.groups.append((gid, pos))
        return gid

    def add(self, gid: int, sentence: Sentence) -> None:
        if sentence not in self.sentences[gid]:
            self.sentences[gid].append(sentence)


def is_background(d: DateMention, reference: date) -> bool:
    """A date well before publication marks history or context, not the reported event."""
    return d.last < reference - timedelta(days=BACKGROUND_DAYS)


#: Words between two places that make them a list of separate event locations ("in A and B").
_LIST = re.compile(
    r"^\s*(?:,|and|&|as\s+well\s+as|,\s*and)\s*(?:in\s+|at\s+)?(?:the\s+)?"
    r"(?:town|city|village|district|department|province|region)?s?\s*(?:of\s+)?$",
    re.I,
)
#: Words that introduce another incident rather than more detail about the same one.
SEPARATE = re.compile(
    r"\b(?:in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack|clash|development|event|protest|raid|strike)|"
    r"separately|elsewhere|meanwhile|in\s+a\s+similar\s+incident|another\s+(?:attack|clash|protest|incident|raid|bombing|strike)|"
    r"(?:protests?|rallies|demonstrations|clashes|attacks)\s+(?:were\s+)?also\s+(?:took\s+place|held|reported|occurred))\b",
    re.IGNORECASE,
)


def own_places(det: Detection) -> list[PlaceMention]:
    """The places a detection sentence reports events in: its first place, and the places listed with it
    ("in San Marcos and Huehuetenango"); other places in the sentence are detail (neighbourhoods, origins)."""
    places = [pm for pm in det.places if pm.kind != "country"] or _event_countries(det)[:1]
    if not places:
        return []
    chosen = [places[0]]
    for pm in places[1:]:
        gap = det.sentence.text[chosen[-1].end - det.sentence.start : pm.start - det.sentence.start]
        if not _LIST.match(gap):
            break
        if (pm.place.country, pm.place.location) != (chosen[-1].place.country, chosen[-1].place.location):
            chosen.append(pm)
    return chosen


#: Words right before a country that make it where people or things came from, not where the event was.
_ORIGIN = re.compile(r"\b(?:from|fleeing|fled)\s+(?:the\s+)?$", re.IGNORECASE)


def _event_countries(det: Detection) -> list[PlaceMention]:
    """The countries a sentence names, those named as an origin ("refugees from Ukraine arrived in
    Slovakia") last."""
    text, base = det.sentence.text, det.sentence.start
    origin = [bool(_ORIGIN.search(text, max(0, pm.start - base - 20), pm.start - base)) for pm in det.places]
    return [pm for _, pm in sorted(zip(origin, det.places, strict=True), key=lambda op: op[0])]


def own_date(det: Detection, reference: date) -> DateMention | None:
    """The date a detection reports: explicit dates first, then relative ones."""
    usable = [d for d in det.dates if d.value <= reference]
    usable.sort(key=lambda d: (not d.explicit, d.start))
    return usable[0] if usable else None


def frame_detections(
    detections: list[Detection],
    reference: date,
    default_date: DateMention | None,
    default_place: PlaceMention | None,
) -> tuple[list[Frame], dict[int, int]]:
    """Group detections into frames; returns the frames and their fatalities by frame index."""
    frames: list[Frame] = []
    groups = _Groups()
    last: tuple[int, list[Frame]] | None = None
    for det in detections:
        places, when = own_places(det), own_date(det, reference)
        if when is not None and is_background(when, reference):
            continue
        separate = bool(SEPARATE.search(det.sentence.text))
        if when is None and last is not None and not (separate and places):
            gid, group = last
            for f in group:
                f.absorb(det)
            groups.add(gid, det.sentence)
            continue
        when = when or (last[1][0].date if last else default_date)
        fallback = last[1][0].place if last else default_place
        targets: list[PlaceMention | None] = list(places) or [fallback]
        group = [_frame_for(frames, when, p) for p in targets]
        for f in group:
            f.absorb(det)
        last = (groups.open(group, det.sentence), group)
    return frames, _fatalities(frames, groups)


def _frame_for(frames: list[Frame], when: DateMention | None, place: PlaceMention | None) -> Frame:
    probe = Frame(when, place)
    for f in frames:
        if f.key == probe.key:
            return f
    frames.append(probe)
    return probe


def _fatalities(frames: list[Frame], groups: _Groups) -> dict[int, int]:
    out = dict.fromkeys(range(len(frames)), 0)
    index = {id(f): i for i, f in enumerate(frames)}
    for members, sentences in zip(groups.members, groups.sentences, strict=True):
        text = " ".join(s.text for s in sentences)
        total, _note = count_fatalities(text)
        for f, share in zip(members, split_fatalities(total, len(members)), strict=True):
            out[index[id(f)]] += share
    return out
