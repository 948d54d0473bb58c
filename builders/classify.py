"""Classification: which ACLED sub-event types a sentence reports, from the trigger lexicon.

The lexicon (`data/<lang>/triggers.yaml`) maps patterns to sub-event types; a rule of type
`violence` is resolved by the actors in the sentence (Armed clash between two armed sides, Attack
when civilians are hit or no second armed side is named). Cues (`cues.py`) cancel triggers in the
scope of a negation or a plan, and whole sentences about disasters, trials or history. Several types
in one context combine by the hierarchy rule (`data/hierarchy.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from conflict_events.schema.taxonomy import ActorType, EventType, SubEventType, event_type_of

from .cues import grievance_cue, scope_cue, sentence_cue
from .prefilter import Hit, WordStarts
from .segment import Sentence, split_sentences
from .yamlfile import load_yaml

#: Kinds of rules resolved by the sentence's actors and context rather than named in the lexicon.
VIOLENCE, RIOT, CLASH, DETENTION = "violence", "riot", "clash", "detention"
RESOLVED: frozenset[str] = frozenset({VIOLENCE, RIOT, CLASH, DETENTION})
_CROWDS: frozenset[ActorType] = frozenset({ActorType.RIOTERS, ActorType.PROTESTERS})
_NOT_ARMED: frozenset[ActorType] = _CROWDS | {ActorType.CIVILIANS}
_PROTESTS = frozenset({SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION})
_PROTEST_KINDS = frozenset(t.value for t in _PROTESTS)
_RIOTS = frozenset({SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE})
#: Event types whose specific triggers outrank a generic act of violence in the same context.
_SPECIFIC = frozenset({EventType.BATTLES, EventType.PROTESTS, EventType.RIOTS, EventType.EXPLOSIONS})
_NON_STATE_ARMED: frozenset[ActorType] = frozenset(
    {ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA, ActorType.EXTERNAL_OTHER_FORCES}
)
ARMED_TYPES: frozenset[ActorType] = _NON_STATE_ARMED | {ActorType.STATE_FORCES}


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a sentence: its span (article offsets), the type it reports and how sure."""

    start: int
    end: int
    text: str
    sub_event_type: SubEventType
    confidence: float
    generic: bool = False  # an act of violence ("killed", "attacked") rather than a specific event word
    weak: bool = False  # thin evidence: an attack that names no harm to people, a battle with one side named


@dataclass(frozen=True)
class Rule:
    """One lexicon rule."""

    kind: str  # a SubEventType value or one of RESOLVED
    confidence: float
    pattern: re.Pattern[str]
    with_: re.Pattern[str] | None
    without: re.Pattern[str] | None
    state: re.Pattern[str] | None = None  # (detention) words naming state agents
    weak: bool = False  # names no harm to people: yields to property destruction in its context


def _compile(p: str | None) -> re.Pattern[str] | None:
    return re.compile(p, re.IGNORECASE) if p else None


@cache
def _lexicon(lang: str) -> list[dict[str, Any]]:
    """The rules of `data/<lang>/triggers.yaml` as written, read once for `rules` and `_prefilter`."""
    text = resources.files(__package__).joinpath(f"data/{lang}/triggers.yaml").read_text("utf-8")
    return list(load_yaml(text))


@cache
def rules(lang: str = "en") -> tuple[Rule, ...]:
    """The trigger rules of `lang`, compiled once (each rule's patterns joined into one regex)."""
    out = []
    for r in _lexicon(lang):
        if r["type"] not in RESOLVED:
            SubEventType(r["type"])  # fail early on a typo in the data file
        joined = "|".join(f"(?:{p})" for p in r["patterns"])
        out.append(
            Rule(r["type"], float(r["confidence"]), re.compile(rf"\b(?:{joined})", re.IGNORECASE),
                 _compile(r.get("with")), _compile(r.get("without")), _compile(r.get("state")), bool(r.get("weak")))
        )  # fmt: skip
    return tuple(out)


