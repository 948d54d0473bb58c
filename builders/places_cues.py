"""Cue words around place names (`data/<lang>/place_cues.yaml`), compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .yamlfile import load_yaml


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns of one language; each is used with `search`/`match` on a short window."""

    near: re.Pattern[str]  # at the end of the text before a name
    admin1: re.Pattern[str]  # at the start of the text after a name
    admin1_lead: re.Pattern[str]  # at the end of the text before a name (list allowed in between)
    admin2: re.Pattern[str]
    town: re.Pattern[str]
    region_words: re.Pattern[str]  # at the end of the text before a country
    link: re.Pattern[str]  # the whole gap between two names of a chain


def _words(items: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


@cache
def cues(lang: str = "en") -> Cues:
    """The cues of `lang` (English when the language has no file)."""
    folder = resources.files(__package__).joinpath(f"data/{lang}")
    if not folder.joinpath("place_cues.yaml").is_file():
        folder = resources.files(__package__).joinpath("data/en")
    raw = load_yaml(folder.joinpath("place_cues.yaml").read_text("utf-8"))
    units = _words(raw["distance_units"])
    after = "|".join(
        [rf"(?:{_words(raw['near'])})", rf"(?:\d+(?:\.\d+)?\s*|a\s+few\s+)?(?:{units})\s+(?:\w+\s+)?(?:of|from)"]
    )
    admin = _words(raw["admin1"] + raw["admin2"] + raw["town"])
    return Cues(
        near=re.compile(rf"\b(?:{after})\s+(?:the\s+)?(?:\w+\s+)?$", re.I),
        admin1=re.compile(rf"^\s*(?:{_words(raw['admin1'])})\b", re.I),
        admin1_lead=re.compile(
            rf"\b(?:{_words(raw['admin1_lead'])})\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|and)\s+)*$"
        ),
        admin2=re.compile(rf"^\s*(?:{_words(raw['admin2'])})\b", re.I),
        town=re.compile(rf"^\s*(?:{_words(raw['town'])})\b", re.I),
        region_words=re.compile(rf"\b(?:{_words(raw['region_words'])})\s+(?:part\s+of\s+)?(?:the\s+)?$", re.I),
        link=re.compile(rf"^\s*(?:(?:{admin})\s*)?(?:{_words(raw['link'])})\s*(?:the\s+)?$", re.I),
    )


@cache
def cue_words(lang: str = "en") -> frozenset[str]:
    """The words naming a kind of division or town ("district", "lga", "village"), lower case."""
    folder = resources.files(__package__).joinpath(f"data/{lang}")
    if not folder.joinpath("place_cues.yaml").is_file():
        folder = resources.files(__package__).joinpath("data/en")
    raw = load_yaml(folder.joinpath("place_cues.yaml").read_text("utf-8"))
    return frozenset(w.lower() for k in ("admin1", "admin2", "town") for w in raw[k])
