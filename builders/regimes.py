"""State actors named by regime: "Military Forces of Mexico (2024-)", from `data/regimes.csv`."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

from conflict_events.schema.taxonomy import ActorType

from .records import Actor

Branch = Literal["military", "police", "government"]
_PREFIX: dict[str, str] = {
    "military": "Military Forces of",
    "police": "Police Forces of",
    "government": "Government of",
}


@dataclass(frozen=True)
class Regime:
    """One regime of one country."""

    country: str
    name: str  # the country as actor names write it ("the United States")
    start: date
    end: date | None
    label: str  # "2018-2024", "2024-"


@cache
def regimes() -> dict[str, tuple[Regime, ...]]:
    """ACLED country -> its regimes, oldest first."""
    text = resources.files(__package__).joinpath("data/regimes.csv").read_text(encoding="utf-8")
    out: dict[str, list[Regime]] = {}
    for r in csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")):
        end = date.fromisoformat(r["end"]) if r["end"] else None
        out.setdefault(r["country"], []).append(
            Regime(r["country"], r["name"], date.fromisoformat(r["start"]), end, r["label"])
        )
    return {k: tuple(sorted(v, key=lambda g: g.start)) for k, v in out.items()}


def regime_on(country: str, on: date) -> Regime | None:
    """The regime in power in `country` on `on` (the first one for dates before any), or None."""
    periods = regimes().get(country, ())
    for g in periods:
        if g.start <= on and (g.end is None or on <= g.end):
            return g
    return periods[0] if periods and on < periods[0].start else (periods[-1] if periods else None)


def state_actor(country: str, on: date, branch: Branch, unit: str | None = None) -> Actor:
    """`state_actor("Mexico", date(2025, 1, 5), "police", "National Guard")` is
    Police Forces of Mexico (2024-) National Guard, State forces."""
    g = regime_on(country, on)
    name = f"{_PREFIX[branch]} {g.name} ({g.label})" if g else f"{_PREFIX[branch]} {country}"
    return Actor(f"{name} {unit}" if unit else name, ActorType.STATE_FORCES)
