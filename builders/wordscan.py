"""Keyword scanning shared by dates.py and fatalities.py: one Aho-Corasick pass finds the words a
rule needs, and the (comparatively slow) rule regexes then run only in the windows around them.

Everything works on lower-cased text whose offsets equal the original's (see `lower`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

import ahocorasick

Window = tuple[int, int]


def automaton(words: Iterable[str]) -> Any:
    """An Aho-Corasick automaton over lower-case `words`, each mapped to its length."""
    a = ahocorasick.Automaton()
    for word in {str(w).lower() for w in words}:
        a.add_word(word, len(word))
    a.make_automaton()
    return a


def lower(text: str) -> str:
    """`text` lower-cased with every offset kept (a letter whose lower case is longer, such as "İ", is
    left as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def word_spans(low: str, words: Any, whole: bool = True) -> list[Window]:
    """(start, end) of each automaton word in `low` that starts a word (and ends one, when `whole`)."""
    out = []
    for end, length in words.iter(low):
        start = end - length + 1
        if (start == 0 or not low[start - 1].isalnum()) and not (whole and low[end + 1 : end + 2].isalnum()):
            out.append((start, end + 1))
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
