"""Reading any events table for validation: our Parquet files, or an ACLED export (CSV or Parquet).

ACLED exports differ from our conventions in ways the codebook documents: numeric inter codes (1-8,
0 for no actor2) and interaction codes (10-88), "Civilians targeted", dates as "03 January 2022",
and, in older data, the "Demostrations" spelling and Excessive force against protesters under the
plain Demonstrations disorder type (the combined type came later). `normalise_export` maps them to
our conventions so that the same rules apply; `waived_rules` names the rules an export cannot meet
because it predates the column they check.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.taxonomy import (
    CIVILIAN_TARGETING,
    CIVILIAN_TARGETING_VARIANTS,
    ActorType,
    DisorderType,
    SubEventType,
    all_interactions,
    disorder_type_of,
)

from .rules import Rule

#: The day ACLED added the civilian_targeting column (codebook section 1).
CIVILIAN_TARGETING_ADDED = date(2023, 3, 20)

#: Spellings of disorder types seen in real exports -> ours.
DISORDER_SPELLINGS: dict[str, str] = {"Demostrations": DisorderType.DEMONSTRATIONS.value}


#: Columns some exports carry beyond the 31: the optional population columns and those ACLED removed
#: in March 2023 (codebook section 1). `normalise_export` drops them.
EXTRA_EXPORT_COLUMNS: tuple[str, ...] = (
    "population_1km", "population_2km", "population_5km", "population_best", "event_id_no_cnty", "data_id", "iso3",
)  # fmt: skip


class UnreadableTable(ValueError):
    """A file that is not an events table we can read; the message names the file."""


def read_table(path: Path) -> pd.DataFrame:
    """The table in a .parquet, .csv or .tsv file (all CSV cells as text, blanks as "")."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix in (".csv", ".tsv"):
            return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise UnreadableTable(f"{path}: cannot be read as a table ({exc})") from exc
    raise UnreadableTable(f"{path}: unknown table format {path.suffix or '(none)'}; use .parquet or .csv")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | s.astype(str).str.strip().isin(["", "nan", "None", "NaN"])


def _inter(s: pd.Series) -> pd.Series:
    """Numeric or old inter codes -> current labels; 0 and blanks -> None; unknown values kept."""

    def label(v: object) -> object:
        try:
            return ActorType.parse(v).label
        except ValueError:
            return None if str(v).strip() in ("0", "0.0") else v

    mapped = s.map({v: label(v) for v in s[~_blank(s)].unique()})
    return mapped.astype(object).where(~_blank(s) & mapped.notna(), None)


def _interaction(s: pd.Series) -> pd.Series:
    """Numeric interaction codes (13, "13", 13.0) -> labels; text kept."""
    table = all_interactions()
    numbers = pd.to_numeric(s, errors="coerce")
    labels = numbers.map(lambda n: table.get(int(n)) if n == n and float(n).is_integer() else None)
    return labels.where(labels.notna(), s).astype(object)


def _number(s: pd.Series, kind: str) -> pd.Series:
    """Numbers parsed; an int column keeps a non-integral value as float, for column_type to reject."""
    numbers = pd.to_numeric(s.where(~_blank(s), None), errors="coerce")
    if kind == "float":
        return numbers.astype(float)
    integral = numbers.isna() | (numbers % 1 == 0)
    unparsed = numbers.isna() & ~_blank(s)
    if integral.all() and not unparsed.any():
        return numbers.round().astype("Int64")
    return s  # left as it is: the model's type check reports the rows that are not integers


def _legacy_hierarchy(out: pd.DataFrame) -> None:
    """Older exports put Excessive force against protesters under Demonstrations: map to today's type."""
    excessive = (out["sub_event_type"] == SubEventType.EXCESSIVE_FORCE.value) & (
        out["disorder_type"] == DisorderType.DEMONSTRATIONS.value
    )
    out.loc[excessive, "disorder_type"] = disorder_type_of(SubEventType.EXCESSIVE_FORCE).value


def normalise_export(df: pd.DataFrame) -> pd.DataFrame:
    """An events table in our conventions: inter labels, parsed dates and numbers, None for blanks."""
    out = df.drop(columns=[c for c in EXTRA_EXPORT_COLUMNS if c in df.columns])
    for c in COLUMNS:
        if c.name not in out:
            continue
        if c.kind == "date":
            out[c.name] = pd.to_datetime(out[c.name].where(~_blank(out[c.name]), None), errors="coerce", format="mixed")
        elif c.kind in ("int", "float"):
            out[c.name] = _number(out[c.name], c.kind)
        else:
            out[c.name] = out[c.name].astype(object).where(~_blank(out[c.name]), None)
    for name in ("inter1", "inter2"):
        if name in out:
            out[name] = _inter(out[name])
    if "interaction" in out:
        out["interaction"] = _interaction(out["interaction"])
    if "disorder_type" in out:
        out["disorder_type"] = out["disorder_type"].replace(DISORDER_SPELLINGS)
    if "civilian_targeting" in out:
        variants = list(CIVILIAN_TARGETING_VARIANTS - {CIVILIAN_TARGETING})
        out["civilian_targeting"] = out["civilian_targeting"].replace(variants, CIVILIAN_TARGETING)
    if {"sub_event_type", "disorder_type"} <= set(out.columns):
        _legacy_hierarchy(out)
    return out


def waived_rules(df: pd.DataFrame) -> frozenset[Rule]:
    """Rules an export cannot meet because it predates the column they check.

    ACLED added civilian_targeting on 20 March 2023; exports of older events leave it blank in every
    row, so the rule that violence against civilians carries it is waived for a table whose column is
    blank throughout and whose events all happened before that day. `df` is a normalised frame.
    """
    if not {"civilian_targeting", "event_date"} <= set(df.columns) or df.empty:
        return frozenset()
    dates = pd.to_datetime(df["event_date"], errors="coerce")
    blank = bool(np.all(_blank(df["civilian_targeting"])))
    if blank and bool((dates < pd.Timestamp(CIVILIAN_TARGETING_ADDED)).all()):
        return frozenset({Rule.CIVILIAN_TARGETING})
    return frozenset()
