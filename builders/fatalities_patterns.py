"""The lexicon of builders/fatalities.py, built once per language from `data/<lang>/fatalities.yaml`
and the number words of numbers.py: regular expressions, keyword automata, and the readers of figures
and victim nouns.

The patterns run on lower-cased text (see wordscan.lower); every one starts at a word boundary and
repeats nothing unbounded, so matching stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .numbers import number_words, parse_number
from .wordscan import Window, automaton, inside, word_spans
from .yamlfile import load_yaml


def _alt(words: Any) -> str:
    return "|".join(re.escape(str(w).lower()) for w in sorted(set(words), key=lambda w: len(str(w)), reverse=True))


@dataclass(frozen=True)
class FatalityPatterns:
    """Compiled patterns for one language, to run on lower-cased text."""

    pair: re.Pattern[str]  # a figure and its victims: "at least three unarmed civilians"
    noun_count: re.Pattern[str]  # a figure and a death noun: "five deaths", "9 dead", "7 lives"
    toll: re.Pattern[str]  # "the death toll rose to 12"
    bare_before: re.Pattern[str]  # a figure right before a death word: "and two killed" (search up to the word)
    bare_after: re.Pattern[str]  # a figure right after an active death word: "killing two"
    boundary: re.Pattern[str]  # the end of a clause: punctuation, conjunctions, injury words
    hedge: re.Pattern[str]  # "threatened to" right before a death word (search up to the word)
    one_victim: re.Pattern[str]  # "he was", "the driver was" right before a passive death word
    one_object: re.Pattern[str]  # "a shopkeeper" right after an active death word
    reduced: re.Pattern[str]  # "in", "on", "." right after a death word used without an object
    casualty_after: re.Pattern[str]  # "or wounded" right after a death word
    casualty_before: re.Pattern[str]  # "wounded or" right before a death word (search up to the word)
    vague_noun: re.Pattern[str]  # "fatalities" with no figure
    vague_blocker: re.Pattern[str]  # "no", "unknown" near such a noun
    not_before: re.Pattern[str]  # "Route", "AK-" right before a figure (search up to the figure)
    not_after: re.Pattern[str]  # "km", "-year-old" right after a figure (match from the figure's end)


def anchor_words(raw: dict[str, Any]) -> set[str]:
    """Lower-case words one of which every death phrase contains (the longest word of each phrase)."""
    keys = ("death_after", "death_before", "death_nouns", "toll", "no_deaths", "self_kills", "vague_deaths")
    return {max(str(p).lower().split(), key=len) for key in keys for p in raw[key]}


def build(raw: dict[str, Any], number: str) -> FatalityPatterns:
    """Compile the patterns of one language; `number` is the number-expression regex of numbers.py."""
    num = rf"(?:{number}|{_alt(raw['one_more'])})"
    qual = rf"(?:(?:{_alt(raw['qualifiers'])})\s+)?"
    rng = rf"(?:between\s+(?P<a1>{num})\s+and\s+(?P<a2>{num})|(?P<n1>{num})(?:\s*(?:-|–|to|or)\s*(?P<n2>{num}))?)"
    stop = _alt([*raw["death_after"], *raw["death_before"], *raw["injuries"], "were", "was", "and", "or", "in", "at"])
    extra = rf"(?:(?:{_alt(raw['additional'])}|of\s+the|of\s+them|of\s+whom)\s+)?"
    filler = rf"(?:(?!(?:{stop})\b|\d[\d,]*\s)[\w'-]+\s+){{0,3}}?"  # no death word or figure in between
    victims = _alt(raw["victims"]) + r"|\d{1,3}-year-olds?"
    aux = _alt(raw["auxiliaries"])
    aux1 = "was|had|has|been|later|reportedly|allegedly|also|then|subsequently"  # "the driver was (later) killed"
    flags = 0  # the text is lower-cased once by fatalities.py
    return FatalityPatterns(
        pair=re.compile(rf"\b{qual}{rng}\s+{extra}{filler}['\"‘“]?(?P<who>{victims})\b", flags),
        noun_count=re.compile(rf"\b{qual}{rng}\s+(?:[\w'-]+\s+)?(?P<who>{_alt(raw['death_nouns'])})\b", flags),
        toll=re.compile(rf"\b(?:{_alt(raw['toll'])})\s+{qual}(?P<n1>{num})\b", flags),
        bare_before=re.compile(
            rf"\b{qual}(?P<n1>{num})\s+{extra}(?:(?:were|was|are|have\s+been|had\s+been|been)\s+)?$", flags
        ),
        bare_after=re.compile(
            rf"\s+{qual}(?P<n1>{num})(?=\s*(?:[.,;:!?)]|$)|\s+(?:{_alt(raw['bare_followers'])})\b)", flags
        ),
        boundary=re.compile(
            rf"[.;:!?]|\b(?:after|when|while|whereas|but|before|as well as|{_alt(raw['injuries'])})\b", flags
        ),
        hedge=re.compile(rf"\b(?:{_alt(raw['hedges'])})\s+(?:(?:{aux})\s+)?$", flags),
        one_victim=re.compile(  # "he died", "the VDP was killed", "the driver died" (a known victim noun)
            rf"\b(?:(?:he|she)\s+(?:(?:{aux1})\s+){{0,3}}|the\s+(?:[\w'-]+\s+){{0,2}}?"
            rf"(?:(?P<who>[\w-]+)\s+(?:(?:{aux1})\s+){{1,3}}|(?P<known>{victims})\s+(?:(?:{aux1})\s+){{0,3}}))$",
            flags,
        ),
        one_object=re.compile(
            rf"\s+(?:a|an|one)\s+(?!(?:{num}|{_alt(raw['not_victims'])})\b)(?:[\w-]+\s+){{0,2}}?(?P<who>[\w-]+)\b(?!-)",
            flags,
        ),
        reduced=re.compile(rf"\s*(?:[.,;:!?)]|$|(?:{_alt(raw['reduced_passive'])})\b)", flags),
        casualty_after=re.compile(rf"\s+(?:{_alt(raw['casualty_joiners'])})\s+(?:{_alt(raw['injuries'])})\b", flags),
        casualty_before=re.compile(rf"\b(?:{_alt(raw['injuries'])})\s+(?:{_alt(raw['casualty_joiners'])})\s+$", flags),
        vague_noun=re.compile(rf"\b(?P<who>{_alt(raw['vague_deaths'])})\b", flags),
        vague_blocker=re.compile(rf"\b(?:{_alt(raw['vague_blockers'])})\b", flags),
        not_before=re.compile(rf"(?:^|\W)(?:{_alt(raw['not_counts_before'])})[\s#-]*$", flags),
        not_after=re.compile(rf"[\s-]*(?:{_alt(raw['not_counts_after'])})(?:\b|(?=\W)|$)", flags),
    )


@dataclass(frozen=True)
class Span:
    """A death word or phrase found in the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Lexicon:
    """Everything fatalities.py needs for one language, built once."""

    raw: dict[str, Any]
    p: FatalityPatterns
    anchors: Any  # Aho-Corasick automaton of anchor words -> their length
    figures: Any  # Aho-Corasick automaton of the words a figure can start with -> their length
    background: Any  # Aho-Corasick automaton of the background phrases -> their length
    verbs: Any  # Aho-Corasick automaton of the death words and phrases -> their length
    nobody: Any  # ... of the phrases saying nobody died
    tolls: Any  # ... of the death-toll phrases
    self_kills: Any  # ... of the phrases for perpetrators dying in their own attack
    nouns: Any  # ... of the death nouns ("deaths", "dead", "lives")
    before_verbs: frozenset[str]
    vague_words: frozenset[str]
    not_victims: frozenset[str]


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of `lang` (data/<lang>/fatalities.yaml and numbers.yaml), loaded once."""
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/fatalities.yaml").read_text("utf-8"))
    words = number_words(lang)
    starts = {*words.units, *words.tens, *words.scales, *words.phrases, *words.vague, *raw["one_more"], "between"}
    return Lexicon(
        raw,
        build(raw, words.pattern),
        automaton(anchor_words(raw)),
        automaton(str(w).lower().split()[0] for w in starts),
        automaton(raw["background"], whole=False),
        automaton([*raw["death_after"], *raw["death_before"]]),
        automaton(raw["no_deaths"]),
        automaton(raw["toll"]),
        automaton(raw["self_kills"]),
        automaton(raw["death_nouns"]),
        frozenset(w.lower() for w in raw["death_before"]),
        frozenset(number_words(lang).vague),
        frozenset(str(w).lower() for w in raw["not_victims"]),
    )


_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person", "persons": "person",
              "lives": "life", "wives": "wife", "police": "police", "series": "series"}  # fmt: skip
GENERAL = frozenset({"person", "victim", "individual", "death", "fatality", "dead", "body", "corpse", "life"})


def singular(word: str) -> str:
    """The singular of a victim noun: "gunmen" -> "gunman", "people" -> "person"."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"  # fatalities, casualties, bodies
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def figures(m: re.Match[str], lang: str, significant: bool) -> tuple[int, int, bool] | None:
    """(low, high, vague) of a matched figure or range, or None when it is not a number."""
    g = m.groupdict()
    first, second = (g.get("a1"), g.get("a2")) if g.get("a1") else (g.get("n1"), g.get("n2"))
    if first is None:
        return None
    one_more = {w.lower() for w in lexicon(lang).raw["one_more"]}
    lo = 1 if first.lower() in one_more else parse_number(first, lang, significant=significant)
    hi = parse_number(second, lang, significant=significant) if second else lo
    if lo is None or hi is None:
        return None
    return min(lo, hi), max(lo, hi), first.lower() in lexicon(lang).vague_words


