"""Finding place names in text: one Aho-Corasick pass over the folded text, whole capitalised names only,
minus common words (`data/places/stopwords.txt`); near spellings of a context country's places."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer
from .gazetteer_names import fold, fold_char, word_chars
from .places_countries import demonyms

#: Minimal similarity (0-100) of a near spelling found in text.
FUZZY_CUTOFF = 86


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in text: its span and its folded key."""

    start: int
    end: int
    key: str
    located: bool = False  # right after a word that introduces a place ("in", "near"): see `located`


#: Words right before a name that say it is a place ("in Mendoza", "near Santos").
_LOCATIVE = re.compile(r"\b(?:in|near|at|outside|from|to|towards?|around|of)\s+$")


def located(text: str, m: Match) -> Match:
    """The match flagged when a locative word introduces it: then even a name that is mostly a common word
    or a surname elsewhere ("Mendoza", "Santos") may be read as a city."""
    hit = _LOCATIVE.search(text, max(0, m.start - 12), m.start)
    return Match(m.start, m.end, m.key, True) if hit else m


@cache
def stopwords() -> frozenset[str]:
    """Folded capitalised words that are never read as towns or divisions."""
    text = resources.files(__package__).joinpath("data/places/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(fold(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def aligned_fold(text: str) -> str:
    """`fold` character by character, so that offsets in the result are offsets in `text`."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


_COMPASS_AFTER = re.compile(r"-(?:North|South|East|West|Central)\b")


def match_names(text: str) -> list[Match]:
    """Every gazetteer name in the text: whole words, capitalised, longest first, no overlaps."""
    g = Gazetteer.load()
    folded = " " + word_chars(aligned_fold(text))  # patterns start with a space: names start at word starts
    found = []
    n = len(text)
    for end, key in g.automaton.iter(folded):
        start = end - len(key)  # in `text` (the leading space shifts folded offsets by one)
        end -= 1
        if not text[start].isupper() or (start > 0 and text[start - 1].isalnum()):
            continue
        if end + 1 < n and (
            text[end + 1].isalnum()
            or text[end + 1] == "-"
            and end + 2 < n
            and text[end + 2].isalpha()
            and not _COMPASS_AFTER.match(text, end + 1)  # "Shan-South": the Shan state's southern part
        ):
            continue
        found.append(Match(start, end + 1, key))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[Match] = []
    taken = bytearray(n + 1)
    for m in found:  # a longer name that is part of a still longer one ("Raqqa governorate" in "Ar Raqqa
        # governorate") leaves room for a shorter one ("Ar Raqqa")
        if not any(taken[m.start : m.end]) and whole_name(text, m):
            kept.append(m)
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return sorted(kept, key=lambda m: m.start)


_PREV_WORD = re.compile(r"([A-Z][\w'’.-]*)\s$")
_NEXT_WORD = re.compile(r"\s([A-Z][\w'’-]*)")
#: Capitalised words that may stand right before or after a place name without being part of a longer name.
_FREE_BEFORE = frozenset(
    "In On At Near From To The And Of Outside Around Across Between Into Inside Toward Towards Via Both While "
    "When After Before During Since Until Meanwhile Elsewhere Also Downtown Central Greater Northern Southern "
    "Eastern Western North South East West Rural Urban".split()
)
_FREE_AFTER = frozenset(
    "Department Province District State Region City County Governorate Municipality Town Village Oblast "
    "Prefecture Division Township Area Commune Countryside Sub-district Subdistrict Camp Border On In And".split()
)


@cache
def _cue_words() -> frozenset[str]:
    """The one-word kinds of division and town of the cue file ("LGA", "Woreda", "Tehsil"), lower case."""
    from .places_cues import cue_words

    return frozenset(w for w in cue_words() if " " not in w)


def acronym(text: str, m: Match) -> bool:
    """True for a name written in capitals inside running text ("the FSU and SUD unions"): an acronym, not a
    place, unless it starts a line as a dateline does ("KABUL, Afghanistan (Reuters) -") or the text is
    written in capitals throughout."""
    word = text[m.start : m.end]
    if not word.isupper() or len(word) < 2:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start : m.start].strip():
        return False
    sample = text[max(0, m.start - 200) : m.end + 200]
    return sum(c.islower() for c in sample) > sum(c.isupper() for c in sample)


def whole_name(text: str, m: Match) -> bool:
    """False when the match is only part of a longer capitalised name ("Stephen Gray", "Bulo Mareer")."""
    before = _PREV_WORD.search(text, max(0, m.start - 30), m.start)
    word = before.group(1) if before else ""
    if word and word not in _FREE_BEFORE and not word.endswith((".", "!", "?", ":")):
        return False
    after = _NEXT_WORD.match(text, m.end, m.end + 30)
    return not (after and after.group(1) not in _FREE_AFTER and after.group(1).lower() not in _cue_words())


@cache
def _pool(countries: tuple[str, ...]) -> list[str]:
    g = Gazetteer.load()
    return [n for c in countries for n in g.fuzzy_names(c)]


_FUZZY_LEAD = re.compile(r"\b(?:in|near|at|of|from|to|around|and|outside)\s+(?:the\s+)?([A-Z][\w'-]{4,})\b")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")


def fuzzy_matches(text: str, matches: list[Match], countries: Counter[str]) -> list[Match]:
    """Names after 'in/near/at ...' that match nothing exactly but resemble a place of a context country
    ("Huehuetango" in a text about Guatemala)."""
    if not countries:
        return []
    g = Gazetteer.load()
    names = _pool(tuple(c for c, _ in countries.most_common(2)))
    out = []
    for m in _FUZZY_LEAD.finditer(text):
        start, end = m.span(1)
        if any(start < k.end and k.start < end for k in matches):
            continue
        word = fold(m.group(1))
        if word in stopwords() or word in g.keys or m.group(1) in demonyms():
            continue
        if _NEXT_CAPITAL.match(text, end, end + 2):  # part of a longer name ("Guatemalan Ministry")
            continue
        hit = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit:
            out.append(Match(start, end, hit[0]))
    return out
