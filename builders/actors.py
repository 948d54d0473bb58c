"""Actors: ACLED-style actor names, types and roles, from a curated, extensible actor dictionary.

The public face of the actor stage; the work is done in
- `actors_find.py`: every actor a text mentions (`find_actors`): named groups of the dictionary
  (`data/en/actors.yaml`, English and Spanish aliases side by side, extensible with a user's file),
  state forces named by regime period (`regimes.py`, `data/regimes.csv`) and generic nouns
  (`data/en/actor_nouns.yaml`);
- `actors_roles.py`: actor1, actor2 and associated actors of one event by ACLED's rules per event type
  (`assign_roles`).
"""

from __future__ import annotations

from .actors_find import ActorDictionary, ActorMention, Entry, find_actors, generic_actor, localize
from .actors_roles import Roles, assign_roles, rival_sides, state_of
from .regimes import Branch, state_actor

__all__ = [
    "ActorDictionary",
    "ActorMention",
    "Branch",
    "Entry",
    "Roles",
    "assign_roles",
    "rival_sides",
    "state_of",
    "find_actors",
    "generic_actor",
    "localize",
    "state_actor",
]
