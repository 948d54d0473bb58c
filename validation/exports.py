"""Reading any events table for validation: our Parquet files, or an ACLED export (CSV or Parquet).

ACLED exports differ from our conventions in ways the codebook documents: numeric inter and
interaction codes, "Civilians targeted", dates as "03 January 2022", the "Demostrations" typo of an
old fixture. `normalise_export` maps them to our conventions so that the same rules apply.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.taxonomy import ActorType, all_interactions


class UnreadableTable(ValueError):
    """A file that is not an events table we can read; the message names the file."""


def read_table(path: Path) -> pd.DataFrame:
    """The table in a .parquet or .csv file (all CSV cells as text)."""
    try:
        if path.suffix.lower() == ".parquet":
            return pd.read_parquet(path)
        if path.suffix.lower() in (".csv", ".tsv"):
            return pd.read_csv(
                path, sep="\t" if path.suffix.lower() == ".tsv" else ",", dtype=str, keep_default_na=False
            )
    except (OSError, ValueError) as exc:
        raise UnreadableTable(f"{path}: cannot be read as a table ({exc})") from exc
    raise UnreadableTable(f"{path}: unknown table format {path.suffix or '(none)'}; use .parquet or .csv")


def _inter(value: object) -> object:
    text = "" if value is None else str(value).strip()
    if text in ("", "0", "nan", "None"):
        return None
    try:
        return ActorType.parse(text).label
    except ValueError:
        return value


def normalise_export(df: pd.DataFrame) -> pd.DataFrame:
    """An events table in our conventions: text inter labels, parsed dates and numbers, nulls for blanks."""
    out = df.copy()
    for name in ("inter1", "inter2"):
        if name in out:
            out[name] = out[name].map(_inter)
    if "interaction" in out:
        table = all_interactions()
        out["interaction"] = out["interaction"].map(
            lambda v: table.get(int(float(v)), v) if str(v).replace(".0", "").isdigit() else v
        )
    if "disorder_type" in out:
        out["disorder_type"] = out["disorder_type"].replace({"Demostrations": "Demonstrations"})
    if "civilian_targeting" in out:
        out["civilian_targeting"] = out["civilian_targeting"].replace({"Civilians targeted": "Civilian targeting"})
    for c in COLUMNS:
        if c.name not in out:
            continue
        if c.kind == "date":
            out[c.name] = pd.to_datetime(out[c.name], errors="coerce", format="mixed")
        elif c.kind in ("int", "float"):
            numbers = pd.to_numeric(out[c.name].replace("", None), errors="coerce")
            out[c.name] = numbers.round().astype("Int64") if c.kind == "int" else numbers
        else:
            out[c.name] = out[c.name].astype(object).where(out[c.name].notna() & (out[c.name].astype(str) != ""), None)
    return out
