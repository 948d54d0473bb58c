"""Spelling of place names: folding for comparison, ACLED's plain-ASCII form, designators, transliteration.

The knowledge lives in `data/places/designators.yaml` and `data/places/translit_uk.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from .yamlfile import load_yaml

_SPECIAL = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th", "ʻ": "", "ʼ": "", "‘": "",
                          "’": "'", "ʿ": "", "ʾ": ""})  # fmt: skip


def ascii_name(text: str) -> str:
    """A place name as ACLED writes it: without diacritics ("Culiacán" -> "Culiacan", "Şanlıurfa" -> "Sanliurfa")."""
    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text.translate(_SPECIAL)).encode("ascii", "ignore").decode()
    return " ".join(plain.split()) or text


def fold(text: str) -> str:
    """Lower case without accents: the key names are compared by ("Haßloch" -> "hassloch")."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.translate(_SPECIAL)).encode("ascii", "ignore").decode().lower()


def fold_char(c: str) -> str:
    """One character folded to one character (offsets kept): its base letter, lower case; a space if none."""
    if c.isascii():
        return c.lower()
    f = fold(c)
    return f[0] if f else c.lower()


def _data(name: str) -> Any:
    return load_yaml(resources.files(__package__).joinpath(f"data/places/{name}").read_text("utf-8"))


@cache
def _designator_patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    raw = _data("designators.yaml")
    pre = "|".join(re.escape(p) for p in sorted(raw["prefixes"], key=len, reverse=True))
    suf = "|".join(re.escape(s) for s in sorted(raw["suffixes"], key=len, reverse=True))
    general = re.compile(rf"^(?:{pre})(?:-e)?\s+(?:(?:de|del|de la|of|do|da|d')\s+|d')?|\s+(?:{suf})$", re.IGNORECASE)
    by_country = {
        country: re.compile(rf"-(?:{'|'.join(re.escape(s) for s in suffixes)})$", re.IGNORECASE)
        for country, suffixes in raw["hyphen_suffixes_by_country"].items()
    }
    return general, by_country


def strip_designator(name: str, country: str | None = None) -> str:
    """A division's name without its designator ("Shighnan District" -> "Shighnan", "Suwon-si" -> "Suwon")."""
    general, by_country = _designator_patterns()
    out = general.sub("", name).strip()
    if out == name and not name.isascii():  # "Département de Diffa": designators are listed without accents
        plain = ascii_name(name)
        stripped = general.sub("", plain).strip()
        out = stripped if stripped != plain else name
    if fold(out) in _kept_bare() and not fold(name).startswith(fold(out)):  # "Distrito Central" stays whole
        return name
    hyphen = by_country.get(country or "")
    if hyphen is not None:
        out = hyphen.sub("", out)
    return out or name


@cache
def _kept_bare() -> frozenset[str]:
    return frozenset(fold(w) for w in _data("designators.yaml").get("kept_whole_before", []))


@cache
def _translit_uk() -> tuple[dict[str, str], dict[str, str]]:
    raw = _data("translit_uk.yaml")
    return raw["letters"], raw["initial"]


_UK_LETTERS = re.compile(r"[іїєґ]", re.IGNORECASE)


def ukrainian_raion(aliases: tuple[str, ...]) -> str | None:
    """ACLED's name of a Ukrainian raion from its Ukrainian alias ("Обухівський район" -> "Obukhivskyi")."""
    for alias in aliases:
        words = alias.split()
        if len(words) >= 2 and words[-1].lower() == "район" and (_UK_LETTERS.search(alias) or "ськ" in alias):
            return " ".join(translit_uk(w) for w in words[:-1])
    return None


def translit_uk(word: str) -> str:
    """One Ukrainian word in Latin letters (national system of 2010)."""
    letters, initial = _translit_uk()
    out = []
    for i, c in enumerate(word):
        low = c.lower()
        latin = (initial.get(low) if i == 0 else None) or letters.get(low, low)
        out.append(latin.capitalize() if c.isupper() else latin)
    return "".join(out)


_NON_WORD = re.compile(r"[^0-9a-z]")


def word_chars(folded: str) -> str:
    """A folded text with every character that is not a letter or digit made a space (offsets kept)."""
    return _NON_WORD.sub(" ", folded)
