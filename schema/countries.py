"""The ACLED country table: name, ISO numeric code, event-id prefix and region."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

REGIONS: Final[tuple[str, ...]] = (
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "Northern Africa",
    "South Asia",
    "Southeast Asia",
    "Middle East",
    "Europe",
    "Caucasus and Central Asia",
    "Central America",
    "South America",
    "Caribbean",
    "East Asia",
    "North America",
    "Oceania",
    "Antarctica",
)


@dataclass(frozen=True)
class Country:
    """One row of the ACLED country table."""

    name: str
    iso: int
    prefix: str
    region: str


@cache
def countries() -> dict[str, Country]:
    """ACLED country name -> Country, read once from `data/countries.csv`."""
    text = resources.files(__package__).joinpath("data/countries.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    out: dict[str, Country] = {}
    for row in csv.DictReader(lines):
        c = Country(row["country"], int(row["iso"]), row["prefix"], row["region"])
        if c.region not in REGIONS:
            raise ValueError(f"countries.csv: {c.name}: unknown region {c.region!r}")
        out[c.name] = c
    return out


def country(name: str) -> Country:
    """Look up a country by its ACLED name; KeyError names the country when it is unknown."""
    try:
        return countries()[name]
    except KeyError:
        raise KeyError(f"unknown ACLED country {name!r}") from None


@cache
def by_iso() -> dict[int, Country]:
    """ISO numeric -> Country."""
    return {c.iso: c for c in countries().values()}
