"""Every actor a text mentions, named the ACLED way, with its actor type (`find_actors`).

Three sources, in order of precedence where mentions overlap: named groups from the actor dictionary
(`actors_dictionary.py`), state forces named by regime period (`regimes.py`), and generic nouns
(`actors_nouns.py`: soldiers, police, gunmen, protesters, villagers ...). A demonym or country name
before a noun ("Mexican troops", "Mexican cartel gunmen") gives the actor's country; otherwise the event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from conflict_events.schema.taxonomy import ActorType

from .actors_dictionary import ActorDictionary, Entry
from .actors_nouns import GENERIC_NAMES, NON_STATE, STATE_KINDS, Nouns, noun_spans, nouns
from .country_names import country_names, country_of_demonym, demonyms
from .gazetteer import Gazetteer
from .gazetteer_names import fold
from .places_resolve import country_of
from .records import Actor
from .regimes import state_actor


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
    stem: str = ""  # an identity militia's name before its country ("Unidentified Tribal Militia")


def generic_actor(kind: str, country: str) -> Actor:
    """A generic actor of a country: `generic_actor("protesters", "Mexico")` is Protesters (Mexico)."""
    name, actor_type = GENERIC_NAMES[kind]
    return Actor(f"{name} ({country})", actor_type)


def _state(kind: str, country: str, event_country: str | None, on: date, unit: str | None) -> Actor:
    """A state force; a military acting outside its own country is an External/Other force."""
    actor = state_actor(country, on, kind, unit)  # type: ignore[arg-type]
    if event_country and country != event_country and kind == "military":
        return Actor(actor.name, ActorType.EXTERNAL_OTHER_FORCES)
    return actor


def _entry_actor(entry: Entry, country: str | None, on: date) -> tuple[Actor, str]:
    """The actor a dictionary entry names on a date, and the kind of mention it is."""
    if entry.state and (entry.since is None or on >= entry.since):
        return _state("military", entry.state, country, on, entry.unit), "military"
    actor = Actor(entry.name, entry.actor_type)
    if entry.actor_type == ActorType.STATE_FORCES and country and entry.countries and country not in entry.countries:
        actor = Actor(entry.name, ActorType.EXTERNAL_OTHER_FORCES)
    return actor, "named"


def _named(dictionary: ActorDictionary, text: str, country: str | None, on: date, lang: str) -> list[ActorMention]:
    out = []
    hedge = nouns(lang).hedge_before
    for start, end in dictionary.spans(text):
        alias = text[start:end]
        entry = dictionary.resolve(alias, country)
        if entry is None:
            continue
        hedged = bool(hedge.search(text, max(0, start - 60), start))
        actor, kind = _entry_actor(entry, country, on)
        home = entry.state or (entry.countries[0] if len(entry.countries) == 1 else None)
        if hedged and kind == "named":
            unknown = generic_actor("armed_group", country or "International")
            out.append(ActorMention(start, end, alias, unknown, (), True, "armed_group"))
        else:
            out.append(ActorMention(start, end, alias, actor, (), hedged, kind, home=home))
    return out


_OF_COUNTRY: dict[tuple[str, str], re.Pattern[str]] = {}


def _of_country(lang: str, preposition: str = "of") -> re.Pattern[str]:
    """ " of (the) <country>" right after a noun ("the military forces of Tajikistan"); with "from", where
    people come from ("refugees from Ukraine")."""
    if (lang, preposition) not in _OF_COUNTRY:
        names = "|".join(re.escape(n) for n in sorted(country_names(lang), key=len, reverse=True))
        _OF_COUNTRY[lang, preposition] = re.compile(rf"\s+{preposition}\s+(?:the\s+)?({names})\b")
    return _OF_COUNTRY[lang, preposition]


def _country_of(word: str, lang: str) -> str | None:
    return country_of_demonym(word, lang) or country_names(lang).get(word)


def _generic_actor(table: Nouns, kind: str, noun: str, where: str, country: str | None, on: date) -> Actor:
    if kind in STATE_KINDS:
        return _state(kind, where, country, on, table.units.get(noun.lower()))
    return generic_actor(kind, where)


#: A capitalised word right before a noun (not the first of a sentence) and one right after: the noun is inside a
#: proper name.
_CAPITAL_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'-]+\s$")
_INSIDE_NAME = re.compile(r"\s[A-Z][\w'-]+")


def _is_person(table: Nouns, kind: str, text: str, n_start: int, n_end: int) -> bool:
    """False for "civilian infrastructure", "no civilians", "without casualties to civilians"."""
    if kind != "civilians":
        return True
    if (
        text[n_start].isupper()
        and _INSIDE_NAME.match(text, n_end)
        and _CAPITAL_BEFORE.search(text, max(0, n_start - 30), n_start)
    ):
        return False  # "Imam" in "Hazrati Imam Sahib district", "Chief" in "Mount Chief Road": part of a name
    after = text[n_end : n_end + 30].split(maxsplit=1)
    if after and after[0].strip(".,;:").lower() in table.not_people_after:
        return False
    return not table.negated_before.search(text, max(0, n_start - 30), n_start)


def _not_a_side(table: Nouns, text: str, n_start: int, n_end: int) -> bool:
    """A force that reports the event ("police believe ...") or a former member of it ("a former member of the
    police was killed"): not a side of the event."""
    return bool(
        table.reporting_after.match(text, n_end) or table.former_before.search(text, max(0, n_start - 50), n_start)
    )


def _generic(text: str, country: str | None, on: date, lang: str) -> list[ActorMention]:
    table = nouns(lang)
    out = []
    for n_start, n_end in noun_spans(text, lang):
        noun = text[n_start:n_end]
        kind = table.kind_of[noun.lower()]
        if not _is_person(table, kind, text, n_start, n_end):
            continue
        if kind in STATE_KINDS and _not_a_side(table, text, n_start, n_end):
            continue
        dem = table.demonym_before.search(text, max(0, n_start - 40), n_start)
        own = _country_of(dem.group("dem"), lang) if dem else None
        of = _of_country(lang).match(text, n_end) if own is None and kind in STATE_KINDS else None
        if own is None and kind == "civilians":  # "refugees from Ukraine" are Ukraine's civilians
            of = _of_country(lang, "from").match(text, n_end)
        own = country_names(lang)[of.group(1)] if of else own
        where = own or country
        if where is None or (own is None and noun.lower() in table.placed_only):
            continue
        start = dem.start() if dem else n_start
        if dem and kind in STATE_KINDS:  # "between Ukrainian and Russian forces": two states' forces
            other = table.demonym_and.search(text, max(0, dem.start() - 30), dem.start())
            other_country = _country_of(other.group("dem"), lang) if other else None
            if other and other_country:
                actor = _generic_actor(table, kind, noun, other_country, country, on)
                out.append(ActorMention(other.start(), n_end, text[other.start() : n_end], actor, (), False, kind,
                                        True, noun, other_country))  # fmt: skip
        mention = _militia(table, text, start, n_start, n_end, kind, noun, where, own)
        if mention is None:
            actor = _generic_actor(table, kind, noun, where, country, on)
            identity = table.identities.get(noun.lower())
            assoc = (f"{identity} ({where})",) if identity else ()
            mention = ActorMention(
                start, n_end, text[start:n_end], actor, assoc, False, kind, own is not None, noun, own
            )
        out.append(mention)
    return out


def _militia(
    table: Nouns, text: str, start: int, n_start: int, n_end: int, kind: str, noun: str, where: str, own: str | None
) -> ActorMention | None:
    """ "Tribal gunmen", "Fulani militiamen", "armed Kuchi militants": an identity militia."""
    if kind not in NON_STATE:
        return None
    named = _named_militia(text, n_start, n_end, noun, where, own)
    if named is not None:
        return named
    q = table.qualifier_before.search(text, max(0, n_start - 40), n_start)
    if q is None:
        return None
    stem = table.militias[q.group("q")]
    begin = min(start, q.start())
    actor = Actor(f"{stem} ({where})", ActorType.IDENTITY_MILITIA)
    return ActorMention(begin, n_end, text[begin:n_end], actor, (), False, "communal", own is not None, noun, own, stem)


_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen", "militia members", "militia fighters"})
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?P<adj>ethnic|tribal|communal|clan|pastoral(?:ist)?)\s+)?$"
)
_STEMS = {
    "ethnic": "Ethnic Militia",
    "tribal": "Tribal Militia",
    "communal": "Communal Militia",
    "clan": "Clan Militia",
    "pastoral": "Ethnic Militia",  # "Samburu pastoral militia"
    "pastoralist": "Ethnic Militia",
}


