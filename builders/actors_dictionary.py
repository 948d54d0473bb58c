"""The actor dictionary: named actors and their aliases, from `data/<lang>/actors.yaml` plus a user's file.

One entry per actor (see the header of `data/en/actors.yaml` for the fields). The loader is cached per
(user file, language) and compiles one pattern that finds every alias in a single pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick

from conflict_events.schema.taxonomy import ActorType

from .yamlfile import load_yaml


@dataclass(frozen=True)
class Entry:
    """A named actor of the dictionary."""

    name: str
    actor_type: ActorType
    countries: tuple[str, ...]
    state: str | None = None  # from `since` (or always), the group is a force of this country's state
    since: date | None = None
    unit: str | None = None  # with `state`: the unit appended to the state's military ("Popular Mobilization Forces")
    strict: bool = False  # the aliases name this actor only in its countries ("Islamist militia" in Mozambique)
    branch: str | None = None  # the name of a local unit, "{local}" its local name: "People's Defense Force - {local}"


@dataclass(frozen=True)
class ActorDictionary:
    """Named actors by alias, and the compiled pattern that finds any alias."""

    by_alias: dict[str, tuple[Entry, ...]]
    automaton: ahocorasick.Automaton | None
    #: aliases of entries with local branches, longest first, and the capitalised words that are no local name
    branching: tuple[str, ...] = ()
    not_local: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, extra: Path | None = None, lang: str = "en") -> ActorDictionary:
        """The package's dictionary plus a user's file (whose entries and aliases win); cached."""
        return _load(str(extra) if extra else "", lang)

    def resolve(self, alias: str, country: str | None) -> Entry | None:
        """The entry an alias names, preferring one that operates in `country`; None when every entry the
        alias names is strict and foreign to `country`."""
        if alias not in self.by_alias:
            base = alias.rsplit("-", 1)[0]
            if base in self.by_alias and _FACTION.fullmatch(alias, len(base)):
                return self.resolve(base, country)
            return self._branch(alias, country)
        entries = self.by_alias[alias]
        local = next((e for e in entries if country in e.countries), None)
        if local is not None or country is None:
            return local or entries[0]
        return None if is_acronym(alias) else next((e for e in entries if not e.strict), None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every alias in `text` as a whole word (case-sensitive), the longest where they overlap, in text
        order; one pass of the automaton."""
        if self.automaton is None:
            return []
        found = []
        for end, length in self.automaton.iter(text):
            start = end - length + 1
            after_ok = end + 1 >= len(text) or not _joins(text[end + 1]) or bool(_BY_ACTOR.match(text, end + 1))
            faction = None if after_ok else _FACTION.match(text, end + 1)
            if faction:
                after_ok, end = True, faction.end() - 1  # the faction's acronym is part of the name
            before_ok = start == 0 or not _joins(text[start - 1])
            if not (before_ok and after_ok) and text[start : end + 1] in self.branching:
                before_ok = before_ok or self._local_before(text, start) is not None
                after_ok = after_ok or self._local_after(text, end + 1) is not None
            if before_ok and after_ok:
                found.append((start, end + 1))
        return self._with_locals(text, leftmost_longest(found))

    def _local_before(self, text: str, start: int) -> int | None:
        """Where the local name of a unit written before its group's name starts ("the Ye-U PDF", "Snake
        Eyes-PDF"), or None."""
        m = _LOCAL_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            return None
        words = m.group("local").split()
        while words and words[0] in self.not_local:
            words.pop(0)
        if not words or any(not self._local_word(w) for w in words):
            return None
        return start - len(m.group(0)) + m.group(0).index(words[0])

    def _local_after(self, text: str, end: int) -> int | None:
        """Where the local name of a unit written after its group's name ends ("CDF Matupi", "CDF-Hakha",
        "People's Defense Force - Tamu", "PDF (Shwebo)"), or None."""
        m = _LOCAL_AFTER.match(text, end)
        if m is None:
            return None
        local = m.group("paren") or m.group("dashed") or m.group("word")
        if not all(self._local_word(w) for w in local.split()):
            return None
        return m.end()

    def _local_word(self, word: str) -> bool:
        return word not in self.not_local and not (word.isupper() and len(word) > 1 and "-" not in word)

    def _with_locals(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of branching aliases widened to the local name written next to them."""
        if not self.branching:
            return spans
        out: list[tuple[int, int]] = []
        for i, (start, end) in enumerate(spans):
            if text[start:end] in self.branching:
                prev_end = out[-1][1] if out else 0
                next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
                new_start = self._local_before(text, start)
                new_end = None if new_start is not None and new_start >= prev_end else self._local_after(text, end)
                if new_start is not None and new_start >= prev_end:
                    start = new_start
                elif new_end is not None and new_end <= next_start:
                    end = new_end
            out.append((start, end))
        return out

    def _branch(self, span: str, country: str | None) -> Entry | None:
        """The local unit a widened span names ("Ye-U PDF" -> "People's Defense Force - Ye-U")."""
        for alias in self.branching:
            at = span.find(alias)
            if at < 0:
                continue
            local = (span[:at] + span[at + len(alias) :]).strip(" -\u2013()")
            entry = self.resolve(alias, country)
            if entry is None or entry.branch is None or not local:
                return entry
            return replace(entry, name=entry.branch.format(local=local), branch=None)
        raise KeyError(span)


def is_acronym(alias: str) -> bool:
    """A short all-capitals alias ("IS", "AA", "CJNG"): ambiguous across countries, so it names an actor only
    where the actor operates."""
    return len(alias) <= 4 and alias.isupper()


_LOCAL_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Z0-9][\w'\u2019]*)*"
#: One or two capitalised words right before a group's name, then a space or a hyphen ("Ye-U PDF", "Snake Eyes-PDF").
_LOCAL_BEFORE = re.compile(rf"(?<![\w'-])(?P<local>(?:{_LOCAL_WORD}\s+)?{_LOCAL_WORD})(?:\s+|-)$")
#: A local name right after a group's name: after a dash (up to three words), in brackets, or one word.
_LOCAL_AFTER = re.compile(
    rf"(?:\s*[-\u2013]\s*(?P<dashed>{_LOCAL_WORD}(?:\s+{_LOCAL_WORD}){{0,2}})"
    rf"|\s*\((?P<paren>{_LOCAL_WORD}(?:\s+{_LOCAL_WORD}){{0,2}})\)"
    rf"|\s+(?P<word>{_LOCAL_WORD}))(?![\w'-])"
)

#: A faction's acronym joined to its group's name ("CODECO-URDPC", "ELN-UC"): the group is named.
_FACTION = re.compile(r"-[A-Z]{2,}(?![\w-])")

#: A hyphenated participle after a name that makes the named group the agent ("a Houthi-planted mine").
_BY_ACTOR = re.compile(r"-(?:planted|laid|placed|launched|fired|made|claimed)\b")


def _joins(char: str) -> bool:
    """A character that continues a word: a match next to it is part of a longer word."""
    return char.isalnum() or char in "-_"


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _entries(raw: dict[str, Any], source: str) -> list[tuple[Entry, list[str]]]:
    out = []
    for i, a in enumerate(raw.get("actors") or []):
        try:
            entry = Entry(
                str(a["name"]),
                ActorType(int(a["type"])),
                tuple(str(c) for c in a.get("countries") or ()),
                a.get("state"),
                _date(a.get("since")),
                a.get("unit"),
                bool(a.get("strict", False)),
                _branch_template(a.get("branch")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{source}: actor #{i + 1} needs a name and a type 1-8 ({exc})") from exc
        out.append((entry, [str(x) for x in a.get("aliases") or []] + [entry.name]))
    return out


def _branch_template(value: object) -> str | None:
    if value is None:
        return None
    if "{local}" not in str(value):
        raise ValueError(f"a branch needs '{{local}}' where the local name goes, not {value!r}")
    return str(value)


def _read(text: str, source: str) -> tuple[list[tuple[Entry, list[str]]], set[str]]:
    """The entries of a file, and its words that are no local name of a unit."""
    raw = load_yaml(text) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: expected a mapping with an `actors:` list")
    return _entries(raw, source), {str(w) for w in raw.get("not_local") or ()}


@cache
def _load(extra: str, lang: str) -> ActorDictionary:
    package = resources.files(__package__).joinpath(f"data/{lang}/actors.yaml")
    items, not_local = _read(package.read_text("utf-8"), str(package))
    if extra:
        user, user_not_local = _read(Path(extra).read_text(encoding="utf-8"), extra)
        not_local |= user_not_local
        replaced = {e.name for e, _ in user}
        user_aliases = {al for _, als in user for al in als}
        items = user + [(e, [al for al in als if al not in user_aliases]) for e, als in items if e.name not in replaced]
    listed = {al for _, als in items for al in als}
    by_alias: dict[str, list[Entry]] = {}
    for entry, aliases in items:
        cased = (form for al in aliases for form in case_forms(al))
        for alias in [*aliases, *(form for form in cased if form not in listed)]:
            if entry not in by_alias.setdefault(alias, []):
                by_alias[alias].append(entry)
    automaton = None
    if by_alias:
        automaton = ahocorasick.Automaton()
        for alias in by_alias:
            automaton.add_word(alias, len(alias))
        automaton.make_automaton()
    branching = sorted(
        {al for al, entries in by_alias.items() if any(e.branch for e in entries)}, key=len, reverse=True
    )
    return ActorDictionary(
        {k: tuple(v) for k, v in by_alias.items()}, automaton, tuple(branching), frozenset(not_local)
    )


#: Words Title Case leaves in lower case (English, Spanish, French, Portuguese, Arabic particles).
_SMALL_WORDS = frozenset(
    (
        "a an and as at by for in of on or the to with "
        "de del la las los el y e da das do dos des du et le al bin ibn wal"
    ).split()
)


def title_case(alias: str) -> str:
    """The Title-Case form of a multi-word alias, as headlines and some outlets write it: "Ambazonian separatists"
    -> "Ambazonian Separatists", "dissidents of the FARC" -> "Dissidents of the FARC". Each lower-case word (and each
    lower-case part of a hyphenated word) gets a capital, except small words after the first; other words are left
    alone ("al-Shabaab", "CPI (Maoist)"). A one-word alias is returned as it is: a capital there starts a sentence."""
    words = alias.split(" ")
    if len(words) < 2:
        return alias
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        out.append(
            "-".join(
                p[:1].upper() + p[1:] if p[:1].islower() and (i == 0 and j == 0 or p not in _SMALL_WORDS) else p
                for j, p in enumerate(parts)
            )
        )
    return " ".join(out)


def case_forms(alias: str) -> tuple[str, ...]:
    """The other ways text writes a multi-word alias: with a capital at the start of a sentence ("Separatist
    fighters") and in Title Case ("Separatist Fighters"). A one-word alias has none: capitalised, it is often
    another word's name ("Settlers Road", "Shane")."""
    if " " not in alias:
        return ()
    forms = {alias[:1].upper() + alias[1:], title_case(alias)} - {alias}
    return tuple(sorted(forms))


def leftmost_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, the leftmost first and the longest of those starting together."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
