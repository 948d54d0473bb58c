"""Actors: every actor a text mentions, named the ACLED way, with its actor type.

Three sources, in order of precedence where mentions overlap: named groups from the actor dictionary
(`data/<lang>/actors.yaml`, extensible with a user's file), state forces named by regime period
(`regimes.py`), and generic nouns (`data/<lang>/actor_nouns.yaml`: soldiers, police, gunmen,
protesters, villagers ...). Roles per event type are decided in `roles.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from conflict_events.schema.taxonomy import ActorType

from .country_names import country_names, country_of_demonym, demonyms
from .records import Actor
from .regimes import state_actor

#: Generic kinds of actor noun and the actor each becomes.
GENERIC_NAMES: dict[str, tuple[str, ActorType]] = {
    "armed_group": ("Unidentified Armed Group", ActorType.POLITICAL_MILITIA),
    "gang": ("Unidentified Gang", ActorType.POLITICAL_MILITIA),
    "communal": ("Unidentified Communal Militia", ActorType.IDENTITY_MILITIA),
    "rioters": ("Rioters", ActorType.RIOTERS),
    "protesters": ("Protesters", ActorType.PROTESTERS),
    "civilians": ("Civilians", ActorType.CIVILIANS),
}
STATE_KINDS = ("military", "police", "government")
_HEDGE = re.compile(
    r"\b(?:believed\s+to\s+(?:be|have\s+been)|possibly|unconfirmed|conflicting\s+reports|may\s+have\s+been|"
    r"unclear\s+whether|it\s+is\s+not\s+known\s+whether|thought\s+to\s+be)\b[^.]{0,40}$",
    re.IGNORECASE,
)
_POLICE_UNITS = {"national guard": "National Guard", "guardia nacional": "National Guard",
                 "state police": "State Police", "federal police": "Federal Police",
                 "municipal police": "Municipal Police"}  # fmt: skip


@dataclass(frozen=True)
class ActorMention:
    """An actor found in a text: its span, the resolved actor, and what kind of mention it was."""

    start: int
    end: int
    text: str
    actor: Actor
    assoc: tuple[str, ...] = ()  # identity designations this mention carries ("Journalists (Mexico)")
    hedged: bool = False  # the text called the attribution uncertain
    kind: str = "named"  # named, military, police, government, armed_group, gang, communal, rioters, ...
    placed: bool = True  # the text gave the actor's country (a demonym) or the actor has no country
    noun: str = ""
    home: str | None = None  # the one country the actor belongs to or operates in, when the text or dictionary says


@dataclass(frozen=True)
class Entry:
    """A named actor of the dictionary."""

    name: str
    actor_type: ActorType
    countries: tuple[str, ...]
    state: str | None = None  # from `since`, the group is this country's state (its military)
    since: date | None = None


@dataclass(frozen=True)
class ActorDictionary:
    """Named actors by alias, and the compiled pattern that finds any alias."""

    by_alias: dict[str, tuple[Entry, ...]]
    pattern: re.Pattern[str] | None

    @classmethod
    def load(cls, extra: Path | None = None, lang: str = "en") -> ActorDictionary:
        """The package's dictionary plus a user's file (whose entries and aliases win); cached."""
        return _load(str(extra) if extra else "", lang)

    def resolve(self, alias: str, country: str | None) -> Entry:
        """The entry an alias names, preferring one that operates in `country`."""
        entries = self.by_alias[alias]
        return next((e for e in entries if country in e.countries), entries[0])


def _entries(raw: dict[str, Any]) -> list[tuple[Entry, list[str]]]:
    out = []
    for a in raw.get("actors") or []:
        since = a.get("since")
        entry = Entry(a["name"], ActorType(int(a["type"])), tuple(a.get("countries") or ()), a.get("state"),
                      since if isinstance(since, date) else (date.fromisoformat(since) if since else None))  # fmt: skip
        out.append((entry, [str(x) for x in a.get("aliases") or []] + [a["name"]]))
    return out


@cache
def _load(extra: str, lang: str) -> ActorDictionary:
    builtin = yaml.safe_load(resources.files(__package__).joinpath(f"data/{lang}/actors.yaml").read_text("utf-8"))
    items = _entries(builtin)
    if extra:
        user = _entries(yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {})
        replaced = {e.name for e, _ in user}
        items = [(e, al) for e, al in items if e.name not in replaced]
        user_aliases = {al for _, als in user for al in als}
        items = user + [(e, [al for al in als if al not in user_aliases]) for e, als in items]
    by_alias: dict[str, list[Entry]] = {}
    for entry, aliases in items:
        for alias in aliases:
            by_alias.setdefault(alias, []).append(entry)
    alts = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])") if alts else None
    return ActorDictionary({k: tuple(v) for k, v in by_alias.items()}, pattern)


@dataclass(frozen=True)
class _Nouns:
    kind_of: dict[str, str]  # generic noun (lower case) -> its kind
    identities: dict[str, str]
    demonym_before: re.Pattern[str]  # a demonym right before the noun ("Mexican troops", "Mexican cartel gunmen")


@cache
def _nouns(lang: str) -> _Nouns:
    raw = yaml.safe_load(resources.files(__package__).joinpath(f"data/{lang}/actor_nouns.yaml").read_text("utf-8"))
    kinds = [*STATE_KINDS, *GENERIC_NAMES]
    kind_of = {str(w).lower(): k for k in kinds for w in raw[k]}
    dem = "|".join(re.escape(d) for d in sorted(demonyms(lang), key=len, reverse=True))
    names = "|".join(re.escape(n) for n in sorted(country_names(lang), key=len, reverse=True))
    before = re.compile(rf"\b(?P<dem>{dem}|{names})s?\s+(?:[A-Za-z-]+\s+)?$")
    identities = {str(k).lower(): str(v) for k, v in raw["identities"].items()}
    return _Nouns(kind_of, identities, before)


def generic_actor(kind: str, country: str) -> Actor:
    """A generic actor of a country: `generic_actor("protesters", "Mexico")` is Protesters (Mexico)."""
    name, actor_type = GENERIC_NAMES[kind]
    return Actor(f"{name} ({country})", actor_type)


def _state(kind: str, country: str, home: str | None, on: date, noun: str) -> Actor:
    unit = _POLICE_UNITS.get(noun.lower()) if kind == "police" else None
    actor = state_actor(country, on, kind, unit)  # type: ignore[arg-type]
    if home and country != home and kind == "military":
        return Actor(actor.name, ActorType.EXTERNAL_OTHER_FORCES)
    return actor


def _named(dictionary: ActorDictionary, text: str, country: str | None, on: date) -> list[ActorMention]:
    if dictionary.pattern is None:
        return []
    out = []
    for m in dictionary.pattern.finditer(text):
        entry = dictionary.resolve(m.group(0), country)
        hedged = bool(_HEDGE.search(text, max(0, m.start() - 60), m.start()))
        if entry.state and entry.since and on >= entry.since:
            actor = _state("military", entry.state, country, on, "")
            out.append(ActorMention(m.start(), m.end(), m.group(0), actor, (), hedged, "military", home=entry.state))
        elif hedged:
            unknown = generic_actor("armed_group", country or "International")
            out.append(ActorMention(m.start(), m.end(), m.group(0), unknown, (), True, "armed_group"))
        else:
            home = entry.countries[0] if len(entry.countries) == 1 else None
            out.append(ActorMention(m.start(), m.end(), m.group(0), Actor(entry.name, entry.actor_type), home=home))
    return out


@cache
def _of_country(lang: str) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(country_names(lang), key=len, reverse=True))
    return re.compile(rf"^\s+of\s+(?:the\s+)?({names})\b")


def _generic(text: str, country: str | None, on: date, lang: str) -> list[ActorMention]:
    nouns = _nouns(lang)
    out = []
    for n_start, n_end in _noun_spans(text, lang):
        noun = text[n_start:n_end]
        kind = nouns.kind_of[noun.lower()]
        dem = nouns.demonym_before.search(text, max(0, n_start - 40), n_start)
        start = dem.start() if dem else n_start
        own = (country_of_demonym(dem.group("dem"), lang) or country_names(lang).get(dem.group("dem"))) if dem else None
        of = _of_country(lang).match(text, n_end) if own is None and kind in STATE_KINDS else None
        own = country_names(lang)[of.group(1)] if of else own
        where = own or country
        if where is None:
            continue
        if kind in STATE_KINDS:
            actor = _state(kind, where, country, on, noun)
        else:
            actor = generic_actor(kind, where)
        identity = nouns.identities.get(noun.lower())
        assoc = (f"{identity} ({where})",) if identity else ()
        out.append(ActorMention(start, n_end, text[start:n_end], actor, assoc, False, kind, own is not None, noun, own))
    return out


@cache
def _noun_automaton(lang: str) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for noun in _nouns(lang).kind_of:
        automaton.add_word(noun, len(noun))
    automaton.make_automaton()
    return automaton


def _noun_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Whole-word generic nouns in the text, longest first where they overlap, in text order (one pass)."""
    lowered = text.lower() if len(text.lower()) == len(text) else text
    found = []
    for end, length in _noun_automaton(lang).iter(lowered):
        start = end - length + 1
        if (start == 0 or not text[start - 1].isalnum()) and (end + 1 >= len(text) or not text[end + 1].isalnum()):
            found.append((start, end + 1))
    found.sort(key=lambda s: (s[0] - s[1], s[0]))
    kept: list[tuple[int, int]] = []
    for s in found:
        if not any(s[0] < k[1] and k[0] < s[1] for k in kept):
            kept.append(s)
    return sorted(kept)


