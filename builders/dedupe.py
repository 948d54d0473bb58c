"""Cross-article deduplication: one event however many articles report it.

Two candidate events from different articles are the same event when all of these hold:
- same country, and their dates agree within the span of the more precise report (a day-precise
  report matches only that day; two week-precise reports match within three days of each other);
- the same location, or locations within `NEAR_KM` of each other;
- the same event type (sub-event types may differ: a protest one outlet saw dispersed is one
  Protests event). A clash and a shelling, or a protest and a riot, in one town on one day are two
  events, as ACLED codes them;
- for reports coded to a region's capital (geo precision 3), shared proper names in their texts: such a
  place stands for an unknown one inside the region, so "shelled Dementiivka" and "shelled Dmytrivka"
  are two events;
- compatible actors: unless both reports name specific groups (not generic or state actors) and
  share none of them, or both name associated actors and share none of them (the teachers' and the
  farmers' protests in one town on one day are two events).

Matching events are merged transitively. The merged event keeps the smallest key (so its id is
stable), the most precise date and place among the reports, the highest type by the hierarchy, the
actors of its most specific report, the lowest fatality figure (ACLED's rule for differing reports,
noted in `notes`), every source once with their scales combined in ACLED's order, and every mention.
The result depends only on the set of candidates, never on their order.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace
from datetime import timedelta

from conflict_events.schema.taxonomy import combine_source_scales, event_type_of

from .classify import top_type
from .country_names import country_names, demonyms
from .notes import write_note
from .records import CandidateEvent
from .targeting import civilian_targeting

#: Locations closer than this are the same place for deduplication.
NEAR_KM = 10.0
_SPAN_DAYS = {1: 0, 2: 3, 3: 15}

Keyed = tuple[str, CandidateEvent]
#: A merged event: its key (the smallest of its reports'), the event, and the keys of all its reports.
Merged = tuple[str, CandidateEvent, tuple[str, ...]]


def _km(a: CandidateEvent, b: CandidateEvent) -> float:
    p1, p2 = math.radians(a.place.latitude), math.radians(b.place.latitude)
    dl = math.radians(b.place.longitude - a.place.longitude)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _dates_agree(a: CandidateEvent, b: CandidateEvent) -> bool:
    slack = min(_SPAN_DAYS[int(a.time_precision)], _SPAN_DAYS[int(b.time_precision)])
    return abs((a.event_date - b.event_date).days) <= slack


def _types_agree(a: CandidateEvent, b: CandidateEvent) -> bool:
    ta, tb = event_type_of(a.sub_event_type), event_type_of(b.sub_event_type)
    return ta == tb


_GENERIC = ("Unidentified", "Civilians", "Protesters", "Rioters", "Military Forces", "Police Forces", "Government")


def _named(e: CandidateEvent) -> set[str]:
    """The specific actors of a report (not generic, not state forces, which every report names alike)."""
    names = {e.actor1.name} | ({e.actor2.name} if e.actor2 else set())
    return {n for n in names if not n.startswith(_GENERIC)}


def _actors_agree(a: CandidateEvent, b: CandidateEvent) -> bool:
    """Reports disagree on actors only when both name specific groups and share none of them: one outlet's
    "gunmen" may be another's named cartel, and outlets differ on who they say was hit."""
    named_a, named_b = _named(a), _named(b)
    if named_a and named_b and not named_a & named_b:
        return False
    assoc_a, assoc_b = set(a.assoc_actor_1) | set(a.assoc_actor_2), set(b.assoc_actor_1) | set(b.assoc_actor_2)
    return not (assoc_a and assoc_b and not assoc_a & assoc_b)  # teachers' and farmers' protests are two


#: A proper name in running text: a capitalised word after another word (not the first of a sentence).
_NAME = re.compile(r"(?<=[\w,;)]\s)([A-Z][\w'’-]{3,})")


#: Day and month names: proper names of dates, not of places.
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)$"
)


def _names(e: CandidateEvent) -> set[str]:
    """The proper names a report's evidence uses beyond those of its place, actors, countries and dates
    ("Russian forces shelled Dementiivka, Kharkiv region on Tuesday": Dementiivka)."""
    known = {e.place.location, e.place.admin1 or "", e.place.admin2 or "", e.place.country, e.actor1.name}
    known |= {e.actor2.name} if e.actor2 else set()
    words = {w for k in known for w in re.findall(r"[\w'’-]+", k)}
    found = {n for m in e.mentions for n in _NAME.findall(m.sentence)}
    return {n for n in found - words if n not in demonyms() and n not in country_names() and not _CALENDAR.match(n)}


