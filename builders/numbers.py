"""Numbers in words and digits: "3", "1,200", "twenty-one", "one hundred and five", "two dozen".

Also the vague quantities ACLED codes by convention ("several" -> 3, "dozens" -> 12). A sequence that is
not one number ("three three", "twenty thirty") is None. The words live in `data/<lang>/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .yamlfile import load_yaml

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_TOKEN = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of one language, with a regex (no groups) matching any number expression."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    phrases: dict[str, int]
    joiner: str
    vague: dict[str, tuple[int, int]]  # word -> (figure for a limited event, figure for a significant one)
    pattern: str


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def number_words(lang: str = "en") -> NumberWords:
    """The vocabulary of `lang`, loaded once."""
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/numbers.yaml").read_text("utf-8"))
    keys = ("units", "tens", "scales", "phrases")
    table = {key: {str(k).lower(): int(v) for k, v in raw[key].items()} for key in keys}
    vague = {str(k).lower(): (int(v["small"]), int(v["large"])) for k, v in raw["vague"].items()}
    word = _alt([*table["units"], *table["tens"], *table["scales"]])
    joiner = str(raw["joiner"]).lower()
    spelled = rf"(?:{word})(?:(?:\s+{re.escape(joiner)}\s+|[\s-]+)(?:{word}))*"
    digits = rf"(?:{_DIGITS.pattern})(?:\s+(?:{_alt(list(table['scales']))}))?"
    pattern = rf"(?:{_alt(list(table['phrases']))}|{digits}|{_alt(list(vague))}|{spelled})"
    return NumberWords(table["units"], table["tens"], table["scales"], table["phrases"], joiner, vague, pattern)


def _spelled(tokens: list[str], words: NumberWords) -> int | None:
    """The value of number words, or None when they do not form one number."""
    total, current, last = 0, 0, ""
    for token in tokens:
        if token == words.joiner and last == "scale":
            last = "and"
        elif token in words.units and (last in ("", "scale", "and") or (last == "tens" and words.units[token] < 10)):
            current, last = current + words.units[token], "unit"
        elif token in words.tens and last in ("", "scale", "and"):
            current, last = current + words.tens[token], "tens"
        elif token in words.scales and last != "and":
            scale = words.scales[token]
            if scale >= 1000:
                total, current = total + max(current, 1) * scale, 0
            else:
                current = max(current, 1) * scale
            last = "scale"
        elif _DIGITS.fullmatch(token) and last == "":
            current, last = int(token.replace(",", "")), "unit"
        else:
            return None
    return total + current if last not in ("", "and") else None


def parse_number(text: str, lang: str = "en", *, significant: bool = False) -> int | None:
    """The value of a number expression, or None when it is not one.

    >>> parse_number("twenty-one"), parse_number("1,200"), parse_number("one hundred and five")
    (21, 1200, 105)
    >>> parse_number("several"), parse_number("several", significant=True), parse_number("three three")
    (3, 10, None)
    """
    words = number_words(lang)
    t = " ".join(text.lower().split())
    if _DIGITS.fullmatch(t):
        return int(t.replace(",", ""))
    if t in words.vague:
        small, large = words.vague[t]
        return large if significant else small
    if t in words.phrases:
        return words.phrases[t]
    return _spelled([tok for tok in _TOKEN.split(t) if tok], words)
