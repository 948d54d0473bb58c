"""Generic actor words (`data/<lang>/actor_nouns.yaml`), loaded once per language and found in one pass.

What a noun names (its kind), the state units some nouns name, the identities civilians and protesters
carry, the qualifiers that make an armed group an identity militia, the words that call an attribution
uncertain, and the words after "civilian" that make it an adjective rather than a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

from conflict_events.schema.taxonomy import ActorType

from .actors_dictionary import leftmost_longest
from .country_names import country_names, demonyms
from .yamlfile import load_yaml

#: Generic kinds of actor noun and the actor each becomes.
GENERIC_NAMES: dict[str, tuple[str, ActorType]] = {
    "armed_group": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "gang": ("Unidentified Gang", ActorType.POLITICAL_MILITIA),
    "communal": ("Unidentified Communal Militia", ActorType.IDENTITY_MILITIA),
    "private_security": ("Private Security Forces", ActorType.EXTERNAL_OTHER_FORCES),
    "rioters": ("Rioters", ActorType.RIOTERS),
    "protesters": ("Protesters", ActorType.PROTESTERS),
    "civilians": ("Civilians", ActorType.CIVILIANS),
}
STATE_KINDS = ("military", "police", "government")
NON_STATE = frozenset({"armed_group", "gang", "communal"})  # private security guards are armed, but no group


@dataclass(frozen=True)
class Nouns:
    """The generic-noun tables of one language, with their compiled patterns."""

    kind_of: dict[str, str]  # generic noun (lower case) -> its kind
    placed_only: frozenset[str]  # nouns naming a force only after its country ("Russian helicopter")
    units: dict[str, str]  # noun (lower case) -> the state unit it names ("national guard" -> National Guard)
    identities: dict[str, str]  # noun (lower case) -> identity designation ("journalists" -> Journalists)
    militias: dict[str, str]  # qualifier -> identity militia name stem ("tribal" -> Unidentified Tribal Militia)
    not_people_after: frozenset[str]  # "civilian infrastructure": no person
    demonym_before: re.Pattern[str]  # a demonym right before the noun ("Mexican troops", "Mexican cartel gunmen")
    demonym_and: re.Pattern[str]  # "Ukrainian and " before a demonym: a second state's forces
    qualifier_before: re.Pattern[str]  # "tribal gunmen", "Fulani militiamen"
    negated_before: re.Pattern[str]  # "no civilians", "without casualties"
    hedge_before: re.Pattern[str]  # "believed to be", "suspected" before a named group
    accused_before: re.Pattern[str]  # "on suspicion of financing" before a named group: no side
    reporting_after: re.Pattern[str]  # "police said", "police believe": the force reports, it is not a side
    former_before: re.Pattern[str]  # "a former member of the police": a civilian
    automaton: ahocorasick.Automaton


def _alternation(words: Iterable[object]) -> str:
    """One regex alternative per word, the longest first."""
    return "|".join(re.escape(w) for w in sorted((str(w) for w in words), key=len, reverse=True))


@cache
def nouns(lang: str = "en") -> Nouns:
    """The tables of `data/<lang>/actor_nouns.yaml`, compiled (cached)."""
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/actor_nouns.yaml").read_text("utf-8"))
    kind_of = {str(w).lower(): k for k in (*STATE_KINDS, *GENERIC_NAMES) for w in raw[k]}
    places = _alternation([*demonyms(lang), *country_names(lang)])
    militias = {str(k): str(v) for k, v in raw["identity_militias"].items()}
    militias |= {k.capitalize(): v for k, v in militias.items() if k.islower()}  # "Tribal gunmen" opening a sentence
    automaton = ahocorasick.Automaton()
    for noun in kind_of:
        automaton.add_word(noun, len(noun))
    automaton.make_automaton()
    return Nouns(
        kind_of=kind_of,
        placed_only=frozenset(str(w).lower() for w in raw.get("placed_only", ())),
        units={str(k).lower(): str(v) for k, v in raw["units"].items()},
        identities={str(k).lower(): str(v) for k, v in raw["identities"].items()},
        militias=militias,
        not_people_after=frozenset(str(w).lower() for w in raw["not_people_after"]),
        demonym_before=re.compile(rf"\b(?P<dem>{places})s?\s+(?:[A-Za-z0-9-]+\s+)?$"),
        demonym_and=re.compile(rf"\b(?P<dem>{places})\s+(?:and|&)\s+$"),
        qualifier_before=re.compile(rf"(?<![\w-])(?P<q>{_alternation(militias)})\s+(?:[A-Za-z-]+\s+)?$"),
        negated_before=re.compile(rf"\b(?:{_alternation(raw['negations'])})\s+(?:[a-z-]+\s+)?$", re.IGNORECASE),
        hedge_before=re.compile(rf"\b(?:{_alternation(raw['hedges'])})\b[^.;]{{0,40}}$", re.IGNORECASE),
        accused_before=re.compile(
            rf"\b(?:{_alternation(raw['accused_before'])})\s+(?:[\w'-]+\s+){{0,4}}$", re.IGNORECASE
        ),
        reporting_after=re.compile(rf"\s+(?:{_alternation(raw['reporting_after'])})\b", re.IGNORECASE),
        former_before=re.compile(
            rf"\b(?:{_alternation(raw['former_before'])})\s+(?:[A-Za-z-]+\s+){{0,2}}$", re.IGNORECASE
        ),
        automaton=automaton,
    )


def noun_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Whole-word generic nouns in the text, longest first where they overlap, in text order (one pass)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = text
    found = []
    for end, length in nouns(lang).automaton.iter(lowered):
        start = end - length + 1
        if (start == 0 or not text[start - 1].isalnum()) and (end + 1 >= len(text) or not text[end + 1].isalnum()):
            found.append((start, end + 1))
    return leftmost_longest(found)
