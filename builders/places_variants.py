"""Transliteration variants of place names (`data/places/translit_variants.yaml`): a name in text that
matches no place exactly ("Kamianka", "Severodonetsk") is compared by its skeleton with the towns of the
text's countries ("Kam'yanka", "Sievierodonetsk")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from .gazetteer import Gazetteer
from .gazetteer_names import fold
from .places_countries import demonyms
from .places_match import Match, stopwords
from .yamlfile import load_yaml

#: Shortest skeleton looked up (shorter ones collide by chance).
MIN_SKELETON = 5


@cache
def _rules() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]]:
    raw = load_yaml(resources.files(__package__).joinpath("data/places/translit_variants.yaml").read_text("utf-8"))
    return frozenset(raw["countries"]), tuple((re.compile(a), b) for a, b in raw["rules"])


def skeleton(name: str) -> str:
    """The skeleton of a name: "Kam'yanka" and "Kamianka" both give "kamianka"."""
    out = fold(name)
    for pattern, repl in _rules()[1]:
        out = pattern.sub(repl, out)
    return out


@cache
def _index() -> dict[str, dict[str, str]]:
    """Country -> skeleton -> the folded name of its largest town with that skeleton."""
    g = Gazetteer.load()
    countries = _rules()[0]
    best: dict[str, dict[str, tuple[int, str]]] = {}
    for t in g.towns:
        if t.country in countries:
            key = skeleton(t.name)
            if len(key) >= MIN_SKELETON and t.population > best.setdefault(t.country, {}).get(key, (-1, ""))[0]:
                best[t.country][key] = (t.population, fold(t.name))
    return {c: {k: name for k, (_, name) in v.items()} for c, v in best.items()}


#: One to three capitalised words ("Velyka Komyshuvakha"), hyphens and apostrophes inside.
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
#: A name introduced as a place, or followed by a comma and another capitalised name ("Kamianka, Donetsk").
_LEAD = re.compile(r"\b(?:in|near|at|of|from|to|around|outside|towards?|villages?|towns?)\s+(?:the\s+)?$")
_AFTER = re.compile(r"\s*,\s*[A-Z]")


def variant_matches(text: str, matches: list[Match], countries: Counter[str]) -> list[Match]:
    """Names that match no place but whose skeleton is a town's of a context country, as matches of that
    town's name."""
    index = _index()
    wanted = [index[c] for c, w in countries.most_common(2) if w > 0 and c in index]
    if not wanted:
        return []
    g = Gazetteer.load()
    out = []
    for m in _NAME.finditer(text):
        start, end = m.span()
        if any(start < k.end and k.start < end for k in matches):
            continue
        if not (_LEAD.search(text, max(0, start - 20), start) or _AFTER.match(text, end, end + 3)):
            continue
        words = m.group(0).split()
        for n in range(len(words), 0, -1):  # the longest run of words that is a town
            name = " ".join(words[:n])
            if fold(name) in stopwords() or name in demonyms() or fold(name) in g.keys:
                break
            key = skeleton(name)
            hit = next((idx[key] for idx in wanted if len(key) >= MIN_SKELETON and key in idx), None)
            if hit is not None:
                out.append(Match(start, start + len(name), hit, True))
                break
    return out