_OF_GROUP = re.compile(r"^\s+(?:from|of|belonging\s+to|linked\s+to|working\s+for)\s+(?:a|an|the)?\s*$", re.IGNORECASE)
_NON_STATE = frozenset({"armed_group", "gang", "communal"})


def _merge_of_phrases(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'gunmen from a Mexican cartel' is one actor, whose country the second phrase gives."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _NON_STATE
            and m.kind in _NON_STATE
            and not prev.placed
            and m.placed
            and _OF_GROUP.match(text[prev.end : m.start])
        ):
            out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end])
            continue
        out.append(m)
    return out


def _names_member(g: ActorMention, named: list[ActorMention], text: str) -> bool:
    """'Al Shabaab militants', 'ISWAP fighters': a generic noun right after a named group is that group."""
    return g.kind in _NON_STATE and any(0 <= g.start - n.end <= 1 and not text[n.end : g.start].strip() for n in named)


def localize(mention: ActorMention, country: str, on: date, lang: str = "en") -> ActorMention:
    """A generic mention whose country the text did not give, re-read for the event's country."""
    if mention.placed or mention.kind == "named":
        return mention
    if mention.kind in STATE_KINDS:
        actor = _state(mention.kind, country, country, on, mention.noun)
    else:
        actor = generic_actor(mention.kind, country)
    identity = _nouns(lang).identities.get(mention.noun.lower())
    assoc = (f"{identity} ({country})",) if identity else ()
    return replace(mention, actor=actor, assoc=assoc)


