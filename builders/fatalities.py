"""Fatalities: reported deaths in an event's evidence, counted by ACLED's rules.

- Only deaths count: injuries are never fatalities; "no one was killed" is 0; no mention is 0.
- Victims are found around death words: before a passive phrase ("three soldiers were killed"), after
  an active one ("gunmen killed two farmers"), as a toll ("the death toll rose to 12") or as a noun
  ("five deaths"). Lists are summed ("two soldiers and three gunmen were killed": 5).
- Conflicting figures for the same victims give the lowest ("3 to 5 people", "police said 3 people
  ..., residents said 5 people": 3); a later death toll replaces earlier figures; a general figure
  ("five people") that covers specific ones ("two soldiers and three gunmen") is not added to them.
- Vague quantities follow ACLED's convention ("several" 3, or 10 for a significant event; "dozens" 12;
  "hundreds" 100) and the note says so. Perpetrators who die in their own attack are counted.
- Totals of past violence ("the war has killed 500,000 since 2011") are background, not this event's.
The words live in `data/<lang>/fatalities.yaml` and `data/<lang>/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from .numbers import number_words, parse_number


@dataclass(frozen=True)
class DeathCount:
    """One mention of deaths: its span, the figures it states, and whose deaths they are."""

    start: int
    end: int
    text: str
    low: int
    high: int
    vague: bool
    who: str | None  # the victim noun, singular, or None for a general figure ("deaths", "the toll")
    toll: bool = False


@dataclass(frozen=True)
class _Lexicon:
    pair: re.Pattern[str]
    verb: re.Pattern[str]
    noun_count: re.Pattern[str]
    toll: re.Pattern[str]
    none: re.Pattern[str]
    self_kill: re.Pattern[str]
    background: re.Pattern[str]
    before_verbs: frozenset[str]
    vague_words: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _lexicon(lang: str) -> _Lexicon:
    raw = yaml.safe_load(resources.files(__package__).joinpath(f"data/{lang}/fatalities.yaml").read_text("utf-8"))
    num = number_words(lang).pattern
    qual = r"(?:(?:at least|more than|over|about|around|nearly|almost|up to|approximately|an estimated|some)\s+)?"
    rng = rf"(?:between\s+(?P<a1>{num})\s+and\s+(?P<a2>{num})|(?P<n1>{num})(?:\s*(?:-|–|to|or)\s*(?P<n2>{num}))?)"
    extra = r"(?:(?:other|more|of\s+the|of\s+them|of\s+whom)\s+)?"
    victims = _alt(raw["victims"]) + r"|\d{1,3}-year-olds?"
    pair = rf"\b{qual}{rng}\s+{extra}(?:[\w'-]+\s+){{0,2}}?['\"‘“]?(?P<who>{victims})\b"
    verbs = _alt([*raw["death_after"], *raw["death_before"]])
    noun_count = rf"\b{qual}{rng}\s+(?:[\w'-]+\s+)?(?P<who>{_alt(raw['death_nouns'])})\b"
    toll = rf"\b(?:{_alt(raw['toll'])})\s+{qual}(?P<n1>{num})\b"
    flags = re.IGNORECASE
    return _Lexicon(
        re.compile(pair, flags), re.compile(rf"\b(?P<verb>{verbs})\b", flags), re.compile(noun_count, flags),
        re.compile(toll, flags), re.compile(rf"\b(?:{_alt(raw['no_deaths'])})\b", flags),
        re.compile(rf"\b(?:{_alt(raw['self_kills'])})\b", flags),
        re.compile(rf"(?:{_alt(raw['background'])})", flags),
        frozenset(w.lower() for w in raw["death_before"]), frozenset(number_words(lang).vague),
    )  # fmt: skip


_BOUNDARY = re.compile(r"[.;:!?]|\b(?:after|when|while|whereas|but|before|as well as)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|reportedly|allegedly)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(r"\s*(?:him|her)\b", re.IGNORECASE)
#: One victim named without a number, before a passive death phrase ("He was killed", "the victim died").
_ONE_VICTIM = re.compile(
    r"\b(?:he|she|the\s+(?:victim|man|woman|boy|girl|suspect|driver|soldier|officer|policeman|journalist|farmer))"
    r"\s+(?:was|had\s+been|died|later\s+died|succumbed)\b",
    re.IGNORECASE,
)
_NOT_A_COUNT = re.compile(
    r"^[\s-]*(?:year|years old|yr|%|percent|km|kilomet|mile|hour|minute|am\b|pm\b|a\.m|p\.m)", re.IGNORECASE
)


def _singular(word: str) -> str:
    w = word.lower()
    irregular = {
        "men": "man",
        "women": "woman",
        "children": "child",
        "people": "person",
        "persons": "person",
        "policemen": "policeman",
        "gunmen": "gunman",
        "militiamen": "militiaman",
        "herdsmen": "herdsman",
    }
    return irregular.get(w, w[:-1] if w.endswith("s") and not w.endswith("ss") else w)  # fmt: skip


_GENERAL = frozenset({"person", "victim", "individual", "death", "fatality", "dead", "body", "corpse", "life"})


def _figures(m: re.Match[str], lang: str, significant: bool) -> tuple[int, int, bool] | None:
    g = m.groupdict()
    first, second = (g.get("a1"), g.get("a2")) if g.get("a1") else (g.get("n1"), g.get("n2"))
    if first is None:
        return None
    lo = parse_number(first, lang, significant=significant)
    hi = parse_number(second, lang, significant=significant) if second else lo
    if lo is None or hi is None:
        return None
    vague = first.lower() in _lexicon(lang).vague_words
    return min(lo, hi), max(lo, hi), vague


def _count(m: re.Match[str], lang: str, significant: bool, toll: bool = False) -> DeathCount | None:
    if _NOT_A_COUNT.match(m.string, m.end("n1") if m.groupdict().get("n1") else m.end()):
        return None
    figures = _figures(m, lang, significant)
    if figures is None:
        return None
    who = m.groupdict().get("who")
    noun = _singular(who) if who else None
    return DeathCount(m.start(), m.end(), m.group(0), figures[0], figures[1], figures[2],
                      None if noun in _GENERAL else noun, toll)  # fmt: skip


def _clause(text: str, start: int, end: int, forward: bool) -> tuple[int, int]:
    """The stretch of text from a death word back (or forward) to the nearest clause boundary."""
    if forward:
        b = _BOUNDARY.search(text, end, min(len(text), end + 120))
        return end, b.start() if b else min(len(text), end + 120)
    lo = max(0, start - 150)
    stops = [b.end() for b in _BOUNDARY.finditer(text, lo, start)]
    return (stops[-1] if stops else lo), start


def _victims(
    text: str, verb: re.Match[str], pairs: list[DeathCount], used: set[int], lex: _Lexicon
) -> list[DeathCount]:
    words = verb.group("verb").lower()
    lex_before = words in lex.before_verbs or words.rsplit(" ", 1)[-1] in lex.before_verbs
    active = lex_before and not _PASSIVE.search(text, max(0, verb.start() - 25), verb.start())
    for forward in (True, False) if active else (False,):
        lo, hi = _clause(text, verb.start(), verb.end(), forward)
        found = [p for p in pairs if lo <= p.start and p.end <= hi and p.start not in used]
        if found:
            return found
        if forward and _PRONOUN.match(text, verb.end()):
            return [DeathCount(verb.end(), verb.end() + 4, "him", 1, 1, False, "person")]
        if not forward:
            one = _ONE_VICTIM.search(text, lo, hi)
            if one and one.start() not in used:
                return [DeathCount(one.start(), one.end(), one.group(0), 1, 1, False, "person")]
    return []


def _background(text: str, pos: int, lang: str) -> bool:
    lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi_dot = text.find(".", pos)
    hi = hi_dot if hi_dot >= 0 else len(text)
    return bool(_lexicon(lang).background.search(text, lo, hi))


def find_deaths(text: str, *, lang: str = "en", significant: bool = False) -> list[DeathCount]:
    """Every mention of deaths in `text`, in text order (see the module's rules)."""
    lex = _lexicon(lang)
    pairs = [c for m in lex.pair.finditer(text) if (c := _count(m, lang, significant))]
    found: list[DeathCount] = []
    used: set[int] = set()
    for verb in lex.verb.finditer(text):
        for p in _victims(text, verb, pairs, used, lex):
            used.add(p.start)
            found.append(p)
    for pattern, toll in ((lex.noun_count, False), (lex.toll, True)):
        found += [c for m in pattern.finditer(text) if (c := _count(m, lang, significant, toll))]
    found += [
        DeathCount(m.start(), m.end(), m.group(0), 1, 1, False, "perpetrator") for m in lex.self_kill.finditer(text)
    ]
    kept = [c for c in found if not _background(text, c.start, lang)]
    return sorted(_drop_overlaps(kept), key=lambda c: c.start)


def _drop_overlaps(counts: list[DeathCount]) -> list[DeathCount]:
    out: list[DeathCount] = []
    for c in sorted(counts, key=lambda c: (c.start, -(c.end - c.start))):
        if not any(c.start < o.end and o.start < c.end for o in out):
            out.append(c)
    return out


def count_fatalities(text: str, *, lang: str = "en", significant: bool = False) -> tuple[int, str]:
    """Total reported deaths in one event's evidence, and a note when the figure was vague or disputed."""
    counts = find_deaths(text, lang=lang, significant=significant)
    if not counts:
        return 0, ""
    tolls = [c for c in counts if c.toll]
    if tolls:
        return tolls[-1].low, ""
    specific: dict[str, list[DeathCount]] = {}
    general: list[DeathCount] = []
    for c in counts:
        (specific.setdefault(c.who, []) if c.who else general).append(c)
    lows = {who: min(c.low for c in cs) for who, cs in specific.items()}
    total = max(sum(lows.values()), min((c.low for c in general), default=0))
    disputed = any(c.low != c.high for c in counts) or any(len({c.low for c in cs}) > 1 for cs in specific.values())
    if any(c.vague for c in counts):
        return total, f"Unclear fatalities coded as {total}."
    return total, (f"Reports differ; fatalities coded as the lowest figure, {total}." if disputed else "")


def split_fatalities(total: int, parts: int) -> list[int]:
    """ACLED's split of a total over several events: as even as possible, the remainder to the first ones.

    >>> split_fatalities(3, 2), split_fatalities(7, 3)
    ([2, 1], [3, 2, 2])
    """
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
