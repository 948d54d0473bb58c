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

_MIN = 2
_Prefixes = set[str] | None


def _seq(items: Iterable[tuple[object, object]]) -> _Prefixes:
    prefix = ""
    for op, av in items:
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            prefix += chr(int(av)).lower()  # type: ignore[call-overload]
            continue
        if name == "SUBPATTERN":
            inner = _seq(av[3])  # type: ignore[index]
            return _join(prefix, inner)
        if name == "BRANCH":
            return _join(prefix, _branches(av[1]))  # type: ignore[index]
        break
    return {prefix} if len(prefix) >= _MIN else None


def _branches(branches: Iterable[Iterable[tuple[object, object]]]) -> _Prefixes:
    out: set[str] = set()
    for b in branches:
        p = _seq(b)
        if p is None:
            return None
        out |= p
    return out


def _join(prefix: str, inner: _Prefixes) -> _Prefixes:
    if inner is None:
        return {prefix} if len(prefix) >= _MIN else None
    return {prefix + p for p in inner}


def keywords(pattern: str) -> set[str] | None:
    """Literal lower-case prefixes one of which every match of `pattern` starts with, or None."""
    try:
        return _seq(sre_parse.parse(pattern, re.IGNORECASE))
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
