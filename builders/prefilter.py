"""A keyword prefilter for the trigger lexicon: one Aho-Corasick pass over an article tells which rules
can match in which sentences, so that the (comparatively slow) rule regexes run only where they may.

The keywords are derived from the rules themselves: the literal text every alternative of a pattern
starts with. A pattern with an alternative that starts with no literal of three or more letters gets
no keywords and always runs, so the prefilter can never hide a match.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own regex parser
from collections.abc import Iterable

import ahocorasick

from .wordscan import padded

_MIN = 2
_Prefixes = set[str] | None
_NON_WORD = re.compile(r"[^\w]|_")
Hit = tuple[int, frozenset[int]]


def _seq(items: Iterable[tuple[object, object]], shortest: int = _MIN) -> _Prefixes:
    prefix = ""
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: the literal text that follows still starts the match
            continue
        if name == "LITERAL":
            prefix += chr(int(av)).lower()  # type: ignore[call-overload]
            continue
        if name == "SUBPATTERN":
            inner = _seq(av[3], shortest)  # type: ignore[index]
            return _join(prefix, inner, shortest)
        if name == "BRANCH":
            return _join(prefix, _branches(av[1], shortest), shortest)  # type: ignore[index]
        break
    return {prefix} if len(prefix) >= shortest else None


def _branches(branches: Iterable[Iterable[tuple[object, object]]], shortest: int) -> _Prefixes:
    out: set[str] = set()
    for b in branches:
        p = _seq(b, shortest)
        if p is None:
            return None
        out |= p
    return out


def _join(prefix: str, inner: _Prefixes, shortest: int) -> _Prefixes:
    if inner is None:
        return {prefix} if len(prefix) >= shortest else None
    return {prefix + p for p in inner}


def keywords(pattern: str, shortest: int = _MIN) -> set[str] | None:
    """Literal lower-case prefixes, each at least `shortest` letters long, one of which every match of
    `pattern` starts with, or None."""
    try:
        return _seq(sre_parse.parse(pattern, re.IGNORECASE), shortest)
    except (re.error, TypeError, IndexError, ValueError):
        return None


class Prefilter:
    """Which of several patterns may match a text, from one keyword pass (patterns with no keywords always may)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        words: list[tuple[str, int]] = []
        always: set[int] = set()
        for i, p in enumerate(patterns):
            found = keywords(p)
            if found is None:
                always.add(i)
            else:
                words.extend((w, i) for w in found)
        self.always = frozenset(always)
        self.automaton = build_automaton(words) if words else None

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that may match `text`."""
        found = set(self.always)
        if self.automaton is not None:
            for _, ids in self.automaton.iter(text.lower()):
                found |= ids
        return found


def build_automaton(words: Iterable[tuple[str, int]]) -> ahocorasick.Automaton:
    """An automaton mapping each keyword to the rules (indices) it stands for."""
    table: dict[str, set[int]] = {}
    for word, rule in words:
        table.setdefault(word, set()).add(rule)
    automaton = ahocorasick.Automaton()
    for word, rules in table.items():
        automaton.add_word(word, frozenset(rules))
    automaton.make_automaton()
    return automaton


class WordStarts:
    """Where in a text each of several rules may match, for rules whose patterns all begin at a word
    start (`\\b` then a word character): one Aho-Corasick pass finds their keywords at word starts only.

    A rule is a group of patterns; its keywords are the literal prefixes of its patterns, however short.
    A rule with a pattern that has none, or whose keyword starts with a non-word character, is listed in
    `always` (search it in full).
    """

    def __init__(self, rules: Iterable[Iterable[str]]) -> None:
        table: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, patterns in enumerate(rules):
            found = [keywords(p, shortest=1) for p in patterns]
            words = {w for k in found for w in k or ()}
            if any(k is None for k in found) or any(_NON_WORD.match(w) for w in words):
                always.add(i)
                continue
            for w in words:  # "rocket-propelled" is looked for as "rocket propelled", as the text is padded
                table.setdefault(" " + " ".join(_NON_WORD.sub(" ", w).split()), set()).add(i)
        self.always = frozenset(always)
        self.automaton = ahocorasick.Automaton()
        for key, ids in table.items():
            self.automaton.add_word(key, (len(key), frozenset(ids)))
        self.automaton.make_automaton()

    def hits(self, text: str) -> list[Hit] | None:
        """(offset, rules) for every keyword that starts a word of `text`, in order of offset; None when
        lower-casing moves the offsets of `text` (then every rule must be searched in full)."""
        low = text.lower()
        if len(low) != len(text) or not len(self.automaton):
            return None if len(low) != len(text) else []
        out = [(end - size + 1, ids) for end, (size, ids) in self.automaton.iter(padded(low))]
        out.sort(key=lambda h: h[0])
        return out