#: A proper name that ends like an armed group's ("Spring Brothers Force", "Myaing Villages Revolution Front").
_GROUP_NAME = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,5}(?:Force|Forces|Front|Army|Brigade|Brigades|Militia|Guerrillas?|Battalion|"
    r"Commando|Defen[cs]e\s+Force|Liberation\s+Army|Revolutionary\s+Army))\b"
)
_NOT_A_GROUP = re.compile(r"^(?:The|A|An|In|On|At|Military|Police|Security|Armed|Special|Air|Naval|Government|State)\b")


def _unlisted_groups(text: str, lang: str) -> list[ActorMention]:
    """Named armed groups the dictionary lacks, by the shape of their name; a name that names a country is
    a state's force and left to the generic nouns."""
    out = []
    names = country_names(lang)
    dems = demonyms(lang)
    for m in _GROUP_NAME.finditer(text):
        name = m.group(1).strip()
        if _NOT_A_GROUP.match(name) or any(w in names or w.rstrip("s") in dems for w in name.split()):
            continue
        out.append(ActorMention(m.start(1), m.start(1) + len(name), name, Actor(name, ActorType.POLITICAL_MILITIA)))
    return out


def find_actors(
    text: str, *, country: str | None, on: date, lang: str = "en", dictionary: ActorDictionary | None = None
) -> list[ActorMention]:
    """Every actor mentioned in `text`, in text order; named groups win over generic words they overlap."""
    named = _named(dictionary or ActorDictionary.load(lang=lang), text, country, on)
    named += [u for u in _unlisted_groups(text, lang) if not any(u.start < n.end and n.start < u.end for n in named)]
    generic = [
        g
        for g in _generic(text, country, on, lang)
        if not any(g.start < n.end and n.start < g.end for n in named) and not _names_member(g, named, text)
    ]
    generic = _merge_of_phrases(text, generic)
    return sorted(named + generic, key=lambda a: a.start)
