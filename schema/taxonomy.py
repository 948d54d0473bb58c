"""ACLED's closed vocabularies: disorder, event and sub-event types, actor types, precisions.

Everything here is transcribed from the codebook (../shared/codebook.md sections 2-5) and is the
only place in the project where these strings are typed. Consistency is checked at import time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class DisorderType(StrEnum):
    """ACLED's four disorder types."""

    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"
    POLITICAL_VIOLENCE_DEMONSTRATIONS = "Political violence; Demonstrations"


class EventType(StrEnum):
    """ACLED's six event types, in hierarchical order (first is highest)."""

    BATTLES = "Battles"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    """ACLED's 25 sub-event types, in the codebook's hierarchical order within each event type."""

    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    ARMED_CLASH = "Armed clash"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    PEACEFUL_PROTEST = "Peaceful protest"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


@dataclass(frozen=True)
class SubEventInfo:
    """Where a sub-event type sits in the hierarchy."""

    sub_event_type: SubEventType
    event_type: EventType
    disorder_type: DisorderType
    rank: int  # position in the codebook's hierarchy: lower wins when types are aggregated


_S, _E, _D = SubEventType, EventType, DisorderType
_TREE: tuple[tuple[SubEventType, EventType, DisorderType], ...] = (
    (_S.GOVERNMENT_REGAINS_TERRITORY, _E.BATTLES, _D.POLITICAL_VIOLENCE),
    (_S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, _E.BATTLES, _D.POLITICAL_VIOLENCE),
    (_S.ARMED_CLASH, _E.BATTLES, _D.POLITICAL_VIOLENCE),
    (_S.EXCESSIVE_FORCE, _E.PROTESTS, _D.POLITICAL_VIOLENCE_DEMONSTRATIONS),
    (_S.PROTEST_WITH_INTERVENTION, _E.PROTESTS, _D.DEMONSTRATIONS),
    (_S.PEACEFUL_PROTEST, _E.PROTESTS, _D.DEMONSTRATIONS),
    (_S.VIOLENT_DEMONSTRATION, _E.RIOTS, _D.DEMONSTRATIONS),
    (_S.MOB_VIOLENCE, _E.RIOTS, _D.POLITICAL_VIOLENCE),
    (_S.CHEMICAL_WEAPON, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.AIR_DRONE_STRIKE, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.SUICIDE_BOMB, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.SHELLING, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.REMOTE_EXPLOSIVE, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.GRENADE, _E.EXPLOSIONS, _D.POLITICAL_VIOLENCE),
    (_S.SEXUAL_VIOLENCE, _E.VIOLENCE_AGAINST_CIVILIANS, _D.POLITICAL_VIOLENCE),
    (_S.ATTACK, _E.VIOLENCE_AGAINST_CIVILIANS, _D.POLITICAL_VIOLENCE),
    (_S.ABDUCTION, _E.VIOLENCE_AGAINST_CIVILIANS, _D.POLITICAL_VIOLENCE),
    (_S.AGREEMENT, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.ARRESTS, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.CHANGE_TO_GROUP, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.DISRUPTED_WEAPONS_USE, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.HEADQUARTERS_ESTABLISHED, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.LOOTING, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.NON_VIOLENT_TRANSFER, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
    (_S.OTHER, _E.STRATEGIC_DEVELOPMENTS, _D.STRATEGIC_DEVELOPMENTS),
)

SUB_EVENTS: dict[SubEventType, SubEventInfo] = {
    sub: SubEventInfo(sub, event, disorder, rank) for rank, (sub, event, disorder) in enumerate(_TREE)
}

#: Event types that may be coded with no actor2 (codebook section 5).
ONE_SIDED_EVENT_TYPES: frozenset[EventType] = frozenset(
    {_E.EXPLOSIONS, _E.RIOTS, _E.PROTESTS, _E.STRATEGIC_DEVELOPMENTS}
)

#: Sub-event types whose events may carry civilian_targeting (codebook section 5).
CIVILIAN_TARGETING_EVENT_TYPES: frozenset[EventType] = frozenset(
    {_E.VIOLENCE_AGAINST_CIVILIANS, _E.EXPLOSIONS, _E.RIOTS, _E.PROTESTS}
)

#: The literal ACLED writes in civilian_targeting; the codebook's variant is accepted on input.
CIVILIAN_TARGETING = "Civilian targeting"
CIVILIAN_TARGETING_VARIANTS: frozenset[str] = frozenset({CIVILIAN_TARGETING, "Civilians targeted"})


def event_type_of(sub: SubEventType | str) -> EventType:
    """The event type a sub-event type belongs to."""
    return SUB_EVENTS[SubEventType(sub)].event_type


def disorder_type_of(sub: SubEventType | str) -> DisorderType:
    """The disorder type a sub-event type belongs to."""
    return SUB_EVENTS[SubEventType(sub)].disorder_type


class ActorType(IntEnum):
    """ACLED's eight actor types (inter codes); `label` is the current text form."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER_FORCES = 8

    @property
    def label(self) -> str:
        return ACTOR_TYPE_LABELS[self]

    @classmethod
    def parse(cls, value: object) -> ActorType:
        """Accept a numeric code, a current text label or an older label ("Rebel Groups")."""
        text = str(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if text.isdigit():
            return cls(int(text))
        found = _LABEL_LOOKUP.get(text.lower())
        if found is None:
            raise ValueError(f"unknown actor type {value!r}")
        return found


ACTOR_TYPE_LABELS: dict[ActorType, str] = {
    ActorType.STATE_FORCES: "State forces",
    ActorType.REBEL_GROUP: "Rebel group",
    ActorType.POLITICAL_MILITIA: "Political militia",
    ActorType.IDENTITY_MILITIA: "Identity militia",
    ActorType.RIOTERS: "Rioters",
    ActorType.PROTESTERS: "Protesters",
    ActorType.CIVILIANS: "Civilians",
    ActorType.EXTERNAL_OTHER_FORCES: "External/Other forces",
}
_OLD_LABELS: dict[str, ActorType] = {
    "state forces": ActorType.STATE_FORCES,
    "rebel groups": ActorType.REBEL_GROUP,
    "political militias": ActorType.POLITICAL_MILITIA,
    "identity militias": ActorType.IDENTITY_MILITIA,
    "communal militia": ActorType.IDENTITY_MILITIA,
    "protestors": ActorType.PROTESTERS,
    "external/other forces": ActorType.EXTERNAL_OTHER_FORCES,
    "other": ActorType.EXTERNAL_OTHER_FORCES,
}
_LABEL_LOOKUP: dict[str, ActorType] = {lab.lower(): t for t, lab in ACTOR_TYPE_LABELS.items()} | _OLD_LABELS


def interaction_code(inter1: ActorType, inter2: ActorType | None) -> int:
    """Numeric interaction: the two codes, smaller first; 0 stands for a missing actor2."""
    codes = sorted([int(inter1), int(inter2) if inter2 is not None else 0])
    return codes[0] * 10 + codes[1] if codes[0] else codes[1] * 10


def interaction_label(inter1: ActorType, inter2: ActorType | None) -> str:
    """Text interaction as ACLED writes it ("State forces-Civilians", "Protesters only").

    The pair is ordered by code, except code 78, which ACLED writes "External/Other forces-Civilians".
    """
    if inter2 is None:
        return f"{inter1.label} only"
    low, high = sorted([inter1, inter2])
    if (low, high) == (ActorType.CIVILIANS, ActorType.EXTERNAL_OTHER_FORCES):
        low, high = high, low
    return f"{low.label}-{high.label}"


def all_interactions() -> dict[int, str]:
    """Every valid interaction: numeric code -> text label (44 entries)."""
    out: dict[int, str] = {}
    for a in ActorType:
        out[interaction_code(a, None)] = interaction_label(a, None)
        for b in ActorType:
            if b >= a:
                out[interaction_code(a, b)] = interaction_label(a, b)
    return dict(sorted(out.items()))


class TimePrecision(IntEnum):
    """How precisely the source dates the event."""

    DAY = 1
    WEEK = 2  # a week or a similar range: the midpoint is coded
    MONTH = 3  # only the month is known


class GeoPrecision(IntEnum):
    """How precisely the source locates the event."""

    TOWN = 1  # a named town (or a city district)
    AREA = 2  # near / outskirts of a town, or a small area represented by a town
    REGION = 3  # a larger region, coded to its capital or the closest natural location named


class SourceScale(StrEnum):
    """source_scale tokens, declared in ACLED's fixed order of combination."""

    LOCAL_PARTNER = "Local partner"
    OTHER = "Other"
    NEW_MEDIA = "New media"
    SUBNATIONAL = "Subnational"
    NATIONAL = "National"
    REGIONAL = "Regional"
    INTERNATIONAL = "International"


SOURCE_SCALE_ORDER: tuple[SourceScale, ...] = tuple(SourceScale)


def combine_source_scales(scales: Iterable[SourceScale | str]) -> str:
    """Join scales ACLED's way: each once, in the fixed token order, with '-'."""
    wanted = {SourceScale(s) for s in scales}
    return "-".join(s.value for s in SOURCE_SCALE_ORDER if s in wanted)


def _check() -> None:
    assert len(SUB_EVENTS) == 25 and len(EventType) == 6 and len(DisorderType) == 4
    assert {i.event_type for i in SUB_EVENTS.values()} == set(EventType)
    assert len(all_interactions()) == 44


_check()