def is_figure(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """False for numbers that are not counts of people: "Route 9", "AK-47", "5 km", "a 25-year-old"."""
    key = "a1" if m.groupdict().get("a1") else "n1"
    if m.groupdict().get(key) is None:
        return True
    start, end = m.start(key), m.end(key)
    if lex.p.not_before.search(text, max(0, start - 14), start) or start > 0 and text[start - 1] in "-/$€£#":
        return False
    return not lex.p.not_after.match(text, end)


def figure_starts(text: str, spans: list[Window], lex: Lexicon) -> list[int]:
    """Where a figure may start inside the windows: digits and number words ("three", "several", "between")."""
    digits = [m.start() for lo, hi in spans for m in _DIGITS.finditer(text, lo, hi)]
    words = [s for s, _ in word_spans(text, lex.figures) if inside(s, spans)]
    return sorted({*digits, *words})


_DIGITS = re.compile(r"\d[\d,]*")  # one start per figure: "1,200" is one


def death_words(text: str, lex: Lexicon) -> list[Span]:
    """Death words and phrases, leftmost and longest first, not overlapping (one Aho-Corasick pass)."""
    out: list[Span] = []
    for start, end in sorted(word_spans(text, lex.verbs), key=lambda h: (h[0], -h[1])):
        if not out or start >= out[-1].end:
            out.append(Span(start, end, text[start:end]))
    return out
