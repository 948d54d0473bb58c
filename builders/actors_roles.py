"""Roles: actor1, actor2 and associated actors of one event, by ACLED's conventions per event type.

- Protests: actor1 Protesters (Country), identity groups as associated actors; actor2 the intervening
  force (police by default) for Protest with intervention and Excessive force, else none.
- Riots: actor1 Rioters (Country); Violent demonstration vs the state force present, if any; Mob
  violence vs the civilians hit, another group of rioters, or the force present.
- Battles: the first two distinct armed sides in text order; an unnamed side is an Unidentified Armed
  Group (Country).
- Explosions/Remote violence: the perpetrator (first armed side) and the target (civilians when they
  were hit, else the other armed side, else none).
- Violence against civilians: the perpetrator (Unidentified Armed Group when unnamed) and, always,
  Civilians (Country), with the victims' identities as associated actors.
- Strategic developments: Arrests by the police (or the force named) of civilians or the group
  named; looting by the armed side from civilians (drugs seized or destroyed by state forces: from the group
  named, else an Unidentified Gang); disrupted weapons use against the other armed side (an
  Unidentified Armed Group when unnamed: the weapons were someone's); the rest one-sided by the actor named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from conflict_events.schema.taxonomy import ActorType, EventType, SubEventType, event_type_of

from .actors_find import ActorMention, generic_actor, localize
from .records import Actor
from .regimes import state_actor
from .yamlfile import load_yaml

_ARMED = frozenset(
    {ActorType.STATE_FORCES, ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA,
     ActorType.EXTERNAL_OTHER_FORCES}
)  # fmt: skip


@dataclass(frozen=True)
class Roles:
    """The actors of one event."""

    actor1: Actor
    actor2: Actor | None
    assoc_actor_1: tuple[str, ...] = ()
    assoc_actor_2: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Cues:
    """The role cues of `data/<lang>/actor_roles.yaml`, compiled."""

    counter_protest: re.Pattern[str]
    between_groups: re.Pattern[str]
    internal_clash: re.Pattern[str]
    rival_sides: re.Pattern[str]
    targeted_after: re.Pattern[str]
    targeted_before: re.Pattern[str]
    agent_before: re.Pattern[str]
    drug_seizure: re.Pattern[str]


@cache
def _cues(lang: str = "en") -> _Cues:
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/actor_roles.yaml").read_text("utf-8"))
    compiled = {k: re.compile("|".join(f"(?:{p})" for p in v), re.IGNORECASE) for k, v in raw.items()}
    return _Cues(**compiled)


def rival_sides(text: str, lang: str = "en") -> bool:
    """The text names a second armed side of the same kind as the first ("members of a rival gang")."""
    return bool(_cues(lang).rival_sides.search(text))


def _targeted(m: ActorMention, mentions: list[ActorMention], text: str) -> bool:
    """The text makes this actor the one acted upon ("attacked military troops", "the station was torched")."""
    if not text:
        return False
    local = m.start - _offset(mentions, text)
    if local < 0:
        return False
    cues = _cues()
    if cues.agent_before.search(text, max(0, local - 30), local):
        return False
    end = local + (m.end - m.start)
    before = cues.targeted_before.search(text, max(0, local - 40), local)
    return bool(before or cues.targeted_after.match(text[end : end + 60]))


_NON_STATE = frozenset({ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA})


def _sides(mentions: list[ActorMention], text: str = "") -> tuple[list[Actor], list[Actor]]:
    """The armed actors acting and those acted upon ("the MRA attacked military troops"), in text order; a
    government body is not a fighting side."""
    acting: list[Actor] = []
    targeted: list[Actor] = []
    for m in _fighting(mentions):
        (targeted if _targeted(m, mentions, text) else acting).append(m.actor)
    return acting, targeted


def _fighting(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions of armed sides: not a government body, and not a generic armed group where a named
    non-state group is there ("IPOB militants clashed with police ... three militants were killed", "an armed
    group, suspected to be the OLF": the same group), unless the text calls it unknown ("a clash between an
    unidentified armed group and Gulf Clan members")."""
    named = any(
        m.kind != "armed_group" and m.actor.actor_type in _NON_STATE and not m.actor.name.startswith("Unidentified")
        for m in mentions
    )
    return [
        m
        for m in mentions
        if m.actor.actor_type in _ARMED
        and m.kind != "government"
        and not (named and m.kind == "armed_group" and not _UNKNOWN.search(m.text))
    ]


