"""Victims who belonged to an armed side (`data/<lang>/victims.yaml`).

News often add who a victim was: "the victim was a known drug dealer", "he had a record for drug trafficking".
ACLED codes violence against a member of a gang, cartel or criminal group as an armed clash between the
attackers and that group (an Unidentified Gang when the text names none), not as violence against civilians.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .yamlfile import load_yaml


@cache
def _cues(lang: str) -> dict[str, re.Pattern[str]]:
    raw = load_yaml(resources.files(__package__).joinpath(f"data/{lang}/victims.yaml").read_text("utf-8"))
    return {kind: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) for kind, pats in raw.items()}


def armed_victim(text: str, lang: str = "en") -> tuple[str, re.Match[str]] | None:
    """The generic actor kind a victim in `text` belonged to ("gang") and where the text says so, or None."""
    for kind, pattern in _cues(lang).items():
        for m in pattern.finditer(text):
            if not _DOUBT.search(text, max(0, m.start() - 40), m.start()):
                return kind, m
    return None


#: Words before the statement that leave it in doubt ("it is unknown if the man was a member of a gang").
_DOUBT = re.compile(r"\b(?:if|whether|not|unclear|unknown|denied|deny|no\s+evidence)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
