"""Sentence segmentation with character offsets into the article text.

A sentence ends at `.`, `!`, `?` or `…` (followed by closing quotes or brackets) before white space and an
upper-case letter, digit or opening quote, unless the word before the stop is a known abbreviation
("Dec.", "Gen.", "U.S.", "No.") or a single initial; a blank line or a bullet line always ends one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that end with a full stop without ending a sentence (compared lower-case, without the stop).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st mt ft jr sr no nos vs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun approx est
    inc ltd co corp dept univ fig al etc e.g i.e u.s u.n u.k a.m p.m
    """.split()
)

_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_HARD_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it lies in the article: `text == article[start:end]`."""

    start: int
    end: int
    text: str


def _is_abbreviation(text: str, stop: int) -> bool:
    if _LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, stop) + 1, stop):
        return True  # "1. Shops closed": the number of a list item
    m = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or len(word) == 1


def _cuts(text: str) -> list[int]:
    cuts = {m.end() for m in _HARD_BREAK.finditer(text)}
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        cuts.add(m.end())
    return sorted(cuts)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, stripped of surrounding white space, in order."""
    out: list[Sentence] = []
    start = 0
    for cut in [*_cuts(text), len(text)]:
        chunk = text[start:cut]
        stripped = chunk.strip()
        if stripped:
            lead = start + (len(chunk) - len(chunk.lstrip()))
            out.append(Sentence(lead, lead + len(stripped), stripped))
        start = cut
    return out
