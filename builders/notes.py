"""Notes in ACLED's style, written from an event's extracted fields.

"On 8 December 2025, in San Marcos (San Marcos, San Marcos), Military Forces of Guatemala (2024-)
clashed with Unidentified Armed Group (Mexico). 2 fatalities (3 reported in total, split between 2
events)." The phrase per sub-event type lives in `data/<lang>/notes.yaml`.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

from conflict_events.schema.taxonomy import SubEventType, TimePrecision

from .records import Actor, Place
from .yamlfile import load_yaml


@cache
def _templates(lang: str) -> dict[SubEventType, dict[str, str]]:
    raw = resources.files(__package__).joinpath(f"data/{lang}/notes.yaml").read_text(encoding="utf-8")
    table = {SubEventType(k): v for k, v in load_yaml(raw).items()}
    missing = set(SubEventType) - set(table)
    if missing:
        raise ValueError(f"data/{lang}/notes.yaml: no template for {sorted(missing)}")
    return table


def format_date(day: date, precision: TimePrecision) -> str:
    """ACLED's date phrase: 'On 8 December 2025', 'Around 8 December 2025 (as reported)', 'In December 2025'."""
    text = f"{day.day} {day:%B %Y}"
    if precision == TimePrecision.WEEK:
        return f"Around {text} (as reported)"
    if precision == TimePrecision.MONTH:
        return f"In {day:%B %Y}"
    return f"On {text}"


def format_place(place: Place) -> str:
    """'San Marcos (San Marcos, San Marcos)': location, then its admin2 and admin1 where known."""
    admins = [a for a in (place.admin2, place.admin1) if a]
    where = f"{place.location} ({', '.join(admins)})" if admins else place.location
    return f"near {where}" if place.geo_precision > 1 and place.location != place.country else f"in {where}"


def fatality_phrase(fatalities: int, detail: str = "") -> str:
    """The closing sentence about deaths."""
    if fatalities == 0:
        return "No fatalities were reported."
    words = "1 fatality" if fatalities == 1 else f"{fatalities} fatalities"
    return f"{words} ({detail})." if detail else f"{words}."


def write_note(
    sub_event_type: SubEventType,
    day: date,
    precision: TimePrecision,
    place: Place,
    actor1: Actor,
    actor2: Actor | None,
    fatalities: int,
    *,
    fatality_detail: str = "",
    lang: str = "en",
) -> str:
    """The event's notes: date, place, who did what to whom, and the fatality statement."""
    template = _templates(lang)[sub_event_type]
    phrase = (template["with"] if actor2 else template["alone"]).format(
        actor1=actor1.name, actor2=actor2.name if actor2 else ""
    )
    extra = f" {place.note}" if place.note else ""
    return (
        f"{format_date(day, precision)}, {format_place(place)}, {phrase}.{extra} "
        f"{fatality_phrase(fatalities, fatality_detail)}"
    )