#: Words that make a generic armed group another than the named one.
_UNKNOWN = re.compile(r"\b(?:unidentified|unknown)\b", re.IGNORECASE)


def _armed(mentions: list[ActorMention], text: str = "") -> list[Actor]:
    """Distinct armed actors, those acting before those acted upon, then in text order."""
    return _distinct(*_sides(mentions, text))


def _distinct(acting: list[Actor], targeted: list[Actor]) -> list[Actor]:
    return list(dict.fromkeys(acting + targeted))


def _offset(mentions: list[ActorMention], text: str) -> int:
    """Where `text` (the event's evidence) starts in the article, found from a mention's own text."""
    for m in mentions:
        pos = text.find(m.text)
        if pos >= 0:
            return m.start - pos
    return 0


def _of_kind(mentions: list[ActorMention], *kinds: str) -> list[ActorMention]:
    return [m for m in mentions if m.kind in kinds]


def _assoc(mentions: list[ActorMention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for m in mentions for a in m.assoc))


def _state(mentions: list[ActorMention], country: str, on: date, default: str = "police") -> Actor:
    forces = [m.actor for m in mentions if m.actor.actor_type == ActorType.STATE_FORCES and m.kind != "government"]
    return forces[0] if forces else state_actor(country, on, default)  # type: ignore[arg-type]


def _protest(sub: SubEventType, mentions: list[ActorMention], country: str, on: date, text: str) -> Roles:
    people = _of_kind(mentions, "protesters", "civilians", "rioters")
    named = [
        m.actor.name
        for m in mentions
        if m.kind == "named" and m.actor.actor_type in (ActorType.PROTESTERS, ActorType.POLITICAL_MILITIA)
    ]
    assoc = tuple(dict.fromkeys([*_assoc(people), *named]))
    actor1 = generic_actor("protesters", country)
    if sub in (SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE):
        return Roles(actor1, _state(mentions, country, on), assoc)
    if _cues().counter_protest.search(text):  # a counter-protest: the two sides are both protesters
        return Roles(actor1, actor1, assoc)
    return Roles(actor1, None, assoc)


def _riot(sub: SubEventType, mentions: list[ActorMention], country: str, text: str) -> Roles:
    """Violent demonstration: vs the force present. Mob violence: vs the force attacked, else a second group of
    rioters when two groups fought, else the civilians hit (armed men in a mob are rioters themselves)."""
    actor1 = generic_actor("rioters", country)
    assoc = _assoc(_of_kind(mentions, "rioters", "protesters"))
    if sub == SubEventType.VIOLENT_DEMONSTRATION:
        forces = _armed(mentions)
        return Roles(actor1, forces[0] if forces else None, assoc)
    states = (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER_FORCES)
    hit = [m.actor for m in mentions if m.actor.actor_type in states and m.kind != "government"]
    hit = [m.actor for m in mentions if m.actor in hit and _targeted(m, mentions, text)]
    if hit:
        return Roles(actor1, hit[0], assoc)
    if _cues().between_groups.search(text):
        return Roles(actor1, actor1, assoc)
    return Roles(actor1, generic_actor("civilians", country), assoc, _assoc(_of_kind(mentions, "civilians")))


#: The state and regime period a state force's name gives ("Mexico (2018-2024)" in "Police Forces of Mexico
#: (2018-2024) Municipal Police"): its military, police and units are one side; two regimes are two.
_STATE_OF = re.compile(r"^(?:Military|Police) Forces of (.+? \([^)]*\))")


def state_of(actor: Actor) -> str | None:
    """The state and regime period a state force belongs to, or None for any other actor."""
    m = _STATE_OF.match(actor.name)
    return m.group(1) if m else None


def same_side(a: Actor, b: Actor) -> bool:
    """Whether two actors fight on one side: the same actor, or forces of one state under one regime."""
    return a == b or (state_of(a) is not None and state_of(a) == state_of(b))


def _state_side(actor: Actor) -> bool:
    return actor.actor_type == ActorType.STATE_FORCES


