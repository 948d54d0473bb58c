"""Sources: an article's outlet name and ACLED source_scale, from `data/outlets.csv`.

The outlet is the article's `source` when given, else the outlet whose domain the URL belongs to,
else the URL's domain itself. A `source` may list several outlets separated by ';'.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from conflict_events.schema.taxonomy import SourceScale, combine_source_scales

from .outlet_country import guess_home


@dataclass(frozen=True)
class Outlet:
    """One row of the outlet table."""

    name: str
    domain: str
    country: str
    reach: SourceScale


@cache
def outlets() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    """The outlet table indexed by lower-cased name and by domain."""
    text = resources.files(__package__).joinpath("data/outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for r in rows:
        o = Outlet(r["name"], r["domain"], r["country"], SourceScale(r["reach"]))
        by_name.setdefault(o.name.lower(), o)
        by_domain[o.domain] = o
    return by_name, by_domain


def _domain(url: str) -> str:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def outlet_names(source: str, url: str) -> list[str]:
    """The outlet names an article credits."""
    names = [s.strip() for s in source.split(";") if s.strip()]
    if names or not url:
        return names
    domain = _domain(url)
    by_domain = outlets()[1]
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        hit = by_domain.get(".".join(parts[i:]))
        if hit:
            return [hit.name]
    return [domain] if domain else []


#: Reaches whose outlets report mostly on their own country (their home country is a prior for places).
_HOME_REACH = frozenset({SourceScale.NATIONAL, SourceScale.SUBNATIONAL, SourceScale.LOCAL_PARTNER})


def home_country(source: str, url: str) -> str | None:
    """The country an article's outlets report from when they are national or smaller and agree on it (a
    Nepali daily's "Bara district" is Nepal's, not a town in Sudan); for outlets the table lacks, the country
    their name or address names (`outlet_country.guess_home`); None for wires and unknown outlets."""
    by_name = outlets()[0]
    homes: set[str] = set()
    for n in outlet_names(source, url):
        o = by_name.get(n.lower())
        if o is None:  # an outlet the table lacks: the country its name or address names, if any
            guess = guess_home(n, url)
            homes |= {guess} if guess else set()
        elif o.country and o.reach in _HOME_REACH:
            homes.add(o.country)
    return homes.pop() if len(homes) == 1 else None


def scale_of(name: str, event_country: str) -> SourceScale:
    """An outlet's scale relative to the event's country (unknown outlets are 'Other')."""
    outlet = outlets()[0].get(name.lower())
    if outlet is None:
        return SourceScale.OTHER
    if outlet.reach == SourceScale.NEW_MEDIA or not outlet.country:
        return outlet.reach
    return outlet.reach if outlet.country == event_country else SourceScale.INTERNATIONAL


def source_columns(source: str, url: str, event_country: str) -> tuple[str, str]:
    """ACLED's `source` and `source_scale` for an event reported by one article."""
    names = outlet_names(source, url) or ["Unknown source"]
    scales = [scale_of(n, event_country) for n in names]
    return "; ".join(dict.fromkeys(names)), combine_source_scales(scales)
