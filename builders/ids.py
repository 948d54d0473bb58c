"""Stable event ids: ACLED's country prefix plus a per-country number.

An event is known by a key (the hash of its article's text and its position among the article's
events); a registry maps keys to ids so that a rebuild gives every surviving event the id it had.
New events get the next free numbers of their country, in a deterministic order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from conflict_events.schema.countries import country


def event_key(article_text: str, ordinal: int) -> str:
    """The identity of the `ordinal`-th event built from an article with this text."""
    digest = hashlib.sha256(article_text.encode("utf-8")).hexdigest()[:20]
    return f"{digest}:{ordinal}"


def assign_ids(keyed: Iterable[tuple[str, str, str]], registry: Mapping[str, str] | None = None) -> dict[str, str]:
    """Ids for (key, ACLED country, sort key) triples; known keys keep their registered id.

    New ids continue each prefix's sequence after the highest number already used, in the order of
    the sort key (then the key), so the same inputs always get the same ids.
    """
    known = dict(registry or {})
    used: dict[str, int] = {}
    for eid in known.values():
        prefix, number = eid[:3], int(eid[3:])
        used[prefix] = max(used.get(prefix, 0), number)
    out: dict[str, str] = {}
    for key, name, _ in sorted(keyed, key=lambda t: (t[2], t[0])):
        if key in known:
            out[key] = known[key]
            continue
        prefix = country(name).prefix
        used[prefix] = used.get(prefix, 0) + 1
        out[key] = f"{prefix}{used[prefix]}"
    return out