@cache
def _prefilter(lang: str) -> WordStarts:
    """The rules' keywords (the literal text their matches start with, at a word start: every rule
    begins with `\\b`), found in one pass; rules without keywords are searched in full."""
    return WordStarts(r["patterns"] for r in _lexicon(lang))


Starts = dict[int, list[int] | None]


def _candidate_starts(text: str, lang: str, hits: list[Hit] | None = None) -> Starts:
    """For each rule that may match `text`, the offsets where a match may start (None: anywhere), from
    the keyword `hits` in `text` (found here when not given)."""
    scan = _prefilter(lang)
    found = scan.hits(text) if hits is None else hits
    if found is None:  # lower-casing moved the offsets: search every rule in full
        return dict.fromkeys(range(len(rules(lang))))
    starts: Starts = dict.fromkeys(scan.always)
    for at, ids in found:
        for i in ids:
            where = starts.setdefault(i, [])
            if where is not None:
                where.append(at)
    return starts


def reporting_sentences(text: str, sentences: list[Sentence], lang: str = "en") -> list[Sentence]:
    """The sentences of `text` that `may_report`, from one keyword pass over the whole text: a rule is
    tried in full only in a sentence where its regex matches at one of its keywords."""
    scan = _prefilter(lang)
    hits = scan.hits(text)
    if hits is None or any(s.start and _WORD.match(text, s.start - 1) for s in sentences):
        return [s for s in sentences if may_report(s, lang)]  # keyword offsets cannot be shared: one by one
    every = rules(lang)
    out: list[Sentence] = []
    k, n = 0, len(hits)
    for s in sentences:
        while k < n and hits[k][0] < s.start:
            k += 1
        first = k
        matched = set(scan.always)
        while k < n and hits[k][0] < s.end:
            at, ids = hits[k]
            matched.update(i for i in ids if i not in matched and every[i].pattern.match(s.text, at - s.start))
            k += 1
        if matched:
            inner = [(at - s.start, ids) for at, ids in hits[first:k]]
            starts = _candidate_starts(s.text, lang, inner)
            if any(_first_match(every[i], s.text, starts[i], lang, None) for i in matched):
                out.append(s)
    return out


_WORD = re.compile(r"\w")


@cache
def _hierarchy() -> tuple[dict[SubEventType, int], dict[frozenset[SubEventType], SubEventType]]:
    raw = load_yaml(resources.files(__package__).joinpath("data/hierarchy.yaml").read_text("utf-8"))
    order = {SubEventType(s): i for i, s in enumerate(raw["precedence"])}
    if set(order) != set(SubEventType):
        raise ValueError("data/hierarchy.yaml: precedence must list all 25 sub-event types")
    combos = {frozenset(SubEventType(s) for s in c["both"]): SubEventType(c["gives"]) for c in raw["combine"]}
    return order, combos


def top_type(types: Iterable[SubEventType]) -> SubEventType:
    """The hierarchy rule: the type one context with all these types is coded as."""
    present = set(types)
    if not present:
        raise ValueError("top_type needs at least one sub-event type")
    order, combos = _hierarchy()
    for pair, gives in combos.items():
        if pair <= present:
            present = (present - pair) | {gives}
    return min(present, key=order.__getitem__)


@cache
def _context(lang: str) -> dict[str, re.Pattern[str]]:
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/context.yaml").read_text("utf-8"))
    return {k: re.compile(v, re.IGNORECASE) for k, v in raw.items()}


def _demonstration(lang: str) -> re.Pattern[str]:
    return _context(lang)["demonstration"]


