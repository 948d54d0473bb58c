"""Stable event ids: ACLED's country prefix plus a per-country number.

An event is known by a key (the hash of its article's id and text, and its position among the
article's events); a registry maps keys to ids so that a rebuild gives every surviving event the id it had.
New events get the next free numbers of their country, in a deterministic order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from conflict_events.schema.countries import country


def event_key(article_id: str, article_text: str, ordinal: int) -> str:
    """The identity of the `ordinal`-th event built from this article (its id and its text)."""
    digest = hashlib.sha256(f"{article_id}\x1f{article_text}".encode()).hexdigest()[:20]
    return f"{digest}:{ordinal}"


def _number(event_id: str) -> int:
    return int(event_id[3:])


def assign_ids(
    events: Iterable[tuple[tuple[str, ...], str, str]], registry: Mapping[str, str] | None = None
) -> list[str]:
    """Ids for events given as (keys of their reports, ACLED country, sort key), in input order.

    An event whose reports include a registered key keeps that key's id (the lowest, when a merge
    joined several registered events); an id is given to one event only. New ids continue each
    prefix's sequence after the highest number ever registered, in the order of the sort key, so the
    same inputs always get the same ids.
    """
    known = dict(registry or {})
    items = list(events)
    used: dict[str, int] = {}
    for eid in known.values():
        used[eid[:3]] = max(used.get(eid[:3], 0), _number(eid))
    out: list[str | None] = [None] * len(items)
    taken: set[str] = set()
    order = sorted(range(len(items)), key=lambda i: (items[i][2], items[i][0]))
    for i in order:
        registered = sorted({known[k] for k in items[i][0] if k in known} - taken, key=_number)
        if registered:
            out[i] = registered[0]
            taken.add(registered[0])
    for i in order:
        if out[i] is None:
            prefix = country(items[i][1]).prefix
            used[prefix] = used.get(prefix, 0) + 1
            out[i] = f"{prefix}{used[prefix]}"
    return [eid for eid in out if eid is not None]
