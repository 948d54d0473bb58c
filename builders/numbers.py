"""Numbers in words and digits: "3", "1,200", "twenty-one", "one hundred and five", "a dozen".

Also the vague quantities ACLED codes by convention ("several" -> 3, "dozens" -> 12). The words live
in `data/<lang>/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of one language, with a compiled pattern for any number expression."""

    units: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int, int]]  # word -> (figure for a limited event, figure for a significant one)
    pattern: str  # a regex (no groups) matching a number expression, digits included


@cache
def number_words(lang: str = "en") -> NumberWords:
    """The vocabulary of `lang`, loaded once."""
    raw = yaml.safe_load(resources.files(__package__).joinpath(f"data/{lang}/numbers.yaml").read_text("utf-8"))
    units = {str(k).lower(): int(v) for k, v in raw["units"].items()}
    scales = {str(k).lower(): int(v) for k, v in raw["scales"].items()}
    vague = {str(k).lower(): (int(v["small"]), int(v["large"])) for k, v in raw["vague"].items()}
    word = "|".join(re.escape(w) for w in sorted([*units, *scales], key=len, reverse=True))
    spelled = rf"(?:{word})(?:(?:\s+and\s+|[\s-]+)(?:{word}))*"
    vague_alt = "|".join(re.escape(w) for w in sorted(vague, key=len, reverse=True))
    digits = r"\d{1,3}(?:,\d{3})+|\d+"
    return NumberWords(units, scales, vague, rf"(?:{digits}|{vague_alt}|{spelled})")


def parse_number(text: str, lang: str = "en", *, significant: bool = False) -> int | None:
    """The value of a number expression, or None when it is not one.

    >>> parse_number("twenty-one"), parse_number("1,200"), parse_number("one hundred and five")
    (21, 1200, 105)
    """
    words = number_words(lang)
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in words.vague:
        small, large = words.vague[t]
        return large if significant else small
    if t in words.units:
        return words.units[t]
    total, current, seen = 0, 0, False
    for token in re.split(r"[\s-]+", t):
        if token == "and":
            continue
        if token in words.units:
            current += words.units[token]
        elif token in words.scales:
            current = max(current, 1) * words.scales[token]
            if words.scales[token] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None