def resolve(
    kind: str,
    actor_types: frozenset[ActorType],
    text: str,
    lang: str = "en",
    armed_sides: int = 0,
    state: re.Pattern[str] | None = None,
) -> SubEventType | None:
    """The sub-event type of a resolved rule kind, given the sentence's actors and words (None: no event).

    violence: a riot when rioters act, an Attack when civilians are hit or no second armed side is
    named, otherwise an Armed clash. clash: an Armed clash between armed sides (or sides no actor word
    names, unless they are people such as party cadres: then a riot), an Attack by one armed side on
    civilians, a riot when the sides are not armed. riot: a Violent demonstration at a
    demonstration, otherwise Mob violence. detention: Arrests by state forces, an Abduction by
    non-state or foreign armed groups; with no actors known, Arrests when `state` names state agents.
    """
    armed = _armed(actor_types, armed_sides)
    if kind == DETENTION:
        return _detention(actor_types, text, state)
    if kind == VIOLENCE and ActorType.RIOTERS not in actor_types:
        if ActorType.CIVILIANS in actor_types:
            return SubEventType.ATTACK
        return SubEventType.ARMED_CLASH if armed >= 2 else SubEventType.ATTACK
    if kind == CLASH:
        context = _context(lang)
        crowd = context["crowd_sides"].search(text) and not context["armed_means"].search(text)
        unnamed = not actor_types and not crowd  # "clashes between cadres of two parties": a riot
        if armed >= 2 or unnamed or (armed == 1 and not actor_types & _NOT_ARMED):
            return SubEventType.ARMED_CLASH
        if armed == 1 and ActorType.CIVILIANS in actor_types and not actor_types & _CROWDS:
            return SubEventType.ATTACK
    if kind == RIOT and armed >= 2 and not actor_types & _CROWDS:
        return SubEventType.ARMED_CLASH  # "a clash between police officers and gang members": two armed sides
    if _demonstration(lang).search(text):
        return SubEventType.VIOLENT_DEMONSTRATION
    return SubEventType.MOB_VIOLENCE


def _detention(actor_types: frozenset[ActorType], text: str, state: re.Pattern[str] | None) -> SubEventType | None:
    if ActorType.STATE_FORCES in actor_types:
        return SubEventType.ARRESTS
    if actor_types & _NON_STATE_ARMED or ActorType.EXTERNAL_OTHER_FORCES in actor_types:  # foreign forces abduct
        return SubEventType.ABDUCTION
    return SubEventType.ARRESTS if state is None or state.search(text) else None


def context_type(triggers: Iterable[Trigger]) -> SubEventType:
    """The type of one context: generic violence yields to specific battle, protest, riot or weapon
    triggers ("an IED killed three soldiers" is an IED event), an attack that names no harm to people
    yields to property destruction ("raided and burned houses") and a battle with one side named to a
    riot ("a clash between two groups ... a policeman was hurt in the clash"), then the hierarchy rule."""
    found = list(triggers)
    if any(not t.generic and event_type_of(t.sub_event_type) in _SPECIFIC for t in found):
        found = [t for t in found if not t.generic]
    types = {t.sub_event_type for t in found}
    if SubEventType.LOOTING in types and _all_weak(found, SubEventType.ATTACK):
        types.discard(SubEventType.ATTACK)
    if types & _RIOTS and _all_weak(found, SubEventType.ARMED_CLASH):
        types.discard(SubEventType.ARMED_CLASH)
    if SubEventType.MOB_VIOLENCE in types and types & _PROTESTS:  # mob violence at a demonstration is a riot of it
        types = (types - {SubEventType.MOB_VIOLENCE}) | {SubEventType.VIOLENT_DEMONSTRATION}
    return top_type(types)


def _all_weak(triggers: list[Trigger], kind: SubEventType) -> bool:
    """Whether `triggers` report `kind` and only on thin evidence."""
    of_kind = [t for t in triggers if t.sub_event_type == kind]
    return bool(of_kind) and all(t.weak for t in of_kind)


def _armed(actor_types: frozenset[ActorType], armed_sides: int) -> int:
    return max(len(actor_types & ARMED_TYPES), armed_sides)


def non_event_reason(sentence: Sentence, lang: str = "en") -> str | None:
    """Why the whole sentence reports no event (disaster, court, background, ...), or None."""
    return sentence_cue(sentence.text, lang)


