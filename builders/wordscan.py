"""Keyword scanning shared by dates.py and fatalities.py: one Aho-Corasick pass finds the words a
rule needs, and the (comparatively slow) rule regexes then run only in the windows around them.

Everything works on lower-cased text whose offsets equal the original's (see `lower`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import ahocorasick

Window = tuple[int, int]


def automaton(words: Iterable[str], whole: bool = True) -> Any:
    """An Aho-Corasick automaton over lower-case `words` (phrases allowed) for `word_spans`: each matches
    at the start of a word, and also at the end of one when `whole`."""
    a = ahocorasick.Automaton()
    for word in {" ".join(_NON_WORD.sub(" ", str(w).lower()).split()) for w in words} - {""}:
        key = " " + word + (" " if whole else "")
        a.add_word(key, (len(key), len(word)))
    a.make_automaton()
    return a


def lower(text: str) -> str:
    """`text` lower-cased with every offset kept (a letter whose lower case is longer, such as "İ", is
    left as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_NON_WORD = re.compile(r"[^\w]|_")


@lru_cache(maxsize=8)
def padded(low: str) -> str:
    """`low` with every non-word character made a space, between two spaces: a word then starts right
    after a space, so the automaton never stops inside a word (no Python work per letter "a")."""
    return " " + _NON_WORD.sub(" ", low) + " "


def word_spans(low: str, words: Any) -> list[Window]:
    """(start, end) of each occurrence in `low` of a word of the automaton `words` (see `automaton`)."""
    out = []
    for end, (key, length) in words.iter(padded(low)):
        start = end - key + 1  # the key's leading space sits at padded[start], i.e. just before low[start]
        out.append((start, start + length))
    return out


def windows(spans: Iterable[Window], before: int, after: int, size: int) -> list[Window]:
    """The stretches from `before` chars ahead of each span to `after` chars past it, merged, in order."""
    out: list[Window] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - before), min(size, end + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def inside(pos: int, spans: list[Window]) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint `spans`."""
    i = bisect_right(spans, (pos, spans[-1][1] + 1 if spans else 0)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
