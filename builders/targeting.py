"""Civilian targeting: set where civilians were the main or only target (codebook section 5).

Violence against civilians and excessive force against protesters always target civilians;
explosions/remote violence and mob violence do when the civilians are the event's actor2. Battles and
strategic developments never do.
"""

from __future__ import annotations

from conflict_events.schema.taxonomy import ActorType, EventType, SubEventType, event_type_of

from .records import Actor

_ALWAYS: frozenset[SubEventType] = frozenset(
    {SubEventType.SEXUAL_VIOLENCE, SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.EXCESSIVE_FORCE}
)
_WHEN_CIVILIAN_TARGET: frozenset[EventType] = frozenset({EventType.EXPLOSIONS, EventType.RIOTS})


def civilian_targeting(sub_event_type: SubEventType, actor2: Actor | None) -> bool:
    """Whether the event gets ACLED's 'Civilian targeting' flag."""
    if sub_event_type in _ALWAYS:
        return True
    civilians_hit = actor2 is not None and actor2.actor_type == ActorType.CIVILIANS
    return civilians_hit and event_type_of(sub_event_type) in _WHEN_CIVILIAN_TARGET