def classify_sentence(
    sentence: Sentence, *, actor_types: frozenset[ActorType] = frozenset(), lang: str = "en", armed_sides: int = 0
) -> list[Trigger]:
    """The sub-event types the sentence reports, highest in the hierarchy first ([] for none).

    `armed_sides` counts distinct armed actors (two cartels are two sides though one actor type). In a
    sentence that reports a protest, words naming its grievance ("over the killing of") are no event."""
    text = sentence.text
    found: dict[SubEventType, Trigger] = {}
    candidates = _candidate_starts(text, lang)
    protest: int | None = None  # where the first protest trigger starts
    for i, rule in _ordered_rules(lang):
        if i not in candidates:
            continue
        m = _first_match(rule, text, candidates[i], lang, protest)
        if m is None:
            continue
        kind = _kind(rule, actor_types, text, lang, armed_sides)
        if kind is None:
            continue
        if protest is None and kind in _PROTESTS:
            protest = m.start()
        weak = rule.weak or (kind == SubEventType.ARMED_CLASH and _armed(actor_types, armed_sides) < 2)
        if kind not in found or (found[kind].weak and not weak):
            start = sentence.start + m.start()
            found[kind] = Trigger(start, m.end() - m.start() + start, m.group(0), kind, rule.confidence,
                                  rule.kind == VIOLENCE, weak)  # fmt: skip
    order = _hierarchy()[0]
    return sorted(found.values(), key=lambda t: order[t.sub_event_type])


def may_report(sentence: Sentence, lang: str = "en") -> bool:
    """Whether some trigger rule matches the sentence uncancelled: False means `classify_sentence` finds
    nothing in it whatever its actors, so a caller can skip the sentence's other work."""
    return _any_match(sentence.text, _candidate_starts(sentence.text, lang), lang)


def _any_match(text: str, candidates: Starts, lang: str) -> bool:
    every = rules(lang)
    return any(_first_match(every[i], text, at, lang, None) for i, at in candidates.items())


@cache
def _ordered_rules(lang: str) -> tuple[tuple[int, Rule], ...]:
    """The rules with their indices, protest rules first (they decide whether grievances are read)."""
    indexed = list(enumerate(rules(lang)))
    return tuple(sorted(indexed, key=lambda ir: ir[1].kind not in _PROTEST_KINDS))


def _matches(rule: Rule, text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """The matches of `rule` in `text`, anchored at the keyword offsets `starts` when known."""
    if starts is None:
        yield from rule.pattern.finditer(text)
        return
    for at in sorted(set(starts)):
        m = rule.pattern.match(text, at)
        if m:
            yield m


def _first_match(
    rule: Rule, text: str, starts: list[int] | None, lang: str, protest: int | None
) -> re.Match[str] | None:
    """The first match of `rule` in `text` that no cue cancels (nor names the grievance of a protest
    reported from offset `protest` on), or None."""
    grievances = protest is not None and rule.kind not in _PROTEST_KINDS
    checked = False
    for m in _matches(rule, text, starts):
        if not checked:
            if (rule.with_ and not rule.with_.search(text)) or (rule.without and rule.without.search(text)):
                return None
            checked = True
        if scope_cue(text, m.start(), lang) or (grievances and grievance_cue(text, m.start(), lang, protest or 0)):
            continue
        return m
    return None


def _kind(rule: Rule, actor_types: frozenset[ActorType], text: str, lang: str, armed_sides: int) -> SubEventType | None:
    if rule.kind in RESOLVED:
        return resolve(rule.kind, actor_types, text, lang, armed_sides, rule.state)
    return SubEventType(rule.kind)


def classify_text(
    text: str, *, actor_types: frozenset[ActorType] = frozenset(), lang: str = "en", armed_sides: int = 0
) -> Trigger | None:
    """The single best trigger for a short one-event text, after cues and the hierarchy rule."""
    triggers = [
        t
        for s in split_sentences(text)
        if not non_event_reason(s, lang)
        for t in classify_sentence(s, actor_types=actor_types, lang=lang, armed_sides=armed_sides)
    ]
    if not triggers:
        return None
    best = context_type(triggers)
    same = [t for t in triggers if t.sub_event_type == best]
    if same:
        return same[0]
    first = max(triggers, key=lambda t: t.confidence)
    return Trigger(first.start, first.end, first.text, best, first.confidence)
