"""No-event cues: words that cancel a trigger ("plans to protest", "no clashes") or a whole sentence
(disasters, court cases, history, anniversaries, statements, diplomacy), and the grievance of a protest
("protested over the killing of ..."). Data: `data/<lang>/cues.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .prefilter import Prefilter
from .yamlfile import load_yaml


@dataclass(frozen=True)
class Cue:
    """One cue: why it cancels, what it looks like, and what keeps the sentence anyway."""

    reason: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None


@dataclass(frozen=True)
class Cues:
    """The cues of one language."""

    window: int
    scope: tuple[Cue, ...]
    sentence: tuple[Cue, ...]
    sentence_filter: Prefilter
    grievance: re.Pattern[str]
    grievance_end: re.Pattern[str]
    grievance_anywhere: re.Pattern[str]


def _cue(raw: dict[str, str]) -> Cue:
    unless = re.compile(raw["unless"], re.IGNORECASE) if raw.get("unless") else None
    return Cue(raw["reason"], re.compile(raw["pattern"], re.IGNORECASE), unless)


@cache
def cues(lang: str = "en") -> Cues:
    """The cues of `lang`, loaded and compiled once."""
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/cues.yaml").read_text("utf-8"))
    sentence = tuple(map(_cue, raw["sentence"]))
    sentence_filter = Prefilter(c["pattern"] for c in raw["sentence"])
    return Cues(
        int(raw["window"]),
        tuple(map(_cue, raw["scope"])),
        sentence,
        sentence_filter,
        re.compile(raw["grievance"], re.IGNORECASE),
        re.compile(raw["grievance_end"], re.IGNORECASE),
        re.compile(raw["grievance_anywhere"], re.IGNORECASE),
    )


def sentence_cue(text: str, lang: str = "en") -> str | None:
    """The reason a whole sentence reports no event, or None."""
    c = cues(lang)
    maybe = c.sentence_filter.candidates(text)
    for i, cue in enumerate(c.sentence):
        if i in maybe and cue.pattern.search(text) and not (cue.unless and cue.unless.search(text)):
            return cue.reason
    return None


def scope_cue(text: str, trigger_start: int, lang: str = "en") -> str | None:
    """The reason the trigger starting at `trigger_start` (an offset in `text`) is cancelled, or None."""
    c = cues(lang)
    before = text[max(0, trigger_start - c.window) : trigger_start]
    for cue in c.scope:
        if cue.pattern.search(before):
            return cue.reason
    return None


def grievance_cue(text: str, trigger_start: int, lang: str = "en", protest_start: int = 0) -> bool:
    """Whether the trigger at `trigger_start` names what a protest in `text` (reported from offset
    `protest_start` on) is about: a grievance word ("over", "demanding justice for") stands after the
    protest and shortly before the trigger (or, for words that only ever name a grievance, "accused of", "who
    was", anywhere before it), with no clause break in between."""
    c = cues(lang)
    low = max(0, trigger_start - 2 * c.window, protest_start)
    ends = [m.end() for m in c.grievance.finditer(text, low, trigger_start)]
    anywhere = c.grievance_anywhere.finditer(text, max(0, trigger_start - c.window))  # may look past the trigger
    ends += [e for m in anywhere if (e := m.end()) <= trigger_start]
    ends.sort()
    if not ends:
        return False
    # a break may end in the trigger word itself ("... and set fire"), but must begin before it
    breaks = c.grievance_end.finditer(text, ends[-1], trigger_start + 16)
    return not any(b.start() < trigger_start for b in breaks)
