"""The actor dictionary: named actors and their aliases, from `data/<lang>/actors.yaml` plus a user's file.

One entry per actor (see the header of `data/en/actors.yaml` for the fields). The loader is cached per
(user file, language) and compiles one pattern that finds every alias in a single pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ActorDictionary:
    """Named actors by alias, and the compiled pattern that finds any alias."""

    by_alias: dict[str, tuple[Entry, ...]]
    automaton: ahocorasick.Automaton | None

    @classmethod
    def load(cls, extra: Path | None = None, lang: str = "en") -> ActorDictionary:
        """The package's dictionary plus a user's file (whose entries and aliases win); cached."""
        return _load(str(extra) if extra else "", lang)

    def resolve(self, alias: str, country: str | None) -> Entry | None:
        """The entry an alias names, preferring one that operates in `country`; None when every entry the
        alias names is strict and foreign to `country`."""
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
            if (start == 0 or not _joins(text[start - 1])) and after_ok:
                found.append((start, end + 1))
        return leftmost_longest(found)


def is_acronym(alias: str) -> bool:
    """A short all-capitals alias ("IS", "AA", "CJNG"): ambiguous across countries, so it names an actor only
    where the actor operates."""
    return len(alias) <= 4 and alias.isupper()


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
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{source}: actor #{i + 1} needs a name and a type 1-8 ({exc})") from exc
        out.append((entry, [str(x) for x in a.get("aliases") or []] + [entry.name]))
    return out


def _read(text: str, source: str) -> list[tuple[Entry, list[str]]]:
    raw = load_yaml(text) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: expected a mapping with an `actors:` list")
    return _entries(raw, source)


@cache
def _load(extra: str, lang: str) -> ActorDictionary:
    package = resources.files(__package__).joinpath(f"data/{lang}/actors.yaml")
    items = _read(package.read_text("utf-8"), str(package))
    if extra:
        user = _read(Path(extra).read_text(encoding="utf-8"), extra)
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
    return ActorDictionary({k: tuple(v) for k, v in by_alias.items()}, automaton)


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
