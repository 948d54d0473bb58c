"""Loaders for users: a built dataset's tables as DataFrames with proper dtypes, or a read-only DuckDB connection."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from conflict_events.schema.columns import COLUMNS
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS

from .duckdb import DUCKDB_FILE

_TABLES = {"events": COLUMNS, "mentions": MENTION_COLUMNS, "articles": ARTICLE_COLUMNS, "rejects": REJECT_COLUMNS}


def load(dataset: str | os.PathLike[str], table: str = "events") -> pd.DataFrame:
    """A table of a built dataset: dates as datetime64, closed vocabularies as categoricals, integers as Int64.

    Example:
        >>> events = load("dataset")  # doctest: +SKIP
        >>> events.dtypes["event_date"]  # doctest: +SKIP
        dtype('<M8[ns]')
    """
    if table not in _TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(_TABLES)}")
    path = Path(dataset) / f"{table}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; build a dataset into {dataset} first")
    frame = pd.read_parquet(path)
    for c in _TABLES[table]:
        if c.kind == "date":
            frame[c.name] = pd.to_datetime(frame[c.name])
        elif c.kind == "int":
            frame[c.name] = frame[c.name].astype("Int64")
    return frame


def connect(dataset: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection to a built dataset."""
    path = Path(dataset) / DUCKDB_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path}: no DuckDB file; build a dataset into {dataset} first")
    return duckdb.connect(str(path), read_only=True)