def _named_militia(text: str, n_start: int, n_end: int, noun: str, where: str, own: str | None) -> ActorMention | None:
    """ACLED's names of militias named after a people or a place: "Bassa ethnic militiamen" is the Bassa Ethnic
    Militia, "Katsina militiamen" (a place of the event's country) the Katsina Communal Militia."""
    if noun.lower() not in _MILITIA_NOUNS:
        return None
    m = _NAME_BEFORE.search(text, max(0, n_start - 40), n_start)
    if m is None or _NOT_A_GROUP.match(m.group("name")):
        return None
    name, adj = m.group("name"), m.group("adj")
    if adj is None:
        readings = Gazetteer.load().keys.get(fold(name), [])
        if not any(country_of(r) == where for r in readings if r[0] != "c"):
            return None
        adj = "communal"
    stem = f"{name} {_STEMS[adj]}"
    actor = Actor(f"{stem} ({where})", ActorType.IDENTITY_MILITIA)
    return ActorMention(
        m.start(), n_end, text[m.start() : n_end], actor, (), False, "communal", own is not None, noun, own, stem
    )


_OF_GROUP = re.compile(r"^\s+(?:from|of|belonging\s+to|linked\s+to|working\s+for)\s+(?:a|an|the)?\s*$", re.IGNORECASE)


