"""Country names, variants and demonyms in text, mapped to ACLED country names (`data/places/country_names.csv`)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files(__package__).joinpath("data/places/country_names.csv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")):
        (names if row["kind"] == "name" else demonyms)[row["name"]] = row["country"]
    return names, demonyms


def country_names() -> dict[str, str]:
    """Every way a text may name a country ("DRC", "Burma", "Côte d'Ivoire") -> ACLED country name."""
    return _table()[0]


def demonyms() -> dict[str, str]:
    """Demonym ("Mexican", "Guatemalan") -> ACLED country name."""
    return _table()[1]


def country_of_demonym(word: str) -> str | None:
    """The ACLED country of a demonym, or None: "Nigerian" and "Nigerians" give "Nigeria", "Police" None."""
    table = _table()[1]
    word = word.strip()
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