def _places_agree(a: CandidateEvent, b: CandidateEvent) -> bool:
    """Reports coded to a region's capital (geo precision 3) stand for places inside the region: they are one
    event only when their texts share a name beyond the region's ("shelled Dementiivka" and "shelled
    Dmytrivka", both coded to Kharkiv, are two events)."""
    if int(a.place.geo_precision) < 3 or int(b.place.geo_precision) < 3:
        return True
    names_a, names_b = _names(a), _names(b)
    return not (names_a and names_b and not names_a & names_b)


def same_event(a: CandidateEvent, b: CandidateEvent) -> bool:
    """Whether two reports from different articles describe one event (see the module's rules)."""
    if a.article_id == b.article_id or a.place.country != b.place.country:
        return False
    near = a.place.location == b.place.location or _km(a, b) <= NEAR_KM
    return near and _dates_agree(a, b) and _types_agree(a, b) and _actors_agree(a, b) and _places_agree(a, b)


def _clusters(items: list[Keyed]) -> list[list[Keyed]]:
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_country: dict[str, list[int]] = defaultdict(list)
    for i, (_, ev) in enumerate(items):
        by_country[ev.place.country].append(i)
    for idx in by_country.values():
        idx.sort(key=lambda i: items[i][1].event_date)
        for n, i in enumerate(idx):
            for j in idx[n + 1 :]:
                if items[j][1].event_date - items[i][1].event_date > timedelta(days=2 * _SPAN_DAYS[3]):
                    break
                if same_event(items[i][1], items[j][1]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[Keyed]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[find(i)].append(item)
    return [sorted(g, key=lambda kv: kv[0]) for g in groups.values()]


def _specificity(ev: CandidateEvent) -> tuple[int, int, int, str]:
    unnamed = ev.actor1.name.startswith("Unidentified") + bool(ev.actor2 and ev.actor2.name.startswith("Unidentified"))
    return (int(ev.place.geo_precision) + int(ev.time_precision), unnamed, -len(ev.mentions), ev.article_id)


def merge(group: list[Keyed]) -> Merged:
    """One event from the reports of it (see the module's rules)."""
    members = tuple(k for k, _ in group)
    if len(group) == 1:
        return group[0][0], group[0][1], members
    key = group[0][0]
    events = [ev for _, ev in group]
    sub = top_type(e.sub_event_type for e in events)
    # the actors come from a report of the chosen type: an Attack's civilians are no side of an Armed clash
    best = min([e for e in events if e.sub_event_type == sub] or events, key=_specificity)
    when = min(events, key=lambda e: (int(e.time_precision), e.event_date, e.article_id))
    where = min(events, key=lambda e: (int(e.place.geo_precision), e.place.location, e.article_id))
    figures = sorted({e.fatalities for e in events})
    sources = list(dict.fromkeys(s.strip() for e in events for s in e.source.split(";") if s.strip()))
    scales = [t for e in events for t in e.source_scale.split("-") if t]
    note = f" Reported by {len(sources)} sources." if len(sources) > 1 else ""
    if len(figures) > 1:
        note += f" Fatality reports ranged from {figures[0]} to {figures[-1]}; coded as {figures[0]}."
    merged = replace(
        best,
        sub_event_type=sub,
        event_date=when.event_date,
        time_precision=when.time_precision,
        place=where.place,
        fatalities=figures[0],
        civilian_targeting=civilian_targeting(sub, best.actor2),
        source="; ".join(sources),
        source_scale=combine_source_scales(scales),
        notes=write_note(sub, when.event_date, when.time_precision, where.place, best.actor1, best.actor2, figures[0])
        + note,
        mentions=tuple(m for e in events for m in e.mentions),
    )
    return key, merged, members


def deduplicate(items: list[Keyed], keep_apart: frozenset[str] = frozenset()) -> list[Merged]:
    """Merge reports of the same event across articles; the output is sorted by key.

    A cluster any of whose keys is in `keep_apart` (an analyst said the merge was wrong) is not merged.
    """
    out: list[Merged] = []
    for group in _clusters(items):
        if len(group) > 1 and keep_apart.intersection(k for k, _ in group):
            out.extend((k, ev, (k,)) for k, ev in group)
        else:
            out.append(merge(group))
    return sorted(out, key=lambda m: m[0])