def _merge_of_phrases(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """'gunmen from a Mexican cartel' is one actor, whose country the second phrase gives."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in NON_STATE
            and m.kind in NON_STATE
            and not prev.placed
            and m.placed
            and _OF_GROUP.match(text[prev.end : m.start])
        ):
            out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end])
            continue
        out.append(m)
    return out


#: At most one lower-case word between a group's name and its noun, and not a verb ("IS attacked forces").
_MEMBER_GAP = re.compile(r"\s?(?:(?![a-z-]+(?:ed|ing)\s)[a-z-]+\s)?")


def _names_member(g: ActorMention, named: list[ActorMention], text: str) -> bool:
    """'Al Shabaab militants', 'PKK forces', 'NAF rebel forces': a generic noun right after a named group
    (or one word after it) is that group."""
    if g.kind not in NON_STATE and g.kind != "military":
        return False
    for n in named:
        gap = text[n.end : g.start]
        if g.kind == "military" and g.placed and gap.strip() != "and":
            continue  # "IS militants attacked Iraqi security forces" are Iraq's ("Wagner and Malian forces": allies)
        if 0 <= g.start - n.end <= 12 and _MEMBER_GAP.fullmatch(gap):
            return True
    return False


_FORCES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER_FORCES)


def localize(mention: ActorMention, country: str, on: date, lang: str = "en") -> ActorMention:
    """A mention re-read for the event's country: a generic one whose country the text did not give takes the
    event's; a state's force is External/Other when its military acts outside its country, else State forces."""
    if mention.kind in STATE_KINDS and mention.home and mention.actor.actor_type in _FORCES:
        abroad = mention.kind == "military" and mention.home != country
        actor_type = ActorType.EXTERNAL_OTHER_FORCES if abroad else ActorType.STATE_FORCES
        return replace(mention, actor=Actor(mention.actor.name, actor_type))
    if mention.placed or mention.kind == "named":
        return mention
    table = nouns(lang)
    if mention.stem:
        return replace(mention, actor=Actor(f"{mention.stem} ({country})", ActorType.IDENTITY_MILITIA))
    actor = _generic_actor(table, mention.kind, mention.noun, country, country, on)
    identity = table.identities.get(mention.noun.lower())
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


def _overlaps(a: ActorMention, others: list[ActorMention]) -> bool:
    return any(a.start < o.end and o.start < a.end for o in others)


def _same_force(mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Israeli forces raided the town. Soldiers fired tear gas": a force the text places once is the one meant
    by the later unplaced words of the same branch."""
    out: list[ActorMention] = []
    placed: dict[str, ActorMention] = {}
    for m in mentions:
        if m.kind in ("military", "police") and not m.placed and m.kind in placed:
            first = placed[m.kind]
            m = replace(m, actor=first.actor, placed=True, home=first.home)
        elif m.kind in ("military", "police") and m.placed:
            placed.setdefault(m.kind, m)
        out.append(m)
    return out


def _inside_longer(m: ActorMention, others: list[ActorMention]) -> bool:
    """ "Turkish army" inside "Turkish army warplanes": the longer phrase of the same kind is the mention."""
    return any(o.kind == m.kind and o.end > m.end and o.start < m.end for o in others)


def find_actors(
    text: str, *, country: str | None, on: date, lang: str = "en", dictionary: ActorDictionary | None = None
) -> list[ActorMention]:
    """Every actor mentioned in `text`, in text order; named groups win over generic words they overlap."""
    named = _named(dictionary or ActorDictionary.load(lang=lang), text, country, on, lang)
    named += [u for u in _unlisted_groups(text, lang) if not _overlaps(u, named)]
    generic = [g for g in _generic(text, country, on, lang) if not _overlaps(g, named)]
    generic = [g for g in generic if not _names_member(g, named, text) and not _inside_longer(g, generic)]
    accused = nouns(lang).accused_before
    named = [n for n in named if not accused.search(text, max(0, n.start - 60), n.start)]  # what one is accused of
    return sorted(named + _merge_of_phrases(text, _same_force(generic)), key=lambda a: a.start)