def _battle(mentions: list[ActorMention], country: str, text: str) -> Roles:
    acting, targeted = _sides(mentions, text)
    sides = _distinct(acting, targeted) + [generic_actor("armed_group", country)] * 2
    first = sides[0]
    state = [s for s in sides[1:] if s.actor_type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER_FORCES)]
    if first.actor_type not in (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER_FORCES) and state:
        return Roles(first, state[0])  # "ISWAP/Boko Haram militants clashed with Nigerian troops"
    # a state's forces are one side: military and police of one state do not fight each other; the side
    # acted upon, when the text says which, is the other ("troops and the CJTF clashed with ISWAP": ISWAP)
    opposed = [s for s in targeted if not same_side(first, s)] if first in acting else []
    second = next(
        (s for s in opposed + sides[1:] if not same_side(first, s)),
        generic_actor("armed_group", country),
    )
    if second.name.startswith("Unidentified") and _cues().internal_clash.search(text):
        return Roles(first, first)  # "internal clashes among the Taliban": the same actor on both sides
    if second == generic_actor("armed_group", country) and first.name.startswith("Unidentified"):
        if _cues().rival_sides.search(text):  # "two unknown tribal militias clashed": one kind on both sides
            return Roles(first, first)
    return Roles(first, second)


def _one_sided(mentions: list[ActorMention], country: str, victims_always: bool, text: str = "") -> Roles:
    acting, targeted = _sides(mentions, text)
    armed = _distinct(acting, targeted)
    victims = _of_kind(mentions, "civilians", "protesters")
    if targeted and not acting:  # "soldiers were attacked with mines": the attackers are not named
        armed = [generic_actor("armed_group", country), *armed]
    perpetrator = armed[0] if armed else generic_actor("armed_group", country)
    target = next((a for a in armed[1:] if a != perpetrator), None)
    if target is not None and not victims_always:  # shells fired at an armed group's positions: its event,
        return Roles(perpetrator, target)  # even when civilians were hit too
    if victims or victims_always:
        return Roles(perpetrator, generic_actor("civilians", country), (), _assoc(victims))
    return Roles(perpetrator, target)


def _strategic(sub: SubEventType, mentions: list[ActorMention], country: str, on: date, text: str = "") -> Roles:
    armed = _armed(mentions)
    if sub == SubEventType.ARRESTS:
        police = _state(mentions, country, on)
        others = [a for a in armed if a.actor_type != ActorType.STATE_FORCES]
        if others:
            return Roles(police, others[0])
        kind = "protesters" if _of_kind(mentions, "protesters") else "civilians"
        return Roles(police, generic_actor(kind, country), (), _assoc(_of_kind(mentions, "civilians", "protesters")))
    if sub == SubEventType.LOOTING and armed and _state_side(armed[0]) and _cues().drug_seizure.search(text):
        other = next((a for a in armed[1:] if not _state_side(a)), None)  # the drugs were a gang's
        return Roles(armed[0], other or generic_actor("gang", country))
    if sub == SubEventType.LOOTING:
        return _one_sided(mentions, country, victims_always=True)
    if sub == SubEventType.OTHER and not armed:  # "refugees from Ukraine arrived": Civilians (Ukraine)
        civilians = _of_kind(mentions, "civilians")
        actor1 = civilians[0].actor if civilians else generic_actor("civilians", country)
        return Roles(actor1, None, _assoc(civilians))
    if sub in (SubEventType.AGREEMENT, SubEventType.NON_VIOLENT_TRANSFER) and len(armed) >= 2:
        return Roles(armed[0], armed[1])
    if sub == SubEventType.DISRUPTED_WEAPONS_USE:  # the weapons intercepted, defused or seized were someone's
        actor1 = armed[0] if armed else state_actor(country, on, "military")
        other = next((a for a in armed[1:] if not same_side(a, actor1)), None)
        return Roles(actor1, other or generic_actor("armed_group", country))
    actor1 = armed[0] if armed else state_actor(country, on, "military")
    return Roles(actor1, None)


def assign_roles(
    text: str, sub_event_type: SubEventType, mentions: list[ActorMention], *, country: str, on: date
) -> Roles:
    """actor1, actor2 and associated actors of one event whose evidence is `text` (see the module's rules)."""
    found = [localize(m, country, on) for m in mentions if not m.hedged or m.kind != "named"]
    event = event_type_of(sub_event_type)
    if event == EventType.PROTESTS:
        return _protest(sub_event_type, found, country, on, text)
    if event == EventType.RIOTS:
        return _riot(sub_event_type, found, country, text)
    if event == EventType.BATTLES:
        return _battle(found, country, text)
    if event == EventType.EXPLOSIONS:
        return _one_sided(found, country, victims_always=False, text=text)
    if event == EventType.VIOLENCE_AGAINST_CIVILIANS:
        return _one_sided(found, country, victims_always=True, text=text)
    return _strategic(sub_event_type, found, country, on, text)
