"""Loaders for users: a built dataset's tables as DataFrames with proper dtypes, or a read-only DuckDB connection."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from conflict_events.schema.columns import COLUMNS, Column
from conflict_events.schema.tables import ARTICLE_COLUMNS, MENTION_COLUMNS, REJECT_COLUMNS

from .duckdb import DUCKDB_FILE
from .parquet import categorical

_TABLES = {"events": COLUMNS, "mentions": MENTION_COLUMNS, "articles": ARTICLE_COLUMNS, "rejects": REJECT_COLUMNS}


def load(dataset: str | os.PathLike[str], table: str = "events") -> pd.DataFrame:
    """A table of a built dataset: dates as datetime64, closed vocabularies as categoricals, integers as Int64.

    `dataset` is a dataset folder (its `<table>.parquet`, else its hive-partitioned `<table>/` folder is
    read), or directly a table's Parquet file or partitioned folder.

    Example:
        >>> events = load("dataset")  # doctest: +SKIP
        >>> events.dtypes["event_date"]  # doctest: +SKIP
        dtype('<M8[ns]')
    """
    if table not in _TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(_TABLES)}")
    frame = pd.read_parquet(_source(Path(dataset), table))
    return typed(frame, _TABLES[table])


def _source(dataset: Path, table: str) -> Path:
    """The file or partitioned folder holding `table`."""
    for path in (dataset / f"{table}.parquet", dataset / table):
        if path.exists():
            return path
    if dataset.is_file() or (dataset.is_dir() and any(dataset.glob("*=*"))):
        return dataset
    raise FileNotFoundError(f"{dataset}: no {table} table; build a dataset into {dataset} first")


def typed(frame: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """`frame` with the table's columns in schema order and the loader's dtypes (also for partition keys,
    which come back from folder names as categoricals of text)."""
    out = frame[[c.name for c in columns]].copy()
    for c in columns:
        if c.kind == "date":
            out[c.name] = pd.to_datetime(out[c.name].astype(object))
        elif c.kind == "int":
            out[c.name] = pd.to_numeric(out[c.name].astype(object)).astype("Int64")
        elif c.kind == "float":
            out[c.name] = out[c.name].astype("float64")
        elif categorical(c) and not isinstance(out[c.name].dtype, pd.CategoricalDtype):
            out[c.name] = out[c.name].astype("category")
    return out


def connect(dataset: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection to a built dataset."""
    path = Path(dataset) / DUCKDB_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no DuckDB file; build a dataset into {dataset} first")
    return duckdb.connect(str(path), read_only=True)
