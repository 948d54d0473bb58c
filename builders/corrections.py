"""Analyst corrections: edits to events, by event id, that every later build applies again.

A corrections file is a CSV with an `event_id_cnty` column, an optional `action` column and any of
the editable columns below (the sheet `conflict-events review` writes is one). For each row:
- `action` empty or `keep`: every non-empty editable cell sets that field of the event
  (write `(none)` to empty a field that may be empty); the columns that follow from others
  (event and disorder type, year, interaction, iso, region) are recomputed;
- `action` `reject`: the event is removed from `events` and listed in `rejects` (rule `analyst_reject`);
- `action` `unmerge`: the event's reports, merged across articles, are kept apart.
A correction whose event is not in the build is stale: the build reports it and keeps going.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import pandas as pd

from .derive import complete_row

EDITABLE: tuple[str, ...] = (
    "event_date", "time_precision", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "civilian_targeting", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "fatalities", "notes", "tags",
)  # fmt: skip
EMPTY = "(none)"
_INTS = {"time_precision", "geo_precision", "fatalities"}
_FLOATS = {"latitude", "longitude"}


class Action(StrEnum):
    """What an analyst decided about an event."""

    KEEP = "keep"
    REJECT = "reject"
    UNMERGE = "unmerge"


class CorrectionsError(ValueError):
    """A corrections file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Correction:
    """One row of a corrections file."""

    event_id: str
    action: Action
    fields: dict[str, str] = field(default_factory=dict)
    origin: str = ""  # "file:line"


def _row(path: Path, line: int, raw: dict[str, str]) -> Correction:
    where = f"{path}:{line}"
    event_id = (raw.get("event_id_cnty") or "").strip()
    if not event_id:
        raise CorrectionsError(f"{where}: no event_id_cnty; every correction names the event it corrects")
    action_text = (raw.get("action") or "").strip().lower() or Action.KEEP.value
    try:
        action = Action(action_text)
    except ValueError:
        choices = ", ".join(a.value for a in Action)
        raise CorrectionsError(f"{where}: action {action_text!r} is not one of {choices}") from None
    edits = {k: v.strip() for k, v in raw.items() if k in EDITABLE and v is not None and v.strip()}
    return Correction(event_id, action, edits, where)


def read_corrections(path: Path) -> list[Correction]:
    """The corrections in a CSV file; CorrectionsError names the file and line of a bad row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "event_id_cnty" not in reader.fieldnames:
                raise CorrectionsError(f"{path}: no event_id_cnty column (write one with `conflict-events review`)")
            return [_row(path, n, raw) for n, raw in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CorrectionsError(f"{path}: cannot read corrections: {exc}") from exc


def _value(name: str, text: str) -> Any:
    """The typed value of a cell; a cell that does not parse stays text, for validation to reject."""
    if text == EMPTY:
        return None
    try:
        if name in _INTS:
            return int(float(text))
        if name in _FLOATS:
            return round(float(text), 4)
        if name == "event_date":
            return pd.Timestamp(text).date()
    except ValueError:
        return text
    return text


@dataclass(frozen=True)
class Applied:
    """Events after corrections, the events an analyst rejected, and the corrections that no longer apply."""

    events: pd.DataFrame
    rejected: pd.DataFrame
    stale: tuple[Correction, ...]


def apply_corrections(events: pd.DataFrame, corrections: list[Correction]) -> Applied:
    """Apply field edits and rejections by event id (unmerges are applied earlier, by the deduplication)."""
    ids = set(events["event_id_cnty"])
    stale = tuple(c for c in corrections if c.event_id not in ids)
    by_id = {c.event_id: c for c in corrections if c.event_id in ids}
    rows, rejected = [], []
    for record in events.to_dict("records"):
        row: dict[str, Any] = {str(k): v for k, v in record.items()}
        c = by_id.get(row["event_id_cnty"])
        if c is not None and c.action == Action.REJECT:
            rejected.append(row)
            continue
        if c is not None and c.fields:
            row = complete_row({**row, **{k: _value(k, v) for k, v in c.fields.items()}})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=events.columns)
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    return Applied(frame, pd.DataFrame(rejected, columns=events.columns), stale)
