"""A reproducible corpus of news-like English articles, from templates and word lists of our own.

Each event article reports one incident (a clash, an attack, a protest, a riot, an air strike, a
roadside bomb, an abduction or arrests) in a real town, padded with paragraphs that report nothing
(economy, weather, politics, quotes) to the usual 3-4 KB of a news story; no-event articles are all
padding. `reports(n)` gives every incident 1-4 articles in varied wording, outlets and fatality
figures, for the deduplication benchmark. Everything is drawn from a seeded random generator, so the
same arguments always give the same corpus.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# (town, country as ACLED names it, demonym) -- well-known towns the gazetteer resolves
TOWNS: tuple[tuple[str, str, str], ...] = (
    ("Maiduguri", "Nigeria", "Nigerian"), ("Kaduna", "Nigeria", "Nigerian"), ("Goma", "Democratic Republic of Congo", "Congolese"),
    ("Bunia", "Democratic Republic of Congo", "Congolese"), ("Mogadishu", "Somalia", "Somali"), ("Kismayo", "Somalia", "Somali"),
    ("Culiacan", "Mexico", "Mexican"), ("Uruapan", "Mexico", "Mexican"), ("Tijuana", "Mexico", "Mexican"),
    ("Huehuetenango", "Guatemala", "Guatemalan"), ("Quetzaltenango", "Guatemala", "Guatemalan"),
    ("Kharkiv", "Ukraine", "Ukrainian"), ("Kherson", "Ukraine", "Ukrainian"), ("Mosul", "Iraq", "Iraqi"),
    ("Kirkuk", "Iraq", "Iraqi"), ("Aleppo", "Syria", "Syrian"), ("Idlib", "Syria", "Syrian"), ("Taiz", "Yemen", "Yemeni"),
    ("Marib", "Yemen", "Yemeni"), ("Peshawar", "Pakistan", "Pakistani"), ("Quetta", "Pakistan", "Pakistani"),
    ("Kandahar", "Afghanistan", "Afghan"), ("Jalalabad", "Afghanistan", "Afghan"), ("Mandalay", "Myanmar", "Myanmar"),
    ("Sittwe", "Myanmar", "Myanmar"), ("Gao", "Mali", "Malian"), ("Mopti", "Mali", "Malian"), ("Ouahigouya", "Burkina Faso", "Burkinabe"),
    ("Dori", "Burkina Faso", "Burkinabe"), ("Cali", "Colombia", "Colombian"), ("Cucuta", "Colombia", "Colombian"),
    ("Port-au-Prince", "Haiti", "Haitian"), ("Khartoum", "Sudan", "Sudanese"), ("El Fasher", "Sudan", "Sudanese"),
    ("Bamenda", "Cameroon", "Cameroonian"), ("Lahore", "Pakistan", "Pakistani"), ("Nairobi", "Kenya", "Kenyan"),
    ("Dhaka", "Bangladesh", "Bangladeshi"), ("Santiago", "Chile", "Chilean"), ("Lima", "Peru", "Peruvian"),
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15")
OUTLETS = (
    "Reuters",
    "Associated Press",
    "Agence France-Presse",
    "BBC News",
    "Al Jazeera",
    "Daily Monitor",
    "The Courier",
)

# Each incident kind: several wordings. {n} deaths, {town}, {day}, {dem} demonym, {country}.
INCIDENTS: dict[str, tuple[str, ...]] = {
    "clash": (
        "{dem} soldiers clashed with gunmen near {town} {day}, leaving {n} people dead, the army said.",
        "Fighting broke out between government troops and armed men in {town} {day}; {n} were killed in the exchange of fire.",
        "At least {n} people died {day} when {dem} army units and militants fought for several hours in {town}.",
    ),
    "attack": (
        "Gunmen stormed a village market in {town} {day} and shot dead {n} civilians, local officials said.",
        "Unidentified attackers killed {n} villagers in {town} {day}, residents told reporters.",
        "{n} civilians were killed {day} when armed men opened fire on residents of {town}.",
    ),
    "protest": (
        "Hundreds of teachers marched through {town} {day} to demand unpaid salaries.",
        "Thousands of demonstrators rallied peacefully in {town} {day} against rising fuel prices.",
        "Students staged a sit-in outside the governor's office in {town} {day}, calling for the reopening of universities.",
    ),
    "riot": (
        "Rioters torched vehicles and pelted police with stones in {town} {day}; {n} people were killed.",
        "Angry youths burned tyres, blocked roads and clashed with police in {town} {day}, and {n} died.",
    ),
    "airstrike": (
        "A drone strike hit a house in {town} {day}, killing {n} people, witnesses said.",
        "Warplanes bombed positions on the outskirts of {town} {day}; {n} people were killed.",
    ),
    "ied": (
        "A roadside bomb exploded near a police patrol in {town} {day}, killing {n} officers.",
        "An improvised explosive device detonated under a minibus in {town} {day}, killing {n} passengers.",
    ),
    "abduction": (
        "Armed men kidnapped {n} farmers from their fields near {town} {day}, relatives said.",
        "Gunmen abducted {n} travellers on the road outside {town} {day}.",
    ),
    "arrests": (
        "Police arrested {n} opposition activists in {town} {day}, accusing them of plotting unrest.",
        "Security forces detained {n} suspected smugglers in a raid in {town} {day}.",
    ),
}
PADDING: tuple[str, ...] = (
    "The central bank kept its main interest rate unchanged for the third month in a row, citing stubborn inflation.",
    "Forecasters expect heavy rain across the region later in the week, and farmers hope it will save the harvest.",
    "The finance minister said the government would present its budget to parliament before the end of the month.",
    "Local traders said prices of maize and cooking oil had risen sharply since the start of the year.",
    "The national football team will play two friendly matches next month as it prepares for the qualifiers.",
    "A spokesperson for the ministry said officials were working closely with international partners.",
    "Schools in the capital reopened after the holidays, with teachers reporting crowded classrooms.",
    "Analysts said the new trade agreement could double exports of coffee and cocoa within five years.",
    "The electricity company announced scheduled power cuts in several districts for maintenance work.",
    "Health workers launched a vaccination campaign that aims to reach two million children.",
    "Officials promised an investigation and urged residents to remain calm and report anything suspicious.",
    "The opposition leader said in a statement that the government had failed to protect citizens.",
)


@dataclass(frozen=True)
class Incident:
    """A true event of the corpus: what the articles about it should become."""

    incident_id: int
    kind: str
    town: str
    country: str
    demonym: str
    day: date
    deaths: str


def _day_phrase(day: date, published: date, rng: random.Random) -> str:
    if rng.random() < 0.5 and 0 < (published - day).days < 7:
        return "on " + WEEKDAYS[day.weekday()]
    return f"on {day.day} {day:%B}"


def _incident(rng: random.Random, i: int, start: date) -> Incident:
    kind = rng.choice(sorted(INCIDENTS))
    town, country, dem = rng.choice(TOWNS)
    return Incident(i, kind, town, country, dem, start + timedelta(days=rng.randrange(300)), rng.choice(NUMBERS))


def _article(rng: random.Random, inc: Incident | None, published: date, size: int, wording: int = 0) -> str:
    parts: list[str] = []
    if inc is not None:
        templates = INCIDENTS[inc.kind]
        lead = templates[wording % len(templates)]
        parts.append(
            lead.format(n=inc.deaths, town=inc.town, day=_day_phrase(inc.day, published, rng), dem=inc.demonym)
        )
    while sum(len(p) + 2 for p in parts) < size:
        parts.append(" ".join(rng.sample(PADDING, 3)))
    return "\n\n".join(parts)


def articles(n: int, *, seed: int = 1, event_share: float = 0.6, size: int = 3500) -> Iterator[dict[str, object]]:
    """`n` articles (about `size` characters each), a share of them reporting one incident."""
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    for i in range(n):
        inc = _incident(rng, i, start) if rng.random() < event_share else None
        published = (inc.day if inc else start + timedelta(days=rng.randrange(300))) + timedelta(days=rng.randint(1, 3))
        yield {
            "id": f"bench-{i:07d}",
            "title": f"Report {i}",
            "text": _article(rng, inc, published, size, wording=rng.randrange(3)),
            "published": published.isoformat(),
            "source": rng.choice(OUTLETS),
        }


def reports(n_incidents: int, *, seed: int = 2, size: int = 1500) -> Iterator[tuple[Incident, dict[str, object]]]:
    """Every incident reported by 1-4 articles with varied wording, outlet, publication day and figure."""
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    for i in range(n_incidents):
        inc = _incident(rng, i, start)
        for r in range(rng.randint(1, 4)):
            published = inc.day + timedelta(days=rng.randint(1, 3))
            yield (
                inc,
                {
                    "id": f"inc-{i:06d}-{r}",
                    "text": _article(rng, inc, published, size, wording=r),
                    "published": published.isoformat(),
                    "source": OUTLETS[(i + r) % len(OUTLETS)],
                },
            )


def write_jsonl(rows: Iterator[dict[str, object]], path: Path) -> int:
    """Write articles as JSON Lines; returns the number of bytes of article text."""
    total = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            total += len(str(row["text"]).encode("utf-8"))
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return total
