"""Country names and demonyms in text, mapped to ACLED country names (`data/<lang>/countries.yaml`)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from .yamlfile import load_yaml


@cache
def _table(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/countries.yaml").read_text("utf-8"))
    names = {n: country for country, v in raw.items() for n in [*v["names"]]}
    demonyms = {d: country for country, v in raw.items() for d in v["demonyms"]}
    return names, demonyms


def country_names(lang: str = "en") -> dict[str, str]:
    """Every way the text may name a country (case-sensitive) -> ACLED country name."""
    return _table(lang)[0]


def demonyms(lang: str = "en") -> dict[str, str]:
    """Demonym ("Mexican") -> ACLED country name."""
    return _table(lang)[1]


def country_of_demonym(word: str, lang: str = "en") -> str | None:
    """The ACLED country a demonym belongs to, or None ("Mexicans" and "Mexican" both give Mexico)."""
    table = _table(lang)[1]
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
