"""Fatalities: reported deaths in an event's evidence, counted by ACLED's rules (codebook section 5).

- Only reported deaths count; injuries never do; "no one was killed", "no casualties" and "casualties"
  alone (they include the injured) give 0. Deaths that are threatened, attempted, feared or nearly
  happened ("threatened to kill", "feared dead", "nearly killed") are not reported deaths.
- Victims are read around death words: before a passive phrase ("three soldiers were killed", "and two
  killed"), after an active one ("gunmen killed two farmers", "killing two", "the bodies of four men"),
  as a toll ("the death toll rose to 12") or a death noun ("five deaths", "left 9 dead", "claimed 7 lives");
  "a journalist was shot dead" and "killing him" are one death.
- Distinct victim groups are summed ("two soldiers and three gunmen were killed": 5). Figures for the same
  victims are not added: conflicting ones give the lowest ("3-5", "police said 3 people..., residents said
  5 people": 3) and a repeated one counts once; victims marked as further ones ("two more soldiers",
  "another soldier") are added. A general figure ("five people") covering specific ones is not added
  to them. Stated bounds are taken as the figure: "at least 5" is 5 and "up to 8" is 8 (the only figure).
- The latest death toll in the text replaces every other figure: ACLED codes the most recent total.
- Vague quantities follow ACLED's convention: "several", "many", "some", "a few", "a number of", and
  plural "fatalities"/"deaths" with no figure are 3, or 10 when `significant`; "tens of" 10; "dozens"
  and "scores" 12; "hundreds" 100 (data/<lang>/numbers.yaml). The note says so.
- Perpetrators who die in their own attack are added ("blew himself up": +1).
- Ages, distances, times, money, weapon and road names are never counts; figures in a sentence about
  past totals ("since 2011", "so far this year", "in total since") are background and ignored.
The words live in `data/<lang>/fatalities.yaml` and `data/<lang>/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .fatalities_patterns import (
    GENERAL,
    Lexicon,
    Span,
    death_words,
    figure_starts,
    figures,
    is_figure,
    lexicon,
    singular,
)
from .wordscan import Window, inside, lower, windows, word_spans

_AGENT = re.compile(r"\bby\s*$")  # "killed by five armed men": the killers, not the killed
_PRONOUN = re.compile(r"\s+(?:him|her)\b")  # "killing him": one death
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|reportedly|allegedly)\s+(?:\w+\s+)?$")
_BY = re.compile(r"\bby\b")  # the clause after an active death word ends at its agent
_LISTED = re.compile(  # "two soldiers, three police and a child", "a member of the group and a civilian"
    r"(?:\s+[\w'-]+)?(?:\s+of(?:\s+[\w'-]+){1,4})?\s*(?:,|,?\s*(?:and|as well as|plus))\s*"
    r"(?:between\s+)?|\s*"
)
_SUBSET = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$")  # part of a figure
_ARTICLES = frozenset({"a", "an", "the"})


@dataclass(frozen=True)
class DeathCount:
    """One mention of deaths: its span, the figures it states, and whose deaths they are."""

    start: int
    end: int
    text: str
    low: int  # the lowest figure of the mention ("3 to 5" -> 3)
    high: int
    vague: bool  # a conventional figure for a vague word ("several" -> 3)
    who: str | None  # the victim noun, singular ("soldier"), or None for a general figure ("people", "deaths")
    toll: bool = False  # a death toll: replaces the other figures
    extra: bool = False  # further victims ("two more soldiers"), added to earlier figures for the same noun


def _count(text: str, m: re.Match[str], lang: str, significant: bool, toll: bool = False) -> DeathCount | None:
    lex = lexicon(lang)
    stated = figures(m, lang, significant) if is_figure(text, m, lex) else None
    if stated is None:
        return None
    who = m.groupdict().get("who")
    noun = singular(who) if who else None
    words = set(re.findall(r"[\w-]+", m.group(0).lower()))
    extra = bool(words & {w.lower() for w in lex.raw["additional"]})
    return DeathCount(m.start(), m.end(), m.group(0), stated[0], stated[1], stated[2],
                      None if noun in GENERAL else noun, toll, extra)  # fmt: skip


def _clause(text: str, start: int, end: int, forward: bool, lex: Lexicon) -> tuple[int, int]:
    """The stretch of text from a death word back (or forward) to the nearest clause boundary."""
    if forward:  # the agent ("killed in the city by two gunmen") is never the victims
        hi = min(len(text), end + 120)
        b = [m.start() for m in (lex.p.boundary.search(text, end, hi), _BY.search(text, end, hi)) if m]
        return end, min(b) if b else hi
    lo = max(0, start - 150)
    stops = [b.end() for b in lex.p.boundary.finditer(text, lo, start)]
    return (stops[-1] if stops else lo), start


def _one(text: str, start: int, end: int, who: str | None = "person") -> DeathCount:
    return DeathCount(start, end, text[start:end], 1, 1, False, who)


def _bare(text: str, verb: Span, forward: bool, lang: str, significant: bool) -> DeathCount | None:
    """A figure with no victim noun right next to the death word: "two killed", "killing two"."""
    lex = lexicon(lang)
    if forward:
        m = lex.p.bare_after.match(text, verb.end)
    else:
        m = lex.p.bare_before.search(text, max(0, verb.start - 60), verb.start)
    if m is None or m.group("n1").lower() in _ARTICLES:
        return None
    return _count(text, m, lang, significant)


def _victims(text: str, verb: Span, pairs: list[DeathCount], lang: str, significant: bool) -> list[DeathCount]:
    """The deaths a death word reports; a casualty figure ("killed or wounded 20") is a vague count."""
    lex = lexicon(lang)
    joined = lex.p.casualty_after.match(text, verb.end)
    casualty = joined or lex.p.casualty_before.search(text, max(0, verb.start - 30), verb.start)
    found = _reported(text, Span(verb.start, joined.end() if joined else verb.end, verb.text), pairs, lang, significant)
    if casualty and found:
        figure = 10 if significant else 3
        return [replace(found[0], low=figure, high=figure, vague=True)]
    return found


def _reported(text: str, verb: Span, pairs: list[DeathCount], lang: str, significant: bool) -> list[DeathCount]:
    lex = lexicon(lang)
    words = verb.text.lower()
    transitive = words in lex.before_verbs or words.rsplit(" ", 1)[-1] in lex.before_verbs  # "shot and killed"
    active = transitive and not _PASSIVE.search(text, max(0, verb.start - 25), verb.start)
    directions = [True] if active else []
    if not active or lex.p.reduced.match(text, verb.end):  # "two people killed in a raid"
        directions.append(False)
    for forward in directions:
        lo, hi = _clause(text, verb.start, verb.end, forward, lex)
        found = [
            p for p in pairs if lo <= p.start and p.end <= hi and not _AGENT.search(text, max(0, p.start - 4), p.start)
        ]
        found = [p for p in found if not _SUBSET.search(text, max(0, p.start - 16), p.start)]
        if forward:
            found = _listed(text, found)
        bare = _bare(text, verb, forward, lang, significant)
        if bare and found and bare.start < found[0].start:  # "killing three, including a child"
            found = []
        one = None if found or bare else _one_victim(text, verb, forward, (lo, hi), lex)
        if found or bare or one:
            return found or [bare or one]  # type: ignore[list-item]
    return []


def _listed(text: str, found: list[DeathCount]) -> list[DeathCount]:
    """The victims after an active death word: the first figure and those listed with it ("killed two
    soldiers, three police and a child"), not later ones ("killed two children of a militiaman")."""
    kept = found[:1]
    for p in found[1:]:
        if not _LISTED.fullmatch(text, kept[-1].end, p.start):
            break
        kept.append(p)
    return kept


def _one_victim(text: str, verb: Span, forward: bool, clause: Window, lex: Lexicon) -> DeathCount | None:
    """One victim without a figure: "killing him", "killed a shopkeeper", "the driver was killed"."""
    if forward:
        pronoun = _PRONOUN.match(text, verb.end)
        if pronoun:
            return _one(text, pronoun.start(), pronoun.end(), None)  # someone named before, or not
        m = lex.p.one_object.match(text, verb.end)
    else:
        m = lex.p.one_victim.search(text, clause[0], clause[1])
    noun = None if m is None else m.groupdict().get("known") or m["who"]
    if m is None or (noun or "").lower() in lex.not_victims:
        return None
    who = singular(noun) if noun else None  # "he died": a general figure, not added to a named victim
    if noun and who != noun.lower() and not forward:
        return None  # "the soldiers died": a group already counted, or of unknown size
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return _one(text, start, m.end(), who if who not in GENERAL else "person")


def _hedged(text: str, verb: Span, lex: Lexicon) -> bool:
    end = verb.start + 4 if text.startswith("the ", verb.start) else verb.start  # "after | the killing of"
    return bool(lex.p.hedge.search(text, max(0, verb.start - 40), end))


def _background(text: str, pos: int, phrases: list[int]) -> bool:
    """Whether the sentence around `pos` holds one of the background phrases (their start offsets)."""
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi = text.find(".", pos)
    return any(lo <= p < (hi if hi >= 0 else len(text)) for p in phrases)


def _scan(pattern: re.Pattern[str], text: str, starts: list[int], accept: Any) -> list[DeathCount]:
    """Counts from matches of `pattern` anchored at the given figure starts, left to right; a rejected
    match hides nothing, so "12 December three people" still yields "three people"."""
    out: list[DeathCount] = []
    taken = -1
    for start in starts:
        if start < taken:
            continue
        m = pattern.match(text, start)
        c = accept(m) if m is not None else None
        if c is not None:
            out.append(c)
            taken = m.end()  # type: ignore[union-attr]
    return out


def _mentions(text: str, spans: list[Window], lang: str, significant: bool) -> list[DeathCount]:
    lex = lexicon(lang)

    def accept(m: re.Match[str]) -> DeathCount | None:
        return _count(text, m, lang, significant)

    starts = figure_starts(text, spans, lex)
    verbs = death_words(text, lex)
    near_verbs = windows(((v.start, v.end) for v in verbs), 160, 130, len(text))  # where victims are read
    pairs = _scan(lex.p.pair, text, [s for s in starts if inside(s, near_verbs)], accept)
    found: list[DeathCount] = []
    used: set[int] = set()
    for verb in verbs:
        if _hedged(text, verb, lex):
            continue
        near = [p for p in pairs if verb.start - 160 <= p.start <= verb.end + 130 and p.start not in used]
        for c in _victims(text, verb, near, lang, significant):
            used.add(c.start)
            found.append(c)
    near_nouns = windows(word_spans(text, lex.nouns), 45, 0, len(text))  # "at least 12 more deaths"
    found += _scan(lex.p.noun_count, text, [s for s in starts if inside(s, near_nouns)], accept)
    tolls = (lex.p.toll.match(text, start) for start, _ in word_spans(text, lex.tolls))
    found += [t for m in tolls if m and (t := _count(text, m, lang, significant, True))]
    found += [_one(text, start, end, "perpetrator") for start, end in word_spans(text, lex.self_kills)]
    return found


def find_deaths(text: str, *, lang: str = "en", significant: bool = False) -> list[DeathCount]:
    """Every mention of deaths in `text`, in text order (see the module's rules).

    >>> [(c.low, c.who) for c in find_deaths("Two soldiers and three gunmen were killed.")]
    [(2, 'soldier'), (3, 'gunman')]
    """
    lex = lexicon(lang)
    low = lower(text)  # every pattern runs on lower-cased text (much faster than IGNORECASE)
    spans = windows(word_spans(low, lex.anchors), 170, 160, len(low))  # nothing is counted elsewhere
    if not spans:
        return []
    nobody = word_spans(low, lex.nobody)
    past = [s for s, _ in word_spans(low, lex.background)]
    kept = [
        c
        for c in _mentions(low, spans, lang, significant)
        if not _background(low, c.start, past) and not any(c.start < e and s < c.end for s, e in nobody)
    ]
    if not kept and not nobody:
        kept = [c for c in _vague_nouns(low, spans, lex, significant) if not _background(low, c.start, past)]
    return sorted((replace(c, text=text[c.start : c.end]) for c in _drop_overlaps(kept)), key=lambda c: c.start)


def _vague_nouns(text: str, spans: list[Window], lex: Lexicon, significant: bool) -> list[DeathCount]:
    """Plural "fatalities" with no figure: ACLED's conventional 3 (10 for a significant event), unless the
    sentence says none or none known ("no injuries or fatalities", "fatalities unknown")."""
    figure = 10 if significant else 3
    out = []
    for m in (m for lo, hi in spans for m in lex.p.vague_noun.finditer(text, lo, hi)):
        lo = max(text.rfind(".", 0, m.start()) + 1, m.start() - 40)
        hi = min(len(text), m.end() + 25, *(i for i in (text.find(".", m.end()),) if i >= 0))
        if not lex.p.vague_blocker.search(text, lo, hi) and not _hedged(text, Span(m.start(), m.end(), ""), lex):
            out.append(replace(_one(text, m.start(), m.end()), low=figure, high=figure, vague=True, who=None))
    return out


def _drop_overlaps(counts: list[DeathCount]) -> list[DeathCount]:
    out: list[DeathCount] = []
    for c in sorted(counts, key=lambda c: (c.start, -(c.end - c.start))):
        if not any(c.start < o.end and o.start < c.end for o in out):
            out.append(c)
    return out


def _total(counts: list[DeathCount]) -> int:
    perpetrators = sum(c.low for c in counts if c.who == "perpetrator")
    tolls = [c for c in counts if c.toll]
    if tolls:
        return tolls[-1].low
    specific: dict[str, int] = {}
    general: list[int] = []
    for c in (c for c in counts if c.who != "perpetrator"):
        if c.who is None:
            general.append(c.low)
        elif c.extra and c.who in specific:
            specific[c.who] += c.low
        else:
            specific[c.who] = min(specific.get(c.who, c.low), c.low)
    return max(sum(specific.values()), min(general, default=0)) + perpetrators


def count_fatalities(text: str, *, lang: str = "en", significant: bool = False) -> tuple[int, str]:
    """Total reported deaths in `text` (one event's evidence) and a short note for ACLED's notes when the
    figure was vague or disputed ("" when plain).

    >>> count_fatalities("Police said 3 people were killed; residents said 5 people were killed.")
    (3, 'Reports differ; fatalities coded as the lowest figure, 3.')
    """
    counts = find_deaths(text, lang=lang, significant=significant)
    if not counts:
        return 0, ""
    total = _total(counts)
    if any(c.vague for c in counts):
        return total, f"Unclear fatalities coded as {total}."
    figures: dict[str | None, set[int]] = {}
    for c in counts:
        if not (c.toll or c.extra):
            figures.setdefault(c.who, set()).add(c.low)
    disputed = any(c.low != c.high for c in counts) or any(len(v) > 1 for v in figures.values())
    return total, (f"Reports differ; fatalities coded as the lowest figure, {total}." if disputed else "")


def split_fatalities(total: int, parts: int) -> list[int]:
    """ACLED's split of a total over several events: as even as possible, the remainder to the first ones.

    >>> split_fatalities(3, 2), split_fatalities(12, 3), split_fatalities(7, 3)
    ([2, 1], [4, 4, 4], [3, 2, 2])
    """
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
